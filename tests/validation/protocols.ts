/**
 * Published protocols of the validation rows (schedules of nights, constant routines, forced
 * desynchrony, light pulses, several doses), stated as a user states a night: parameter overrides
 * of the schedule plus a list of protocol events (shared/model/protocolEvents.ts), compiled by the
 * product's compileProtocol. So every row's protocol is something an experiment file can hold
 * (protocols.test.ts reads each back through the file parser and compares every epoch).
 *
 * Every protocol starts at noon of day 0 and lives `runInDays` ordinary days first (the habitual
 * schedule, light by clock), so the clock and sleep pressure are entrained. The helpers keep the
 * hour vocabulary the rows were written in (hours since the timeline start); `extra` callbacks
 * speak it to an EventPlan, which turns each call into the event a user would add.
 */
import type { ParameterOverrides, ParameterValues } from '../../shared/model/parameters';
import {
  DAYLIGHT_FROM_H,
  DAYLIGHT_TO_H,
  compileProtocol,
  hoursAfterNoon,
  type Timeline,
} from '../../shared/model/protocol';
import { MAX_EVENT_DURATION_H, type ProtocolEvent } from '../../shared/model/protocolEvents';

export interface Night {
  /** Lights-off, hours since the timeline start (noon of day 0). */
  readonly off_h: number;
  readonly tib_h: number;
}

/** A protocol as an experiment file states a night: schedule overrides (over the row's parameters) and events. */
export interface ProtocolNight {
  readonly overrides: ParameterOverrides;
  readonly events: readonly ProtocolEvent[];
}

/** Lights-off of a clock bedtime in day slot `slot` (noon-to-noon). */
export const nightAt = (slot: number, bedtime: number, tib_h: number): Night => ({
  off_h: 24 * slot + hoursAfterNoon(bedtime),
  tib_h,
});

/** The habitual nights of slots [0, days). */
export function habitualNights(p: ParameterValues, days: number): Night[] {
  return Array.from({ length: days }, (_, k) => nightAt(k, p.habitualBedtime, p.habitualTimeInBed_h));
}

/** Midnight ending day `slot`'s evening (hours since start). */
export const midnightAfter = (slot: number): number => 24 * slot + 12;

/**
 * Collects protocol events from times in hours since the timeline start, the vocabulary of the
 * rows' `extra` callbacks; the same calls as TimelineBuilder's, each one event (an interval longer
 * than an event may last is a chain of events). `at` and `day` are exact (not snapped), so an
 * event lands on the epoch the hour names.
 */
export class EventPlan {
  readonly events: ProtocolEvent[] = [];

  constructor(
    /** Hours since the timeline start of the focal slot's noon (day 0, 12:00). */
    private readonly focalNoon_h: number,
    private readonly nightLight_lux: number,
  ) {}

  /** Clock time and day of an hour since the timeline start. */
  time(t_h: number): { at: number; day: number } {
    const slotHour = t_h - this.focalNoon_h + 12;
    let day = Math.floor((slotHour - 12) / 24);
    let inSlot = slotHour - 24 * day; // [12, 36): noon to the next noon
    if (inSlot >= 36) {
      day += 1;
      inSlot -= 24;
    } else if (inSlot < 12) {
      day -= 1;
      inSlot += 24;
    }
    return { at: inSlot >= 24 ? inSlot - 24 : inSlot, day };
  }

  private interval(from_h: number, to_h: number, make: (t: { at: number; day: number }, d: number) => ProtocolEvent) {
    for (let a = from_h; a < to_h; a += MAX_EVENT_DURATION_H) {
      this.events.push(make(this.time(a), Math.min(to_h, a + MAX_EVENT_DURATION_H) - a));
    }
  }

  /** In bed with the lights off over [from, to): a nap event (bedroom light, `nightLight_lux`). */
  bed(from_h: number, to_h: number): this {
    this.interval(from_h, to_h, (t, d) => ({ kind: 'nap', ...t, duration_h: d }));
    return this;
  }

