import { describe, expect, it } from 'vitest';
import { METRICS } from '../../shared/model/metrics';
import { PARAMETERS, type ParameterId } from '../../shared/model/parameters';
import { FakePool } from './testing/fakePool';
import {
  BATCH_TARGET_MS,
  MAX_BATCH_POINTS,
  SweepError,
  batchSize,
  runSweep,
  sensitivity,
  type SweepRequest,
} from './runSweep';

const night = { scenario: 'baseline', params: { caffeine_mg: 100 }, seed: 42 };
const sweep = (param: string, from: number, to: number, steps: number): SweepRequest => ({
  ...night,
  definition: { param: param as ParameterId, from, to, steps },
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('batchSize', () => {
  it('starts with one point per batch until the pace is measured', () => {
    expect(batchSize(1000, 2, null)).toBe(1);
  });

  it('aims at the target batch time, capped, and never more than half a worker share of what is left', () => {
    expect(batchSize(1000, 2, 25)).toBe(BATCH_TARGET_MS / 25);
    expect(batchSize(1000, 2, 0.01)).toBe(MAX_BATCH_POINTS);
    expect(batchSize(20, 2, 1)).toBe(5);
    expect(batchSize(3, 4, 1)).toBe(1);
    expect(batchSize(1, 1, 1000)).toBe(1);
  });
});

describe('runSweep on a stand-in pool', () => {
  it('runs every point once, in order, on the night with the swept value laid over its own', async () => {
    const pool = new FakePool(2);
    const result = await runSweep(pool, sweep('caffeine_mg', 0, 390, 40));
    expect(result.axes).toEqual([{ param: 'caffeine_mg', values: Array.from({ length: 40 }, (_, i) => i * 10) }]);
    expect(result.metrics).toEqual(METRICS.map((m) => m.id));
    expect(result.values).toHaveLength(40);
    result.values.forEach((row, i) => {
      expect(row).toHaveLength(METRICS.length);
      // The fake's metric m is the point's value + m; metric 1 is always undefined (NaN → null).
      expect(row[0]).toBe(i * 10);
      expect(row[1]).toBeNull();
      expect(row[5]).toBe(i * 10 + 5);
    });
    const sent = pool.batches.flatMap((b) => b.task.points);
    expect(sent).toEqual(result.points.map(([v]) => ({ caffeine_mg: v })));
    for (const batch of pool.batches) {
      // Common random numbers: the night's own seed, scenario and overrides in every batch.
      expect(batch.kind).toBe('sweep-batch');
      expect(batch.task).toMatchObject({ scenario: 'baseline', seed: 42 });
      expect(batch.task.params).toEqual({ caffeine_mg: 100 });
    }
    expect(result.refused).toEqual([]);
    // The stand-in reports 2 ms of simulation per point.
    expect(result.compute_ms).toBe(2 * 40);
  });

  it('keeps one batch per worker in flight, grows batches once the pace is known, and shrinks them at the end', async () => {
    const pool = new FakePool(3, 1);
    await runSweep(pool, sweep('caffeine_mg', 0, 790, 80));
    expect(pool.maxRunning).toBe(3);
    const sizes = pool.batches.map((b) => b.task.points.length);
    expect(sizes.slice(0, 3)).toEqual([1, 1, 1]);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(sizes.at(-1)).toBe(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(80);
    expect(sizes.length).toBeLessThan(80);
    // A batch's time limit grows with its size, so honest slow batches are not cut off.
    for (const batch of pool.batches) expect(batch.timeoutMs).toBe(30_000 + 10_000 * batch.task.points.length);
  });

  it('reports progress from 0 to the total with an ETA once a run has finished', async () => {
    const pool = new FakePool(2, 3);
    const calls: [number, number, number | null][] = [];
    await runSweep(pool, sweep('caffeine_mg', 0, 290, 30), { onProgress: (...args) => calls.push(args) });
    expect(calls[0]).toEqual([0, 30, null]);
    expect(calls.at(-1)).toEqual([30, 30, 0]);
    for (let i = 1; i < calls.length; i++) {
      expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
      expect(calls[i]![1]).toBe(30);
      expect(calls[i]![2]).toBeGreaterThanOrEqual(0);
    }
    // Progress moves within batches too, not only when one ends.
    expect(calls.length).toBeGreaterThan(pool.batches.length);
  });

  it('sweeps a grid, first axis outer', async () => {
    const pool = new FakePool(2);
    const result = await runSweep(pool, {
      ...night,
      definition: {
        param: 'caffeine_mg',
        from: 0,
        to: 200,
        steps: 3,
        second: { param: 'caffeineHoursBeforeBed', from: 2, to: 4, steps: 2 },
      },
    });
    expect(result.axes.map((a) => a.values)).toEqual([
      [0, 100, 200],
      [2, 4],
    ]);
    expect(result.values.map((row) => row[0])).toEqual([2, 4, 102, 104, 202, 204]);
    expect(pool.batches.flatMap((b) => b.task.points)[3]).toEqual({ caffeine_mg: 100, caffeineHoursBeforeBed: 4 });
  });

  it('keeps points the model refuses as null rows with their reason, at their own index', async () => {
    const pool = new FakePool(2);
    const result = await runSweep(pool, sweep('timeInBed_h', 12, 16, 5));
    expect(result.refused).toEqual([{ point: 4, message: 'timeInBed_h = 16: refused by the fake model' }]);
    expect(result.values[4]!.every((v) => v === null)).toBe(true);
    expect(result.values[3]![0]).toBe(15);
  });

  it('refuses a bad grid or a bad night before running anything', async () => {
    const pool = new FakePool(2);
    await expect(runSweep(pool, sweep('caffeine_mg', 0, 900, 3))).rejects.toMatchObject({
      code: 'invalid-parameters',
      field: 'to',
      message: 'to is refused: caffeine_mg must be between 0 and 800 mg, got 900',
    });
    await expect(runSweep(pool, { ...sweep('caffeine_mg', 0, 100, 3), params: { bedtime: 25 } })).rejects.toMatchObject(
      {
        code: 'invalid-parameters',
        field: 'params.bedtime',
        message: 'bedtime must be between 0 and 24 clock h, got 25',
      },
    );
    await expect(runSweep(pool, { ...sweep('caffeine_mg', 0, 100, 3), scenario: 'nope' })).rejects.toMatchObject({
      code: 'invalid-parameters',
      field: 'scenario',
    });
    await expect(runSweep(pool, { ...sweep('caffeine_mg', 0, 100, 3), seed: -1 })).rejects.toMatchObject({
      code: 'invalid-parameters',
      field: 'seed',
    });
    expect(pool.batches).toHaveLength(0);
  });

  it('cancels mid-sweep: running batches cancelled, nothing more sent, results discarded', async () => {
    const pool = new FakePool(2, 5);
    const controller = new AbortController();
    let seen = 0;
    const running = runSweep(pool, sweep('caffeine_mg', 0, 590, 60), {
      signal: controller.signal,
      onProgress: (done) => {
        seen = done;
        if (done >= 10) controller.abort();
      },
    });
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SweepError);
    expect(error).toMatchObject({ code: 'cancelled' });
    expect((error as Error).message).toMatch(
      /^the sweep was cancelled after \d+ of 60 runs; its results were discarded$/,
    );
    expect(seen).toBeGreaterThanOrEqual(10);
    const sentAtCancel = pool.batches.length;
    expect(pool.batches.some((b) => b.state === 'cancelled')).toBe(true);
    expect(pool.running()).toBe(0);
    await wait(60);
    expect(pool.batches).toHaveLength(sentAtCancel);
    const sent = pool.batches.reduce((n, b) => n + b.task.points.length, 0);
    expect(sent).toBeLessThan(60);
  });

  it('refuses at once when the signal is already aborted', async () => {
    const pool = new FakePool(2);
    const controller = new AbortController();
    controller.abort();
    await expect(runSweep(pool, sweep('caffeine_mg', 0, 100, 3), { signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
      message: 'the sweep was cancelled after 0 of 3 runs; its results were discarded',
    });
    expect(pool.batches).toHaveLength(0);
  });

  it('stops the whole sweep when a batch fails, naming its runs, and cancels the others', async () => {
    const pool = new FakePool(2, 3);
    pool.failPoint = { index: 5, code: 'worker-crashed' };
    const error = (await runSweep(pool, sweep('caffeine_mg', 0, 390, 40)).catch((e: unknown) => e)) as SweepError;
    expect(error).toBeInstanceOf(SweepError);
    expect(error.code).toBe('worker-crashed');
    expect(error.message).toMatch(/^the sweep stopped at runs? \d+(–\d+)? of 40: deliberate worker-crashed$/);
    expect(pool.running()).toBe(0);
  });
});

describe('sensitivity on a stand-in pool', () => {
  const base = { scenario: 'baseline', params: {}, seed: 7 };

  it('tries ±10 % of each non-advanced numeric parameter and sorts by the size of the change', async () => {
    const pool = new FakePool(2);
    const result = await sensitivity(pool, base, 'sleepOnsetLatency_min');
    expect(result.metric).toBe('sleepOnsetLatency_min');
    // The fake's metric 0 is the sum of the point's overrides: 0 for the night as it is.
    expect(result.baseline).toBe(0);
    const params = result.entries.map((e) => e.param);
    for (const id of params) expect(PARAMETERS.find((p) => p.id === id)!.group).not.toBe('advanced');
    expect(params).not.toContain('sex');
    // Values of 0 cannot move by 10 %.
    expect(result.skipped).toEqual(expect.arrayContaining(['caffeine_mg', 'priorNights', 'nightLight_lux']));
    expect(params).not.toContain('caffeine_mg');
    const byParam = new Map(result.entries.map((e) => [e.param, e]));
    expect(byParam.get('dayLight_lux')).toMatchObject({
      value: 500,
      low: 450,
      high: 550,
      deltaLow: 450,
      deltaHigh: 550,
    });
    // Clamped to the range (bedtime ≤ 24), integers rounded (14 days ± 1.4 → 13, 15).
    expect(byParam.get('bedtime')).toMatchObject({ value: 23, low: 20.7, high: 24 });
    expect(byParam.get('runInDays')).toMatchObject({ value: 14, low: 13, high: 15 });
    const sizes = result.entries.map((e) => Math.max(Math.abs(e.deltaLow!), Math.abs(e.deltaHigh!)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(params[0]).toBe('dayLight_lux');
    // One run for the night, two per parameter.
    expect(pool.batches.reduce((n, b) => n + b.task.points.length, 0)).toBe(1 + 2 * result.entries.length);
  });

  it('gives null changes where the metric is undefined', async () => {
    const result = await sensitivity(new FakePool(2), base, METRICS[1]!.id);
    expect(result.baseline).toBeNull();
    for (const entry of result.entries) expect(entry).toMatchObject({ deltaLow: null, deltaHigh: null });
  });

  it('refuses an unknown metric', async () => {
    await expect(sensitivity(new FakePool(1), base, 'nope' as never)).rejects.toMatchObject({
      code: 'invalid-parameters',
      field: 'metric',
    });
  });
});
