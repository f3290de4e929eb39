/**
 * The protocol: the core parameters compiled into an explicit timeline on the 30-s grid — when
 * the sleeper is in bed, the light at the eye (eyes open), caffeine and alcohol doses, imposed
 * arousals and slow-wave suppression — plus the marks of the focal night.
 *
 * Clock times place nights on noon-to-noon day slots (docs/MODEL.md §Protocol): a bedtime from
 * 12 to 24 is the slot's evening, from 0 to 12 the next morning; 24 is read as 0. The timeline
 * starts at noon of the first run-in slot and ends at the first midnight at least 12 h after the
 * focal lights-on. A night's protocol events (protocolEvents.ts: doses at any clock time, naps, light
 * exposures, constant routines) are laid over what the parameters compile to, and an interval event
 * after the default end carries the protocol on to its own end (so schedules of nights, constant
 * routines of days and forced desynchrony are events too: tests/validation/protocols.ts).
 *
 * Over 400 lines because the timeline builder, the parameters' protocol and the laying of events
 * over it share the slot arithmetic and the focal marks; split, each would restate them.
 */
import {
  checkEvent,
  eventKindSpec,
  eventSlotHour,
  eventTimeAt,
  formatEventTime,
  type ProtocolEvent,
} from './protocolEvents';
import type { ParameterValues } from './parameters';
import { EPOCHS_PER_HOUR } from './result';

export interface Dose {
  /** Epoch at whose start the dose is taken. */
  readonly epoch: number;
  /** mg for caffeine and melatonin, g per kg body mass for alcohol. */
  readonly amount: number;
}

export interface TimelineFocus {
  /** Epochs of the focal lights-off and lights-on (a night awake: the habitual window). */
  readonly lightsOff: number;
  readonly lightsOn: number;
  readonly awakeNight: boolean;
  /** Epoch of the midnight that starts the day after the focal night. */
  readonly nextMidnight: number;
  /** Epoch of noon that starts the focal day slot (clock 12 on the 12–36 scale). */
  readonly slotNoon: number;
}

export interface Timeline {
  readonly epochs: number;
  /** Clock hour (0–24) of epoch 0. */
  readonly startClock_h: number;
  /** 1 while in bed with the lights off (sleep allowed), else 0. */
  readonly inBed: Uint8Array;
  /** Light at the eye with the eyes open, lux. The engine attenuates it while asleep. */
  readonly lux: Float32Array;
  /** Imposed arousals per hour, per epoch (0 outside the disrupted window). */
  readonly arousalsPerHour: Float32Array;
  /** Acoustic slow-wave suppression 0–1, per epoch. */
  readonly swsSuppression: Float32Array;
  readonly caffeine: readonly Dose[];
  readonly alcohol: readonly Dose[];
  /**
   * Oral melatonin doses (melatonin/exogenous.ts): their plasma level shifts the pacemaker's phase
   * in the core (a melatonin phase-response curve, circadian.ts) and is added to the plasma series.
   */
  readonly melatonin: readonly Dose[];
  readonly focus: TimelineFocus;
}

export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/** Hours to the 30-s grid. */
export function toEpoch(t_h: number): number {
  return Math.round(t_h * EPOCHS_PER_HOUR);
}

/**
 * Builds a timeline by hand. Times are hours since the start of the timeline; intervals are
 * half-open [from, to) and snap to the grid. Later calls overwrite earlier ones.
 */
export class TimelineBuilder {
  readonly epochs: number;
  private readonly inBed: Uint8Array;
  private readonly lux: Float32Array;
  private readonly arousals: Float32Array;
  private readonly suppression: Float32Array;
  private readonly caffeineDoses: Dose[] = [];
  private readonly alcoholDoses: Dose[] = [];
  private readonly melatoninDoses: Dose[] = [];

