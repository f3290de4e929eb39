/**
 * Exports: the figure pack (with the PDF report printed from the print view) and single charts
 * (PNG, SVG or CSV, to a file or the clipboard). Main draws every file with the same figure code
 * the command line uses; the renderer only says what to export — and, when the Cohort tab has a
 * result, sends it along (main keeps none), so the files carry the cohort the lab shows: its bands
 * in the figures while the bands toggle is on, its quantiles in the CSVs, its section in the
 * report. The Cohort tab's per-person table and summary are exported here too.
 */
import { defineStore } from 'pinia';
import { nextTick, reactive, ref, shallowRef } from 'vue';
import type { CohortExportPayload, ExportChartRequest, ExportPackRequest, LabError } from '../../../shared/ipc';
import { DEFAULT_CHART_OPTIONS, DEFAULT_PACK_OPTIONS, type ChartFormat } from '../../../shared/export/options';
import type { PrintReportData } from '../../../shared/export/printReport';
import { lab } from '../lab';
import { useFileStore } from './file';
import { useCohortStore } from './cohort';

/** The lab's cohort result and whether its bands are shown, for a request; nothing when there is none. */
function cohortPayload(): { cohort?: CohortExportPayload } {
  const cohort = useCohortStore();
  if (!cohort.result) return {};
  return {
    cohort: { result: cohort.result, bands: cohort.showBands, stale: cohort.stale, threshold: { ...cohort.threshold } },
  };
}

/**
 * The pack options as the dialog edits them and the request carries them (mutable, unchecked:
 * main checks them against ExportPackRequestSchema); main builds the pack from PackOptions.
 */
export type PackRequestOptions = ExportPackRequest['options'];
export type ChartRef = ExportChartRequest['chart'];

export interface ChartExportState {
  readonly running: boolean;
  readonly message: string | null;
  readonly error: LabError | null;
}

/** Waits until every image of the print view has decoded, so the PDF never prints a blank box. */
async function imagesReady(): Promise<void> {
  await nextTick();
  const images = [...document.querySelectorAll<HTMLImageElement>('[data-print-report] img')];
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}

export const useExportStore = defineStore('export', () => {
  const open = ref(false);
  const running = ref(false);
  // The dialog starts from the pack's defaults, with its own copy of the formats to edit.
  const options = reactive<PackRequestOptions>({
    ...DEFAULT_PACK_OPTIONS,
    formats: [...DEFAULT_PACK_OPTIONS.formats],
  });
  const message = ref<string | null>(null);
  const error = ref<LabError | null>(null);
  /** What the print view shows while a report is printed; null otherwise (the view is not mounted). */
  const report = shallowRef<PrintReportData | null>(null);

  function show(): void {
    message.value = null;
    error.value = null;
    open.value = true;
  }

  /** Writes the pack where the user picks (or into `folder`); true when it was written. */
  async function run(folder: string | null = null): Promise<boolean> {
    running.value = true;
    error.value = null;
    message.value = null;
    const experiment = useFileStore().current();
    try {
      let printView = false;
      if (options.formats.includes('pdf')) {
        // The report is printed from the print view (Chromium's PDF engine): lay it out first.
        const prepared = await lab().prepareReport({ experiment, paper: options.paper, ...cohortPayload() });
        if (!prepared.ok) {
          error.value = prepared.error;
          return false;
        }
        report.value = prepared.value;
        await imagesReady();
        printView = true;
      }
      const reply = await lab().exportPack({
        experiment,
        folder,
        options: { ...options, formats: [...options.formats] },
        printView,
        ...cohortPayload(),
      });
      if (reply.ok) {
        message.value = `Wrote ${reply.value.files} files (${(reply.value.bytes / 1024 / 1024).toFixed(1)} MB) to ${reply.value.folder}; manifest.json lists them with their SHA-256.`;
        return true;
      }
      if (reply.error.code !== 'cancelled') error.value = reply.error;
      return false;
    } finally {
      report.value = null;
      running.value = false;
    }
  }

  /** The choices of the per-chart export, kept between charts: a person exports several alike. */
  const chartOptions = reactive<{ format: ChartFormat } & Omit<PackRequestOptions, 'formats' | 'paper'>>({
    ...DEFAULT_CHART_OPTIONS,
  });
  /** Status per chart (by the menu's id), shown next to the chart that was exported. */
  const chartStates = reactive<Record<string, ChartExportState>>({});

  async function exportChart(id: string, chart: ChartRef, target: 'file' | 'clipboard'): Promise<boolean> {
    chartStates[id] = { running: true, message: null, error: null };
    const { format, ...figure } = chartOptions;
    const reply = await lab().exportChart({
      experiment: useFileStore().current(),
      chart,
      format,
      target,
      options: { ...figure },
      ...cohortPayload(),
    });
    if (!reply.ok) {
      chartStates[id] = { running: false, message: null, error: reply.error.code === 'cancelled' ? null : reply.error };
      return false;
    }
    const { path, name, width, height, bytes } = reply.value;
    const size = width ? `${width} × ${height} px` : `${(bytes / 1024).toFixed(0)} kB`;
    chartStates[id] = {
      running: false,
      error: null,
      message:
        path === null
          ? `Copied ${format === 'png' ? 'the image' : `the ${format.toUpperCase()} text`} (${size}) of ${name}.`
          : `Saved ${path} (${size}).`,
    };
    return true;
  }

  /** The Cohort tab's file export: what was written, or why not. */
  const cohortFile = reactive<ChartExportState>({ running: false, message: null, error: null });

  /** Saves the cohort's per-person table (cohort.csv) or summary (summary.json), as the CLI writes them. */
  async function exportCohortFile(file: 'table' | 'summary', path: string | null = null): Promise<boolean> {
    const payload = cohortPayload().cohort;
    if (!payload) return false;
    Object.assign(cohortFile, { running: true, message: null, error: null });
    const reply = await lab().exportCohort({ experiment: useFileStore().current(), cohort: payload, file, path });
    if (!reply.ok) {
      Object.assign(cohortFile, { running: false, error: reply.error.code === 'cancelled' ? null : reply.error });
      return false;
    }
    const what = file === 'table' ? 'the per-person table' : 'the summary';
    Object.assign(cohortFile, {
      running: false,
      message: `Saved ${what} to ${reply.value.path} (${(reply.value.bytes / 1024).toFixed(0)} kB).`,
    });
    return true;
  }

  return {
    open,
    running,
    options,
    message,
    error,
    report,
    show,
    run,
    chartOptions,
    chartStates,
    exportChart,
    cohortFile,
    exportCohortFile,
  };
});