  /**
   * Light at the eye over [from, to): a light event. Bedroom light over a nap just placed is the
   * nap's own light already, so it adds nothing.
   */
  light(from_h: number, to_h: number, lux: number): this {
    const last = this.events[this.events.length - 1];
    const t = this.time(from_h);
    const sameNap =
      last?.kind === 'nap' &&
      last.at === t.at &&
      last.day === t.day &&
      last.duration_h === to_h - from_h &&
      lux === this.nightLight_lux;
    if (!sameNap) this.interval(from_h, to_h, (s, d) => ({ kind: 'light', ...s, duration_h: d, lux }));
    return this;
  }

  /** Kept awake out of bed in dim light over [from, to): a constant-routine event. */
  constantRoutine(from_h: number, to_h: number, lux: number): this {
    this.interval(from_h, to_h, (t, d) => ({ kind: 'constantRoutine', ...t, duration_h: d, lux }));
    return this;
  }

  caffeine(at_h: number, mg: number): this {
    if (mg > 0) this.events.push({ kind: 'caffeine', ...this.time(at_h), mg });
    return this;
  }

  alcohol(at_h: number, gPerKg: number): this {
    if (gPerKg > 0) this.events.push({ kind: 'alcohol', ...this.time(at_h), gPerKg });
    return this;
  }

  melatonin(at_h: number, mg: number): this {
    if (mg > 0) this.events.push({ kind: 'melatonin', ...this.time(at_h), mg });
    return this;
  }
}

/**
 * The timeline of a protocol night: the row's parameters under its overrides, with its events.
 * The overrides are not range-checked, as a file's are: RECOV-01's 20 h in bed (Dijk 1990) lies
 * above timeInBed_h's declared 16 h, the one row protocol a file cannot hold.
 */
export function compileNight(p: ParameterValues, night: ProtocolNight): Timeline {
  return compileProtocol({ ...p, ...night.overrides } as ParameterValues, night.events);
}

/** Whether the `eveningLightHours` before a lights-off reach into daylight (07:00–19:00), where they change the light. */
function eveningLightMatters(p: ParameterValues, off_h: number): boolean {
  if (!(p.eveningLightHours > 0) || p.eveningLight_lux === p.dayLight_lux) return false;
  // The timeline starts at noon: the clock of hour t is 12 + t, modulo 24. Stepped by the 30-s grid.
  for (let t = off_h - p.eveningLightHours; t < off_h; t += 1 / 120) {
    const clock = (((12 + t) % 24) + 24) % 24;
    if (clock >= DAYLIGHT_FROM_H && clock < DAYLIGHT_TO_H) return true;
  }
  return false;
}

/**
 * A schedule of nights after the run-in (one per slot; tib 0 = awake) with schedule night
 * `focalIndex` focal, as a night: the focal night is the parameters' (bedtime, timeInBed_h), the
 * nights before it the prior nights (priorNights; when they differ, naps), the nights after it naps
 * on the following days; evening light before a nap where it differs from light by clock.
 */
export function scheduleNight(
  p: ParameterValues,
  schedule: readonly { bedtime: number; tib_h: number }[],
  focalIndex: number,
  extra?: (tl: EventPlan, nights: readonly Night[]) => void,
): ProtocolNight {
  const runIn = p.runInDays;
  const nights = [...habitualNights(p, runIn), ...schedule.map((n, k) => nightAt(runIn + k, n.bedtime, n.tib_h))];
  const focal = schedule[focalIndex]!;
  const prior = schedule.slice(0, focalIndex);
  const uniform = prior.every((n) => n.bedtime === prior[0]!.bedtime && n.tib_h === prior[0]!.tib_h);
  const overrides: ParameterOverrides = {
    priorNights: focalIndex,
    ...(prior.length === 0
      ? {}
      : uniform
        ? { priorBedtime: prior[0]!.bedtime, priorTimeInBed_h: prior[0]!.tib_h }
        : { priorTimeInBed_h: 0 }),
    bedtime: focal.bedtime,
    timeInBed_h: focal.tib_h,
  };
  const plan = new EventPlan(24 * (runIn + focalIndex), p.nightLight_lux);
  const naps = nights.filter((n, k) => {
    const s = k - runIn; // schedule index
    return s >= 0 && s !== focalIndex && n.tib_h > 0 && (s > focalIndex || !uniform);
  });
  for (const n of naps) {
    if (eveningLightMatters(p, n.off_h)) plan.light(n.off_h - p.eveningLightHours, n.off_h, p.eveningLight_lux);
  }
  for (const n of naps) plan.bed(n.off_h, n.off_h + n.tib_h);
  extra?.(plan, nights);
  return { overrides, events: plan.events };
}

