/**
 * The main-process IPC handlers, as plain functions of plain data. Created with what they need
 * (the pool, app info, an event sink); the Electron edge (main/electron/ipc.ts) and the browser test
 * harness both call them through `handleInvoke`, which validates every payload first and turns
 * every failure into a typed error reply. Nothing here throws across IPC.
 * Over 400 lines because it is one table, channel → handler, that reads as the contract does;
 * the work each handler hands on lives in the services (simulation, sweep, files, export).
 */
import type { AppInfo, EventName, EventPayloads, Reply, SimulateResponse } from '../../shared/ipc';
import type { SimulationPool } from '../simulation/pool';
import { AtomicWriteError, writeFileAtomic } from '../files/atomicWrite';
import type { ExportFileFormat, PaperSize } from '../../shared/export/options';
import type { Experiment } from '../../shared/experiment';
import { suggestedFileName } from '../../shared/experiment/validate';
import { createAnalysisHandlers } from './analysisHandlers';
import { HandlerError, checkEvents, resolveNight } from './handlerError';
import { invokeChecked, type HandlerTable } from './invoke';
import { checkExportCohort, type ExportCohortPayload } from './exportCohortCheck';
import {
  readExperimentFile,
  validateExperiment,
  writeExperimentFile,
  type Autosave,
  type RecentFiles,
} from '../files/experimentFiles';
import type { SimulationTask } from '../simulation/task';
import { ExportRunner } from '../export/runner';
import { ChartRefError } from '../export/errors';
import { readHypnogramFile } from '../files/hypnogramFiles';
import { readDataBytes, readDataFile } from '../files/dataFiles';
import type { DataFileKind } from '../../shared/report/import/dataFile';
import { FitRunner } from '../fit/runner';
import type { FitTaskFile } from '../fit/task';
import { baseName } from '../../shared/experiment/fitRecord';
import { carryOutFit, type FitFileRole } from '../fit/request';

export type { FitFileRole } from '../fit/request';

/** Where the user picks files: Electron's dialogs in the app, scripted answers in tests. */
export interface FileDialogs {
  chooseOpenPath(): Promise<string | null>;
  /** A measured hypnogram to compare with a simulated night. */
  chooseHypnogramPath(): Promise<string | null>;
  /** A data file to fit a sleeper to: PVT sessions (the default), or a circadian fit's light log or DLMOs. */
  choosePvtPath(role?: FitFileRole): Promise<string | null>;
  /** A sleep diary or a light log (null: either) to drive a night with. */
  chooseDataPath(kind: DataFileKind | null): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** A folder for an export; created by the dialog if the user asks. */
  chooseFolder(): Promise<string | null>;
  /** Where to write one exported chart (PNG, SVG or CSV); the name suggests the file. */
  chooseExportPath(suggestedName: string, format: ExportFileFormat): Promise<string | null>;
}

/** The system clipboard: Electron's in the app, a recorder in tests. */
export interface ClipboardPort {
  writeImage(png: Uint8Array): Promise<void>;
  writeText(text: string): Promise<void>;
}

/**
 * What the Electron edge knows about the request that the handler may need: the window that
 * asked, which can print itself to PDF (its print view). Absent outside a window (the CLI).
 */
export interface InvokeContext {
  readonly printToPdf?: (paper: PaperSize) => Promise<Uint8Array>;
}

export interface FileDeps {
  readonly dialogs: FileDialogs;
  readonly recent: RecentFiles;
  readonly autosave: Autosave;
  /** Told when the recent list changes (the menu rebuilds Open Recent). */
  readonly onRecentChanged?: (paths: readonly string[]) => void;
  /** The bundled figure fonts (assets/fonts), wherever the app is installed. */
  readonly fonts: { readonly regular: string; readonly bold: string };
  readonly clipboard: ClipboardPort;
}

export interface HandlerDeps {
  readonly pool: SimulationPool;
  /**
   * The built export worker (out/main/exportWorker.js): figures render there, off main's event
   * loop. Without it they render in-process (unit tests).
   */
  readonly exportWorkerPath?: string;
  /** The built fit worker (out/main/fitWorker.js): a fit runs there, one at a time, off main's event loop. */
  readonly fitWorkerPath: string;
  readonly appInfo: AppInfo;
  readonly files: FileDeps;
  /** Sends a main-to-renderer event to the window that asked. */
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
}

type Handlers = HandlerTable<InvokeContext>;

