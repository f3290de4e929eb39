import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  POPULATION_PRESETS,
  compilePopulation,
  runCohortTable,
  summariseTable,
  type CohortNight,
} from '../../shared/cohort';
import { simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import { openWorkerPool, type OpenPool } from '../../cli/sweepPool';
import { runCohortInLab, type CohortLabProgress } from './labRun';

const nights: [CohortNight, CohortNight] = [
  { params: resolveParameters('baseline'), events: [] },
  { params: resolveParameters('evening-caffeine'), events: [] },
];
const population = POPULATION_PRESETS['young-adults'];
const thresholds = [{ metric: 'totalSleepTime_min', op: '<', value: -30 }] as const;
const request = { nights, population, seed: 5, thresholds, model: 'test' };

let open: OpenPool;
beforeAll(async () => {
  open = await openWorkerPool({ size: 2 });
}, 60_000);
afterAll(async () => {
  await open?.close();
});

describe('the lab’s cohort run', () => {
  it('summarises the very people the CLI’s table holds, with bands for every series, and reports progress', async () => {
    const progress: CohortLabProgress[] = [];
    const result = await runCohortInLab(open.pool, { ...request, n: 5 }, { onProgress: (p) => progress.push(p) });
    const csv = runCohortTable(nights, compilePopulation(population), 5, [0, 5], simulateNight);
    const cli = summariseTable(csv, { seed: 5, population: population.id, model: 'test' }, thresholds);
    expect(result.summary).toEqual(cli);
    expect([...result.persons]).toEqual([0, 1, 2, 3, 4]);
    expect(result.done).toBe(5);
    const tst = result.values.totalSleepTime_min;
    expect(tst.a).toHaveLength(5);
    const bands = result.bands['processS'] ?? Object.values(result.bands)[0]!;
    expect(bands.a.median.length).toBeGreaterThan(100);
    // The 5–95 % band holds the 25–75 % band, which holds the median, wherever people were counted.
    for (let k = 0; k < bands.b.median.length; k++) {
      if (bands.b.count[k] === 0) continue;
      expect(bands.b.p05[k]).toBeLessThanOrEqual(bands.b.p25[k]!);
      expect(bands.b.p25[k]).toBeLessThanOrEqual(bands.b.median[k]!);
      expect(bands.b.median[k]).toBeLessThanOrEqual(bands.b.p75[k]!);
      expect(bands.b.p75[k]).toBeLessThanOrEqual(bands.b.p95[k]!);
    }
    expect(progress[0]).toEqual({ done: 0, total: 5, etaSeconds: null });
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 });
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((x, y) => x - y));
    expect(progress.some((p) => p.partial !== undefined && p.partial.done < 5)).toBe(true);
  }, 120_000);

  it('stops on cancel with a cancelled error and keeps nothing', async () => {
    const controller = new AbortController();
    const run = runCohortInLab(
      open.pool,
      { ...request, n: 40 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done >= 2) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(open.pool.stats()).toBeDefined();
  }, 120_000);

  it('refuses a population whose distribution is out of its parameter’s range, naming the field', async () => {
    const bad = {
      ...population,
      distributions: population.distributions.map((d, i) =>
        i === 1 ? { ...d, marginal: { kind: 'normal' as const, mean: 1e6, sd: 1, min: 1e6 - 3, max: 1e6 + 3 } } : d,
      ),
    };
    expect(() => runCohortInLab(open.pool, { ...request, population: bad, n: 2 })).toThrow(/population is refused/);
  });
});
