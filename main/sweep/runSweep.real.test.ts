// The sweep for real: the app's worker entry (bundled as the app builds it), the pool and the engine.
import { afterAll, describe, expect, it } from 'vitest';
import workerPath from '../simulation/worker?modulePath';
import { simulateNight } from '../../shared/model/engine';
import { METRICS } from '../../shared/model/metrics';
import { resolveParameters } from '../../shared/model/scenarios';
import { SimulationPool } from '../simulation/pool';
import { runSweepBatch, type SimulationTask } from '../simulation/task';
import { SweepError, runSweep, sensitivity } from './runSweep';

const pool = new SimulationPool({ workerPath, size: 2 });
afterAll(() => pool.close());

const metricsOf = (params: Parameters<typeof resolveParameters>[1], seed: number) => {
  const result = simulateNight(resolveParameters('baseline', params), seed);
  return METRICS.map((m) => result.metrics[m.id] ?? null);
};

describe('runSweep through the real pool and engine', () => {
  it('sweeps 3 runs and gives the same metrics as simulating each point directly', async () => {
    const progress: number[] = [];
    const result = await runSweep(
      pool,
      {
        scenario: 'baseline',
        params: { caffeineHoursBeforeBed: 3 },
        seed: 20260101,
        definition: { param: 'caffeine_mg', from: 0, to: 400, steps: 3 },
      },
      { onProgress: (done) => progress.push(done) },
    );
    expect(result.points).toEqual([[0], [200], [400]]);
    expect(result.metrics).toEqual(METRICS.map((m) => m.id));
    expect(result.refused).toEqual([]);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(3);
    for (const [i, [caffeine]] of result.points.entries()) {
      expect(result.values[i]).toEqual(metricsOf({ caffeineHoursBeforeBed: 3, caffeine_mg: caffeine! }, 20260101));
    }
    expect(result.values[0]!.some((v) => v !== null)).toBe(true);
  }, 60_000);

  it('still runs the single-night task the lab uses, on the same worker', async () => {
    const task: SimulationTask = { values: resolveParameters('baseline'), seed: 5, window: 'focal' };
    const outcome = await pool.run('night', task).result;
    expect(outcome.result.stage).toBeInstanceOf(Uint8Array);
    expect(outcome.result.stage.length).toBe(outcome.result.epochs);
    expect(METRICS.map((m) => outcome.result.metrics[m.id] ?? null)).toEqual(metricsOf({}, 5));
  }, 60_000);
});

describe('cancel and sensitivity on the real pool', () => {
  it('cancels mid-sweep at once, and the pool goes on serving the lab', async () => {
    const controller = new AbortController();
    const running = runSweep(
      pool,
      { scenario: 'baseline', params: {}, seed: 1, definition: { param: 'caffeine_mg', from: 0, to: 800, steps: 200 } },
      { signal: controller.signal, onProgress: (done) => done >= 1 && controller.abort() },
    );
    const started = Date.now();
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SweepError);
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(pool.stats().queued).toBe(0);
    const task: SimulationTask = { values: resolveParameters('baseline'), seed: 1, window: 'focal' };
    await expect(pool.run('night', task).result).resolves.toMatchObject({ result: { epochs: expect.any(Number) } });
    expect(pool.stats().restarts).toBe(0);
  }, 60_000);

  it('gives each parameter’s ±10 % change of a metric, as direct runs do', async () => {
    const night = { scenario: 'baseline', params: {}, seed: 11 };
    const result = await sensitivity(pool, night, 'totalSleepTime_min');
    const id = METRICS.findIndex((m) => m.id === 'totalSleepTime_min');
    expect(result.baseline).toBe(metricsOf({}, 11)[id]);
    const tib = result.entries.find((e) => e.param === 'timeInBed_h')!;
    expect(tib).toMatchObject({ value: 8, low: 7.2, high: 8.8 });
    expect(tib.metricHigh).toBe(metricsOf({ timeInBed_h: 8.8 }, 11)[id]);
    expect(tib.deltaHigh).toBe(tib.metricHigh! - result.baseline!);
    // Less time in bed cannot give more sleep.
    expect(tib.deltaLow).toBeLessThan(0);
    const sizes = result.entries.map((e) => Math.max(Math.abs(e.deltaLow ?? -1), Math.abs(e.deltaHigh ?? -1)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  }, 120_000);
});

describe('runSweepBatch (what the worker runs)', () => {
  it('keeps the metrics in METRICS order as NaN-for-null Float64Arrays and marks points the model refuses', () => {
    const calls: [number, number][] = [];
    const outcome = runSweepBatch(
      {
        scenario: 'baseline',
        // A 16-h prior night from 23:00 runs into a 13:00 focal lights-off; 23:00 is fine.
        params: { priorNights: 1, priorTimeInBed_h: 16 },
        events: [],
        seed: 3,
        points: [{ bedtime: 13 }, { bedtime: 23 }],
      },
      (done, total) => calls.push([done, total]),
    );
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(outcome.refused).toHaveLength(1);
    expect(outcome.refused[0]!.point).toBe(0);
    expect(outcome.refused[0]!.message).toMatch(/^bedtime = 13: the time in bed of prior night 1 \(16 h\) runs into/);
    expect(outcome.values[0]).toBeInstanceOf(Float64Array);
    expect(outcome.values[0]!.length).toBe(METRICS.length);
    expect(Array.from(outcome.values[0]!).every(Number.isNaN)).toBe(true);
    const direct = metricsOf({ priorNights: 1, priorTimeInBed_h: 16, bedtime: 23 }, 3);
    expect(Array.from(outcome.values[1]!, (v) => (Number.isNaN(v) ? null : v))).toEqual(direct);
  }, 60_000);
});
