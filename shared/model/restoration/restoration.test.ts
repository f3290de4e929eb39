/**
 * The restoration pass as a whole on synthetic core trajectories (testing/fixtures.ts): displaced
 * sleep, readiness, every series and metric. Each module's own tests are in its folder.
 */
import { describe, expect, it } from 'vitest';
import { METRICS } from '../metrics';
import { syntheticTrajectory } from './testing/syntheticNight';
import { simulateRestoration } from './run';
import { READINESS_WEIGHTS, RESTORATION_SERIES, runRestoration } from './index';
import { READINESS_PARTS } from '../metrics';
import { focalWindows } from './windows';
import { awake, night, params, sd } from './testing/fixtures';

describe('displaced sleep (09:00–17:00 after a night awake)', () => {
  const day = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 });
  const m = runRestoration(day, params(), 1).metrics;
  const usual = runRestoration(night, params(), 1).metrics;

  it('still opens with the slow-wave GH pulse, and GH stays sleep-dependent', () => {
    expect(m.ghPeakAfterSleepOnset_min!).toBeLessThan(100);
    expect(m.ghSleepFraction_pct!).toBeGreaterThan(50);
  });

  it('inhibits cortisol over the first hours of sleep even by day', () => {
    const awakeDay = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33, focalTimeInBed_h: 0 });
    const dw = focalWindows(day);
    const meanFirst4h = (x: Float32Array) => {
      let sum = 0;
      for (let i = dw.lightsOff; i < dw.lightsOff + 480; i++) sum += x[i]!;
      return sum / 480;
    };
    const asleep = meanFirst4h(simulateRestoration(day, params(), 1).cortisol.concentration);
    const kept = meanFirst4h(simulateRestoration(awakeDay, params(), 1).cortisol.concentration);
    expect(asleep).toBeLessThan(0.95 * kept);
  });

  it('scores the sleep as misaligned with the clock and the morning as less ready', () => {
    expect(m.readiness_circadianAlignment!).toBeLessThan(usual.readiness_circadianAlignment! - 30);
    expect(m.readinessScore!).toBeLessThan(usual.readinessScore!);
  });
});

describe('readiness', () => {
  it('weights every declared part, summing to 1, and the score is their weighted mean', () => {
    expect(Object.keys(READINESS_WEIGHTS).sort()).toEqual([...READINESS_PARTS].sort());
    expect(Object.values(READINESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const m = runRestoration(night, params(), 1).metrics as Record<string, number>;
    const weighted = READINESS_PARTS.reduce((s, part) => s + READINESS_WEIGHTS[part] * m[`readiness_${part}`]!, 0);
    expect(m.readinessScore).toBeCloseTo(weighted, 9);
    // Scores ≥ 0; the parts against the reference night may exceed 100 (baseline.test.ts), the
    // others are bounded by their own definition (need met, rested lapses, ideal phase).
    for (const part of READINESS_PARTS) expect(m[`readiness_${part}`]).toBeGreaterThanOrEqual(0);
    for (const part of ['alertness', 'sleepQuantity', 'circadianAlignment'] as const)
      expect(m[`readiness_${part}`]).toBeLessThanOrEqual(100);
  });

  it('reads a night awake over the habitual window: no sleep parts, lapses at 09:00', () => {
    const m = runRestoration(awake, params(), 1).metrics;
    expect(m.readiness_sleepQuantity).toBe(0);
    expect(m.readiness_circadianAlignment).toBe(0);
    expect(m.ghSleepFraction_pct).toBeNull();
    expect(m.clearanceSleepToWakeRatio).toBeNull();
    const test = focalWindows(awake).test;
    expect(awake.clock_h[test]).toBeCloseTo(9, 6);
    expect(m.pvtLapsesNextMorning).toBeCloseTo(sd.outcome.pvtLapses[test]!, 6);
  });
});

describe('runRestoration', () => {
  it('returns every declared series at full length and every owned metric finite or null', () => {
    for (const core of [night, awake]) {
      const out = runRestoration(core, params(), 3);
      for (const s of RESTORATION_SERIES) {
        expect(out.series[s.id], s.id).toBeInstanceOf(Float32Array);
        expect(out.series[s.id]!.length).toBe(core.epochs);
        expect(out.series[s.id]!.every(Number.isFinite), s.id).toBe(true);
      }
      const owned = METRICS.filter(
        (m) => m.group === 'endocrine' || m.group === 'restoration' || m.group === 'outcome',
      );
      for (const m of owned) {
        expect(m.id in out.metrics, m.id).toBe(true);
        const v = out.metrics[m.id];
        expect(v === null || Number.isFinite(v), m.id).toBe(true);
      }
    }
  });

  it('runs a 16-day protocol in well under the engine budget', () => {
    const long = syntheticTrajectory({ nightsBefore: 15 });
    runRestoration(long, params(), 1);
    const t0 = performance.now();
    for (let k = 0; k < 5; k++) runRestoration(long, params(), 1);
    // The engine budget is ≈0.2 µs per epoch for this part on an idle desktop; this bound only
    // catches gross regressions (work that grows with the protocol inside the epoch loop), with
    // room for a heavily shared CI machine.
    expect((performance.now() - t0) / 5 / long.epochs).toBeLessThan(10e-3);
  });
});
