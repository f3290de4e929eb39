/**
 * The rendering work of exports, as jobs of plain data: a pack's files, one chart, the print
 * view's figures. Each takes hundreds of milliseconds to seconds of canvas and Chart.js work, so
 * main runs them on the export worker (worker.ts) and its IPC stays free for simulations
 * meanwhile; tests and the CLI run them in-process with the same function.
 */
import type { ReportFigure } from '../../shared/export/printReport';
import { reportCohortSvg, reportFigureSvgs } from '../../shared/export/reportFigures';
import type { PrintCohort } from '../../shared/export/reportCohort';
import type { ExportSource } from '../../shared/export/source';
import { buildChartFile, type ChartExportInput, type ChartFile } from './chartExport';
import { registerFigureFonts } from './fonts';
import { desktopFigureBackend } from './nodeCanvas';
import type { PackOptions } from '../../shared/export/options';
import { renderPackFiles } from './pack';
import type { PackFile } from './packLayout';

/** A pack's source as it crosses to the worker: everything but the print callback, which stays in main. */
export type PackParts = ExportSource;

export type ExportJob =
  | { readonly kind: 'pack'; readonly input: PackParts; readonly options: PackOptions; readonly printedReport: boolean }
  | { readonly kind: 'chart'; readonly input: ChartExportInput }
  | { readonly kind: 'reportFigures'; readonly input: PackParts };

export interface ExportJobResults {
  pack: PackFile[];
  chart: ChartFile;
  /** The print view's key figures, and its cohort section when the source has a cohort. */
  reportFigures: { figures: ReportFigure[]; cohort: PrintCohort | undefined };
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
      const { measure } = desktopFigureBackend();
      return { figures: reportFigureSvgs(job.input, measure), cohort: reportCohortSvg(job.input, measure) } as never;
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
