/**
 * The validation protocols are the product's events: each helper of protocols.ts states a night
 * (schedule overrides + events); that night written as an experiment file, parsed back and
 * compiled gives the helper's timeline epoch for epoch, and the timeline the rows used to build
 * by hand (legacy(), kept here as the reference) epoch for epoch too.
 */
import { describe, expect, it } from 'vitest';
import type { ParameterOverrides, ParameterValues } from '../../shared/model/parameters';
import { resolveParameters } from '../../shared/model/scenarios';
import {
  DAYLIGHT_FROM_H,
  DAYLIGHT_TO_H,
  TimelineBuilder,
  compileProtocol,
  hoursAfterNoon,
  type Timeline,
} from '../../shared/model/protocol';
import { parseExperiment } from '../../shared/experiment';
import { simulateNight, simulateTimeline } from '../../shared/model/engine';
import {
  EventPlan,
  compileNight,
  constantRoutineNight,
  forcedDesynchronyNight,
  scheduleNight,
  type Night,
  type ProtocolNight,
} from './protocols';

// ── the hand-built protocols the rows used before (the reference) ───────────
const nightAt = (slot: number, bedtime: number, tib_h: number): Night => ({
  off_h: 24 * slot + hoursAfterNoon(bedtime),
  tib_h,
});
const habitual = (p: ParameterValues, days: number) =>
  Array.from({ length: days }, (_, k) => nightAt(k, p.habitualBedtime, p.habitualTimeInBed_h));

function live(tl: TimelineBuilder, p: ParameterValues, from_h: number, to_h: number, nights: readonly Night[]) {
  for (let noon = Math.floor(from_h / 24) * 24; noon < to_h; noon += 24) {
    tl.light(Math.max(from_h, noon - 5), Math.min(to_h, noon + DAYLIGHT_TO_H - 12), p.dayLight_lux);
    tl.light(
      Math.max(from_h, noon + DAYLIGHT_TO_H - 12),
      Math.min(to_h, noon + 12 + DAYLIGHT_FROM_H),
      p.eveningLight_lux,
    );
  }
  for (const n of nights) {
    if (n.off_h >= to_h || n.off_h < from_h) continue;
    tl.light(Math.max(from_h, n.off_h - p.eveningLightHours), n.off_h, p.eveningLight_lux);
  }
  for (const n of nights) {
    if (n.off_h >= to_h || n.off_h < from_h || n.tib_h <= 0) continue;
    tl.bed(n.off_h, Math.min(to_h, n.off_h + n.tib_h));
    tl.light(n.off_h, Math.min(to_h, n.off_h + n.tib_h), p.nightLight_lux);
  }
}

/** What the rows' extra callbacks call, on a TimelineBuilder (legacy) or an EventPlan (events). */
interface Sink {
  bed(from_h: number, to_h: number): unknown;
  light(from_h: number, to_h: number, lux: number): unknown;
  caffeine(at_h: number, mg: number): unknown;
  alcohol(at_h: number, gPerKg: number): unknown;
}
type Schedule = readonly { bedtime: number; tib_h: number }[];

