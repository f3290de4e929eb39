/**
 * The cohort:run and cohort:cancel handlers' work, apart from where they run: main's IPC handlers
 * and the browser edition's LabApi (web/labApi.ts) both call this, each with its own pool and
 * event sink, so the two run the same checks and the same cohort. One cohort at a time: a new run
 * cancels the one before.
 */
import { cohortNight, sectionPopulation, type CohortNight, type DeltaThreshold } from '../../shared/cohort';
import type { CohortRunRequestSchema, EventPayloads } from '../../shared/ipc';
import { isMetricId } from '../../shared/model/metrics';
import { compileProtocol } from '../../shared/model/protocol';
import type { z } from 'zod';
import { SweepError } from '../sweep/runSweep';
import { runCohortInLab, type CohortLabPool } from './labRun';

type Request = z.output<typeof CohortRunRequestSchema>;

/** A night resolved and its events placed once, here: a refusal names the field (`params.caffeine_mg`). */
function resolveNight(night: Request['nights']['a']): CohortNight {
  try {
    const resolved = cohortNight(night);
    if (resolved.events.length > 0) compileProtocol(resolved.params, resolved.events);
    return resolved;
  } catch (error) {
    const err = error as Error & { field?: string };
    if (err.name === 'ParameterError' || err.name === 'ProtocolError')
      throw new SweepError('invalid-parameters', err.message, err.field);
    throw error;
  }
}

export function createCohortHandler(pool: CohortLabPool, model: string) {
  let active: AbortController | null = null;
  return {
    async run(request: Request, emit: (p: EventPayloads['cohortProgress']) => void) {
      const nights: [CohortNight, CohortNight] = [resolveNight(request.nights.a), resolveNight(request.nights.b)];
      request.thresholds.forEach((t, i) => {
        if (!isMetricId(t.metric))
          throw new SweepError(
            'invalid-parameters',
            `${JSON.stringify(t.metric)} is not a known metric`,
            `thresholds.${i}.metric`,
          );
      });
      active?.abort();
      const controller = new AbortController();
      active = controller;
      try {
        return await runCohortInLab(
          pool,
          {
            nights,
            // The preset, or its lists as edited in the lab (already checked by the request's schema).
            population: sectionPopulation(request as Parameters<typeof sectionPopulation>[0]),
            n: request.n,
            seed: request.seed,
            thresholds: request.thresholds as DeltaThreshold[],
            model,
          },
          { signal: controller.signal, onProgress: emit },
        );
      } finally {
        if (active === controller) active = null;
      }
    },
    /** Whether a cohort was running. */
    cancel(): boolean {
      const cancelled = active !== null;
      active?.abort();
      active = null;
      return cancelled;
    },
  };
}
