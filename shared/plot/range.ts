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

/** A y axis as drawn: min and max are whole multiples of step, which is 1, 2 or 5 × 10^k. */
export interface YAxis extends Range {
  readonly step: number;
}

/**
 * At most this many steps (so 6 ticks): the export's old cap, and what a 150 px screen chart
 * still labels without Chart.js skipping any.
 */
export const MAX_Y_STEPS = 5;

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

const NICE = [1, 2, 5] as const;

/** `value` rounded to the decimals of `step`, so 3 × 0.1 is 0.3 and not 0.30000000000000004. */
function tidy(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return Number(value.toFixed(Math.min(20, digits + 1))) + 0;
}

/**
 * The y axis both the screen and the export draw for a range: the smallest step of 1, 2 or 5 ×
 * 10^k that covers the range in at most MAX_Y_STEPS steps, and the range rounded outward to it.
 * Both set min, max and stepSize exactly, so Chart.js draws these ticks and no others whatever
 * the chart's height (its own rounding of suggested bounds depends on the height, so the screen
 * and the export drew different axes for the same range). Idempotent: a range that already is an
 * axis comes back unchanged, so either side may call it again on what sharedRange returned.
 */
export function yAxis(range: Range): YAxis {
  let { min, max } = range;
  if (!(max > min)) {
    // A flat line: a tenth of its value around it (0–1 at zero), then rounded as any other range.
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    [min, max] = [min >= 0 && min - pad < 0 ? 0 : min - pad, max + pad];
  }
  // Start a decade below a fifth of the span: the loop then climbs to the first step that fits.
  let power = 10 ** (Math.floor(Math.log10((max - min) / MAX_Y_STEPS)) - 1);
  for (;;) {
    for (const m of NICE) {
      const step = m * power;
      // The 1e-9 keeps a bound that is a multiple of the step, give or take rounding, where it is.
      const lo = Math.floor(min / step + 1e-9);
      const hi = Math.ceil(max / step - 1e-9);
      if (hi - lo <= MAX_Y_STEPS)
        return { min: tidy(lo * step, step), max: tidy(hi * step, step), step: tidy(step, step) };
    }
    power *= 10;
  }
}

/**
 * The y axis a row shares over several extents: their union rounded outward to a round step
 * (yAxis). A reader expects an axis to start and end on round values (0–1.5, not 0.1037–1.4962),
 * and a slider move that changes one night's curve a little leaves the shared axis, and the other
 * night's charts, as they are. No padding on top of the rounding: with at most MAX_Y_STEPS steps,
 * 5 % more span often cost a whole step (SWA peaking at 1.48 drew 0–2.0 instead of 0–1.5), and a
 * curve that reaches a bound exactly still shows (Chart.js clips half a line width outside the
 * plot). Non-negative data stays non-negative. Null without data.
 */
export function sharedRange(extents: readonly ([number, number] | null)[]): YAxis | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of extents) {
    if (!e) continue;
    if (e[0] < min) min = e[0];
    if (e[1] > max) max = e[1];
  }
  return Number.isFinite(min) ? yAxis({ min, max }) : null;
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
): YAxis | null {
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
