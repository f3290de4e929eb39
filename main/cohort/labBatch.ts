/**
 * A batch of the lab's cohort for one worker message: like cohort-batch (batch.ts), the persons
 * through both nights with usePerson (runPerson in the worker's arena), so their metrics are the
 * very numbers the CLI writes; but
 * each person also comes back with every series of both nights sampled on the bands' grid (from the
 * noon before the focal lights-off, as the lab's focal window), so main can compute bands without holding anyone's full series.
 */
import {
  compilePopulation,
  sampleOnGrid,
  usePerson,
  type CohortNight,
  type LabPerson,
  type PersonRunWithResults,
  type PopulationSpec,
} from '../../shared/cohort';
import { simulateNight } from '../../shared/model/engine';

export interface CohortLabBatchTask {
  readonly nights: readonly [CohortNight, CohortNight];
  readonly population: PopulationSpec;
  readonly seed: number;
  readonly start: number;
  readonly end: number;
}

export interface CohortLabBatchOutcome {
  readonly persons: readonly LabPerson[];
  readonly elapsed_ms: number;
}

export function runCohortLabBatch(task: CohortLabBatchTask): CohortLabBatchOutcome {
  const started = performance.now();
  const population = compilePopulation(task.population);
  const persons: LabPerson[] = [];
  for (let index = task.start; index < task.end; index++) {
    // The samples are new arrays and the rows numbers: nothing of the arena's arrays is kept.
    persons.push(usePerson(task.nights, population, task.seed, index, simulateNight, (run) => labPersonOf(index, run)));
  }
  return { persons, elapsed_ms: performance.now() - started };
}

/** Person `index` as a lab batch hands it back, taken from its run while the arena still holds the results. */
export function labPersonOf(index: number, run: PersonRunWithResults): LabPerson {
  return {
    index,
    values: run.values,
    a: run.a,
    b: run.b,
    seriesA: sampleOnGrid(run.resultA),
    seriesB: sampleOnGrid(run.resultB),
  };
}

/** The sampled series' buffers, moved rather than copied back to main. */
export function labBatchTransferables(outcome: CohortLabBatchOutcome): ArrayBuffer[] {
  return outcome.persons.flatMap((p) =>
    [...Object.values(p.seriesA), ...Object.values(p.seriesB)].map((s) => s.buffer as ArrayBuffer),
  );
}
