/** Placing PVT sessions on a protocol's slot-hour axis. */
import { describe, expect, it } from 'vitest';
import type { PvtSession } from '../report/import/pvt';
import { dayOfDate, placeSessions } from './placement';

// A protocol from slot hour −36 (noon two days before the focal evening) to 48, in 30-s epochs.
const grid = { focalLightsOff_clock_h: 23, start_h: -59, epochs: 84 * 120 };
const at = (date: string, hour: number, line: number): PvtSession => ({
  line,
  t: dayOfDate(date)! * 86_400 + hour * 3600,
  meanRT_ms: 300,
  lapses: 2,
});

describe('placeSessions', () => {
  it('reads dates and refuses non-dates', () => {
    expect(dayOfDate('1970-01-02')).toBe(1);
    expect(dayOfDate('2026-02-30')).toBeNull();
    expect(dayOfDate('10/03/2026')).toBeNull();
  });
  it('places a session by the given focal date', () => {
    const s = [at('2026-03-10', 9, 2), at('2026-03-11', 8, 3), at('2026-03-12', 1, 4)];
    const p = placeSessions(s, grid, '2026-03-10');
    expect(p.by).toBe('given');
    expect(p.inside.map((x) => x.slot_h)).toEqual([9, 32]);
    expect(p.inside[0]!.epoch).toBe((9 + 36) * 120);
    expect(p.inside[0]!.time).toBe('2026-03-10T09:00:00');
    expect(p.outside.map((x) => x.line)).toEqual([4]);
    expect(() => placeSessions(s, grid, 'tomorrow')).toThrow(/not a date/);
  });
  it('without a date, puts the most sessions inside, as late as they go', () => {
    // Three days of sessions fit the 3.5-day protocol one way only; one day of sessions fits
    // several ways, and the latest puts its day on the day after the focal night.
    const three = [at('2026-03-08', 13, 2), at('2026-03-09', 13, 3), at('2026-03-10', 20, 4)];
    const p3 = placeSessions(three, grid);
    expect(p3.by).toBe('most sessions inside');
    expect(p3.focalDate).toBe('2026-03-09');
    expect(p3.outside).toEqual([]);
    const one = [at('2026-03-08', 13, 2), at('2026-03-08', 20, 3)];
    const p1 = placeSessions(one, grid);
    expect(p1.focalDate).toBe('2026-03-07');
    expect(p1.inside.map((x) => x.slot_h)).toEqual([37, 44]);
  });
});