  constructor(
    readonly startClock_h: number,
    duration_h: number,
    backgroundLux = 0,
  ) {
    if (!(duration_h > 0))
      throw new ProtocolError(`a timeline needs a positive duration, got ${duration_h} h`, 'duration');
    this.epochs = toEpoch(duration_h);
    this.inBed = new Uint8Array(this.epochs);
    this.lux = new Float32Array(this.epochs).fill(backgroundLux);
    this.arousals = new Float32Array(this.epochs);
    this.suppression = new Float32Array(this.epochs);
  }

  private range(from_h: number, to_h: number): [number, number] {
    const a = Math.max(0, Math.min(this.epochs, toEpoch(from_h)));
    const b = Math.max(0, Math.min(this.epochs, toEpoch(to_h)));
    return [a, b];
  }

  /** In bed with the lights off over [from, to). */
  bed(from_h: number, to_h: number): this {
    const [a, b] = this.range(from_h, to_h);
    this.inBed.fill(1, a, b);
    return this;
  }

  /** Out of bed (kept awake) over [from, to). */
  awake(from_h: number, to_h: number): this {
    const [a, b] = this.range(from_h, to_h);
    this.inBed.fill(0, a, b);
    return this;
  }

  light(from_h: number, to_h: number, lux: number): this {
    const [a, b] = this.range(from_h, to_h);
    this.lux.fill(lux, a, b);
    return this;
  }

  caffeine(at_h: number, mg: number): this {
    if (mg > 0) this.caffeineDoses.push({ epoch: this.clampEpoch(at_h), amount: mg });
    return this;
  }

  alcohol(at_h: number, gPerKg: number): this {
    if (gPerKg > 0) this.alcoholDoses.push({ epoch: this.clampEpoch(at_h), amount: gPerKg });
    return this;
  }

  melatonin(at_h: number, mg: number): this {
    if (mg > 0) this.melatoninDoses.push({ epoch: this.clampEpoch(at_h), amount: mg });
    return this;
  }

  arousalsPerHour(from_h: number, to_h: number, rate: number): this {
    const [a, b] = this.range(from_h, to_h);
    this.arousals.fill(rate, a, b);
    return this;
  }

  suppressSlowWaves(from_h: number, to_h: number, fraction: number): this {
    const [a, b] = this.range(from_h, to_h);
    this.suppression.fill(fraction, a, b);
    return this;
  }

  private clampEpoch(at_h: number): number {
    return Math.max(0, Math.min(this.epochs - 1, toEpoch(at_h)));
  }

  /**
   * Finishes the timeline. `lightsOff_h`/`lightsOn_h` mark the night whose metrics are read
   * (the focal night); `slotNoon_h` is the noon before it and `nextMidnight_h` the midnight
   * that starts the day after (both derived from the clock when omitted).
   */
  build(focus: { lightsOff_h: number; lightsOn_h: number; awakeNight?: boolean }): Timeline {
    const lightsOff = toEpoch(focus.lightsOff_h);
    const lightsOn = toEpoch(focus.lightsOn_h);
    if (!(lightsOff >= 0 && lightsOn > lightsOff && lightsOn <= this.epochs)) {
      throw new ProtocolError(
        `the focal night (${focus.lightsOff_h} h to ${focus.lightsOn_h} h) must lie inside the timeline`,
        'focus',
      );
    }
    const offClock = (((this.startClock_h + focus.lightsOff_h) % 24) + 24) % 24;
    // Noon of the focal slot: lights-off 12–24 → same day's noon; 0–12 → the previous noon.
    const sinceNoon = offClock >= 12 ? offClock - 12 : offClock + 12;
    const slotNoon_h = focus.lightsOff_h - sinceNoon;
    const onClock = (((this.startClock_h + focus.lightsOn_h) % 24) + 24) % 24;
    const nextMidnight_h = focus.lightsOn_h + (onClock === 0 ? 0 : 24 - onClock);
    return {
      epochs: this.epochs,
      startClock_h: this.startClock_h,
      inBed: this.inBed,
      lux: this.lux,
      arousalsPerHour: this.arousals,
      swsSuppression: this.suppression,
      caffeine: [...this.caffeineDoses].sort((a, b) => a.epoch - b.epoch),
      alcohol: [...this.alcoholDoses].sort((a, b) => a.epoch - b.epoch),
      melatonin: [...this.melatoninDoses].sort((a, b) => a.epoch - b.epoch),
      focus: {
        lightsOff,
        lightsOn,
        awakeNight: focus.awakeNight ?? false,
        nextMidnight: toEpoch(nextMidnight_h),
        slotNoon: toEpoch(slotNoon_h),
      },
    };
  }
}

