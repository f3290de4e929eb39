/**
 * Brain energy store and the thyroid hormones that set its use. On the synthetic nights of
 * ../testing/fixtures.ts: each test states a physiological direction the equations must produce,
 * independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { awake, base, night, params, sd, w } from '../testing/fixtures';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { simulateRestoration } from '../run';
import { runRestoration } from '..';

const H = 120;
const onset = w.sleepOnset!;

describe('thyroid hormones', () => {
  it('raise T3 after a night awake, while T4 barely moves (Goichot et al. 1994)', () => {
    const t3 = (s: typeof base) => s.thyrotropin.t3[w.test]!;
    const t4 = (s: typeof base) => s.thyrotropin.t4[w.test]!;
    expect(t3(sd) / t3(base) - 1).toBeGreaterThan(0.03);
    expect(Math.abs(t4(sd) / t4(base) - 1)).toBeLessThan(0.05);
    expect(runRestoration(awake, params(), 1).metrics.t3Change_pct!).toBeGreaterThan(
      runRestoration(night, params(), 1).metrics.t3Change_pct! + 3,
    );
  });

  it('keep T3 near its rested level over ordinary days', () => {
    const t3 = base.thyrotropin.t3;
    for (let i = w.lightsOff - 48 * H; i < w.lightsOff; i += H) {
      expect(t3[i]!).toBeGreaterThan(0.9);
      expect(t3[i]!).toBeLessThan(1.1);
    }
  });
});

describe('brain energy store', () => {
  it('is drawn down across the waking day and refilled in the first hours of sleep (Dworak 2010)', () => {
    const e = base.energy.store;
    expect(e[w.lightsOff]!).toBeLessThan(e[w.lightsOff - 14 * H]!);
    // Most of the night's refill comes in its first 3 h, when SWA and the deficit are large.
    const early = e[onset + 3 * H]! - e[onset]!;
    const late = e[w.lightsOn]! - e[onset + 3 * H]!;
    expect(early).toBeGreaterThan(0.1);
    expect(early).toBeGreaterThan(late);
  });

  it('falls through a night awake instead of surging, and is lower at the morning test', () => {
    const e = sd.energy.store;
    expect(e[onset + 3 * H]!).toBeLessThan(e[onset]!);
    expect(e[w.test]! / base.energy.store[w.test]!).toBeLessThan(0.8);
    expect(runRestoration(awake, params(), 1).metrics.energyRestored_pct!).toBeLessThan(
      runRestoration(night, params(), 1).metrics.energyRestored_pct! - 15,
    );
  });

  it('is restored by recovery sleep after a night awake', () => {
    // Day sleep at 09:00 after the night awake: the store rises above its level at lights-off.
    const recovery = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 });
    const e = simulateRestoration(recovery, params(), 1).energy.store;
    const f = recovery.focal;
    expect(e[f.lightsOff]!).toBeLessThan(0.6);
    expect(e[f.lightsOff + 3 * H]! - e[f.lightsOff]!).toBeGreaterThan(0.2);
  });

  it('refills faster with more slow-wave activity (the surge follows NREM delta)', () => {
    const weak = syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 0.4 });
    const e = simulateRestoration(weak, params(), 1).energy.store;
    expect(e[onset + 3 * H]! - e[onset]!).toBeLessThan(base.energy.store[onset + 3 * H]! - base.energy.store[onset]!);
  });

  it('is drawn faster when T3 is higher: TSH moves acuity through T3 → energy (sweep)', () => {
    const acuity = (over: Record<string, number>) => runRestoration(night, params(over), 1).metrics.mentalAcuity!;
    const energyAt = (over: Record<string, number>) =>
      runRestoration(night, params(over), 1).metrics.energyRestored_pct!;
    expect(energyAt({ tshPeakSecretion_mUPerLPerH: 4 })).toBeLessThan(
      energyAt({ tshPeakSecretion_mUPerLPerH: 1.5 }) - 1,
    );
    expect(acuity({ tshPeakSecretion_mUPerLPerH: 4 })).toBeLessThan(acuity({ tshPeakSecretion_mUPerLPerH: 1.5 }) - 0.2);
    // Through T3 only: with the coupling off, TSH's sweep leaves acuity as it is.
    expect(acuity({ tshPeakSecretion_mUPerLPerH: 4, energyT3Gain: 0 })).toBeCloseTo(
      acuity({ tshPeakSecretion_mUPerLPerH: 1.5, energyT3Gain: 0 }),
      10,
    );
  });

  it('shows in the high-energy phosphates only as a buffered fraction of its deficit', () => {
    const drop = (x: Float32Array) => 1 - x[w.test]! / base.energy.store[w.test]!;
    const phosphateDrop = 1 - sd.energy.phosphates[w.test]! / base.energy.phosphates[w.test]!;
    expect(phosphateDrop).toBeGreaterThan(0);
    expect(phosphateDrop).toBeLessThan(0.5 * drop(sd.energy.store));
  });

  it('is drawn faster on a heavier learning day', () => {
    const heavy = simulateRestoration(night, params({ learningLoad: 2 }), 1).energy.store;
    expect(heavy[w.lightsOff]!).toBeLessThan(base.energy.store[w.lightsOff]!);
  });
});
