import { describe, expect, it } from 'vitest';
import { eventSlotHour, eventTimeAt, MAX_EVENT_DURATION_H, type LightEvent } from '../model/protocolEvents';
import { compressLight, LIGHT_TOLERANCE_LADDER, mergeLight } from './lightCompress';

/** A light event starting at slot hour `from` (the focal slot's noon is 12). */
const ev = (from: number, duration_h: number, lux: number): LightEvent => ({
  kind: 'light',
  ...eventTimeAt(from, 0),
  duration_h,
  lux,
});
/** Consecutive 10-min events from slot hour `from`, one per lux. */
const run = (from: number, luxes: readonly number[]): LightEvent[] => luxes.map((l, k) => ev(from + k / 6, 1 / 6, l));
const startOf = (e: LightEvent) => eventSlotHour({ at: e.at, day: e.day ?? 0 });
const log = (lux: number) => Math.log10(1 + lux);

describe('mergeLight', () => {
  it('merges adjacent events within the tolerance at their time-weighted mean lux, and no others', () => {
    // log10(1 + lux): 10 → 1.041, 12 → 1.114 (spread 0.073), 1000 → 3.0.
    const merged = mergeLight(run(-40, [10, 11, 12, 1000, 1000]), 0.1);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ duration_h: 0.5, lux: 11 });
    expect(startOf(merged[0]!)).toBeCloseTo(-40, 9);
    expect(merged[1]).toMatchObject({ lux: 1000 });
    expect(merged[1]!.duration_h).toBeCloseTo(1 / 3, 9);
    expect(startOf(merged[1]!)).toBeCloseTo(-39.5, 9);
  });

  it('keeps the dose: the merged lux·h equals the events’ own', () => {
    const events = [ev(20, 0.25, 100), ev(20.25, 0.75, 140)];
    const [m] = mergeLight(events, 0.2);
    expect(m!.lux * m!.duration_h).toBeCloseTo(100 * 0.25 + 140 * 0.75, 3);
  });

  it('does not bridge a gap, and stops at the longest event allowed', () => {
    expect(mergeLight([ev(14, 1, 50), ev(15.5, 1, 50)], 1)).toHaveLength(2);
    const long = run(
      -60,
      Array.from({ length: 6 * (MAX_EVENT_DURATION_H + 2) }, () => 0),
    );
    const merged = mergeLight(long, 1);
    expect(merged.map((e) => e.duration_h)).toEqual([MAX_EVENT_DURATION_H, expect.closeTo(2, 9)]);
  });

  it('no event moves by more than the tolerance (noisy light, every ladder step)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const events = run(
      -100,
      Array.from({ length: 6 * 24 * 4 }, () => 10 ** (4 * rand()) - 1),
    );
    for (const tol of LIGHT_TOLERANCE_LADDER) {
      const merged = mergeLight(events, tol);
      let k = 0;
      for (const m of merged) {
        const end = startOf(m) + m.duration_h;
        for (; k < events.length && startOf(events[k]!) < end - 1e-6; k++)
          expect(Math.abs(log(events[k]!.lux) - log(m.lux))).toBeLessThanOrEqual(tol + 1e-9);
      }
      expect(k).toBe(events.length);
    }
  });
});

describe('compressLight', () => {
  it('leaves events that fit alone, and takes the smallest tolerance that fits otherwise', () => {
    const events = run(-30, [0, 0.5, 1, 2, 5, 9, 20, 50, 80, 200, 400, 1000]);
    expect(compressLight(events, 12)).toEqual({ events, tolerance_log10: 0, before: 12 });
    const c = compressLight(events, 6)!;
    expect(c.events.length).toBeLessThanOrEqual(6);
    const i = LIGHT_TOLERANCE_LADDER.indexOf(c.tolerance_log10 as (typeof LIGHT_TOLERANCE_LADDER)[number]);
    expect(i).toBeGreaterThan(0);
    expect(mergeLight(events, LIGHT_TOLERANCE_LADDER[i - 1]!).length).toBeGreaterThan(6);
  });

  it('says null when even the largest tolerance leaves too many', () => {
    const apart = [ev(14, 1, 10), ev(16, 1, 10), ev(18, 1, 10)];
    expect(compressLight(apart, 2)).toBeNull();
  });
});
