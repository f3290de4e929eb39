import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePopulation, POPULATION_PRESETS, runCohortTable, type CohortNight } from '../../shared/cohort';
import { simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import { openWorkerPool, type OpenPool } from '../../cli/sweepPool';
import { runCohortOnPool } from './batch';

const nights: [CohortNight, CohortNight] = [
  { params: resolveParameters('baseline'), events: [] },
  { params: resolveParameters('evening-caffeine'), events: [] },
];
const population = POPULATION_PRESETS['older-adults'];
const task = { nights, population, seed: 11 };

let one: OpenPool;
let two: OpenPool;
beforeAll(async () => {
  [one, two] = await Promise.all([openWorkerPool({ size: 1 }), openWorkerPool({ size: 2 })]);
}, 60_000);
afterAll(async () => {
  await Promise.all([one?.close(), two?.close()]);
});

describe('a cohort on the worker pool', () => {
  it('gives the rows the in-process runner gives, with 1 worker or 2, in person order', async () => {
    const range = [3, 8] as const;
    const local = runCohortTable(nights, compilePopulation(population), 11, range, simulateNight);
    const body = local.slice(local.indexOf('\n') + 1);
    const progress: number[] = [];
    const [a, b] = await Promise.all([
      runCohortOnPool(one.pool, task, range),
      runCohortOnPool(two.pool, task, range, (done) => progress.push(done)),
    ]);
    expect(a.rows).toBe(body);
    expect(b.rows).toBe(body);
    expect(b.rows.split('\n')[0]!.startsWith('3,')).toBe(true);
    expect(progress.at(-1)).toBe(5);
  }, 120_000);
});
