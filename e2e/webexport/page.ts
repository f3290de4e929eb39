/**
 * The test page's script (bundled by the spec with esbuild): the web edition's export module as
 * it ships (web/exports.ts), given the desktop test's two nights and creation time, its files
 * going out as real downloads (web/export/browserPorts.ts `download`), which the spec collects.
 */
import { exportChart, exportPack, prepareReport, type WebExportDeps } from '../../web/exports';
import { download } from '../../web/export/browserPorts';
import type { SimulationResult } from '../../shared/model/result';
import { fromBase64, fromWire } from './wire';

export interface Setup {
  readonly results: string;
  readonly seeds: readonly [number, number];
  readonly created: string;
  readonly fonts: { readonly regular: string; readonly bold: string };
  readonly app: { readonly name: string; readonly version: string };
}

function deps(setup: Setup): Partial<WebExportDeps> {
  const results = fromWire<[SimulationResult, SimulationResult]>(setup.results);
  const fonts = { regular: fromBase64(setup.fonts.regular), bold: fromBase64(setup.fonts.bold) };
  return {
    // The desktop test's own results, looked up by seed: this compares the rendering, not two engines.
    simulate: async ({ seed }) => results[setup.seeds.indexOf(seed)]!,
    save: async (name, data, type) => download(name, data, type),
    fonts: async () => fonts,
    app: setup.app,
    now: () => new Date(setup.created),
  };
}

Object.assign(globalThis, {
  webExport: {
    exportPack: (request: Parameters<typeof exportPack>[0], setup: Setup) => exportPack(request, deps(setup)),
    exportChart: (request: Parameters<typeof exportChart>[0], setup: Setup) => exportChart(request, deps(setup)),
    prepareReport: (request: Parameters<typeof prepareReport>[0], setup: Setup) => prepareReport(request, deps(setup)),
  },
});