const legacy = {
  schedule(
    p: ParameterValues,
    schedule: Schedule,
    focalIndex: number,
    extra?: (tl: Sink, n: readonly Night[]) => void,
  ) {
    const runIn = p.runInDays;
    const nights = [...habitual(p, runIn), ...schedule.map((n, k) => nightAt(runIn + k, n.bedtime, n.tib_h))];
    const last = nights[nights.length - 1]!;
    const end_h = 12 + 24 * Math.ceil((last.off_h + Math.max(last.tib_h, 8)) / 24);
    const tl = new TimelineBuilder(12, end_h);
    live(tl, p, 0, end_h, nights);
    extra?.(tl, nights);
    const focal = nights[runIn + focalIndex]!;
    const awake = focal.tib_h === 0;
    const off = awake ? nightAt(runIn + focalIndex, p.habitualBedtime, p.habitualTimeInBed_h) : focal;
    return tl.build({ lightsOff_h: off.off_h, lightsOn_h: off.off_h + off.tib_h, awakeNight: awake });
  },
  constantRoutine(p: ParameterValues, days: number, dimLux: number, extra?: (tl: Sink, start_h: number) => void) {
    const start_h = 24 * p.runInDays - 5;
    const end_h = start_h + 24 * days;
    const tl = new TimelineBuilder(12, end_h);
    live(tl, p, 0, start_h, habitual(p, p.runInDays));
    tl.light(start_h, end_h, dimLux);
    extra?.(tl, start_h);
    return tl.build({ lightsOff_h: start_h + 16, lightsOn_h: start_h + 24, awakeNight: true });
  },
  forcedDesynchrony(p: ParameterValues, cycles: number, T_h: number, dimLux: number) {
    const start_h = 24 * p.runInDays - 5;
    const end_h = start_h + cycles * T_h;
    const tl = new TimelineBuilder(12, end_h);
    live(tl, p, 0, start_h, habitual(p, p.runInDays));
    tl.light(start_h, end_h, dimLux);
    for (let c = 0; c < cycles; c++) {
      const off = start_h + c * T_h + (2 / 3) * T_h;
      tl.bed(off, off + T_h / 3);
      tl.light(off, off + T_h / 3, 0);
    }
    return tl.build({ lightsOff_h: start_h + (2 / 3) * T_h, lightsOn_h: start_h + T_h, awakeNight: false });
  },
};

// ── the rows' protocols (their call sites' arguments) ────────────────────────
interface Case {
  readonly name: string;
  readonly overrides?: ParameterOverrides;
  readonly legacy: (p: ParameterValues) => Timeline;
  readonly night: (p: ParameterValues) => ProtocolNight;
}
const rep = (n: number, night: { bedtime: number; tib_h: number }) => Array.from({ length: n }, () => night);
const restrict = (tib: number, n: number) => rep(n, { bedtime: (31 - tib) % 24, tib_h: tib });
const AWAKE = { bedtime: 23, tib_h: 0 };

function schedule(
  name: string,
  s: Schedule,
  focal: number,
  extra?: (tl: Sink, n: readonly Night[], p: ParameterValues) => void,
  overrides?: ParameterOverrides,
): Case {
  return {
    name,
    overrides,
    legacy: (p) => legacy.schedule(p, s, focal, extra && ((tl, n) => extra(tl, n, p))),
    night: (p) => scheduleNight(p, s, focal, extra && ((tl, n) => extra(tl, n, p))),
  };
}
const lastNight = (n: readonly Night[]) => n[n.length - 1]!;

