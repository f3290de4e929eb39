/**
 * Data drive the simulation: a sleep diary (and optionally a light log) become a night's protocol,
 * so the simulated focal night is the measured one's twin. Everything is expressed in the
 * protocol's own inputs (protocol.ts, protocolEvents.ts); the engine is unchanged:
 *
 * - the focal night (the diary's last usable night, or a chosen one) is the parameters `bedtime`
 *   (its lights-off) and `timeInBed_h` (lights-off to out of bed, else to wake: the diary report's
 *   TIB), so the focal marks and the engine's metrics read exactly the diary's window;
 * - the diary's earlier nights are the prior nights: `priorNights` slots between the run-in and the
 *   focal night, with `priorTimeInBed_h` 0 (the parameters put no bed in them) and each diary night
 *   as a nap event (in bed with the lights off) at its own lights-off for its own TIB. A slot the
 *   diary skips gets the habitual night (as a nap, with a note);
 * - the run-in before the diary is the habitual life at the diary's own typical schedule:
 *   `habitualBedtime` and `habitualTimeInBed_h` are the medians of the diary's nights;
 * - the light log, binned to `binMinutes` on the clock (mean of the valid readings in the bin;
 *   a bin with readings over less than half of it counts as a gap), becomes light events over the
 *   whole protocol it covers — run-in days included — laid after the naps, so the measured light
 *   also stands in bed (the logger's own reading there). Where the log has no bin (before it
 *   starts, after it ends, its gaps) the parameters' light stays: daylight 07:00–19:00, evening
 *   light otherwise, bedroom light in bed. Consecutive bins of equal lux are one event
 *   (driveLight.ts). With `maxEvents` the light is merged into fewer events so the protocol fits an
 *   experiment file (lightCompress.ts); without it, it stays exactly as binned.
 *
 * The run-in cache stays correct with no change: it compares the timeline before its boundary bit
 * for bit (runInCache.ts), so measured light inside the run-in misses it.
 * Pure: a Diary and a LightLog in (shared/report/import), overrides, events and notes out, or a
 * DataImportError naming the file, the line and the problem.
 */
import type { ParameterOverrides, ParameterValues } from '../model/parameters';
import { compileProtocol, hoursAfterNoon } from '../model/protocol';
import { EPOCH_S } from '../model/result';
import type { NapEvent, ProtocolEvent } from '../model/protocolEvents';
import { checkParameterValue, parameterSpec } from '../model/parameters';
import { resolveParameters } from '../model/scenarios';
import type { Diary, DiaryNight } from './import/diary';
import type { LightLog } from './import/lightLog';
import { DataImportError, isoOfSeconds } from './import/tables';
import { clockOf, DRIVE_LIGHT_BIN_MIN, lightEvents, round2, slotOf, when } from './driveLight';
import { compressLight, LIGHT_TOLERANCE_LADDER } from './lightCompress';

export { DRIVE_LIGHT_BIN_MIN, DRIVE_LIGHT_BINS_MIN, lightEvents } from './driveLight';

const DAY_S = 86_400;
const NOON_S = 43_200;

export interface DriveOptions {
  /** The diary line of the focal night (DiaryNight.line); default the last night with lights-off and TIB. */
  readonly line?: number;
  readonly scenario?: string;
  /**
   * The sleeper's own parameters (e.g. a fitted sleeper's), over the scenario; the ones the diary
   * sets (DRIVE_SET_PARAMETERS) are refused by checkSleeper. The drive never sets these itself.
   */
  readonly sleeper?: ParameterOverrides;
  readonly binMinutes?: number;
  /**
   * At most this many events in all (naps and light): the light is merged into fewer events
   * (lightCompress.ts) when the log makes more, so the protocol fits an experiment file
   * (MAX_EVENTS_PER_NIGHT). Absent: the light exactly as binned, however many events.
   */
  readonly maxEvents?: number;
}

/** One in-bed period as placed on the protocol. */
export interface DrivenNight {
  /** The diary line, or null for a slot the diary skips (the habitual night). */
  readonly line: number | null;
  readonly role: 'prior' | 'focal' | 'filled';
  /** Lights-off, ISO local time. */
  readonly lightsOff: string;
  readonly timeInBed_h: number;
  /** Slot relative to the focal night's (protocolEvents.ts): −1 the night before. */
  readonly day: number;
}

