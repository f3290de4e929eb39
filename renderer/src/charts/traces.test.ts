import { describe, expect, it } from 'vitest';
import { EPOCH_H, type SimulationResult } from '../../../shared/model/result';
import { differencePoints, sharedRange, slotHour, slotWindow, stageHeight, valueAt } from './traces';

function fake(focal: number, start_h: number, values: number[]): SimulationResult {
  return {
    model: { name: 't', version: '0' },
    start_h,
    epochs: values.length,
    focalLightsOff_clock_h: focal,
    focalTimeInBed_h: 8,
    stage: new Uint8Array(values.length),
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
  });

  it('reads a value at a slot hour, null outside', () => {
    const a = fake(23, -11, [5, 6]);
    expect(valueAt(a, 'x', 12 + EPOCH_H * 1.5)).toBeCloseTo(6);
    expect(valueAt(a, 'x', 11)).toBeNull();
    expect(valueAt(a, 'stage', 12)).toBe(0);
  });

  it('draws W on top and N3 at the bottom', () => {
    expect(stageHeight(0)).toBe(4);
    expect(stageHeight(4)).toBe(0);
  });

  it('shares a padded range and keeps non-negative quantities at zero', () => {
    expect(sharedRange([[{ x: 0, y: 1 }], [{ x: 0, y: 3 }]])).toEqual({ min: 0.9, max: 3.1 });
    expect(sharedRange([[{ x: 0, y: 0 }]])).toEqual({ min: 0, max: 1 });
    expect(
      sharedRange([
        [
          { x: 0, y: -1 },
          { x: 1, y: 1 },
        ],
      ]),
    ).toEqual({ min: -1.1, max: 1.1 });
    expect(sharedRange([[]])).toBeNull();
  });
});
