/**
 * The y range a row of charts shares: both nights' columns (or the overlay of both, or B − A)
 * get one range, so equal heights mean equal values. One rule for the screen and the export, so a
 * chart on screen and the same chart exported have the same y axis.
 */
import type { SimulationResult } from '../model/result';
import { pairOffset, type SlotWindow } from '../time/axis';
import { STAGE_AXIS } from './axes';
import { drawnEpochs } from './points';
import type { ChartRow } from './rows';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * Min and max of a series over the epochs a chart draws for the window (drawnEpochs), straight
 * from the typed array; with `minus`, of result − minus paired on the axis. Null without data.
 */
export function extent(
  result: SimulationResult,
  id: string,
  window?: SlotWindow,
  minus?: SimulationResult,
): [number, number] | null {
  const values = result.series[id];
  const other = minus?.series[id];
  if (!values || (minus && !other)) return null;
  // Epoch i of result pairs with epoch i + offset of minus.
  const offset = minus ? pairOffset(minus, result) : 0;
  let [first, last] = drawnEpochs(result, window);
  if (other) {
    first = Math.max(first, -offset);
    last = Math.min(last, other.length - offset);
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = first; i < last; i++) {
    const v = other ? values[i]! - other[i + offset]! : values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? [min, max] : null;
}

/** 1, 2 or 5 times a power of ten, the nearest at or above `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/** Rounds a range outward to a tenth of its span (a nice step), without crossing zero. */
function roundOutward(min: number, max: number): Range {
  const step = niceStep((max - min) / 10);
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const lo = Number((Math.floor(min / step - 1e-9) * step).toFixed(digits));
  const hi = Number((Math.ceil(max / step + 1e-9) * step).toFixed(digits));
  return { min: min >= 0 ? Math.max(0, lo) : lo, max: max <= 0 ? Math.min(0, hi) : hi };
}

/**
 * A padded range over several extents; non-negative data keeps 0. The bounds are rounded outward
 * to a nice step of a tenth of the span: a reader expects an axis to start and end on round
 * values (0.1–0.9, not 0.1037–0.8962), and a slider move that changes one night's curve a little
 * leaves the shared range, and the other night's charts, as they are. Null without data.
 */
export function sharedRange(extents: readonly ([number, number] | null)[]): Range | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of extents) {
    if (!e) continue;
    if (e[0] < min) min = e[0];
    if (e[1] > max) max = e[1];
  }
  if (!Number.isFinite(min)) return null;
  if (min === max)
    return min === 0 ? { min: 0, max: 1 } : roundOutward(min - Math.abs(min) * 0.1, max + Math.abs(max) * 0.1);
  const pad = (max - min) * 0.05;
  return roundOutward(min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad);
}

/**
 * The range of one row of charts of these series: over every night's curves, or (`diff`) over
 * B − A of the first two nights. What the lab's comparison view and an exported figure both use.
 */
export function rowRange(
  series: readonly { readonly id: string }[],
  nights: readonly SimulationResult[],
  window: SlotWindow,
  diff: boolean,
): Range | null {
  if (diff) {
    const [a, b] = nights;
    if (!a || !b) return null;
    return sharedRange(series.map((s) => extent(b, s.id, window, a)));
  }
  return sharedRange(nights.flatMap((night) => series.map((s) => extent(night, s.id, window))));
}

/** A figure row's y range: the hypnogram's fixed axis, else rowRange (0–1 for a row without data). */
export function figureRowRange(
  row: ChartRow,
  nights: readonly SimulationResult[],
  window: SlotWindow,
  diff: boolean,
): Range {
  if (row.kind === 'stage') return STAGE_AXIS;
  return rowRange(row.series, nights, window, diff) ?? { min: 0, max: 1 };
}
