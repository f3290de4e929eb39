import { describe, expect, it } from 'vitest';
import { EPOCHS_PER_HOUR, type SimulationResult } from '../model/result';
import { threeDays } from './testing/threeDays';
import { FOCAL_SLOT } from '../time/axis';
import {
  LIGHT_SCALE,
  actogramDays,
  actogramDaysOf,
  daySummaries,
  doublePlot,
  lightLevel,
  phaseMarkers,
  rowX,
  type ActogramNight,
} from './actogram';

const night = (result: SimulationResult): ActogramNight => ({ result, events: [], dlmoThreshold_pgPerMl: 4 });
const spans = (list: readonly { from: number; to: number }[]) => list.map((s) => [s.from, s.to]);

describe('the double-plotted actogram', () => {
  it('has one row per clock day, 48 h wide, each row the day and the next', () => {
    const days = actogramDaysOf(night(threeDays()));
    expect(days.map((d) => d.day)).toEqual([0, 1, 2]);
    // Day 0: asleep from midnight to 07:00 and from 23:00; day 2 ends at the result's end (72).
    expect(spans(days[0]!.sleep)).toEqual([
      [0, 7],
      [23, 24],
    ]);
    const rows = doublePlot(days);
    expect(rows.map((r) => r.start)).toEqual([0, 24, 48]);
    expect(spans(rows[0]!.sleep)).toEqual([
      [0, 7],
      [23, 24],
      [24, 31],
      [47, 48],
    ]);
    // Double plotting: the right half of each row is the left half of the row under it.
    for (let k = 0; k + 1 < rows.length; k++) {
      const right = rows[k]!.sleep.filter((s) => s.from >= 24).map((s) => [s.from - 24, s.to - 24]);
      const left = rows[k + 1]!.sleep.filter((s) => s.to <= 24).map((s) => [s.from, s.to]);
      expect(right).toEqual(left);
    }
    // The last row's right half is past the end: nothing there.
    expect(rows[2]!.sleep.every((s) => s.to <= 24)).toBe(true);
  });

  it('lays the clock on a plain 24-h day axis (no daylight-saving day is 23 or 25 h)', () => {
    const x = rowX(100, 580);
    expect(x(0)).toBe(100);
    expect(x(24)).toBe(340);
    expect(x(48)).toBe(580);
    // Rows start at midnights of the slot axis, so a focal window of 12:00 → 24:00 the day after
    // spans exactly the days 0 and 1.
    expect(actogramDays([FOCAL_SLOT])).toEqual({ first: 0, last: 1 });
    expect(actogramDays([{ start: -324, end: 48 }, FOCAL_SLOT])).toEqual({ first: -14, last: 1 });
    // An end summed epoch by epoch lands a hair past midnight: no empty day after it.
    expect(actogramDays([{ start: 12 - 1e-12, end: 48 + 1e-11 }])).toEqual({ first: 0, last: 1 });
  });

  it('a shifted schedule moves the sleep bars to other clock hours', () => {
    const day = actogramDaysOf(night(threeDays(8)))[1]!;
    expect(spans(day.sleep)).toEqual([[8, 16]]);
  });

  it('shades light by its decade of lux, darkness not drawn', () => {
    expect(lightLevel(0.5)).toBe(-1);
    expect(lightLevel(1)).toBe(0);
    expect(lightLevel(50)).toBe(1);
    expect(lightLevel(500)).toBe(2);
    expect(lightLevel(20_000)).toBe(LIGHT_SCALE.length - 1);
    const day = actogramDaysOf(night(threeDays()))[1]!;
    expect(day.light.map((l) => [l.from, l.to, l.level])).toEqual([
      [7, 19, 2],
      [19, 23, 1],
    ]);
  });

  it('marks CBTmin and DLMO on every day, from the model’s series', () => {
    const markers = phaseMarkers(threeDays(), 4);
    const cbt = markers.filter((m) => m.kind === 'cbtMin').map((m) => m.at);
    const dlmo = markers.filter((m) => m.kind === 'dlmo').map((m) => m.at);
    expect(cbt.map((t) => Math.round(t * 60) / 60)).toEqual([5, 29, 53]);
    // Crossings are interpolated inside the epoch where the curve jumps (a step here).
    for (const [i, t] of dlmo.entries()) expect(Math.abs(t - (21 + 24 * i))).toBeLessThan(1 / EPOCHS_PER_HOUR);
    expect(dlmo).toHaveLength(3);
    const days = actogramDaysOf(night(threeDays()));
    expect(days[1]!.markers.map((m) => m.kind)).toEqual(['cbtMin', 'dlmo']);
    // No threshold, no DLMO.
    expect(phaseMarkers(threeDays(), null).every((m) => m.kind === 'cbtMin')).toBe(true);
  });

  it('places doses as instants and naps as bars, on both halves of the double plot', () => {
    const rows = doublePlot(
      actogramDaysOf({
        result: threeDays(),
        events: [
          { at: 40, duration_h: null, mark: 'C', text: 'Caffeine 200 mg' },
          { at: 38, duration_h: 1.5, mark: 'N', text: 'Nap 1.5 h' },
        ],
        dlmoThreshold_pgPerMl: null,
      }),
    );
    expect(rows[1]!.events.map((e) => [e.mark, e.from, e.to, e.interval])).toEqual([
      ['C', 16, 16, false],
      ['N', 14, 15.5, true],
    ]);
    expect(rows[0]!.events.map((e) => [e.mark, e.from])).toEqual([
      ['C', 40],
      ['N', 38],
    ]);
    expect(rows[2]!.events).toEqual([]);
  });

  it('sums each noon-to-noon day for the table: first sleep, last waking, hours asleep and lit', () => {
    const table = daySummaries(night(threeDays()));
    const day0 = table.find((d) => d.day === 0)!;
    expect(day0.sleepOnset).toBe(23);
    expect(day0.sleepOffset).toBe(31);
    expect(day0.sleep_h).toBeCloseTo(8, 6);
    // 12:00–19:00 of the evening and 07:00–12:00 of the morning after lit at 500 lux; 50 lux is not lit.
    expect(day0.lit_h).toBeCloseTo(12, 6);
    expect(day0.cbtMin).toBeCloseTo(29, 1);
    expect(day0.dlmo).toBeCloseTo(21, 1);
  });
});
