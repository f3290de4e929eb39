import { describe, expect, it } from 'vitest';
import { CLOCK_LABEL_PX, thinTimeTicks, tickStep } from './timeTicks';

/** The ticks Chart.js builds for a window at a step: start, start + step, … end. */
function built(start: number, end: number, step: number): { value: number }[] {
  const ticks: { value: number }[] = [];
  for (let value = start; value <= end + 1e-9; value += step) ticks.push({ value });
  return ticks;
}
const values = (ticks: { value: number }[]) => ticks.map((tick) => tick.value);

describe('thinTimeTicks', () => {
  it('keeps every tick where the labels fit (a chart half a 1280 px window across)', () => {
    const ticks = built(12, 48, tickStep(36));
    expect(thinTimeTicks(ticks, 4, 360)).toEqual(ticks);
  });

  it('widens the step on a narrow axis (1024 px window) to round hours that fit', () => {
    const ticks = built(12, 48, tickStep(36));
    const kept = thinTimeTicks(ticks, 4, 270);
    // 10 labels 38 px apart would need 342 px; every 8 h (16:00, 00:00, 08:00, …) takes 152.
    expect(values(kept)).toEqual([16, 24, 32, 40, 48]);
    expect((kept.length - 1) * CLOCK_LABEL_PX).toBeLessThanOrEqual(270);
  });

  it('keeps only multiples of the built step, so zoomed ticks stay on its hours', () => {
    const kept = thinTimeTicks(built(20, 26, 0.5), 0.5, 200);
    expect(values(kept).every((value) => Number.isInteger(value / 2))).toBe(true);
    expect((kept.length - 1) * CLOCK_LABEL_PX).toBeLessThanOrEqual(200);
  });

  it('leaves the ticks alone before the axis has a width, and never drops all of them', () => {
    const ticks = built(12, 48, 4);
    expect(thinTimeTicks(ticks, 4, 0)).toEqual(ticks);
    // Too narrow for any step: the fewest labels a step leaves, not none and not all three.
    expect(values(thinTimeTicks(built(13, 15, 1), 1, 10))).toEqual([14]);
  });
});
