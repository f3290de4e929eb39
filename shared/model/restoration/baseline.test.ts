import { describe, expect, it } from 'vitest';
import { simulateNight } from '../engine';
import { DEFAULT_VALUES } from '../parameters';
import { RESTORATION_BASELINE, RESTORATION_BASELINE_SEED } from './index';
import { baselineSource, deriveRestorationBaseline } from './deriveBaseline';
import type { BaselineQuantities } from './baseline';

describe('the reference night of the readiness parts', () => {
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
  it('make the reference night read 100 (recovery); the hormones are absolute', () => {
    const m = simulateNight(DEFAULT_VALUES, RESTORATION_BASELINE_SEED).metrics;
    // testosteroneNextDay is absolute (nmol/L) since issue 13; its day mean is testosteroneDay.
    expect(m.testosteroneNextDay).toBeCloseTo(RESTORATION_BASELINE.testosteroneDay, 4);
    expect(m.readiness_recovery).toBeCloseTo(100, 4);
    // Clinical units, not the reference night's: GH ≈ 20–30 µg·h/L overnight, evening cortisol
    // ≈ 100 nmol/L, TSH asleep ≈ 1.3 mU/L (docs/MODEL-restoration.md, tests/validation/units.rows.ts).
    expect(m.ghTotal!).toBeGreaterThan(10);
    expect(m.ghTotal!).toBeLessThan(50);
    expect(m.cortisolNextEvening!).toBeGreaterThan(40);
    expect(m.cortisolNextEvening!).toBeLessThan(200);
    expect(m.tshNight!).toBeGreaterThan(0.9);
    expect(m.tshNight!).toBeLessThan(2);
  });

  it('let a night better than the reference score above 100 (no cap at the reference)', () => {
    // A recovery night after a night awake: more slow-wave sleep and GH than the reference night.
    const m = simulateNight(
      { ...DEFAULT_VALUES, priorNights: 1, priorTimeInBed_h: 0 },
      RESTORATION_BASELINE_SEED,
    ).metrics;
    expect(m.readiness_sleepQuality!).toBeGreaterThan(100);
    expect(m.readiness_recovery!).toBeGreaterThan(100);
  });
});
