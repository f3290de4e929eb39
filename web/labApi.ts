/**
 * The browser edition's `window.lab`: the same LabApi as the desktop's preload gives, answered in
 * the page instead of in main. Every request goes through the function main's `handleInvoke` is
 * (main/ipc/invoke.ts): the channel checked, the payload checked by its zod schema
 * (REQUEST_SCHEMAS), the handler run, any failure turned into a typed error reply. The handlers
 * are typed per channel against the contract's ResponseTypes, so the compiler holds this edition
 * to the real API.
 *
 * Simulations and sweeps run on Web Workers with the desktop pool's rules (simulationPool.ts);
 * files are picked, dropped, saved or downloaded (files.ts); the autosave is in IndexedDB
 * (autosave.ts); fits run one at a time on a worker each (fitRunner.ts); exports are the browser
 * export module's (exportLoader.ts). What differs from the
 * desktop is listed in docs/WEB.md.
 */
import {
  buildLabApi,
  type AppInfo,
  type EventName,
  type EventPayloads,
  type InvokeChannel,
  type LabApi,
  type Reply,
  type ResponseTypes,
} from '../shared/ipc';
import { EVENT_CHANNELS, type EventChannel } from '../shared/ipcChannels';
import type { ParameterValues } from '../shared/model/parameters';
import type { ProtocolEvent } from '../shared/model/protocolEvents';
import {
  EXPERIMENT_EXTENSION,
  MAX_EXPERIMENT_BYTES,
  formatBytes,
  parseExperiment,
  serializeExperiment,
} from '../shared/experiment';
import { ExperimentFileError, suggestedFileName, validateExperiment } from '../shared/experiment/validate';
import { importHypnogram } from '../shared/report/import';
import { importDataFile } from '../shared/report/import/dataFile';
import { sha256Hex } from '../shared/fit/sha256';
import type { JobPool } from '../shared/pool/jobPool';
import type { SimulationProtocol } from '../main/simulation/messages';
import { createAnalysisHandlers } from '../main/ipc/analysisHandlers';
import { checkEvents, resolveNight } from '../main/ipc/handlerError';
import { invokeChecked, type Requests } from '../main/ipc/invoke';
import { TabFiles, dataBytes, pickOrCancel, saveText, sliceSource } from './files';
import { WebAutosave } from './autosave';
import { exportMethod } from './exportLoader';
import { carryOutFit } from '../main/fit/request';
import type { FitRunnerCore } from '../main/fit/runnerCore';
import { baseName } from '../shared/experiment/fitRecord';

export type WebHandlers = { [C in InvokeChannel]: (request: Requests[C]) => Promise<ResponseTypes[C]> };

export interface WebLabDeps {
  readonly pool: JobPool<SimulationProtocol>;
  /** Fits, one at a time, each on a worker of its own (web/fitRunner.ts). */
  readonly fits: FitRunnerCore;
  readonly appInfo: AppInfo;
  readonly autosave: WebAutosave;
}

/** What a picker accepts for each kind of file (the desktop's dialogs filter alike). */
const ACCEPT = {
  experiment: `${EXPERIMENT_EXTENSION},.json,application/json`,
  hypnogram: '.edf,.rec,.txt,.csv,.tsv,.json',
  data: '.csv,.tsv,.txt,.zip',
  fit: '.csv,.tsv,.txt,.json',
};

