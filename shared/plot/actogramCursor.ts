/**
 * Reading the double-plotted actogram (actogram.ts): which days are shown (a range of whole days
 * the user zooms to, as a chronobiologist narrows a long record to the days around a shift), the
 * cursor (a moment, at a row and an hour within it, 0–48), and what each night was doing at that
 * moment (asleep or awake, the light at the eye). Pure: the screen's pointer and keys
 * (renderer/src/charts/actogram.ts) and its readout use these; the data-table twin lists the same
 * shown days.
 */
import { STAGES, STAGE_CODE, type SimulationResult, type Stage } from '../model/result';
import { epochAt } from '../time/axis';
import { DAY_H, LIGHT_SCALE, ROW_H, lightLevel } from './actogram';

/** Whole days [first, last], day numbers as in actogram.ts (0: the focal evening's day). */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

export const dayCount = (range: DayRange): number => range.last - range.first + 1;

/** The range moved and cut to lie within `all` (at least one day), keeping its length when it can. */
export function fitDays(range: DayRange, all: DayRange): DayRange {
  const n = Math.min(Math.max(1, dayCount(range)), dayCount(all));
  const first = Math.min(Math.max(range.first, all.first), all.last - n + 1);
  return { first, last: first + n - 1 };
}

/**
 * Zoomed by `factor` (below 1: fewer days) about the day `around`, which keeps its place in the
 * range; always at least one day more or fewer, so a key press or wheel step is never lost.
 */
export function zoomDays(range: DayRange, factor: number, around: number, all: DayRange): DayRange {
  const n = dayCount(range);
  let m = Math.round(n * factor);
  if (m === n) m = factor < 1 ? n - 1 : n + 1;
  m = Math.min(Math.max(1, m), dayCount(all));
  const at = Math.min(Math.max(around, range.first), range.last);
  // The share of the range before the day `around`, kept.
  const before = n > 1 ? (at - range.first) / (n - 1) : 0.5;
  // || 0: no −0 day number.
  const first = Math.round(at - before * (m - 1)) || 0;
  return fitDays({ first, last: first + m - 1 }, all);
}

/** Moved by `by` days (positive: later), within `all`. */
export const panDays = (range: DayRange, by: number, all: DayRange): DayRange =>
  fitDays({ first: range.first + by, last: range.last + by }, all);

/** The range moved just enough to show `day`. */
export function showDay(range: DayRange, day: number, all: DayRange): DayRange {
  if (day < range.first) return panDays(range, day - range.first, all);
  if (day > range.last) return panDays(range, day - range.last, all);
  return range;
}

/** A moment as the actogram draws it: the row (its day) and the hours from the row's left edge (0–48). */
export interface ActogramPoint {
  readonly day: number;
  readonly hour: number;
}

/** The slot hour of a point (shared/time/axis.ts). */
export const pointSlot = (p: ActogramPoint): number => p.day * DAY_H + p.hour;

/** A slot hour as a point on its own day's row (the left half). */
export function slotPoint(slot: number): ActogramPoint {
  const day = Math.floor(slot / DAY_H);
  return { day, hour: slot - day * DAY_H };
}

/**
 * The same moment's other place in the double plot: the right half of the row above, or the left
 * half of the row below (each day is drawn twice).
 */
export function twinPoint(p: ActogramPoint): ActogramPoint {
  return p.hour >= DAY_H ? { day: p.day + 1, hour: p.hour - DAY_H } : { day: p.day - 1, hour: p.hour + DAY_H };
}

/**
 * The point moved by `hours` along time: along its row (0–48), and past an end onto the next or
 * previous row, where the same moment is the other half (so the cursor steps down the plot a day
 * at a time, as the eye reads it); it stops at the record's first and last rows.
 */
export function movePoint(p: ActogramPoint, hours: number, all: DayRange): ActogramPoint {
  let { day, hour } = p;
  hour += hours;
  while (hour > ROW_H) {
    day += 1;
    hour -= DAY_H;
  }
  while (hour < 0) {
    day -= 1;
    hour += DAY_H;
  }
  if (day > all.last) return { day: all.last, hour: ROW_H };
  if (day < all.first) return { day: all.first, hour: 0 };
  return { day, hour };
}

/** One night at a moment: asleep (in which stage) or awake, and the light at the eye. */
export interface Moment {
  /** Null for an epoch without a stage (unscored). */
  readonly stage: Stage | null;
  readonly asleep: boolean;
  /** Lux at the eye; null when the result carries no light. */
  readonly lux: number | null;
}

/** The night at a slot hour; null outside its result (before its run-in or after its end). */
export function momentAt(result: SimulationResult, slot: number): Moment | null {
  const i = epochAt(result, slot);
  if (i < 0 || i >= result.epochs) return null;
  const code = result.stage[i]!;
  const stage = STAGES[code] ?? null;
  const lux = result.series.light?.[i] ?? null;
  // As the actogram's bars: an unscored epoch is not sleep.
  return { stage, asleep: stage !== null && code !== STAGE_CODE.W, lux };
}

const STAGE_WORDS: Record<Stage, string> = {
  W: 'awake',
  R: 'asleep (REM)',
  N1: 'asleep (N1)',
  N2: 'asleep (N2)',
  N3: 'asleep (N3)',
};

/** The light in words: its class as the legend names it, and the lux ("dark" below 1 lux). */
export function lightWords(lux: number): string {
  const level = lightLevel(lux);
  const value = lux >= 10 ? Math.round(lux).toLocaleString('en-GB') : lux.toFixed(1);
  return level < 0 ? `dark (${value} lux)` : `${LIGHT_SCALE[level]!.label} (${value} lux)`;
}

/** A night at a moment in words: "asleep (N2), dark (0.0 lux)"; "not simulated" outside its result. */
export function momentWords(moment: Moment | null): string {
  if (!moment) return 'not simulated';
  const state = moment.stage === null ? 'unscored' : STAGE_WORDS[moment.stage];
  return moment.lux === null ? state : `${state}, ${lightWords(moment.lux)}`;
}
