/**
 * The rendering work of exports, as jobs of plain data: a pack's files, one chart, the print
 * view's figures. Each takes hundreds of milliseconds to seconds of canvas and Chart.js work, so
 * main runs them on the export worker (worker.ts) and its IPC stays free for simulations
 * meanwhile; tests and the CLI run them in-process with the same function.
 */
import type { ReportFigure } from '../../shared/export/printReport';
import { buildProvenance } from '../../shared/export/provenance';
import { buildChartFile, type ChartExportInput, type ChartFile } from './chartExport';
import { collapseFlat, reportFigures } from './figureSpec';
import { renderFigureSvg } from './figures';
import { registerFigureFonts } from './fonts';
import type { PackOptions } from '../../shared/export/options';
import { renderPackFiles } from './pack';
import type { PackFile } from './packLayout';
import { figureNights, footnote, type ExportSource } from './source';

/** A pack's source as it crosses to the worker: everything but the print callback, which stays in main. */
export type PackParts = ExportSource;

export type ExportJob =
  | { readonly kind: 'pack'; readonly input: PackParts; readonly options: PackOptions; readonly printedReport: boolean }
  | { readonly kind: 'chart'; readonly input: ChartExportInput }
  | { readonly kind: 'reportFigures'; readonly input: PackParts };

export interface ExportJobResults {
  pack: PackFile[];
  chart: ChartFile;
  reportFigures: ReportFigure[];
}

export type Fonts = { readonly regular: string; readonly bold: string };

export async function runExportJob<J extends ExportJob>(job: J, fonts: Fonts): Promise<ExportJobResults[J['kind']]> {
  registerFigureFonts(fonts);
  switch (job.kind) {
    case 'pack':
      return (await renderPackFiles(job.input, job.options, { printedReport: job.printedReport })) as never;
    case 'chart':
      return (await buildChartFile(job.input)) as never;
    case 'reportFigures': {
      const { input } = job;
      const provenance = buildProvenance(input.experiment, input.params, input, input.created);
      const nights = figureNights(input);
      const text = { footnote: footnote(provenance) };
      // As the lab shows them: a chart flat in both nights said in a line; a half of nothing else left out.
      const specs = reportFigures(input.series)
        .map((spec) => collapseFlat(spec, ...input.results))
        .filter((spec) => spec.rows.length > 0);
      return specs.map((spec) => ({
        id: spec.id,
        title: spec.title,
        svg: renderFigureSvg(spec, nights, { size: 'double', background: 'white', text }),
      })) as never;
    }
  }
}

/** The buffers of a job's result, moved (not copied) back to main. */
export function resultBuffers(result: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (data: unknown) => {
    if (data instanceof Uint8Array && data.buffer instanceof ArrayBuffer && data.byteLength === data.buffer.byteLength)
      buffers.add(data.buffer);
  };
  if (Array.isArray(result)) for (const item of result) add((item as { data?: unknown }).data);
  else add((result as { data?: unknown } | null)?.data);
  return [...buffers];
}