/** Hours after the slot's noon of a lights-off at clock `bedtime` (12–24 → evening, 0–12 → next morning). */
export function hoursAfterNoon(bedtime: number): number {
  const b = bedtime % 24;
  return b >= 12 ? b - 12 : b + 12;
}

interface Night {
  readonly label: string;
  readonly field: string;
  readonly off_h: number;
  readonly tib_h: number;
}

const snap = (t_h: number): number => toEpoch(t_h) / EPOCHS_PER_HOUR;

/** First hour of the daytime light window and first hour after it (clock). */
export const DAYLIGHT_FROM_H = 7;
export const DAYLIGHT_TO_H = 19;

/**
 * Compiles the core parameters, then the night's events, into the protocol timeline. Throws a
 * ProtocolError naming the field when a time in bed would run into the next lights-off, or when an
 * event is malformed or lies outside the protocol (`events[2].day`). Without events the timeline is
 * exactly the parameters' (the engine's results are bit-identical to a run that has no events).
 */
export function compileProtocol(p: ParameterValues, events: readonly ProtocolEvent[] = []): Timeline {
  const runIn = p.runInDays;
  const prior = p.priorNights;
  const nights: Night[] = [];
  for (let k = 0; k < runIn; k++) {
    nights.push({
      label: `run-in night ${k + 1}`,
      field: 'habitualTimeInBed_h',
      off_h: 24 * k + snap(hoursAfterNoon(p.habitualBedtime)),
      tib_h: snap(p.habitualTimeInBed_h),
    });
  }
  for (let k = 0; k < prior; k++) {
    nights.push({
      label: `prior night ${k + 1}`,
      field: 'priorTimeInBed_h',
      off_h: 24 * (runIn + k) + snap(hoursAfterNoon(p.priorBedtime)),
      tib_h: snap(p.priorTimeInBed_h),
    });
  }
  const focalSlot = runIn + prior;
  const awakeNight = p.timeInBed_h === 0;
  const focalOff_h = 24 * focalSlot + snap(hoursAfterNoon(p.bedtime));
  const focal: Night = {
    label: 'the focal night',
    field: 'timeInBed_h',
    off_h: focalOff_h,
    tib_h: snap(p.timeInBed_h),
  };
  nights.push(focal);

  // Refuse a time in bed that runs into the next lights-off.
  const slept = nights.filter((n) => n.tib_h > 0);
  /** The first `runInSlept` nights in bed are the run-in's. */
  const runInSlept = nights.slice(0, runIn).filter((n) => n.tib_h > 0).length;
  for (let i = 0; i + 1 < slept.length; i++) {
    const a = slept[i]!;
    const b = slept[i + 1]!;
    if (a.off_h + a.tib_h > b.off_h) {
      throw new ProtocolError(
        `the time in bed of ${a.label} (${a.tib_h} h) runs into the lights-off of ${b.label}; shorten ${a.field} or move the bedtime`,
        a.field,
      );
    }
  }

  // "Overnight" metrics of a night spent awake use the habitual window.
  const window = awakeNight
    ? { off_h: 24 * focalSlot + snap(hoursAfterNoon(p.habitualBedtime)), tib_h: snap(p.habitualTimeInBed_h) }
    : { off_h: focalOff_h, tib_h: focal.tib_h };
  const lightsOn_h = window.off_h + window.tib_h;
  // The protocol ends at the first midnight at least 12 h after the focal lights-on (midnights at
  // 12 + 24 m), or where the last interval event ends if that is later (eventsEnd).
  const end_h = Math.max(12 + 24 * Math.ceil(lightsOn_h / 24), eventsEnd(events, 24 * focalSlot));

  const tl = new TimelineBuilder(12, end_h);
  // Light by clock while awake: daylight 07:00–19:00, indoor evening light otherwise.
  lightByClock(tl, end_h, p.dayLight_lux, p.eveningLight_lux);
  for (const n of slept) {
    if (p.eveningLightHours > 0) tl.light(n.off_h - snap(p.eveningLightHours), n.off_h, p.eveningLight_lux);
  }
  // The bedroom light lights the nights of the protocol (prior nights and the focal night), not
  // the run-in: the run-in stands for the sleeper's habitual, entrained life before the protocol,
  // and the published protocols are acute (Cho et al. 2013, 2016; Mason et al. 2022: a dark
  // night, then one with the light on). Lit run-in nights advanced the clock and left a debt that
  // made bedroom light look like it shortened sleep-onset latency (issue 13). Light every night,
  // run-in included, is a light event per night (protocolEvents.ts).
  slept.forEach((n, k) => {
    tl.bed(n.off_h, n.off_h + n.tib_h);
    tl.light(n.off_h, n.off_h + n.tib_h, k < runInSlept ? 0 : p.nightLight_lux);
  });
  // Doses are counted back from the focal lights-off (the habitual one for a night awake).
  // parameterEvents() states each as the one event it is equivalent to.
  if (p.caffeine_mg > 0) tl.caffeine(window.off_h - snap(p.caffeineHoursBeforeBed), p.caffeine_mg);
  if (p.alcohol_gPerKg > 0) tl.alcohol(window.off_h - snap(p.alcoholHoursBeforeBed), p.alcohol_gPerKg);
  if (!awakeNight) {
    if (p.arousalsPerHour > 0) tl.arousalsPerHour(window.off_h, lightsOn_h, p.arousalsPerHour);
    if (p.swsSuppression > 0) tl.suppressSlowWaves(window.off_h, lightsOn_h, p.swsSuppression);
  }
  applyEvents(tl, events, 24 * focalSlot, end_h, p.nightLight_lux);
  return tl.build({ lightsOff_h: window.off_h, lightsOn_h, awakeNight });
}