export function createHandlers(deps: HandlerDeps): Handlers {
  const exporter = new ExportRunner(deps.files.fonts, deps.exportWorkerPath ?? null);
  const createdWith = { app: deps.appInfo.app.version, model: deps.appInfo.model.version };
  const fits = new FitRunner(deps.fitWorkerPath);

  /** One data file of a fit: the bytes of a dropped file, the file at `path`, or the one the user picks. */
  async function fitFile(
    path: string | undefined,
    bytes: Uint8Array | undefined,
    fileName: string | undefined,
    role: FitFileRole,
  ): Promise<FitTaskFile> {
    if (bytes && fileName) return { fileName: baseName(fileName), bytes };
    const chosen = path ?? (await deps.files.dialogs.choosePvtPath(role));
    if (!chosen) throw new HandlerError({ code: 'cancelled', message: 'no file was chosen' });
    return { fileName: baseName(chosen), bytes: await readDataBytes(chosen) };
  }
  return {
    ...createAnalysisHandlers({
      pool: deps.pool,
      emit: deps.emit,
      modelLabel: `${deps.appInfo.model.name} ${deps.appInfo.model.version}`,
    }),

    'lab:info': async () => deps.appInfo,

    'sim:run': async (request) => {
      // The one check and the one resolution of a night's parameters on the way to the engine
      // (docs/ARCHITECTURE.md): the worker simulates these values as they are.
      const values = resolveNight(request.scenario, request.params);
      checkEvents(values, request.events);
      const task: SimulationTask = {
        values,
        events: request.events,
        seed: request.seed,
        window: request.window,
      };
      const job = deps.pool.run(
        'night',
        task,
        request.pin === undefined
          ? {
              key: request.night,
              onProgress: (fraction) => deps.emit('progress', { jobId: job.jobId, night: request.night, fraction }),
            }
          : { key: `pin:${request.pin}` },
      );
      const outcome = await job.result;
      const response: SimulateResponse = {
        jobId: job.jobId,
        night: request.night,
        result: outcome.result,
        elapsed_ms: outcome.elapsed_ms,
      };
      return response;
    },

    'sim:cancel': async (request) => ({ cancelled: deps.pool.cancelKey(request.night) }),

    'file:open': async (request) => {
      const path = request.path ?? (await deps.files.dialogs.chooseOpenPath());
      if (!path) throw new HandlerError({ code: 'cancelled', message: 'no file was chosen' });
      const opened = await readExperimentFile(path, deps.appInfo.model.version);
      await remember(path);
      return opened;
    },

    'hypnogram:open': async (request) => {
      const path = request.path ?? (await deps.files.dialogs.chooseHypnogramPath());
      if (!path) throw new HandlerError({ code: 'cancelled', message: 'no file was chosen' });
      return { path, ...(await readHypnogramFile(path, request.epochLength_s)) };
    },

    'data:open': async (request) => {
      const path = request.path ?? (await deps.files.dialogs.chooseDataPath(request.kind ?? null));
      if (!path) throw new HandlerError({ code: 'cancelled', message: 'no file was chosen' });
      return { path, ...(await readDataFile(path, request.kind)) };
    },

    'file:save': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      let path = request.saveAs ? null : request.path;
      path ??= await deps.files.dialogs.chooseSavePath(suggestedFileName(experiment.title));
      if (!path) throw new HandlerError({ code: 'cancelled', message: 'the save was cancelled' });
      await writeExperimentFile(path, experiment, createdWith);
      await remember(path);
      return { path };
    },

    'file:recent': async () => ({ paths: await deps.files.recent.list() }),

    'autosave:write': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      return { savedAt: await deps.files.autosave.write(experiment, request.path, createdWith) };
    },

    'export:pack': async (request, context) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      const folder = request.folder ?? (await deps.files.dialogs.chooseFolder());
      if (!folder) throw new HandlerError({ code: 'cancelled', message: 'no folder was chosen' });
      const inputs = await exportInputs(experiment, request.cohort);
      const options = { ...request.options };
      const print = request.printView && options.formats.includes('pdf') ? context.printToPdf : undefined;
      const rendered = await exporter.run({ kind: 'pack', input: inputs, options, printedReport: !!print });
      const [{ completePack }, { writeFigurePack }] = await Promise.all([
        import('../export/pack'),
        import('../export/packWriter'),
      ]);
      const files = await completePack(rendered, inputs, options, print ? await print(options.paper) : null);
      try {
        await writeFigurePack(folder, files);
      } catch (error) {
        throw new HandlerError({ code: 'write-failed', message: (error as Error).message });
      }
      return { folder, files: files.length, bytes: files.reduce((sum, f) => sum + f.data.length, 0) };
    },

    'export:chart': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      const inputs = await exportInputs(experiment, request.cohort);
      let file;
      try {
        file = await exporter.run({
          kind: 'chart',
          input: { ...inputs, chart: request.chart, format: request.format, options: request.options },
        });
      } catch (error) {
        if (error instanceof ChartRefError) {
          throw new HandlerError({ code: 'invalid-payload', field: error.field, message: error.message });
        }
        throw error;
      }
      const size = {
        name: file.name,
        bytes: file.data.length,
        ...(file.width ? { width: file.width, height: file.height! } : {}),
      };
      if (request.target === 'clipboard') {
        // A picture pastes as an image; SVG and CSV paste as text into an editor or a spreadsheet.
        if (request.format === 'png') await deps.files.clipboard.writeImage(file.data);
        else await deps.files.clipboard.writeText(new TextDecoder().decode(file.data));
        return { path: null, ...size };
      }
      const path = request.path ?? (await deps.files.dialogs.chooseExportPath(file.name, request.format));
      if (!path) throw new HandlerError({ code: 'cancelled', message: 'the export was cancelled' });
      await writeFileAtomic(path, file.data);
      return { path, ...size };
    },

    'export:report': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      const inputs = await exportInputs(experiment, request.cohort);
      const { figures, cohort } = await exporter.run({ kind: 'reportFigures', input: inputs });
      const [{ sourceProvenance }, { printReportData }] = await Promise.all([
        import('../../shared/export/source'),
        import('../../shared/export/printReport'),
      ]);
      return printReportData({
        experiment,
        provenance: sourceProvenance(inputs),
        params: inputs.params,
        results: inputs.results,
        figures,
        paper: request.paper,
        ...(cohort ? { cohort } : {}),
      });
    },

    'export:cohort': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      const { cohortExportFile } = await import('../../shared/export/cohortFiles');
      const file = cohortExportFile(checkExportCohort(experiment, request.cohort)!, request.file);
      const path = request.path ?? (await deps.files.dialogs.chooseExportPath(file.name, file.format));
      if (!path) throw new HandlerError({ code: 'cancelled', message: 'the export was cancelled' });
      await writeFileAtomic(path, file.data);
      return { path, name: file.name, bytes: file.data.length };
    },

    'fit:run': async (request) => {
      // The night checked and resolved once, here, as for a run (the worker fits these values as they are).
      const values = resolveNight(request.spec.scenario, request.spec.params);
      checkEvents(values, request.spec.events);
      return carryOutFit(request, values, {
        file: fitFile,
        run: (task, report) => fits.run(task, report),
        progress: (payload) => deps.emit('fitProgress', payload),
        modelVersion: deps.appInfo.model.version,
      });
    },

    'fit:cancel': async () => ({ cancelled: fits.cancel() }),

    'autosave:read': async () => deps.files.autosave.read(deps.appInfo.model.version),

    'autosave:clear': async () => {
      await deps.files.autosave.clear();
      return { cleared: true as const };
    },
  };

  /**
   * Both nights over the whole protocol (in the pool, like every simulation), their full
   * parameters, and the versions: what every export is drawn from. The figure renderers
   * (canvas, Chart.js, pdf-lib) load on the first export, not at start.
   */
  async function exportInputs(experiment: Experiment, cohortPayload?: ExportCohortPayload) {
    const cohort = checkExportCohort(experiment, cohortPayload);
    const [a, b] = experiment.nights;
    const params = [resolveNight(a.scenario, a.params), resolveNight(b.scenario, b.params)] as const;
    // As for a run: an event off its night's protocol is named here, not a failed export job.
    experiment.nights.forEach((night, index) => checkEvents(params[index]!, night.events));
    const results = await Promise.all(
      experiment.nights.map(
        (night, index) =>
          deps.pool.run('night', { values: params[index]!, events: night.events, seed: night.seed, window: 'protocol' })
            .result,
      ),
    );
    const { SERIES } = await import('../../shared/model/series');
    return {
      experiment,
      params,
      results: [results[0]!.result, results[1]!.result] as const,
      series: SERIES,
      app: { name: deps.appInfo.app.name, version: deps.appInfo.app.version },
      model: deps.appInfo.model,
      created: new Date(),
      ...(cohort ? { cohort } : {}),
    };
  }

  async function remember(path: string): Promise<void> {
    try {
      // Not `onRecentChanged?.(await add())`: an optional call skips evaluating its argument.
      const paths = await deps.files.recent.add(path);
      deps.files.onRecentChanged?.(paths);
    } catch {
      // A recent-files list that cannot be written must not fail the open or save itself.
    }
  }
}

// Shared with the browser edition (web/), which offers the same name.
export { suggestedFileName } from '../../shared/experiment/validate';

/**
 * The one entry point for a request from the renderer: checks the channel and the payload, runs
 * the handler, and answers with a Reply (invoke.ts, as the web edition does). Never throws.
 */
export async function handleInvoke(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  context: InvokeContext = {},
): Promise<Reply<unknown>> {
  return invokeChecked(handlers, channel, payload, context, (error) =>
    // Main's own failure: a file write the web edition does not make.
    error instanceof AtomicWriteError ? { code: 'write-failed', message: error.message } : undefined,
  );
}
