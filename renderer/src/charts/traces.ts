/**
 * Plot data from simulation results, as pure functions. The x axis is the slot hour: clock hours
 * from the midnight before the focal slot's noon, so two nights with different bedtimes share it.
 *
 * A focal window holds ~4,400 epochs per series and a chart is a few hundred pixels wide, so the
 * points are thinned here, straight from the typed arrays, before Chart.js sees them: min–max per
 * pixel column for curves (no peak is lost), and only the changes of stage for the hypnogram
 * (a stepped line loses nothing).
 */
import { EPOCH_H, STAGES, type SimulationResult } from '../../../shared/model/result';

export type Point = { x: number; y: number };
export interface Window {
  readonly start: number;
  readonly end: number;
}

export function slotHour(result: SimulationResult, i: number): number {
  return result.focalLightsOff_clock_h + result.start_h + i * EPOCH_H;
}

/** The focal window on the slot-hour axis: from noon before the focal lights-off to the end. */
export function slotWindow(result: SimulationResult): Window {
  return { start: slotHour(result, 0), end: slotHour(result, result.epochs) };
}

/** Hypnogram heights, W on top: y = 4 for W … 0 for N3. */
export function stageHeight(code: number): number {
  return STAGES.length - 1 - code;
}

/** Epoch range [first, last) of a result inside a window, one epoch of margin each side. */
function epochRange(result: SimulationResult, window: Window | undefined): [number, number] {
  if (!window) return [0, result.epochs];
  const origin = slotHour(result, 0);
  const first = Math.max(0, Math.floor((window.start - origin) / EPOCH_H) - 1);
  const last = Math.min(result.epochs, Math.ceil((window.end - origin) / EPOCH_H) + 2);
  return [first, Math.max(first, last)];
}

/**
 * Min–max thinning of values[first..last) into at most ~2·buckets points: for each bucket the
 * minimum and the maximum, in time order. `at(i)` gives the value of epoch i.
 */
function thin(
  result: SimulationResult,
  first: number,
  last: number,
  buckets: number,
  at: (i: number) => number,
): Point[] {
  const count = last - first;
  if (count <= buckets * 2) {
    const points: Point[] = new Array(count);
    for (let i = first; i < last; i++) points[i - first] = { x: slotHour(result, i), y: at(i) };
    return points;
  }
  const points: Point[] = [];
  const size = count / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = first + Math.floor(b * size);
    const to = Math.min(last, first + Math.floor((b + 1) * size));
    let minI = from;
    let maxI = from;
    for (let i = from + 1; i < to; i++) {
      const v = at(i);
      if (v < at(minI)) minI = i;
      if (v > at(maxI)) maxI = i;
    }
    const a = Math.min(minI, maxI);
    const c = Math.max(minI, maxI);
    points.push({ x: slotHour(result, a), y: at(a) });
    if (c !== a) points.push({ x: slotHour(result, c), y: at(c) });
  }
  return points;
}

export function seriesPoints(result: SimulationResult, id: string, window?: Window, buckets = 600): Point[] {
  const values = result.series[id];
  if (!values) return [];
  const [first, last] = epochRange(result, window);
  return thin(result, first, last, buckets, (i) => values[i]!);
}

/** The hypnogram as its changes of stage (plus the ends): exact for a stepped line. */
export function stagePoints(result: SimulationResult, window?: Window): Point[] {
  const [first, last] = epochRange(result, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) {
    if (i === first || i === last - 1 || result.stage[i] !== result.stage[i - 1]) {
      points.push({ x: slotHour(result, i), y: stageHeight(result.stage[i]!) });
    }
  }
  return points;
}

/** Epoch offset that pairs epoch i of A with epoch i + offset of B on the shared axis. */
function pairOffset(a: SimulationResult, b: SimulationResult): number {
  return Math.round((slotHour(a, 0) - slotHour(b, 0)) / EPOCH_H);
}

