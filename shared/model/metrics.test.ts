/**
 * The metric declarations as a contract on values: every clock metric of every scenario lies on
 * the documented 12–36 scale, every score is ≥ 0, and the hormone metrics are in their declared
 * clinical units (not ratios to a reference night).
 */
import { describe, expect, it } from 'vitest';
import { METRICS, metricInfo } from './metrics';
import { simulateNight } from './engine';
import { resolveParameters, SCENARIOS } from './scenarios';

const runs = SCENARIOS.map((s) => ({ id: s.id, metrics: simulateNight(resolveParameters(s.id), 1).metrics }));

describe('metric values', () => {
  it('puts every clock metric of every scenario on the focal slot’s 12–36 scale', () => {
    for (const run of runs) {
      for (const m of METRICS.filter((x) => 'clock' in x && x.clock)) {
        const v = run.metrics[m.id];
        if (v === null || v === undefined) continue;
        expect(v, `${run.id} ${m.id}`).toBeGreaterThanOrEqual(12);
        expect(v, `${run.id} ${m.id}`).toBeLessThan(36);
      }
    }
  });

  it('keeps every score ≥ 0; only the parts measured against the reference night may pass 100', () => {
    for (const run of runs) {
      for (const m of METRICS.filter((x) => x.unit === 'score')) {
        const v = run.metrics[m.id];
        if (v === null || v === undefined) continue;
        expect(v, `${run.id} ${m.id}`).toBeGreaterThanOrEqual(0);
      }
    }
    // Recovery after a night awake restores more than the reference night.
    const recovery = runs.find((r) => r.id === 'recovery-after-deprivation')!.metrics;
    expect(recovery.readiness_recovery!).toBeGreaterThan(100);
  });

  it('declares the hormones in clinical units, and every night reports them on that scale', () => {
    expect(metricInfo('ghTotal')?.unit).toBe('µg·h/L');
    expect(metricInfo('cortisolNextEvening')?.unit).toBe('nmol/L');
    expect(metricInfo('tshNight')?.unit).toBe('mU/L');
    const base = runs.find((r) => r.id === 'baseline')!.metrics;
    const awake = runs.find((r) => r.id === 'one-night-awake')!.metrics;
    // Young adults: TSH asleep ≈ 1.3 mU/L, ≈ 1.6× that through a night awake (Brabant et al. 1990).
    expect(base.tshNight!).toBeGreaterThan(0.9);
    expect(base.tshNight!).toBeLessThan(2);
    expect(awake.tshNight! / base.tshNight!).toBeGreaterThan(1.3);
    expect(base.ghTotal!).toBeGreaterThan(10);
    expect(base.cortisolNextEvening!).toBeGreaterThan(40);
  });
});
