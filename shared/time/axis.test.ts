import { describe, expect, it } from 'vitest';
import {
  EPOCH_H,
  epochAt,
  epochsInside,
  focalWindow,
  hoursSinceLightsOff,
  onClockScale,
  pairOffset,
  slotClock,
  slotHour,
  spanWindow,
  unionWindow,
  viewSpanWindow,
  NIGHT_SLOT,
} from './axis';

const night = (focalLightsOff_clock_h: number, start_h: number, epochs: number) => ({
  focalLightsOff_clock_h,
  start_h,
  epochs,
});

describe('the slot-hour axis', () => {
  it('places epochs by lights-off on the slot scale and the first epoch since it', () => {
    const a = night(23, -11, 3);
    expect(slotHour(a, 0)).toBe(12);
    expect(slotHour(a, 2)).toBe(12 + 2 * EPOCH_H);
    expect(spanWindow(a)).toEqual({ start: 12, end: 12 + 3 * EPOCH_H });
    // The same arithmetic, in the same order, as the engine's and the writers' copies had.
    expect(slotHour(night(23.5, -11.25, 0), 7)).toBe(23.5 + -11.25 + 7 * EPOCH_H);
  });

  it('finds the epoch containing a slot hour, unclamped', () => {
    const a = night(23, -11, 4);
    expect(epochAt(a, 12)).toBe(0);
    expect(epochAt(a, slotHour(a, 3))).toBe(3);
    expect(epochAt(a, 12 + 1.5 * EPOCH_H)).toBe(1);
    expect(epochAt(a, 11)).toBeLessThan(0);
  });

  it('turns a bedtime into the slot clock: evenings stay, mornings are the next day', () => {
    expect(slotClock(23)).toBe(23);
    expect(slotClock(12)).toBe(12);
    expect(slotClock(0.5)).toBe(24.5);
    expect(slotClock(24)).toBe(24);
    expect(slotClock(11.75)).toBe(35.75);
  });

  it('puts a slot hour on the 12–36 clock scale of the metrics, by whole days', () => {
    expect(onClockScale(25.75)).toBe(25.75);
    expect(onClockScale(12)).toBe(12);
    // A day sleeper's cortisol nadir at 01:45 of the next night, and events of the day before.
    expect(onClockScale(49.75)).toBe(25.75);
    expect(onClockScale(36)).toBe(12);
    expect(onClockScale(11)).toBe(35);
    expect(onClockScale(-1)).toBe(23);
  });

  it('pairs two nights: epoch i of B is epoch i + pairOffset(a, b) of A', () => {
    const a = night(23, -11, 10);
    const later = night(23 + 2 * EPOCH_H, -11, 10);
    expect(pairOffset(a, later)).toBe(2);
    expect(pairOffset(later, a)).toBe(-2);
    expect(slotHour(later, 3)).toBeCloseTo(slotHour(a, 3 + pairOffset(a, later)), 12);
    expect(pairOffset(a, a)).toBe(0);
  });

  it('counts the epochs wholly inside a window, edges included up to rounding', () => {
    const a = night(23, -11, 10);
    expect(epochsInside(a, spanWindow(a))).toEqual([0, 10]);
    expect(epochsInside(a, { start: slotHour(a, 2), end: slotHour(a, 5) })).toEqual([2, 5]);
    // An epoch cut by the window's start or end is not inside.
    expect(epochsInside(a, { start: slotHour(a, 2) + EPOCH_H / 2, end: slotHour(a, 5) - EPOCH_H / 2 })).toEqual([3, 4]);
    expect(epochsInside(a, { start: 0, end: 1 })).toEqual([0, 0]);
  });

  it('clips the focal window to what a night covers, and unites windows', () => {
    expect(focalWindow(night(23, -11, 37 * 120))).toEqual({ start: 12, end: 48 });
    expect(focalWindow(night(23, -5, 10 * 120))).toEqual({ start: 18, end: 28 });
    expect(
      unionWindow([
        { start: 12, end: 40 },
        { start: 13, end: 48 },
      ]),
    ).toEqual({ start: 12, end: 48 });
  });

  it('gives a slot window in hours since a night’s own lights-off', () => {
    expect(hoursSinceLightsOff({ focalLightsOff_clock_h: 23 }, { start: 12, end: 48 })).toEqual({
      start_h: -11,
      end_h: 25,
    });
  });
});

describe('the view spans', () => {
  const bed = (focalLightsOff_clock_h: number, focalTimeInBed_h: number) => ({
    focalLightsOff_clock_h,
    focalTimeInBed_h,
    start_h: 12 - focalLightsOff_clock_h,
  });
  const limits = { start: 12, end: 48 };
  it('opens on 18:00 → 12:00 around a usual night; night + next day is 12:00 to 24:00 the day after', () => {
    expect(viewSpanWindow('night', [bed(23, 8), bed(23, 8)], limits)).toEqual(NIGHT_SLOT);
    expect(viewSpanWindow('nightDay', [bed(23, 8)], limits)).toEqual({ start: 12, end: 48 });
    expect(viewSpanWindow('protocol', [bed(23, 8)], { start: -60, end: 48 })).toEqual({ start: -60, end: 48 });
  });
  it("widens to keep an hour either side of every night's time in bed, within what the results cover", () => {
    // A day sleeper in bed 08:00–16:00 next day (32 → 40) beside a usual night.
    expect(viewSpanWindow('night', [bed(23, 8), bed(32, 8)], limits)).toEqual({ start: 18, end: 41 });
    // An early night at 17:30: from 16:00.
    expect(viewSpanWindow('night', [bed(17.5, 8)], limits)).toEqual({ start: 16, end: 36 });
    expect(viewSpanWindow('night', [bed(23, 8)], { start: 20, end: 30 })).toEqual({ start: 20, end: 30 });
    // A coffee at 16:00 of the focal afternoon: from 15:00; one the day before does not count.
    expect(viewSpanWindow('night', [bed(23, 8)], limits, [16, -8])).toEqual({ start: 15, end: 36 });
    expect(viewSpanWindow('night', [bed(23, 8)], limits, [12.5])).toEqual({ start: 12, end: 36 });
  });
});