const CASES: Case[] = [
  schedule(
    'Åkerstedt 2009: 5 × 03:00–07:00, 3 recovery nights (focal 5)',
    [...restrict(4, 5), ...rep(3, { bedtime: 23, tib_h: 8 })],
    5,
  ),
  schedule('Van Dongen 2003: 14 × 4 h', restrict(4, 14), 13),
  schedule('3 nights awake', rep(3, AWAKE), 2),
  schedule(
    'Leproult 2011: 3 × 10 h then 8 × 5 h (focal 9)',
    [...rep(3, { bedtime: 22, tib_h: 10 }), ...rep(8, { bedtime: 0.5, tib_h: 5 })],
    9,
  ),
  schedule('Leproult 2011: 3 × 10 h (focal 1)', rep(3, { bedtime: 22, tib_h: 10 }), 1),
  schedule('Yamazaki 2021: 36 h awake, 4 × 12 h (focal 0)', [AWAKE, ...rep(4, { bedtime: 22, tib_h: 12 })], 0),
  schedule('Dijk 1990: 20 h in bed from 19:00 after a night awake', [AWAKE, { bedtime: 19, tib_h: 20 }], 1),
  schedule('Dawson & Reid 1997: lights-off at 12:00 after a night awake', [AWAKE, { bedtime: 12, tib_h: 8 }], 1),
  schedule('Elmenhorst 2017: 14 h from 11:00', [AWAKE, { bedtime: 11, tib_h: 14 }], 1),
  schedule('Rosenthal 1991: 24 h in bed from 08:00 after 24 h awake', [AWAKE, AWAKE, AWAKE], 0, (tl, all) => {
    const bed = all[all.length - 3]!.off_h + 9;
    tl.bed(bed, bed + 24);
    tl.light(bed, bed + 24, 0);
  }),
  schedule(
    'Klerman & Dijk 2008: 12 h nights and 4-h afternoon naps',
    rep(7, { bedtime: 21, tib_h: 12 }),
    6,
    (tl, n) => {
      for (let k = n.length - 7; k < n.length; k++) {
        const nap = n[k]!.off_h + 16;
        tl.bed(nap, nap + 4);
        tl.light(nap, nap + 4, 0);
      }
    },
    { age: 68 },
  ),
  schedule('Cho 2016: 10 lux all night', [{ bedtime: 23, tib_h: 8 }], 0, (tl, n) => {
    tl.light(lastNight(n).off_h, lastNight(n).off_h + 8, 10);
  }),
  schedule('Gooley 2011: awake in 150 lux', [AWAKE], 0, (tl, n) =>
    tl.light(lastNight(n).off_h, lastNight(n).off_h + 8, 150),
  ),
  schedule('Landolt 2004: 2 × 200 mg during a night awake', [AWAKE, { bedtime: 23, tib_h: 8 }], 1, (tl, n) => {
    const wake = n[n.length - 3]!.off_h + 8;
    tl.caffeine(wake + 11, 200);
    tl.caffeine(wake + 23, 200);
  }),
  schedule('Weibel 2021: 3 × 150 mg a day for 9 days', rep(9, { bedtime: 23, tib_h: 8 }), 8, (tl, n) => {
    for (let k = n.length - 9; k < n.length; k++) for (const h of [16, 12, 8]) tl.caffeine(n[k]!.off_h - h, 150);
  }),
  schedule('Alcohol 1.2 g/kg at 08:00', restrict(8, 1), 0, (tl, n, p) => tl.alcohol(n[p.runInDays]!.off_h + 9, 1.2)),
  schedule(
    'Chang 2015: reading light before 22:00 in 90-lux rooms',
    rep(6, { bedtime: 22, tib_h: 8 }),
    5,
    (tl, n, p) => {
      for (let j = 0; j < 6; j++) tl.light(n[p.runInDays + j]!.off_h - 4, n[p.runInDays + j]!.off_h, j < 5 ? 1000 : 3);
    },
    { habitualBedtime: 22, habitualTimeInBed_h: 8, dayLight_lux: 90, eveningLight_lux: 90 },
  ),
  schedule(
    'Night shift: day sleep at 08:00 after a night awake',
    [AWAKE, { bedtime: 8, tib_h: 8 }, { bedtime: 8, tib_h: 8 }],
    1,
  ),
  schedule('Van Dongen 2003: 14 × 10 h (COG-01)', restrict(10, 14), 13),
  schedule('SEX-11: 5 × 01:00–05:00', rep(5, { bedtime: 1, tib_h: 4 }), 4),
  schedule(
    'Klerman & Dijk 2008 (age rows): 12 h from 20:00, naps 14:00–18:00',
    rep(5, { bedtime: 20, tib_h: 12 }),
    4,
    (tl, all) => {
      for (const n of all.slice(-5)) {
        tl.bed(n.off_h - 6, n.off_h - 2);
        tl.light(n.off_h - 6, n.off_h - 2, 0);
      }
    },
    { age: 68 },
  ),
  schedule('PMC5877069: 3 h of 1000 lux before bed', [{ bedtime: 23, tib_h: 8 }], 0, (tl, n) =>
    tl.light(lastNight(n).off_h - 3, lastNight(n).off_h, 1000),
  ),
  schedule('Hansen 2019: 4 doses of 200 mg over 2 nights awake', rep(2, AWAKE), 1, (tl, n, p) => {
    const off = n[p.runInDays]!.off_h;
    for (const t of [off - 10, off + 2, off + 14, off + 26]) tl.caffeine(t, 200);
  }),
  schedule('Wesensten 2005: 600 mg at 23:50 of the third night awake', rep(3, AWAKE), 2, (tl, n, p) =>
    tl.caffeine(n[p.runInDays + 2]!.off_h + 5 / 6, 600),
  ),
  {
    name: 'Constant routine, 4 days in 3 lux, 6.7 h of 10,000 lux',
    legacy: (p) => legacy.constantRoutine(p, 4, 3, (tl, s) => tl.light(s + 17.123456, s + 23.823456, 10000)),
    night: (p) => constantRoutineNight(p, 4, 3, (tl, s) => tl.light(s + 17.123456, s + 23.823456, 10000)),
  },
  {
    name: 'Forced desynchrony, 24 cycles of 28 h in 10 lux (a woman)',
    overrides: { sex: 'female' },
    legacy: (p) => legacy.forcedDesynchrony(p, 24, 28, 10),
    night: (p) => forcedDesynchronyNight(p, 24, 28, 10),
  },
];

