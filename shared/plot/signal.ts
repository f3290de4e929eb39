/**
 * Which charts carry signal: a series that holds one value throughout the shown window in every
 * night shown (no caffeine taken, no alcohol drunk) draws a flat line that reads like a
 * measurement; the lab says it in one line of text instead, and so does every export (flatLines
 * is the one rule both read). Pure, over the results' typed arrays.
 */
import { formatNumber } from './numbers';
import { EPOCH_S, STAGE_CODE, type SeriesInfo, type SimulationResult } from '../model/result';
import { epochsInside, type SlotWindow } from '../time/axis';

/** Float32 noise: values this close to each other (relative to their size) are one value. */
const SAME = 1e-6;

/** The one value a series holds over the window, or null when it varies (or has no epochs there). */
export function constantValue(result: SimulationResult, id: string, window: SlotWindow): number | null {
  const values = result.series[id];
  if (!values) return null;
  const [first, last] = epochsInside(result, window);
  if (last <= first) return null;
  let min = values[first]!;
  let max = min;
  for (let i = first + 1; i < last; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  return max - min <= SAME * Math.max(1, Math.abs(max), Math.abs(min)) ? (min + max) / 2 : null;
}

/** One series held flat in every night: zero (none at all) or another constant. */
export interface FlatSeries {
  readonly series: SeriesInfo;
  /** The value in each night, in the order of the results. */
  readonly values: readonly number[];
}

/**
 * The series of a chart, each flat in every result over the window; null as soon as one varies in
 * one night (the chart carries signal, and is drawn). No results: null (nothing to say yet).
 */
export function flatGroup(
  series: readonly SeriesInfo[],
  results: readonly SimulationResult[],
  window: SlotWindow,
): FlatSeries[] | null {
  if (results.length === 0 || series.length === 0) return null;
  const out: FlatSeries[] = [];
  for (const s of series) {
    const values: number[] = [];
    for (const r of results) {
      const v = constantValue(r, s.id, window);
      if (v === null) return null;
      values.push(v);
    }
    out.push({ series: s, values });
  }
  return out;
}

const isZero = (v: number): boolean => Math.abs(v) <= SAME;

/**
 * A flat series in words: "Caffeine: none in either night", "Blood alcohol: none in night A"
 * (one night shown), or its constant levels with the unit. `nights` names the results' nights
 * ("A", "B"), in their order; `format` writes a number as the lab does.
 */
export function flatText(flat: FlatSeries, nights: readonly string[], format: (v: number) => string): string {
  const { series, values } = flat;
  const unit = series.unit ? ` ${series.unit}` : '';
  const where = nights.length > 1 ? (nights.length === 2 ? 'either night' : 'any night') : `night ${nights[0]}`;
  if (values.every(isZero)) return `${series.label}: none in ${where}`;
  const same = values.every((v) => Math.abs(v - values[0]!) <= SAME * Math.max(1, Math.abs(v)));
  if (same) {
    const in_ =
      nights.length > 1 ? (nights.length === 2 ? 'in both nights' : 'in every night') : `in night ${nights[0]}`;
    return `${series.label}: constant at ${format(values[0]!)}${unit} ${in_}`;
  }
  const each = values.map((v, i) => `${format(v)}${unit} in night ${nights[i]}`).join(', ');
  return `${series.label}: constant, ${each}`;
}

/**
 * The rule the lab and every export follow: a chart whose every series is flat over the window in
 * every night is not drawn but said, one line per series ("Caffeine: none in either night");
 * null when the chart carries signal and is drawn. Numbers written as the lab writes them.
 */
export function flatLines(
  series: readonly SeriesInfo[],
  results: readonly SimulationResult[],
  window: SlotWindow,
  nights: readonly string[],
): string[] | null {
  const flat = flatGroup(series, results, window);
  return flat ? flat.map((f) => flatText(f, nights, formatNumber)) : null;
}

/**
 * A waking-only series (SeriesInfo.wakingOnly) is drawn only in runs of wake at least this long:
 * the 10-min PVT fits in one, and a 30-s arousal inside the night is not a time anyone is tested.
 */
export const WAKING_RUN_MIN = 15;

const wakingCache = new WeakMap<SimulationResult, Uint8Array>();

/** 1 for each epoch inside a run of wake of at least WAKING_RUN_MIN minutes (cached per result). */
export function wakingEpochs(result: SimulationResult): Uint8Array {
  const cached = wakingCache.get(result);
  if (cached) return cached;
  const { stage } = result;
  const mask = new Uint8Array(result.epochs);
  const need = Math.round((WAKING_RUN_MIN * 60) / EPOCH_S);
  let start = 0;
  for (let i = 0; i <= result.epochs; i++) {
    if (i < result.epochs && stage[i] === STAGE_CODE.W) continue;
    if (i - start >= need) mask.fill(1, start, i);
    start = i + 1;
  }
  wakingCache.set(result, mask);
  return mask;
}