/**
 * Run-in, then a schedule of nights (one per slot after the run-in; tib 0 = awake); the focal
 * night is schedule night `focalIndex`. The protocol runs to the first midnight at least 12 h
 * after the focal lights-on, or to the end of the last nap or interval `extra` adds.
 */
export function scheduleTimeline(
  p: ParameterValues,
  schedule: readonly { bedtime: number; tib_h: number }[],
  focalIndex: number,
  extra?: (tl: EventPlan, nights: readonly Night[]) => void,
): Timeline {
  return compileNight(p, scheduleNight(p, schedule, focalIndex, extra));
}

/** 07:00 after the last run-in night (hours since start), where constant conditions begin. */
const constantStart_h = (p: ParameterValues): number => 24 * p.runInDays - 5;

/**
 * Run-in, then a constant routine from 07:00 after the last run-in night: awake out of bed in
 * `dimLux` (≤ 15 lux, the event's bound) for `days` days (chained events of at most 48 h); `extra`
 * may add pulses. The focal night is a night awake: its nominal window is the habitual one of the
 * first constant day (23:00–07:00 at the defaults; only its clock matters to these protocols).
 */
export function constantRoutineNight(
  p: ParameterValues,
  days: number,
  dimLux: number,
  extra?: (tl: EventPlan, start_h: number) => void,
): ProtocolNight {
  const start_h = constantStart_h(p);
  const plan = new EventPlan(24 * p.runInDays, p.nightLight_lux);
  plan.constantRoutine(start_h, start_h + 24 * days, dimLux);
  extra?.(plan, start_h);
  return { overrides: { priorNights: 0, timeInBed_h: 0 }, events: plan.events };
}

export function constantRoutine(
  p: ParameterValues,
  days: number,
  dimLux: number,
  extra?: (tl: EventPlan, start_h: number) => void,
): Timeline {
  return compileNight(p, constantRoutineNight(p, days, dimLux, extra));
}

/**
 * Forced desynchrony: after the run-in, `cycles` T-hour "days" from 07:00 after the last run-in
 * night, 2/3 awake in `dimLux` (light events), 1/3 in bed in darkness. The first sleep is the
 * focal night (the parameters' bedtime and time in bed, bedroom light 0), every later one a nap.
 */
export function forcedDesynchronyNight(p: ParameterValues, cycles: number, T_h: number, dimLux: number): ProtocolNight {
  const start_h = constantStart_h(p);
  const wake_h = (2 / 3) * T_h;
  const firstOff_h = start_h + wake_h;
  const focalSlot = Math.floor(firstOff_h / 24);
  const plan = new EventPlan(24 * focalSlot, 0);
  for (let c = 0; c < cycles; c++) {
    const from = start_h + c * T_h;
    plan.light(from, from + wake_h, dimLux);
  }
  for (let c = 1; c < cycles; c++) {
    const off = start_h + c * T_h + wake_h;
    plan.bed(off, off + T_h / 3);
  }
  const { at } = plan.time(firstOff_h);
  return {
    overrides: {
      priorNights: focalSlot - p.runInDays,
      priorTimeInBed_h: 0,
      bedtime: at,
      timeInBed_h: T_h / 3,
      nightLight_lux: 0,
    },
    events: plan.events,
  };
}

export function forcedDesynchrony(p: ParameterValues, cycles: number, T_h: number, dimLux: number): Timeline {
  return compileNight(p, forcedDesynchronyNight(p, cycles, T_h, dimLux));
}