const same = (a: ArrayLike<number>, b: ArrayLike<number>, n: number): number => {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
};

/** The night as night A of a version-2 experiment file, parsed back by the product's reader. */
function throughFile(rowOverrides: ParameterOverrides, night: ProtocolNight) {
  const spec = (label: string, params: ParameterOverrides, events: unknown[]) => ({
    label,
    scenario: 'baseline',
    params,
    events,
    seed: 1,
  });
  const text = JSON.stringify({
    format: 'nocturne-experiment',
    version: 2,
    title: 'A validation protocol',
    notes: '',
    nights: [spec('Protocol', { ...rowOverrides, ...night.overrides }, [...night.events]), spec('Baseline', {}, [])],
  });
  const parsed = parseExperiment(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.experiment.nights[0];
}

/** Parameters outside a declared range cannot be written to a file: only Dijk 1990's 20 h in bed (timeInBed_h ≤ 16). */
const NOT_A_FILE = new Set(['Dijk 1990: 20 h in bed from 19:00 after a night awake']);

describe('validation protocols as events', () => {
  for (const c of CASES) {
    it(`${c.name}: the events give the hand-built timeline, and a file gives the events'`, () => {
      const p = resolveParameters('baseline', c.overrides ?? {});
      const night = c.night(p);
      const events = compileNight(p, night);
      const old = c.legacy(p);

      // Epoch for epoch what the rows built by hand, over the hand-built span. It ended at a
      // midnight after the last schedule night; the events end at the later of the focal night's
      // own end and the last interval event's end (what comes after is not read by any row).
      const n = Math.min(events.epochs, old.epochs);
      expect(same(events.inBed, old.inBed, n)).toBe(-1);
      expect(same(events.lux, old.lux, n)).toBe(-1);
      expect(events.caffeine).toEqual(old.caffeine);
      expect(events.alcohol).toEqual(old.alcohol);
      expect(events.melatonin).toEqual(old.melatonin);
      expect(events.focus).toEqual(old.focus);
      expect(events.startClock_h).toBe(old.startClock_h);
      if (events.epochs !== old.epochs) {
        // Shorter: it ends at the parameters' own end, or with its last nap.
        const own = compileProtocol({ ...p, ...night.overrides } as ParameterValues).epochs;
        expect(events.epochs).toBeLessThan(old.epochs);
        expect(events.epochs === own || events.inBed[events.epochs - 1] === 1).toBe(true);
      }

      // The same night through an experiment file (format version 2): every epoch equal.
      if (NOT_A_FILE.has(c.name)) {
        expect(() => throughFile(c.overrides ?? {}, night)).toThrow(/timeInBed_h/);
        return;
      }
      const spec = throughFile(c.overrides ?? {}, night);
      const fromFile = compileProtocol(resolveParameters(spec.scenario, spec.params), spec.events);
      expect(fromFile.epochs).toBe(events.epochs);
      expect(same(fromFile.inBed, events.inBed, events.epochs)).toBe(-1);
      expect(same(fromFile.lux, events.lux, events.epochs)).toBe(-1);
      expect(fromFile.caffeine).toEqual(events.caffeine);
      expect(fromFile.alcohol).toEqual(events.alcohol);
      expect(fromFile.focus).toEqual(events.focus);
    });
  }

  it('states a schedule as a user would: prior nights as parameters, later nights as naps', () => {
    const p = resolveParameters('baseline');
    expect(scheduleNight(p, restrict(4, 14), 13)).toEqual({
      overrides: { priorNights: 13, priorBedtime: 3, priorTimeInBed_h: 4, bedtime: 3, timeInBed_h: 4 },
      events: [],
    });
    const akerstedt = scheduleNight(p, [...restrict(4, 5), ...rep(3, { bedtime: 23, tib_h: 8 })], 5);
    expect(akerstedt.events).toEqual([
      { kind: 'nap', at: 23, day: 1, duration_h: 8 },
      { kind: 'nap', at: 23, day: 2, duration_h: 8 },
    ]);
    // A day sleep after another gets its evening light (05:00–08:00) where daylight would be.
    const shift = scheduleNight(p, [AWAKE, { bedtime: 8, tib_h: 8 }, { bedtime: 8, tib_h: 8 }], 1);
    expect(shift.events).toEqual([
      { kind: 'light', at: 5, day: 1, duration_h: 3, lux: 50 },
      { kind: 'nap', at: 8, day: 1, duration_h: 8 },
    ]);
  });

  it('turns hours into clock times and days exactly, and chains intervals longer than an event may last', () => {
    const plan = new EventPlan(24 * 14, 0);
    expect(plan.time(24 * 14)).toEqual({ at: 12, day: 0 });
    expect(plan.time(24 * 14 + 15)).toEqual({ at: 3, day: 0 });
    expect(plan.time(24 * 13 + 19)).toEqual({ at: 7, day: -1 });
    expect(plan.time(24 * 15 + 0.5)).toEqual({ at: 12.5, day: 1 });
    plan.constantRoutine(24 * 14 - 5, 24 * 14 - 5 + 96, 3);
    expect(plan.events).toEqual([
      { kind: 'constantRoutine', at: 7, day: -1, duration_h: 48, lux: 3 },
      { kind: 'constantRoutine', at: 7, day: 1, duration_h: 48, lux: 3 },
    ]);
  });

  // Caffeine events over a schedule, and forced desynchrony (events that carry the protocol on for weeks).
  for (const name of ['Weibel', 'Forced desynchrony']) {
    it(`${name}: simulates to the same numbers as the product does from the file (one seed)`, () => {
      const c = CASES.find((x) => x.name.startsWith(name))!;
      const p = resolveParameters('baseline', c.overrides ?? {});
      const night = c.night(p);
      const spec = throughFile(c.overrides ?? {}, night);
      const product = simulateNight(resolveParameters(spec.scenario, spec.params), 3, spec.events);
      // The rows' runner: the helper's timeline under the row's own parameters (runs.ts runTimeline).
      const rows = simulateTimeline(compileNight(p, night), p, 3).result;
      expect(product.epochs).toBe(rows.epochs);
      expect(Buffer.from(product.stage.buffer).equals(Buffer.from(rows.stage.buffer))).toBe(true);
      expect(Object.keys(product.series)).toEqual(Object.keys(rows.series));
      for (const [id, x] of Object.entries(rows.series)) {
        expect([id, Buffer.from(product.series[id]!.buffer).equals(Buffer.from(x!.buffer))]).toEqual([id, true]);
      }
      for (const [id, v] of Object.entries(rows.metrics)) expect([id, product.metrics[id]]).toEqual([id, v]);
    });
  }
});
