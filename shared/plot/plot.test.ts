import { describe, expect, it } from 'vitest';
import { fakeResult } from './testing/fakeResult';
import { EPOCH_H } from '../model/result';
import { slotHour } from '../time/axis';
import { NIGHT_DASH, printDash, screenDash } from './palette';
import { differencePoints, drawnEpochs, seriesPoints, stageHeight, stageSteps } from './points';
import { extent, MAX_Y_STEPS, rowRange, sharedRange, yAxis } from './range';

const fake = fakeResult;

describe('plot data', () => {
  it('draws W on top and N3 at the bottom', () => {
    expect(stageHeight(0)).toBe(4);
    expect(stageHeight(4)).toBe(0);
  });

  it('exports every epoch inside the window, and the screen draws a margin beyond it', () => {
    const a = fake(23, -11, [0, 1, 2, 3, 4, 5, 6, 7]);
    const window = { start: slotHour(a, 3), end: slotHour(a, 5) };
    expect(seriesPoints(a, 'x', window).map((p) => p.y)).toEqual([3, 4]);
    expect(drawnEpochs(a, window)).toEqual([2, 7]);
    expect(drawnEpochs(a, undefined)).toEqual([0, 8]);
  });

  it('pairs B − A at B’s epochs, and the hypnogram steps end at the window’s end', () => {
    const a = fake(23, -11, [0, 10, 20, 30]);
    const b = fake(23 + EPOCH_H, -11, [1, 2, 3, 4]);
    const window = { start: 12, end: 12 + 5 * EPOCH_H };
    expect(differencePoints(a, b, 'x', window).map((p) => p.y)).toEqual([1 - 10, 2 - 20, 3 - 30]);
    const r = fake(23, -11, [0, 0, 0, 0], [0, 0, 3, 3]);
    expect(stageSteps(r, { start: 12, end: 12 + 4 * EPOCH_H }).map((p) => p.y)).toEqual([4, 1, 1]);
  });

  it('one dash per night and medium: A solid, B dashed', () => {
    expect(screenDash('a')).toEqual([]);
    expect(screenDash('b')).toEqual(NIGHT_DASH.B.screen_px);
    expect(printDash('B', 2)).toEqual(NIGHT_DASH.B.print_lw.map((d) => d * 2));
  });
});

describe('shared ranges', () => {
  it('rounds a range outward to a step of 1, 2 or 5 × 10^k in at most five steps, and keeps non-negative quantities non-negative', () => {
    // 1…3 in steps of 0.5 is four steps; of 0.2 it would be ten.
    expect(
      sharedRange([
        [1, 1],
        [3, 3],
      ]),
    ).toEqual({ min: 1, max: 3, step: 0.5 });
    expect(sharedRange([[0, 0]])).toEqual({ min: 0, max: 1, step: 0.2 });
    expect(sharedRange([[-1, 1]])).toEqual({ min: -1, max: 1, step: 0.5 });
    expect(sharedRange([[0.2, 0.8]])).toEqual({ min: 0.2, max: 0.8, step: 0.2 });
    // SWA of the key figure: ends at 1.5, not a step beyond.
    expect(sharedRange([[0, 1.33]])).toEqual({ min: 0, max: 1.5, step: 0.5 });
    expect(sharedRange([[0.0012, 0.0087]])).toEqual({ min: 0, max: 0.01, step: 0.002 });
    expect(sharedRange([[-27, -9]])).toEqual({ min: -30, max: -5, step: 5 });
    expect(sharedRange([[5, 5]])).toEqual({ min: 4.5, max: 5.5, step: 0.5 });
    expect(sharedRange([null])).toBeNull();
  });

  it('gives an axis back unchanged, so the screen and the export may both round what they get', () => {
    for (const [min, max] of [
      [0, 1.33],
      [0.93, 1.17],
      [-0.31, 0.12],
      [0, 15.1],
      [1e-4, 7e-4],
      [-2500, 130],
    ] as const) {
      const axis = yAxis({ min, max });
      expect(yAxis(axis)).toEqual(axis);
      expect(axis.min).toBeLessThanOrEqual(min);
      expect(axis.max).toBeGreaterThanOrEqual(max);
      expect((axis.max - axis.min) / axis.step).toBeLessThanOrEqual(MAX_Y_STEPS + 1e-9);
    }
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

  it('ranges a row over both nights, or over B − A', () => {
    const a = fake(23, -11, [0, 10, 20, 30]);
    const b = fake(23 + EPOCH_H, -11, [1, 2, 3, 4]);
    expect(extent(b, 'x', undefined, a)).toEqual([-27, -9]);
    const window = { start: 12, end: 12 + 5 * EPOCH_H };
    expect(rowRange([{ id: 'x' }], [a, b], window, true)).toEqual(sharedRange([[-27, -9]]));
    expect(rowRange([{ id: 'x' }], [a, b], window, false)).toEqual(sharedRange([[0, 30]]));
    expect(rowRange([{ id: 'x' }], [a], window, true)).toBeNull();
  });
});
