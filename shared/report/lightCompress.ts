/**
 * A driven protocol's light log in fewer events, so it fits an experiment file and the lab's IPC
 * (MAX_EVENTS_PER_NIGHT, protocolEvents.ts): adjacent light events merge into one piecewise-constant
 * segment while every event in it lies within a tolerance of the others on a log scale,
 * log10(1 + lux) (light acts on the clock through a compressive power of lux, lightExponent 0.6,
 * so equal steps in log-lux are about equal steps in effect; the 1 keeps darkness finite). A
 * segment's lux is the time-weighted mean of its events' lux (the light dose, lux·h, is kept),
 * which lies between its events' lowest and highest, so no event moves by more than the
 * tolerance. The tolerance is the smallest on a fixed ladder whose result fits the budget, so a
 * log that fits already is not touched. What it costs (circadian phase at the focal night) is
 * measured in lightCompress.test.ts and stated in docs/DATA.md.
 * Pure.
 */
import {
  eventSlotHour,
  eventTimeAt,
  MAX_EVENT_DURATION_H,
  type LightEvent,
  type ProtocolEvent,
} from '../model/protocolEvents';

/**
 * Tolerances tried, decades of log10(1 + lux), smallest first (design choice: 0.05 decades is a
 * 12 % step in lux, 1 decade a factor of ten; the ladder's first entry that fits the budget wins).
 */
export const LIGHT_TOLERANCE_LADDER = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2, 3, 5] as const;

export interface CompressedLight {
  readonly events: LightEvent[];
  /** The tolerance used (decades of log10(1 + lux)); 0 when nothing was merged. */
  readonly tolerance_log10: number;
  /** Light events before compressing. */
  readonly before: number;
}

const logLux = (lux: number): number => Math.log10(1 + lux);
/** Rounding slack when comparing slot hours built from clock times (a second is 2.8e-4 h). */
const TOUCH_H = 1e-6;

/**
 * Merges adjacent light events (one ends where the next begins) whose log10(1 + lux) spread is at
 * most `tolerance_log10`, up to the longest event allowed. The events must be in time order and
 * not overlap (as lightEvents makes them).
 */
export function mergeLight(events: readonly LightEvent[], tolerance_log10: number): LightEvent[] {
  const out: LightEvent[] = [];
  let i = 0;
  while (i < events.length) {
    const first = events[i]!;
    const from = eventSlotHour({ at: first.at, day: first.day ?? 0 });
    let to = from + first.duration_h;
    let dose = first.lux * first.duration_h;
    let lo = logLux(first.lux);
    let hi = lo;
    let j = i + 1;
    for (; j < events.length; j++) {
      const e = events[j]!;
      const start = eventSlotHour({ at: e.at, day: e.day ?? 0 });
      const l = logLux(e.lux);
      const spread = Math.max(hi, l) - Math.min(lo, l);
      if (Math.abs(start - to) > TOUCH_H || spread > tolerance_log10 + 1e-12) break;
      if (start + e.duration_h - from > MAX_EVENT_DURATION_H + TOUCH_H) break;
      to = start + e.duration_h;
      dose += e.lux * e.duration_h;
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
    const duration_h = to - from;
    // Rounded to the thousandth of a lux: a file keeps it readable and nothing measurable moves.
    const lux = j === i + 1 ? first.lux : Math.round((dose / duration_h) * 1000) / 1000;
    out.push({ kind: 'light', ...eventTimeAt(from, 0), duration_h, lux });
    i = j;
  }
  return out;
}

/**
 * The light events with at most `budget` of them: unchanged when they fit, else merged with the
 * smallest tolerance of LIGHT_TOLERANCE_LADDER that fits. Null when even the largest does not
 * (a log that long cannot go into one experiment file).
 */
export function compressLight(events: readonly LightEvent[], budget: number): CompressedLight | null {
  if (events.length <= budget) return { events: [...events], tolerance_log10: 0, before: events.length };
  for (const tolerance_log10 of LIGHT_TOLERANCE_LADDER) {
    const merged = mergeLight(events, tolerance_log10);
    if (merged.length <= budget) return { events: merged, tolerance_log10, before: events.length };
  }
  return null;
}

export const isLightEvent = (e: ProtocolEvent): e is LightEvent => e.kind === 'light';
