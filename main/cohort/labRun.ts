/**
 * The lab's cohort run (cohort:run): the persons in batches over the simulation pool, never more
 * batches in flight than workers (so a cancel is quick and other work still gets the pool), and
 * the result rebuilt from the persons so far at most every PARTIAL_INTERVAL_MS, so the lab draws
 * bands that tighten as runs arrive. Person i depends only on (seed, i): the final result does
 * not depend on the order batches finish in.
 */
import {
  PopulationError,
  cohortLabResult,
  compilePopulation,
  type CohortLabResult,
  type CohortNight,
  type DeltaThreshold,
  type LabPerson,
  type PopulationSpec,
} from '../../shared/cohort';
import type { JobHandle, RunOptions } from '../../shared/pool/jobPool';
import { SweepError } from '../sweep/runSweep';
import { PERSONS_PER_BATCH } from './batch';
import type { CohortLabBatchOutcome, CohortLabBatchTask } from './labBatch';

export interface CohortLabPool {
  run(kind: 'cohort-lab-batch', task: CohortLabBatchTask, options?: RunOptions): JobHandle<CohortLabBatchOutcome>;
  stats(): { readonly size: number };
}

export interface CohortLabRequest {
  readonly nights: readonly [CohortNight, CohortNight];
  readonly population: PopulationSpec;
  readonly n: number;
  readonly seed: number;
  readonly thresholds: readonly DeltaThreshold[];
  /** The engine's name and version, for the summary. */
  readonly model: string;
}

export interface CohortLabProgress {
  readonly done: number;
  readonly total: number;
  readonly etaSeconds: number | null;
  /** The result of the persons so far, when it was rebuilt with this event. */
  readonly partial?: CohortLabResult;
}

/**
 * How often a partial result is rebuilt: at most every PARTIAL_INTERVAL_MS, and never sooner than
 * PARTIAL_COST_FACTOR times the last rebuild took, so main spends at most ~1/5 of its time on it
 * (the bands of every series for 200 people take ~0.25 s on an idle core, several times that on a
 * busy one).
 */
export const PARTIAL_INTERVAL_MS = 400;
const PARTIAL_COST_FACTOR = 4;

export function runCohortInLab(
  pool: CohortLabPool,
  request: CohortLabRequest,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: CohortLabProgress) => void;
    /** Told each batch's simulation time in its worker (ms), for the bench. */
    onBatch?: (elapsed_ms: number) => void;
  } = {},
): Promise<CohortLabResult> {
  let compiled;
  try {
    compiled = compilePopulation(request.population);
  } catch (error) {
    if (error instanceof PopulationError)
      throw new SweepError('invalid-parameters', `the population is refused: ${error.message}`, error.field);
    throw error;
  }
  const { n, signal, onProgress, onBatch } = { ...request, ...options };
  const context = {
    n,
    seed: request.seed,
    population: request.population.id,
    model: request.model,
    params: compiled.params,
  };
  const persons: LabPerson[] = [];
  const inFlight = new Set<JobHandle<CohortLabBatchOutcome>>();
  const workers = Math.max(1, pool.stats().size);
  const started = performance.now();
  let next = 0;
  let nextPartial = Number.NEGATIVE_INFINITY;

  return new Promise<CohortLabResult>((resolve, reject) => {
    let finished = false;
    const stop = (error: SweepError) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      for (const handle of inFlight) handle.cancel();
      inFlight.clear();
      reject(error);
    };
    function onAbort(): void {
      stop(
        new SweepError(
          'cancelled',
          `the cohort was cancelled after ${persons.length} of ${n} people; its results were discarded`,
        ),
      );
    }
    const report = () => {
      const done = persons.length;
      const elapsed_s = (performance.now() - started) / 1000;
      const now = performance.now();
      let partial: CohortLabResult | undefined;
      if (done < n && now >= nextPartial) {
        partial = cohortLabResult(persons, context, request.thresholds);
        const cost = performance.now() - now;
        nextPartial = now + Math.max(PARTIAL_INTERVAL_MS, PARTIAL_COST_FACTOR * cost);
      }
      onProgress?.({
        done,
        total: n,
        etaSeconds: done === 0 ? null : (elapsed_s * (n - done)) / done,
        ...(partial ? { partial } : {}),
      });
    };
    const launch = () => {
      while (!finished && inFlight.size < workers && next < n) {
        const start = next;
        const end = Math.min(n, start + PERSONS_PER_BATCH);
        next = end;
        let handle: JobHandle<CohortLabBatchOutcome>;
        try {
          handle = pool.run('cohort-lab-batch', {
            nights: request.nights,
            population: request.population,
            seed: request.seed,
            start,
            end,
          });
        } catch (error) {
          return stop(new SweepError('simulation-failed', (error as Error).message));
        }
        inFlight.add(handle);
        handle.result.then(
          (outcome) => {
            if (finished) return;
            inFlight.delete(handle);
            onBatch?.(outcome.elapsed_ms);
            persons.push(...outcome.persons);
            if (persons.length < n) {
              report();
              return launch();
            }
            finished = true;
            signal?.removeEventListener('abort', onAbort);
            onProgress?.({ done: n, total: n, etaSeconds: 0 });
            resolve(cohortLabResult(persons, context, request.thresholds));
          },
          (error: unknown) => {
            const err = error as Error & { code?: string; field?: string };
            const code =
              err.code === 'worker-crashed' || err.code === 'timeout' || err.code === 'cancelled'
                ? err.code
                : 'simulation-failed';
            stop(new SweepError(code, `person ${start + 1} of ${n} cannot be simulated: ${err.message}`, err.field));
          },
        );
      }
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    onProgress?.({ done: 0, total: n, etaSeconds: null });
    launch();
  });
}
