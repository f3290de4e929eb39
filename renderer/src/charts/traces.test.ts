import { describe, expect, it } from 'vitest';
import { fakeResult } from '../../../shared/plot/testing/fakeResult';
import { EPOCH_H } from '../../../shared/model/result';
import { extent } from '../../../shared/plot/range';
import { screenDifferencePoints, screenSeriesPoints, screenStagePoints, valueAt, windowSum } from './traces';

const fake = fakeResult;
const run = (stage: number, n: number): number[] => Array.from({ length: n }, () => stage);

describe('plot traces', () => {
  it('pairs epochs of nights with different bedtimes for B − A', () => {
    const a = fake(23, -11, [0, 10, 20, 30]);
    // B starts one epoch later on the clock.
    const b = fake(23 + EPOCH_H, -11, [1, 2, 3, 4]);
    const diff = screenDifferencePoints(a, b, 'x');
    expect(diff.map((p) => p.y)).toEqual([1 - 10, 2 - 20, 3 - 30]);
    expect(diff[0]!.x).toBeCloseTo(12 + EPOCH_H);
    expect(extent(b, 'x', undefined, a)).toEqual([-27, -9]);
  });

  it('thins long series by min–max per bucket without losing a peak', () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i / 50));
    values[2345] = 9;
    const points = screenSeriesPoints(fake(23, -11, values), 'x', undefined, 200);
    expect(points.length).toBeLessThanOrEqual(400);
    expect(Math.max(...points.map((p) => p.y))).toBe(9);
    expect(points.every((p, i) => i === 0 || p.x > points[i - 1]!.x)).toBe(true);
  });

  it('leaves a waking-only series out while asleep: a gap, thinned or not', () => {
    // 30 min awake, 10 min asleep, a 5-min arousal (no one is tested in it), 10 min asleep, 20 min awake.
    const stages = [...run(0, 60), ...run(3, 20), ...run(0, 10), ...run(3, 20), ...run(0, 40)];
    const r = fake(
      23,
      -11,
      stages.map((_, i) => i),
      stages,
    );
    const ys = screenSeriesPoints(r, 'x', undefined, 600, true).map((p) => p.y);
    expect(ys.slice(0, 60)).toEqual(stages.slice(0, 60).map((_, i) => i));
    expect(ys.slice(60, 110).every(Number.isNaN)).toBe(true);
    expect(ys.slice(110)).toEqual(stages.slice(110).map((_, i) => 110 + i));
    expect(screenSeriesPoints(r, 'x', undefined, 600).every((p) => !Number.isNaN(p.y))).toBe(true);
    // 3000 epochs asleep in the middle of 5000, thinned to 100 buckets: the gap stays, the waking peaks too.
    const values = Array.from({ length: 5000 }, (_, i) => (i === 10 ? 7 : i % 3));
    const night = values.map((_, i) => (i >= 1000 && i < 4000 ? 3 : 0));
    const thinned = screenSeriesPoints(fake(23, -11, values, night), 'x', undefined, 100, true);
    const inside = thinned.filter((p) => p.x > 12 + 1100 * EPOCH_H && p.x < 12 + 3900 * EPOCH_H);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.every((p) => Number.isNaN(p.y))).toBe(true);
    expect(Math.max(...thinned.filter((p) => !Number.isNaN(p.y)).map((p) => p.y))).toBe(7);
  });

  it('keeps only the changes of stage, and the ends', () => {
    const r = fake(23, -11, [0, 0, 0, 0, 0, 0], [0, 0, 3, 3, 4, 4]);
    expect(screenStagePoints(r).map((p) => p.y)).toEqual([4, 1, 0, 0]);
  });

  it('breaks the line where an epoch has no stage (a measured night’s unscored epochs)', () => {
    // W W U U N2 N2: the W run closes where the gap starts, a NaN leaves the gap, N2 resumes.
    const r = fake(23, -11, [0, 0, 0, 0, 0, 0], [0, 0, 5, 5, 3, 3]);
    const points = screenStagePoints(r);
    expect(points.map((p) => p.y)).toEqual([4, 4, Number.NaN, 1, 1]);
    expect(points.map((p) => Math.round((p.x - 12) / EPOCH_H))).toEqual([0, 2, 2, 4, 5]);
    // Starting in a gap: no run to close.
    expect(screenStagePoints(fake(23, -11, [0, 0, 0], [5, 3, 3])).map((p) => p.y)).toEqual([Number.NaN, 1, 1]);
  });

  it('reads a value at a slot hour, null outside', () => {
    const a = fake(23, -11, [5, 6]);
    expect(valueAt(a, 'x', 12 + EPOCH_H * 1.5)).toBeCloseTo(6);
    expect(valueAt(a, 'x', 11)).toBeNull();
    expect(valueAt(a, 'stage', 12)).toBe(0);
  });

  it('sums exactly the epochs inside a window, for series, differences and stages', () => {
    const a = fake(23, -11, [1, 2, 3, 4], [0, 3, 4, 1]);
    const b = fake(23, -11, [2, 4, 6, 8]);
    expect(windowSum(a, 'x')).toBe(10);
    expect(windowSum(a, 'x', { start: 12 + EPOCH_H, end: 12 + 3 * EPOCH_H })).toBe(5);
    expect(windowSum(b, 'x', undefined, a)).toBe(10);
    expect(windowSum(a, 'stage')).toBe(4 + 1 + 0 + 3);
  });
});