/**
 * B − A on the epochs both nights cover. Both grids are 30-s epochs on the same slot-hour axis
 * (lights-off snaps to the grid), so epochs pair up by an integer offset.
 */
export function differencePoints(
  a: SimulationResult,
  b: SimulationResult,
  id: string,
  window?: Window,
  buckets = 600,
): Point[] {
  const va = a.series[id];
  const vb = b.series[id];
  if (!va || !vb) return [];
  const offset = pairOffset(a, b);
  let [first, last] = epochRange(a, window);
  first = Math.max(first, -offset);
  last = Math.min(last, vb.length - offset);
  if (last <= first) return [];
  return thin(a, first, last, buckets, (i) => vb[i + offset]! - va[i]!);
}

/** Min and max of a series inside a window, straight from the typed array; or of B − A. */
export function extent(
  result: SimulationResult,
  id: string,
  window?: Window,
  minus?: SimulationResult,
): [number, number] | null {
  const values = result.series[id];
  const other = minus?.series[id];
  if (!values || (minus && !other)) return null;
  const offset = minus ? -pairOffset(minus, result) : 0;
  let [first, last] = epochRange(result, window);
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

/**
 * Sum of a series (or of B − A, or of the hypnogram's heights with id 'stage') over the epochs
 * of a window: a checksum of exactly the data a chart represents, however it was thinned.
 */
export function windowSum(
  result: SimulationResult,
  id: string | 'stage',
  window?: Window,
  minus?: SimulationResult,
): number {
  const [first0, last0] = epochRange(result, window);
  const origin = slotHour(result, 0);
  // epochRange adds a margin for drawing; the checksum counts only epochs inside the window.
  const first = window ? Math.max(first0, Math.ceil((window.start - origin) / EPOCH_H - 1e-9)) : first0;
  const last = window ? Math.min(last0, Math.floor((window.end - origin) / EPOCH_H + 1e-9)) : last0;
  if (id === 'stage') {
    let sum = 0;
    for (let i = first; i < last; i++) sum += stageHeight(result.stage[i]!);
    return sum;
  }
  const values = result.series[id];
  const other = minus?.series[id];
  if (!values || (minus && !other)) return 0;
  const offset = minus ? -pairOffset(minus, result) : 0;
  let sum = 0;
  for (let i = first; i < last; i++) {
    const j = i + offset;
    if (other && (j < 0 || j >= other.length)) continue;
    sum += other ? values[i]! - other[j]! : values[i]!;
  }
  return sum;
}

/** The value of a series (or the stage) of a result at a slot hour, or null outside it. */
export function valueAt(result: SimulationResult, id: string | 'stage', x: number): number | null {
  const i = Math.floor((x - slotHour(result, 0)) / EPOCH_H + 1e-9);
  if (i < 0 || i >= result.epochs) return null;
  if (id === 'stage') return result.stage[i]!;
  const values = result.series[id];
  return values ? values[i]! : null;
}

/** 1, 2 or 5 times a power of ten, the nearest at or above `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/** Rounds a range outward to a tenth of its span (a nice step), without crossing zero. */
function roundOutward(min: number, max: number): { min: number; max: number } {
  const step = niceStep((max - min) / 10);
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const lo = Number((Math.floor(min / step - 1e-9) * step).toFixed(digits));
  const hi = Number((Math.ceil(max / step + 1e-9) * step).toFixed(digits));
  return { min: min >= 0 ? Math.max(0, lo) : lo, max: max <= 0 ? Math.min(0, hi) : hi };
}

/**
 * A padded range over several extents, for axes shared between charts; non-negative data keeps 0.
 * The bounds are rounded outward to a tenth of the span, so a slider move that changes one
 * night's curve a little leaves the shared range, and the other night's charts, as they are.
 */
export function sharedRange(extents: readonly ([number, number] | null)[]): { min: number; max: number } | null {
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