/**
 * Where the last interval event (nap, light, constant routine) ends, hours on the timeline whose
 * focal slot's noon is `focalNoon_h`; 0 without one. A malformed event counts for nothing here
 * (applyEvents refuses it, in list order). An interval may so run past the default end and carry
 * the protocol on (recovery nights, a constant routine of days, forced desynchrony); a dose alone
 * does not: it must lie inside the protocol.
 */
function eventsEnd(events: readonly ProtocolEvent[], focalNoon_h: number): number {
  let end = 0;
  for (const event of events) {
    if (checkEvent(event) !== null || !('duration_h' in event)) continue;
    const from_h = focalNoon_h + eventSlotHour({ at: event.at, day: event.day ?? 0 }) - 12;
    if (from_h >= 0) end = Math.max(end, from_h + event.duration_h);
  }
  return end;
}

/**
 * Lays the events over the timeline, in list order (a later interval overrides an earlier one
 * where they overlap; doses add up). `focalNoon_h` is the focal slot's noon on the timeline.
 * An event must start inside the protocol (which ends no earlier than the last interval event).
 * The focal night's marks stay the parameters' (a constant routine across it leaves its window
 * in place, with no sleep in it).
 */
function applyEvents(
  tl: TimelineBuilder,
  events: readonly ProtocolEvent[],
  focalNoon_h: number,
  end_h: number,
  nightLight_lux: number,
): void {
  events.forEach((event, index) => {
    const at = `events[${index}]`;
    const problem = checkEvent(event);
    if (problem) {
      const [field, message] = problem;
      const name = field === '' ? at : `${at}.${field}`;
      throw new ProtocolError(`${name} ${message}`, name);
    }
    const day = event.day ?? 0;
    const from_h = focalNoon_h + eventSlotHour({ at: event.at, day }) - 12;
    if (from_h < 0 || from_h >= end_h) {
      // The protocol's ends on the slot clock events use: from the first slot's noon to its end.
      const first = formatEventTime(eventTimeAt(12 - focalNoon_h, 0));
      const last = formatEventTime(eventTimeAt(end_h - focalNoon_h + 12, 0));
      throw new ProtocolError(
        `${at} (${eventKindSpec(event.kind)!.label.toLowerCase()} at ${formatEventTime({ at: event.at, day })}) lies outside the protocol, which runs from ${first} to ${last}; move it or change its day`,
        from_h < 0 ? `${at}.day` : `${at}.at`,
      );
    }
    const to_h = 'duration_h' in event ? Math.min(end_h, from_h + event.duration_h) : from_h;
    if (event.kind === 'caffeine') tl.caffeine(from_h, event.mg);
    else if (event.kind === 'alcohol') tl.alcohol(from_h, event.gPerKg);
    else if (event.kind === 'melatonin') tl.melatonin(from_h, event.mg);
    else if (event.kind === 'nap') tl.bed(from_h, to_h).light(from_h, to_h, nightLight_lux);
    else if (event.kind === 'light') tl.light(from_h, to_h, event.lux);
    else tl.awake(from_h, to_h).light(from_h, to_h, event.lux); // constant routine
  });
}

