/**
 * The time axis's ticks and the y axis's width, shared by the Chart.js charts (chart.ts) and the
 * charts drawn by hand (the hypnogram hero): apart from chart.ts, so the hero, the first chart a
 * start paints, does not load Chart.js with it.
 */

/** Tick step (h) for a window of this many hours, so ticks stay readable. */
export function tickStep(span_h: number): number {
  if (span_h <= 6) return 0.5;
  if (span_h <= 14) return 1;
  if (span_h <= 30) return 2;
  if (span_h <= 60) return 4;
  if (span_h <= 150) return 12;
  return 24;
}

/** Room from one clock label to the next on the time axis: "00:00" at 11 px is ~30 px, and a gap. */
export const CLOCK_LABEL_PX = 38;
/** Steps a narrow chart may widen its time ticks to (h), days for the whole protocol: each keeps the labels on round clock hours. */
const WIDER_STEPS = [0.5, 1, 2, 3, 4, 6, 8, 12, 24, 48, 96, 168];

/**
 * Keeps every k-th time tick so the clock labels fit the axis's width. tickStep goes by the
 * window alone, which suits a chart half a wide window across; in a narrow window (1024 px) the
 * same step crowds the labels into one another. Only whole multiples of the step are kept, so
 * the ticks left stay on the same round hours.
 */
export function thinTimeTicks<T extends { value: number }>(ticks: T[], step: number, width_px: number): T[] {
  if (ticks.length < 2 || !(width_px > 0) || !(step > 0)) return ticks;
  const multiple = (value: number, of: number) => Math.abs(value / of - Math.round(value / of)) < 1e-6;
  // The fewest ticks tried so far: what a chart too narrow for any step gets (still some labels).
  let fewest = ticks;
  for (const wider of WIDER_STEPS) {
    if (wider < step || !multiple(wider, step)) continue;
    const kept = ticks.filter((tick) => multiple(tick.value, wider));
    if (kept.length === 0) continue;
    // The first and last labels may stand half outside the axis: n labels need n − 1 spacings.
    if ((kept.length - 1) * CLOCK_LABEL_PX <= width_px) return kept;
    if (kept.length < fewest.length) fewest = kept;
  }
  return fewest;
}

/**
 * The width every screen chart's y axis takes (tick labels and title), at least: so the plot
 * areas of all the charts in a column start at the same x, whatever their tick labels ("0.24",
 * "500", "N3"), and a time on one chart is above the same time on the next and on the protocol
 * strip. A wider label (rare: five digits) still gets its room.
 */
export const Y_AXIS_MIN_PX = 56;
