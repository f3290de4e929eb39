/**
 * The lab's cohort run (cohort:run): the persons in batches over the simulation pool, never more
 * batches in flight than workers (so a cancel is quick and other work still gets the pool), and
 * the result of the persons so far built at most every PARTIAL_INTERVAL_MS, so the lab draws
 * bands that tighten as runs arrive; each build merges only the newcomers and gives main's event
 * loop back every BUILD_SLICE_MS. Person i depends only on (seed, i): the final result does
 * not depend on the order batches finish in.
 */
import {
  CohortLabBuilder,
  PopulationError,
  compilePopulation,
  populationSha256,
  type CohortLabResult,
  type CohortNight,
  type DeltaThreshold,
  type PopulationSpec,
} from '../../shared/cohort';
import { BatchLoop, etaSeconds, type BatchPool } from '../../shared/pool/batchLoop';
import { SweepError, jobFailure } from '../sweep/grid';
import { PERSONS_PER_BATCH } from './batch';
import type { CohortLabBatchOutcome, CohortLabBatchTask } from './labBatch';

export type CohortLabPool = BatchPool<'cohort-lab-batch', CohortLabBatchTask, CohortLabBatchOutcome>;

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
 * How often a partial result is built: at most every PARTIAL_INTERVAL_MS, and never sooner than
 * PARTIAL_COST_FACTOR times the last build's own time, so main spends at most ~1/5 of its time on
 * it. A build merges only the persons that arrived since the last one (CohortLabBuilder), ~10 ms
 * for 200 people.
 */
export const PARTIAL_INTERVAL_MS = 400;
const PARTIAL_COST_FACTOR = 4;
/**
 * A build runs in slices of at most about this long (a series' merge at a time), giving the event
 * loop back in between: main's other work (IPC, a slider's nights) never waits long behind it.
 */
export const BUILD_SLICE_MS = 8;

/** Gives the event loop back (setTimeout: main and the browser edition's LabApi both run this). */
const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function runCohortInLab(
  pool: CohortLabPool,
  request: CohortLabRequest,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: CohortLabProgress) => void;
    /** Told each batch's simulation time in its worker (ms), for the bench. */
    onBatch?: (elapsed_ms: number) => void;
    /** Told each build's time on main and its longest slice (ms, wall), for the bench. */
    onBuild?: (build: { cost_ms: number; longestSlice_ms: number }) => void;
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
  const { n, signal, onProgress, onBatch, onBuild } = { ...request, ...options };
  const builder = new CohortLabBuilder(
    {
      n,
      seed: request.seed,
      population: request.population.id,
      populationSha256: populationSha256(request.population),
      model: request.model,
      params: compiled.params,
    },
    request.thresholds,
  );
  const workers = Math.max(1, pool.stats().size);
  const started = performance.now();
  let nextPartial = Number.NEGATIVE_INFINITY;
  let building = false;

  const progress = (partial?: CohortLabResult) => {
    const done = builder.size;
    onProgress?.({ done, total: n, etaSeconds: etaSeconds(started, done, n), ...(partial ? { partial } : {}) });
  };
  /** Builds the result of the persons so far in slices; null when the run stopped meanwhile. */
  const build = async (): Promise<{ result: CohortLabResult; cost_ms: number } | null> => {
    building = true;
    const steps = builder.build();
    let cost_ms = 0;
    let longestSlice_ms = 0;
    try {
      for (;;) {
        const slice = performance.now();
        let step = steps.next();
        while (!step.done && performance.now() - slice < BUILD_SLICE_MS) step = steps.next();
        const took = performance.now() - slice;
        cost_ms += took;
        longestSlice_ms = Math.max(longestSlice_ms, took);
        if (step.done) {
          onBuild?.({ cost_ms, longestSlice_ms });
          return { result: step.value, cost_ms };
        }
        await yieldToLoop();
        if (loop.finished) return null;
      }
    } finally {
      building = false;
    }
  };
  const failed = (error: unknown) =>
    loop.stop(new SweepError('simulation-failed', `the cohort's result cannot be built: ${(error as Error).message}`));
  /** After a batch: a partial result when one is due, the final one when everyone is in. */
  const consider = () => {
    if (loop.finished || building) return;
    if (builder.size === n) {
      build().then((built) => {
        if (!built || loop.finished) return;
        loop.resolve(built.result);
        onProgress?.({ done: n, total: n, etaSeconds: 0 });
      }, failed);
      return;
    }
    const now = performance.now();
    if (now < nextPartial) return;
    build().then((built) => {
      if (!built || loop.finished) return;
      nextPartial = performance.now() + Math.max(PARTIAL_INTERVAL_MS, PARTIAL_COST_FACTOR * built.cost_ms);
      progress(built.result);
      // Persons that arrived during the build (or everyone, at the end) are not left waiting.
      consider();
    }, failed);
  };
  const loop = new BatchLoop<CohortLabBatchOutcome, CohortLabResult>({
    total: n,
    workers,
    signal,
    nextSize: (remaining) => Math.min(remaining, PERSONS_PER_BATCH),
    send: ({ start, end }) => {
      try {
        return pool.run('cohort-lab-batch', {
          nights: request.nights,
          population: request.population,
          seed: request.seed,
          start,
          end,
        });
      } catch (error) {
        throw new SweepError('simulation-failed', (error as Error).message);
      }
    },
    received: (outcome) => {
      onBatch?.(outcome.elapsed_ms);
      builder.add(outcome.persons);
      // The next batch first, so the worker does not wait for the result's build.
      loop.launch();
      if (builder.size < n) progress();
      consider();
    },
    failed: (error, { start }) =>
      jobFailure(error, (message) => `person ${start + 1} of ${n} cannot be simulated: ${message}`),
    cancelled: () =>
      new SweepError(
        'cancelled',
        `the cohort was cancelled after ${builder.size} of ${n} people; its results were discarded`,
      ),
    started: () => onProgress?.({ done: 0, total: n, etaSeconds: null }),
  });
  return loop.start();
}