/**
 * The events the dose parameters stand for: caffeine_mg taken caffeineHoursBeforeBed before the
 * focal lights-off (the habitual one for a night awake) is one caffeine event, and alcohol_gPerKg
 * one alcohol event, at that clock time. compileProtocol places the parameters' doses itself, so a
 * night's dose is counted once: either as these parameters or as an event in its list, never both
 * (the lab shows these as read-only marks; protocol.test.ts checks the equivalence).
 */
export function parameterEvents(p: ParameterValues): ProtocolEvent[] {
  const awakeNight = p.timeInBed_h === 0;
  // Hours after the focal slot's noon of the lights-off the doses count back from.
  const off_h = snap(hoursAfterNoon(awakeNight ? p.habitualBedtime : p.bedtime));
  const out: ProtocolEvent[] = [];
  if (p.caffeine_mg > 0) {
    out.push({ kind: 'caffeine', ...eventTimeAt(12 + off_h - snap(p.caffeineHoursBeforeBed), 0), mg: p.caffeine_mg });
  }
  if (p.alcohol_gPerKg > 0) {
    out.push({
      kind: 'alcohol',
      ...eventTimeAt(12 + off_h - snap(p.alcoholHoursBeforeBed), 0),
      gPerKg: p.alcohol_gPerKg,
    });
  }
  return out;
}

/** Daylight 07:00–19:00, evening light at any other time; the timeline starts at noon. */
function lightByClock(tl: TimelineBuilder, end_h: number, day: number, evening: number): void {
  for (let noon = 0; noon < end_h; noon += 24) {
    tl.light(noon - 5, noon + DAYLIGHT_TO_H - 12, day);
    tl.light(noon + DAYLIGHT_TO_H - 12, noon + 24 + DAYLIGHT_FROM_H - 12, evening);
  }
}

/**
 * Epoch of the last run-in lights-on (0 without a run-in): the end of the stretch of a
 * compiled protocol that depends only on the habitual schedule and the light, which the core
 * may reuse between runs (see runInCache.ts; the cache still checks the timeline up to here).
 */
export function runInEnd(p: ParameterValues): number {
  if (!(p.runInDays > 0)) return 0;
  return toEpoch(24 * (p.runInDays - 1) + snap(hoursAfterNoon(p.habitualBedtime)) + snap(p.habitualTimeInBed_h));
}