export interface DrivenLight {
  readonly binMinutes: number;
  /** Bins with a measured value inside the protocol, and the hours they cover. */
  readonly bins: number;
  readonly measured_h: number;
  /** The protocol's length and the hours of it left at the parameters' light. */
  readonly protocol_h: number;
  readonly filled_h: number;
  readonly events: number;
  /**
   * Set when the light was merged to fit `maxEvents`: the events before merging and the
   * tolerance used (every merged bin within it of its segment, decades of log10(1 + lux)).
   */
  readonly compressed: { readonly before: number; readonly tolerance_log10: number } | null;
}

export interface DrivenProtocol {
  readonly scenario: string;
  /** The sleeper's own parameters given (DriveOptions.sleeper), also inside `params`. */
  readonly sleeper: ParameterOverrides;
  /** The parameter overrides the diary sets (against the scenario), after the sleeper's own. */
  readonly params: ParameterOverrides;
  /** Naps for the prior nights, then light events from the log. */
  readonly events: readonly ProtocolEvent[];
  readonly focal: DiaryNight;
  readonly nights: readonly DrivenNight[];
  readonly light: DrivenLight | null;
  /** What could not be used, and what was filled in. */
  readonly notes: readonly string[];
}

/** The parameters the diary sets: a sleeper may not set them too. */
export const DRIVE_SET_PARAMETERS = [
  'bedtime',
  'timeInBed_h',
  'priorNights',
  'priorTimeInBed_h',
  'habitualBedtime',
  'habitualTimeInBed_h',
] as const;

/** Null when `sleeper` may go with a driven protocol, else what is wrong with the first bad entry. */
export function checkSleeper(sleeper: ParameterOverrides): string | null {
  for (const [id, value] of Object.entries(sleeper)) {
    if ((DRIVE_SET_PARAMETERS as readonly string[]).includes(id))
      return `${id} is set by the diary (${DRIVE_SET_PARAMETERS.join(', ')} are), not by the sleeper`;
    const problem = checkParameterValue(id, value);
    if (problem !== null) return problem;
  }
  return null;
}

