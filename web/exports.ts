/**
 * The web edition's exports: LabApi's export methods (shared/ipc.ts `exportPack`,
 * `exportChart`, `prepareReport`, and the Cohort tab's `exportCohort`) drawn in the browser by the same shared/export code as the
 * desktop's main/export, with OffscreenCanvas as the rasteriser (web/export/offscreenCanvas.ts).
 * Each function has its LabApi method's parameter and result; a second, optional argument gives
 * the browser's ports (WebExportDeps), and without it the defaults serve: the engine in this
 * thread, the save picker or a download, the clipboard, the build's own font files.
 *
 * Where the desktop writes a folder or a path, the browser saves one file: a chart as itself, the
 * figure pack as one zip (fflate) holding the pack's folder, since a page cannot write a folder
 * and a browser asks before a page starts thirty downloads. The pack's files, manifest and
 * provenance are the desktop's, built by shared/export/pack.ts; report.pdf is always the pdf-lib
 * report (a page cannot print itself to a PDF file). docs/WEB.md lists what else differs.
 */
import { zipSync, type Zippable } from 'fflate';
import { buildChartFile } from '../shared/export/chartExport';
import type { FigureFontFiles } from '../shared/export/fontMetrics';
import type { PackOptions } from '../shared/export/options';
import { buildFigurePack } from '../shared/export/pack';
import { PACK_MANIFEST } from '../shared/export/packLayout';
import { printReportData } from '../shared/export/printReport';
import { sourceProvenance } from '../shared/export/source';
import { reportCohortSvg, reportFigureSvgs } from '../shared/export/reportFigures';
import { cohortExportFile } from '../shared/export/cohortFiles';
import { ChartRefError } from '../shared/export/chartRefError';
import type { AppVersion } from '../shared/export/provenance';
import { textMeasure } from '../shared/export/fontMetrics';
import { type LabApi, type Reply } from '../shared/ipc';
import { simulateNight } from '../shared/model/engine';
import { browserClipboard, bundledFonts, saveFile } from './export/browserPorts';
import { checkedExperiment, exportSource, type SimulateProtocol } from './export/inputs';
import { HandlerError } from '../main/ipc/handlerError';
import { checkExportCohort } from '../main/ipc/exportCohortCheck';
import { offscreenFigureBackend } from './export/offscreenCanvas';
import { productName, version } from '../package.json';
import { checkRequest, type Requests } from '../main/ipc/invoke';
import type { InvokeChannel } from '../shared/ipcChannels';

export interface WebExportDeps {
  /** One night over its whole protocol: the web edition's worker pool; by default the engine in this thread. */
  readonly simulate: SimulateProtocol;
  /** Saves a file where the user picks or as a download; the name it went under, or null when cancelled. */
  readonly save: (name: string, data: Uint8Array, type: string) => Promise<string | null>;
  readonly clipboard: { writeImage(png: Uint8Array): Promise<void>; writeText(text: string): Promise<void> };
  /** DejaVu Sans, regular and bold: drawn with and measured from. */
  readonly fonts: () => Promise<FigureFontFiles>;
  readonly app: AppVersion;
  /** The export's creation time (provenance); injected so tests can pin it. */
  readonly now: () => Date;
}

const DEFAULTS: WebExportDeps = {
  simulate: async ({ values, events, seed }) => simulateNight(values, seed, events),
  save: saveFile,
  clipboard: browserClipboard,
  fonts: bundledFonts,
  app: { name: productName, version },
  now: () => new Date(),
};

const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
} as const;

/** Runs an export: its request checked as main checks it (checkRequest), every failure a reply, as main's handleInvoke answers. */
async function reply<C extends InvokeChannel, T>(
  channel: C,
  request: unknown,
  run: (request: Requests[C]) => Promise<T>,
): Promise<Reply<T>> {
  const checked = checkRequest(channel, request);
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: await run(checked.request as Requests[C]) };
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: error.labError };
    if (error instanceof ChartRefError) {
      return { ok: false, error: { code: 'invalid-payload', field: error.field, message: error.message } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `internal error: ${message}` } };
  }
}

const withDefaults = (deps: Partial<WebExportDeps>): WebExportDeps => ({ ...DEFAULTS, ...deps });

/** A file-name stem from the experiment's title, as the desktop suggests file names. */
function stemOf(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'experiment'
  );
}

/**
 * The pack as one zip: its files inside a folder of the zip's name, in the pack's order (the
 * manifest last), stamped with the export's creation time so the same export zips to the same
 * bytes. PNG and PDF are stored as they are (already compressed); the rest is deflated.
 */
export function zipPack(
  folder: string,
  files: readonly { path: string; data: Uint8Array }[],
  created: Date,
): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    const stored = /\.(png|pdf)$/.test(file.path);
    entries[`${folder}/${file.path}`] = [file.data, { level: stored ? 0 : 6, mtime: created }];
  }
  return zipSync(entries);
}

