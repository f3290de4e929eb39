/**
 * The handlers of the analyses that run on the worker pool — sweeps, the local (±10 %) sensitivity
 * and the global (Sobol' / Morris) one, and the lab's virtual cohort — written once for both editions: main's handlers
 * (handlers.ts) and the web edition's LabApi (web/labApi.ts) spread them in, each giving its own
 * pool and event sender. Node-free, so the browser bundles it.
 */
import type { z } from 'zod';
import type { EventName, EventPayloads, REQUEST_SCHEMAS, ResponseTypes } from '../../shared/ipc';
import { HandlerError } from './handlerError';
import type { ParameterId } from '../../shared/model/parameters';
import { isMetricId } from '../../shared/model/metrics';
import { runSweep, sensitivity, type SweepPool } from '../sweep/runSweep';
import { runGlobalSensitivity } from '../sensitivity/runGlobalSensitivity';
import { createCohortHandler } from '../cohort/labHandler';
import type { CohortLabPool } from '../cohort/labRun';

type AnalysisChannel =
  | 'sweep:run'
  | 'sweep:cancel'
  | 'sweep:sensitivity'
  | 'sensitivity:run'
  | 'sensitivity:cancel'
  | 'cohort:run'
  | 'cohort:cancel';
type Requests = { [C in AnalysisChannel]: z.output<(typeof REQUEST_SCHEMAS)[C]> };
export type AnalysisHandlers = { [C in AnalysisChannel]: (request: Requests[C]) => Promise<ResponseTypes[C]> };

export interface AnalysisDeps {
  readonly pool: SweepPool & CohortLabPool;
  readonly emit: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  /** The model's name and version, stamped on a cohort's result. */
  readonly modelLabel: string;
}

export function createAnalysisHandlers({ pool, emit, modelLabel }: AnalysisDeps): AnalysisHandlers {
  /** The sweep or local sensitivity analysis running now; a new one cancels it (one at a time). */
  let activeSweep: AbortController | null = null;
  const startSweep = () => {
    activeSweep?.abort();
    const controller = new AbortController();
    activeSweep = controller;
    return {
      signal: controller.signal,
      onProgress: (done: number, total: number, etaSeconds: number | null) =>
        emit('sweepProgress', { done, total, etaSeconds }),
      done: () => {
        if (activeSweep === controller) activeSweep = null;
      },
    };
  };
  /** The global sensitivity analysis running now; a new one cancels it (one at a time, apart from sweeps). */
  let activeGlobal: AbortController | null = null;
  /** The lab's cohort (one at a time). */
  const cohort = createCohortHandler(pool, modelLabel);

  return {
    'sweep:run': async (request) => {
      const run = startSweep();
      try {
        const { second, ...first } = request.definition;
        return await runSweep(
          pool,
          {
            ...request.night,
            definition: {
              ...first,
              param: first.param as ParameterId,
              ...(second ? { second: { ...second, param: second.param as ParameterId } } : {}),
            },
          },
          run,
        );
      } finally {
        run.done();
      }
    },

    'sweep:cancel': async () => {
      const cancelled = activeSweep !== null;
      activeSweep?.abort();
      activeSweep = null;
      return { cancelled };
    },

    'sweep:sensitivity': async (request) => {
      if (!isMetricId(request.metric)) {
        throw new HandlerError({
          code: 'invalid-parameters',
          field: 'metric',
          message: `unknown metric "${request.metric}"`,
        });
      }
      const run = startSweep();
      try {
        return await sensitivity(pool, request.night, request.metric, run);
      } finally {
        run.done();
      }
    },

    'sensitivity:run': async (request) => {
      activeGlobal?.abort();
      const controller = new AbortController();
      activeGlobal = controller;
      try {
        return await runGlobalSensitivity(pool, request, {
          signal: controller.signal,
          onProgress: (done, total, etaSeconds) => emit('globalSensitivityProgress', { done, total, etaSeconds }),
        });
      } finally {
        if (activeGlobal === controller) activeGlobal = null;
      }
    },

    'sensitivity:cancel': async () => {
      const cancelled = activeGlobal !== null;
      activeGlobal?.abort();
      activeGlobal = null;
      return { cancelled };
    },

    'cohort:run': async (request) => cohort.run(request, (p) => emit('cohortProgress', p)),

    'cohort:cancel': async () => ({ cancelled: cohort.cancel() }),
  };
}