/** Lights-off (else into bed) and lights-on (out of bed, else wake) of a night, seconds; null when either is missing. */
export function diaryWindow(n: DiaryNight): { off: number; on: number } | null {
  const off = n.times.lightsOff ?? n.times.bed;
  const on = n.times.getUp ?? n.times.wake;
  return off === null || on === null ? null : { off, on };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const hhmm = (t: number): string => isoOfSeconds(t).slice(11, 16);

/** Builds the focal night's protocol from a diary and, optionally, a light log. */
export function driveProtocol(diary: Diary, log: LightLog | null, options: DriveOptions = {}): DrivenProtocol {
  const file = diary.label;
  const notes: string[] = [];
  const scenario = options.scenario ?? 'baseline';

  // Nights with both ends; the rest cannot be placed.
  const usable: { night: DiaryNight; off: number; on: number }[] = [];
  for (const night of diary.nights) {
    const w = diaryWindow(night);
    if (w === null) {
      notes.push(
        `${file} line ${night.line}: no ${night.times.lightsOff === null && night.times.bed === null ? 'lights-off or into-bed time' : 'out-of-bed or wake time'}, so the night is not used`,
      );
      continue;
    }
    if (w.on <= w.off) {
      notes.push(`${file} line ${night.line}: no time between lights-off and out of bed, so the night is not used`);
      continue;
    }
    if (night.times.lightsOff === null)
      notes.push(`${file} line ${night.line}: no lights-off; the into-bed time ${hhmm(w.off)} is taken as lights-off`);
    usable.push({ night, ...w });
  }
  if (usable.length === 0)
    throw new DataImportError(
      file,
      null,
      'no night has both a lights-off (or into-bed) and a wake (or out-of-bed) time',
    );

  // Nights in order, one per slot, none running into the next.
  usable.sort((a, b) => a.off - b.off);
  for (let i = 0; i + 1 < usable.length; i++) {
    const a = usable[i]!;
    const b = usable[i + 1]!;
    if (slotOf(a.off) === slotOf(b.off))
      throw new DataImportError(
        file,
        `line ${b.night.line}`,
        `lights-off ${when(b.off)} falls in the same noon-to-noon day as line ${a.night.line}'s (${when(a.off)}): one night per day (a nap is not a diary night)`,
      );
    if (a.on > b.off)
      throw new DataImportError(
        file,
        `line ${a.night.line}`,
        `the night from ${when(a.off)} to ${when(a.on)} runs into the next night's lights-off (line ${b.night.line}, ${when(b.off)})`,
      );
  }

  let focalIndex = usable.length - 1;
  if (options.line !== undefined) {
    focalIndex = usable.findIndex((u) => u.night.line === options.line);
    if (focalIndex < 0) {
      const known = usable.map((u) => u.night.line).join(', ');
      throw new DataImportError(
        file,
        `line ${options.line}`,
        `is not a diary night with lights-off and TIB (nights on lines ${known})`,
      );
    }
  }
  const focal = usable[focalIndex]!;
  const later = usable.length - 1 - focalIndex;
  if (later > 0) notes.push(`${later} diary night${later === 1 ? '' : 's'} after the focal night not used`);
  const focalTib = (focal.on - focal.off) / 3600;
  const tibMax = rangeOf('timeInBed_h').max;
  if (focalTib > tibMax)
    throw new DataImportError(
      file,
      `line ${focal.night.line}`,
      `the focal night's time in bed (${round2(focalTib)} h) is longer than the model's ${tibMax} h`,
    );

  // The habitual schedule: the diary's medians (lights-off on the noon-to-noon scale, so 23:30 and 00:30 average to midnight).
  const habitualOff = median(usable.map((u) => hoursAfterNoon(clockOf(u.off)))) + 12;
  const tibMedian = median(usable.map((u) => (u.on - u.off) / 3600));
  const habitualRange = rangeOf('habitualTimeInBed_h');
  const habitualTib = Math.min(habitualRange.max, Math.max(habitualRange.min, tibMedian));
  if (habitualTib !== tibMedian)
    notes.push(
      `the diary's median time in bed (${round2(tibMedian)} h) is outside the habitual range of ${habitualRange.min}–${habitualRange.max} h: the run-in uses ${habitualTib} h`,
    );
  const habitualBedtime = habitualOff % 24;

  const F = slotOf(focal.off);
  const maxPrior = rangeOf('priorNights').max;
  const firstSlot = slotOf(usable[0]!.off);
  const K = Math.min(maxPrior, F - firstSlot);
  if (F - firstSlot > maxPrior)
    notes.push(
      `the diary's nights more than ${maxPrior} days before the focal night are not used (the model takes at most ${maxPrior} prior nights)`,
    );

  const events: ProtocolEvent[] = [];
  const nights: DrivenNight[] = [];
  const bySlot = new Map(usable.map((u) => [slotOf(u.off), u]));
  const filledSlots: string[] = [];
  /** Each night's lights-off in seconds, beside `nights`. */
  const offs: number[] = [];
  for (let s = F - K; s < F; s++) {
    const u = bySlot.get(s);
    const off = u ? u.off : s * DAY_S + NOON_S + hoursAfterNoon(habitualBedtime) * 3600;
    const tib = u ? (u.on - u.off) / 3600 : habitualTib;
    const nap: NapEvent = { kind: 'nap', at: clockOf(off), day: s - F, duration_h: tib };
    events.push(nap);
    offs.push(off);
    nights.push({
      line: u ? u.night.line : null,
      role: u ? 'prior' : 'filled',
      lightsOff: isoOfSeconds(off),
      timeInBed_h: tib,
      day: s - F,
    });
    if (!u) filledSlots.push(isoOfSeconds(s * DAY_S + NOON_S).slice(0, 10));
  }
  if (filledSlots.length > 0)
    notes.push(
      `no diary night for the evening${filledSlots.length === 1 ? '' : 's'} of ${filledSlots.join(', ')}: filled with the habitual night (lights-off ${clockWords(habitualBedtime)}, ${round2(habitualTib)} h in bed, the diary's medians)`,
    );
  offs.push(focal.off);
  nights.push({
    line: focal.night.line,
    role: 'focal',
    lightsOff: isoOfSeconds(focal.off),
    timeInBed_h: focalTib,
    day: 0,
  });

  const sleeper = options.sleeper ?? {};
  const wrong = checkSleeper(sleeper);
  if (wrong !== null) throw new RangeError(`drive: ${wrong}`);
  const params: ParameterOverrides = {
    ...sleeper,
    bedtime: clockOf(focal.off),
    timeInBed_h: focalTib,
    priorNights: K,
    priorTimeInBed_h: 0,
    habitualBedtime,
    habitualTimeInBed_h: habitualTib,
  };
  const values = resolveParameters(scenario, params);
  // The protocol checks the parameters' nights against each other, not naps against them: the
  // placed nights (the last habitual run-in night first) are checked here.
  const placed = nights.map((n, i) => ({ line: n.line, off: offs[i]!, on: offs[i]! + n.timeInBed_h * 3600 }));
  if (values.runInDays > 0) {
    const off = (F - K - 1) * DAY_S + NOON_S + hoursAfterNoon(habitualBedtime) * 3600;
    placed.unshift({ line: null, off, on: off + habitualTib * 3600 });
  }
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i]!;
    const b = placed[i + 1]!;
    if (a.on <= b.off) continue;
    const name = (x: { line: number | null }) => (x.line === null ? 'the habitual night' : `line ${x.line}`);
    throw new DataImportError(
      file,
      b.line === null ? (a.line === null ? null : `line ${a.line}`) : `line ${b.line}`,
      `${name(a)} (${when(a.off)} to ${when(a.on)}) runs into the lights-off of ${name(b)} (${when(b.off)}); the habitual night is the diary's median (lights-off ${clockWords(habitualBedtime)}, ${round2(habitualTib)} h)`,
    );
  }

  let light: DrivenLight | null = null;
  if (log !== null) {
    const start_s = (F - K - values.runInDays) * DAY_S + NOON_S;
    const protocol_h = compileProtocol(values, events).epochs * (EPOCH_S / 3600);
    const binned = lightEvents(log, start_s, start_s + protocol_h * 3600, F, options.binMinutes ?? DRIVE_LIGHT_BIN_MIN);
    let lightOut = binned.events;
    let compressed: DrivenLight['compressed'] = null;
    if (options.maxEvents !== undefined) {
      const budget = options.maxEvents - events.length;
      const fit = compressLight(binned.events, budget);
      if (fit === null)
        throw new DataImportError(
          log.label,
          null,
          `the light log makes ${binned.events.length} light events; merged at ${LIGHT_TOLERANCE_LADDER.at(-1)} decades of lux they are still more than the ${budget} left of ${options.maxEvents} beside ${events.length} nights`,
        );
      if (fit.tolerance_log10 > 0) {
        lightOut = fit.events;
        compressed = { before: fit.before, tolerance_log10: fit.tolerance_log10 };
        notes.push(
          `light merged from ${fit.before} to ${fit.events.length} events (adjacent bins within ${fit.tolerance_log10} decades of log10(1 + lux) are one, at their mean lux) so the protocol has at most ${options.maxEvents} events`,
        );
      }
    }
    events.push(...lightOut);
    light = {
      binMinutes: binned.binMinutes,
      bins: binned.bins,
      measured_h: binned.measured_h,
      protocol_h,
      filled_h: protocol_h - binned.measured_h,
      events: lightOut.length,
      compressed,
    };
    notes.push(...binned.notes);
    if (binned.bins === 0)
      throw new DataImportError(
        log.label,
        null,
        `the light log (${when(log.t[0]!)} to ${when(log.t[log.t.length - 1]!)}) has no reading inside the simulated protocol (${when(start_s)} to ${when(start_s + protocol_h * 3600)}): nothing of it can be used`,
      );
  }
  return { scenario, sleeper, params, events, focal: focal.night, nights, light, notes };
}

/** A numeric parameter's range (declared once, with the parameter). */
function rangeOf(id: string): { min: number; max: number } {
  const spec = parameterSpec(id);
  if (!spec || spec.kind === 'choice') throw new Error(`drive: parameter ${id} is not a number`);
  return { min: spec.min, max: spec.max };
}

function clockWords(h: number): string {
  const m = Math.round(h * 60) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The parameter values a driven protocol runs with. */
export function drivenValues(d: DrivenProtocol): ParameterValues {
  return resolveParameters(d.scenario, d.params);
}
