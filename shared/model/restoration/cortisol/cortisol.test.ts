/**
 * Cortisol. On the synthetic nights of ../testing/fixtures.ts: each test states a physiological
 * direction the equations must produce, independent of the core's calibration. The last one runs
 * the engine, for the units and the clock scale of the metrics.
 */
import { describe, expect, it } from 'vitest';
import { awake, night, params } from '../testing/fixtures';
import { runRestoration } from '..';
import { simulateNight } from '../../engine';
import { resolveParameters } from '../../scenarios';

describe('cortisol', () => {
  it('raises cortisol within 30 min of waking, less after a night without sleep', () => {
    const m = runRestoration(night, params(), 1).metrics;
    const mSd = runRestoration(awake, params(), 1).metrics;
    expect(m.cortisolAwakeningRise_pct!).toBeGreaterThan(20);
    expect(mSd.cortisolAwakeningRise_pct!).toBeLessThan(m.cortisolAwakeningRise_pct!);
    expect(mSd.cortisolNextEvening!).toBeGreaterThan(m.cortisolNextEvening!);
  });

  it('reports cortisol in nmol/L and its nadir on the 12–36 clock, also after a day sleep', () => {
    const m = simulateNight(resolveParameters('baseline'), 1).metrics;
    expect(m.cortisolNextEvening!).toBeGreaterThan(50); // nmol/L, not a ratio to a reference night
    expect(m.cortisolNadir_clock_h!).toBeGreaterThanOrEqual(24);
    expect(m.cortisolNadir_clock_h!).toBeLessThan(27);
    // Lights-off 08:00 after a night at work: the nadir falls in the next night (≈ 01:40), which
    // read 49.7 before the clock metrics were wrapped onto the documented scale.
    const day = simulateNight(resolveParameters('night-shift-day-sleep'), 1).metrics;
    expect(day.cortisolNadir_clock_h!).toBeGreaterThanOrEqual(12);
    expect(day.cortisolNadir_clock_h!).toBeLessThan(36);
    expect(day.cortisolNadir_clock_h!).toBeCloseTo(25.7, 0);
  });
});
