import { describe, expect, it } from 'vitest';
import { simulateNight } from '../engine';
import { DEFAULT_VALUES } from '../parameters';
import { RESTORATION_BASELINE, RESTORATION_BASELINE_SEED } from './index';
import { baselineSource, deriveRestorationBaseline } from './deriveBaseline';
import type { BaselineQuantities } from './baseline';

describe('units of the relative restoration metrics', () => {
  it('are the raw values of the default baseline night, re-derived from the engine', () => {
    const derived = deriveRestorationBaseline();
    // On a deliberate model change, paste this literal into baseline.ts.
    const hint = `re-derived RESTORATION_BASELINE = ${baselineSource(derived)}`;
    for (const key of Object.keys(derived) as (keyof BaselineQuantities)[]) {
      const recorded = RESTORATION_BASELINE[key];
      expect(recorded, `${key}; ${hint}`).toBeGreaterThan(0);
      expect(Math.abs(recorded - derived[key]), `${key}; ${hint}`).toBeLessThanOrEqual(1e-6 * Math.abs(derived[key]));
    }
  });
  it('make the default baseline night read 1', () => {
    const m = simulateNight(DEFAULT_VALUES, RESTORATION_BASELINE_SEED).metrics;
    // testosteroneNextDay is absolute (nmol/L) since issue 13; its day mean is testosteroneDay.
    expect(m.testosteroneNextDay).toBeCloseTo(RESTORATION_BASELINE.testosteroneDay, 4);
    for (const id of ['ghTotal', 'cortisolNextEvening', 'tshNight'] as const) {
      expect(m[id], id).toBeCloseTo(1, 6);
    }
    expect(m.readiness_recovery).toBeCloseTo(100, 4);
  });
});
