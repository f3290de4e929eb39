/**
 * A batch of a cohort's persons for one worker message, and the runner that splits a range of
 * persons into batches on the pool. Person i depends only on (seed, i), so the rows are the same
 * whichever worker runs a batch and however many there are; they are joined in person order.
 */
import { compilePopulation, runCohortTable, type CohortNight, type PopulationSpec } from '../../shared/cohort';
import { simulateNight } from '../../shared/model/engine';

export interface CohortBatchTask {
  readonly nights: readonly [CohortNight, CohortNight];
  /** The population as declared (plain JSON): the worker compiles it, as the CLI did before sending. */
  readonly population: PopulationSpec;
  readonly seed: number;
  readonly start: number;
  readonly end: number;
}

export interface CohortBatchOutcome {
  /** The table's rows for persons [start, end), each ending in a newline, without the header. */
  readonly rows: string;
  readonly elapsed_ms: number;
}

export function runCohortBatch(task: CohortBatchTask): CohortBatchOutcome {
  const started = performance.now();
  const csv = runCohortTable(
    task.nights,
    compilePopulation(task.population),
    task.seed,
    [task.start, task.end],
    simulateNight,
  );
  return { rows: csv.slice(csv.indexOf('\n') + 1), elapsed_ms: performance.now() - started };
}

/**
 * The part of a pool the cohort uses (the CLI's and bench's SimulationPool). Written out rather
 * than importing the pool's JobHandle: the pool's protocol (messages.ts) names this module's types.
 */
export interface CohortPool {
  run(kind: 'cohort-batch', task: CohortBatchTask): { readonly result: Promise<CohortBatchOutcome>; cancel(): void };
}

/**
 * Persons per batch: small enough that 2 workers share a 10-person shard evenly and progress
 * moves, large enough that a message per batch costs nothing against ~0.5 s of simulation.
 */
export const PERSONS_PER_BATCH = 2;

/** The rows of persons [start, end) on the pool, in person order; `onPersons` is told as batches finish. */
export async function runCohortOnPool(
  pool: CohortPool,
  task: Omit<CohortBatchTask, 'start' | 'end'>,
  [start, end]: readonly [number, number],
  onPersons: (done: number) => void = () => {},
): Promise<{ rows: string; compute_ms: number }> {
  const handles: ReturnType<CohortPool['run']>[] = [];
  for (let from = start; from < end; from += PERSONS_PER_BATCH) {
    handles.push(pool.run('cohort-batch', { ...task, start: from, end: Math.min(end, from + PERSONS_PER_BATCH) }));
  }
  let done = 0;
  let compute_ms = 0;
  try {
    const outcomes = await Promise.all(
      handles.map((h, k) =>
        h.result.then((outcome) => {
          done += Math.min(end, start + (k + 1) * PERSONS_PER_BATCH) - (start + k * PERSONS_PER_BATCH);
          compute_ms += outcome.elapsed_ms;
          onPersons(done);
          return outcome.rows;
        }),
      ),
    );
    return { rows: outcomes.join(''), compute_ms };
  } catch (error) {
    for (const h of handles) h.cancel();
    throw error;
  }
}