export function exportPack(
  request: Parameters<LabApi['exportPack']>[0],
  deps: Partial<WebExportDeps> = {},
): ReturnType<LabApi['exportPack']> {
  const d = withDefaults(deps);
  return reply('export:pack', request, async (checked) => {
    const [input, files] = await Promise.all([exportSource(checked.experiment, d, checked.cohort), d.fonts()]);
    const options: PackOptions = { ...checked.options };
    const pack = await buildFigurePack(input, options, await offscreenFigureBackend(files));
    if (pack.at(-1)?.path !== PACK_MANIFEST) throw new Error('the pack has no manifest');
    const folder = `${stemOf(input.experiment.title)}-figures`;
    const saved = await d.save(`${folder}.zip`, zipPack(folder, pack, input.created), 'application/zip');
    if (!saved) throw new HandlerError({ code: 'cancelled', message: 'the export was cancelled' });
    return { folder: saved, files: pack.length, bytes: pack.reduce((sum, f) => sum + f.data.length, 0) };
  });
}

export function exportChart(
  request: Parameters<LabApi['exportChart']>[0],
  deps: Partial<WebExportDeps> = {},
): ReturnType<LabApi['exportChart']> {
  const d = withDefaults(deps);
  return reply('export:chart', request, async (checked) => {
    const [input, files] = await Promise.all([exportSource(checked.experiment, d, checked.cohort), d.fonts()]);
    const backend = await offscreenFigureBackend(files);
    const file = await buildChartFile(
      { ...input, chart: checked.chart, format: checked.format, options: checked.options },
      backend,
    );
    const size = {
      name: file.name,
      bytes: file.data.length,
      ...(file.width ? { width: file.width, height: file.height! } : {}),
    };
    if (checked.target === 'clipboard') {
      // A picture pastes as an image; SVG and CSV paste as text, as on the desktop.
      if (checked.format === 'png') await d.clipboard.writeImage(file.data);
      else await d.clipboard.writeText(new TextDecoder().decode(file.data));
      return { path: null, ...size };
    }
    const saved = await d.save(file.name, file.data, MIME[checked.format]);
    if (!saved) throw new HandlerError({ code: 'cancelled', message: 'the export was cancelled' });
    return { path: saved, ...size };
  });
}

export function prepareReport(
  request: Parameters<LabApi['prepareReport']>[0],
  deps: Partial<WebExportDeps> = {},
): ReturnType<LabApi['prepareReport']> {
  const d = withDefaults(deps);
  return reply('export:report', request, async (checked) => {
    // SVG figures only: no rasteriser, just the font's widths.
    const [input, files] = await Promise.all([exportSource(checked.experiment, d, checked.cohort), d.fonts()]);
    const measure = textMeasure(files);
    const cohort = reportCohortSvg(input, measure);
    return printReportData({
      experiment: input.experiment,
      provenance: sourceProvenance(input),
      params: input.params,
      results: input.results,
      figures: reportFigureSvgs(input, measure),
      paper: checked.paper,
      ...(cohort ? { cohort } : {}),
    });
  });
}

/** The Cohort tab's per-person table or summary, saved as one file (no simulation: the lab's result is the data). */
export function exportCohort(
  request: Parameters<LabApi['exportCohort']>[0],
  deps: Partial<WebExportDeps> = {},
): ReturnType<LabApi['exportCohort']> {
  const d = withDefaults(deps);
  return reply('export:cohort', request, async (checked) => {
    const experiment = checkedExperiment(checked.experiment, d.app);
    const file = cohortExportFile(checkExportCohort(experiment, checked.cohort)!, checked.file);
    const saved = await d.save(file.name, file.data, MIME[file.format]);
    if (!saved) throw new HandlerError({ code: 'cancelled', message: 'the export was cancelled' });
    return { path: saved, name: file.name, bytes: file.data.length };
  });
}

/** The export methods bound to the web edition's ports, ready to stand in LabApi. */
export function createWebExports(
  deps: Partial<WebExportDeps>,
): Pick<LabApi, 'exportPack' | 'exportChart' | 'prepareReport' | 'exportCohort'> {
  return {
    exportPack: (request) => exportPack(request, deps),
    exportChart: (request) => exportChart(request, deps),
    prepareReport: (request) => prepareReport(request, deps),
    exportCohort: (request) => exportCohort(request, deps),
  };
}

// The module itself stands in for LabApi's export methods (web/exportLoader.ts calls them by name).
({ exportPack, exportChart, prepareReport, exportCohort }) satisfies Pick<
  LabApi,
  'exportPack' | 'exportChart' | 'prepareReport' | 'exportCohort'
>;