export function createWebHandlers(deps: WebLabDeps, emit: Emit): WebHandlers {
  const { pool, appInfo, autosave, fits } = deps;
  const createdWith = { app: appInfo.app.version, model: appInfo.model.version };
  const files = new TabFiles();

  // Exports run both nights over the whole protocol on the pool, as main's exports do.
  const exportDeps = {
    simulate: async (task: { values: ParameterValues; events: readonly ProtocolEvent[]; seed: number }) =>
      (await pool.run('night', { ...task, window: 'protocol' }).result).result,
  };

  return {
    ...createAnalysisHandlers({
      pool,
      emit,
      modelLabel: `${appInfo.model.name} ${appInfo.model.version}`,
    }),

    'lab:info': async () => appInfo,

    'sim:run': async (request) => {
      const values = resolveNight(request.scenario, request.params);
      checkEvents(values, request.events);
      const job = pool.run(
        'night',
        { values, events: request.events, seed: request.seed, window: request.window },
        request.pin === undefined
          ? {
              key: request.night,
              onProgress: (fraction) => emit('progress', { jobId: job.jobId, night: request.night, fraction }),
            }
          : { key: `pin:${request.pin}` },
      );
      const outcome = await job.result;
      return { jobId: job.jobId, night: request.night, result: outcome.result, elapsed_ms: outcome.elapsed_ms };
    },

    'sim:cancel': async (request) => ({ cancelled: pool.cancelKey(request.night) }),

    'file:open': async (request) => {
      const file = request.path ? files.file(request.path) : await pickOrCancel(ACCEPT.experiment, files);
      if (file.size > MAX_EXPERIMENT_BYTES) {
        throw new ExperimentFileError(
          `"${file.name}" is ${formatBytes(file.size)}, larger than an experiment file can be (${formatBytes(MAX_EXPERIMENT_BYTES)})`,
        );
      }
      const parsed = parseExperiment(await file.text(), { modelVersion: appInfo.model.version });
      if (!parsed.ok) throw new ExperimentFileError(`${file.name}: ${parsed.error.message}`, parsed.error.field);
      return { path: file.name, experiment: parsed.experiment, notices: parsed.notices };
    },

    'hypnogram:open': async (request) => {
      const file = request.path ? files.file(request.path) : await pickOrCancel(ACCEPT.hypnogram, files);
      const night = await importHypnogram(
        file.name,
        sliceSource(file),
        request.epochLength_s === undefined ? {} : { epochLength_s: request.epochLength_s },
      );
      // Hashed once the import succeeded, from the whole file (as main and sha256sum do).
      return { path: file.name, night, sha256: sha256Hex(new Uint8Array(await file.arrayBuffer())) };
    },

    'data:open': async (request) => {
      const file = request.path ? files.file(request.path) : await pickOrCancel(ACCEPT.data, files);
      const bytes = await dataBytes(file);
      return { path: file.name, data: importDataFile(file.name, bytes, request.kind), sha256: sha256Hex(bytes) };
    },

    'file:save': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      const kept = !request.saveAs && request.path ? files.handle(request.path) : null;
      const name = (!request.saveAs && request.path) || suggestedFileName(experiment.title);
      const path = await saveText(serializeExperiment(experiment, createdWith), name, kept, files, {
        description: 'Nocturne experiment',
        mime: 'application/json',
        extension: EXPERIMENT_EXTENSION,
      });
      return { path };
    },

    // A page has no list of recent files it could open again: the desktop's answer when it has none.
    'file:recent': async () => ({ paths: [] }),

    'autosave:write': async (request) => {
      const experiment = validateExperiment(request.experiment, createdWith);
      return { savedAt: await autosave.write(experiment, request.path, createdWith) };
    },
    'autosave:read': async () => autosave.read(appInfo.model.version),
    'autosave:clear': async () => {
      await autosave.clear();
      return { cleared: true as const };
    },

    'export:pack': exportMethod('exportPack', exportDeps),
    'export:chart': exportMethod('exportChart', exportDeps),
    'export:report': exportMethod('prepareReport', exportDeps),
    'export:cohort': exportMethod('exportCohort', exportDeps),

    'fit:run': async (request) => {
      // The night checked and resolved once, here, as for a run (the worker fits these values as they are).
      const values = resolveNight(request.spec.scenario, request.spec.params);
      checkEvents(values, request.spec.events);
      return carryOutFit(request, values, {
        file: async (path, bytes, fileName) => {
          if (bytes && fileName) return { fileName: baseName(fileName), bytes };
          const file = path ? files.file(path) : await pickOrCancel(ACCEPT.fit, files);
          return { fileName: file.name, bytes: await dataBytes(file) };
        },
        run: (task, report) => fits.run(task, report),
        progress: (payload) => emit('fitProgress', payload),
        modelVersion: appInfo.model.version,
      });
    },
    'fit:cancel': async () => ({ cancelled: fits.cancel() }),
  };
}

type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** The one entry point, main's handleInvoke over this edition's handlers (invoke.ts): never throws. */
export function webInvoke(handlers: WebHandlers, channel: unknown, payload: unknown): Promise<Reply<unknown>> {
  return invokeChecked(handlers, channel, payload, undefined);
}

/** `window.lab` for the web edition: the contract's own builder over an in-page transport. */
export function createWebLabApi(deps: WebLabDeps): LabApi {
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const emit: Emit = (event, payload) => {
    for (const listener of listeners.get(EVENT_CHANNELS[event]) ?? []) listener(payload);
  };
  const handlers = createWebHandlers(deps, emit);
  return buildLabApi<LabApi>({
    invoke: (channel, payload) => webInvoke(handlers, channel, payload),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });
}
