import { describe, expect, it } from 'vitest';
import { EPOCH_H, type SimulationResult } from '../../../shared/model/result';
import {
  differencePoints,
  extent,
  seriesPoints,
  sharedRange,
  slotHour,
  slotWindow,
  stageHeight,
  stagePoints,
  valueAt,
  windowSum,
} from './traces';

function fake(focal: number, start_h: number, values: number[], stages?: number[]): SimulationResult {
  return {
    model: { name: 't', version: '0' },
    start_h,
    epochs: values.length,
    focalLightsOff_clock_h: focal,
    focalTimeInBed_h: 8,
    stage: Uint8Array.from(stages ?? values.map(() => 0)),
    series: { x: Float32Array.from(values) },
    metrics: {},
  };
}

describe('plot traces', () => {
  it('puts both nights on the slot-hour axis', () => {
    const a = fake(23, -11, [0, 1, 2]);
    expect(slotHour(a, 0)).toBe(12);
    expect(slotWindow(a)).toEqual({ start: 12, end: 12 + 3 * EPOCH_H });
  });

  it('pairs epochs of nights with different bedtimes for B − A', () => {
    const a = fake(23, -11, [0, 10, 20, 30]);
    // B starts one epoch later on the clock.
    const b = fake(23 + EPOCH_H, -11, [1, 2, 3, 4]);
    const diff = differencePoints(a, b, 'x');
    expect(diff.map((p) => p.y)).toEqual([1 - 10, 2 - 20, 3 - 30]);
    expect(diff[0]!.x).toBeCloseTo(12 + EPOCH_H);
    expect(extent(b, 'x', undefined, a)).toEqual([-27, -9]);
  });

  it('thins long series by min–max per bucket without losing a peak', () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i / 50));
    values[2345] = 9;
    const points = seriesPoints(fake(23, -11, values), 'x', undefined, 200);
    expect(points.length).toBeLessThanOrEqual(400);
    expect(Math.max(...points.map((p) => p.y))).toBe(9);
    expect(points.every((p, i) => i === 0 || p.x > points[i - 1]!.x)).toBe(true);
  });

  it('keeps only the changes of stage, and the ends', () => {
    const r = fake(23, -11, [0, 0, 0, 0, 0, 0], [0, 0, 3, 3, 4, 4]);
    expect(stagePoints(r).map((p) => p.y)).toEqual([4, 1, 0, 0]);
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

  it('draws W on top and N3 at the bottom', () => {
    expect(stageHeight(0)).toBe(4);
    expect(stageHeight(4)).toBe(0);
  });

  it('shares a padded range, rounded outward to a tenth of its span, and keeps non-negative quantities at zero', () => {
    // 1…3 padded by 5 % is 0.9…3.1; a tenth of that span rounds to a step of 0.5.
    expect(
      sharedRange([
        [1, 1],
        [3, 3],
      ]),
    ).toEqual({ min: 0.5, max: 3.5 });
    expect(sharedRange([[0, 0]])).toEqual({ min: 0, max: 1 });
    expect(sharedRange([[-1, 1]])).toEqual({ min: -1.5, max: 1.5 });
    expect(sharedRange([[0.2, 0.8]])).toEqual({ min: 0.1, max: 0.9 });
    expect(sharedRange([null])).toBeNull();
  });

  it('keeps the shared range when one night changes a little', () => {
    const before = sharedRange([
      [0.12, 0.87],
      [0.1, 0.9],
    ]);
    const after = sharedRange([
      [0.12, 0.87],
      [0.105, 0.91],
    ]);
    expect(after).toEqual(before);
    // …and follows a real change.
    expect(
      sharedRange([
        [0.12, 0.87],
        [0.1, 1.4],
      ]),
    ).not.toEqual(before);
  });
});
