/**
 * Plot data for the screen, as pure functions, on the slot-hour axis of shared/time/axis.ts (the
 * axis, the pairing of nights and the y ranges are shared with the export: shared/plot/).
 *
 * A focal window holds ~4,400 epochs per series and a chart is a few hundred pixels wide, so the
 * points are thinned here, straight from the typed arrays, before Chart.js sees them: min–max per
 * pixel column for curves (no peak is lost), and only the changes of stage for the hypnogram
 * (a stepped line loses nothing). The export draws every epoch instead (shared/plot/points.ts).
 */
import type { SimulationResult } from '../../../shared/model/result';
import { wakingEpochs } from '../../../shared/plot/signal';
import { drawnEpochs, stageHeight, type Point } from '../../../shared/plot/points';
import { UNSCORED } from '../../../shared/report/sleepReport';
import { epochAt, epochsInside, pairOffset, slotHour, type SlotWindow } from '../../../shared/time/axis';

/**
 * Min–max thinning of values[first..last) into at most ~2·buckets points: for each bucket the
 * minimum and the maximum, in time order. `at(i)` gives the value of epoch i; NaN (a waking-only
 * series while asleep) breaks the line, and a bucket that holds any keeps a NaN point there.
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
  // Runs per redraw for every series of every chart on screen: values are read once per epoch
  // and a bucket's (at most three) points are ordered in place, with no array per bucket.
  const push = (i: number, v: number) => points.push({ x: slotHour(result, i), y: v });
  for (let b = 0; b < buckets; b++) {
    const from = first + Math.floor(b * size);
    const to = Math.min(last, first + Math.floor((b + 1) * size));
    let minI = -1;
    let maxI = -1;
    let gap = -1;
    let minV = 0;
    let maxV = 0;
    for (let i = from; i < to; i++) {
      const v = at(i);
      if (Number.isNaN(v)) {
        if (gap < 0) gap = i;
        continue;
      }
      if (minI < 0 || v < minV) {
        minI = i;
        minV = v;
      }
      if (maxI < 0 || v > maxV) {
        maxI = i;
        maxV = v;
      }
    }
    // The bucket's extremes and its first gap, in time order, each once.
    if (minI < 0) {
      if (gap >= 0) push(gap, Number.NaN);
      continue;
    }
    let lo = minI;
    let loV = minV;
    let hi = maxI;
    let hiV = maxV;
    if (hi < lo) {
      [lo, hi] = [hi, lo];
      [loV, hiV] = [hiV, loV];
    }
    if (gap >= 0 && gap < lo) push(gap, Number.NaN);
    push(lo, loV);
    if (gap > lo && gap < hi) push(gap, Number.NaN);
    if (hi !== lo) push(hi, hiV);
    if (gap > hi) push(gap, Number.NaN);
  }
  return points;
}

/** Whether epoch i lies in a waking spell (shared/plot/signal.ts), so a waking-only series is drawn there. */
const awake = (result: SimulationResult, i: number): boolean => wakingEpochs(result)[i] === 1;

/**
 * A series as the screen draws it: the drawn epochs of the window, thinned to `buckets` columns.
 * `wakingOnly` (SeriesInfo.wakingOnly): left out, as a gap, while the sleeper is asleep.
 */
export function screenSeriesPoints(
  result: SimulationResult,
  id: string,
  window?: SlotWindow,
  buckets = 600,
  wakingOnly = false,
): Point[] {
  const values = result.series[id];
  if (!values) return [];
  const [first, last] = drawnEpochs(result, window);
  return thin(result, first, last, buckets, (i) => (wakingOnly && !awake(result, i) ? Number.NaN : values[i]!));
}

/**
 * The hypnogram as its changes of stage (plus the ends): exact for a stepped line. An epoch
 * without a stage (UNSCORED: a measured night's artefact or movement time, or time outside the
 * recording) breaks the line: the run before it is closed at its start and a NaN point, which
 * Chart.js skips, leaves the gap empty.
 */
export function screenStagePoints(result: SimulationResult, window?: SlotWindow): Point[] {
  const [first, last] = drawnEpochs(result, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) {
    const stage = result.stage[i]!;
    const before = i > first ? result.stage[i - 1]! : null;
    if (stage === UNSCORED) {
      if (before !== UNSCORED) {
        if (before !== null) points.push({ x: slotHour(result, i), y: stageHeight(before) });
        points.push({ x: slotHour(result, i), y: Number.NaN });
      }
      continue;
    }
    if (i === first || i === last - 1 || stage !== before)
      points.push({ x: slotHour(result, i), y: stageHeight(stage) });
  }
  return points;
}

/**
 * B − A on the epochs both nights cover, thinned over A's drawn epochs. Both grids are 30-s
 * epochs on the same slot-hour axis (lights-off snaps to the grid), so epochs pair up by an
 * integer offset (shared/time/axis.ts pairOffset).
 */
export function screenDifferencePoints(
  a: SimulationResult,
  b: SimulationResult,
  id: string,
  window?: SlotWindow,
  buckets = 600,
  wakingOnly = false,
): Point[] {
  const va = a.series[id];
  const vb = b.series[id];
  if (!va || !vb) return [];
  // Epoch i of A pairs with epoch i + toB of B.
  const toB = -pairOffset(a, b);
  let [first, last] = drawnEpochs(a, window);
  first = Math.max(first, -toB);
  last = Math.min(last, vb.length - toB);
  if (last <= first) return [];
  // A waking-only series compares only where both sleepers are awake.
  return thin(a, first, last, buckets, (i) =>
    wakingOnly && !(awake(a, i) && awake(b, i + toB)) ? Number.NaN : vb[i + toB]! - va[i]!,
  );
}

/**
 * Sum of a series (or of B − A, or of the hypnogram's heights with id 'stage') over the epochs
 * wholly inside a window: a checksum of exactly the data a chart represents, however it was
 * thinned (the same epochs as the chart's CSV).
 */
export function windowSum(
  result: SimulationResult,
  id: string | 'stage',
  window?: SlotWindow,
  minus?: SimulationResult,
): number {
  const [first, last] = window ? epochsInside(result, window) : [0, result.epochs];
  if (id === 'stage') {
    let sum = 0;
    for (let i = first; i < last; i++) sum += stageHeight(result.stage[i]!);
    return sum;
  }
  const values = result.series[id];
  const other = minus?.series[id];
  if (!values || (minus && !other)) return 0;
  // Epoch i of result pairs with epoch i + offset of minus.
  const offset = minus ? pairOffset(minus, result) : 0;
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
  const i = epochAt(result, x);
  if (i < 0 || i >= result.epochs) return null;
  if (id === 'stage') return result.stage[i]!;
  const values = result.series[id];
  return values ? values[i]! : null;
}
