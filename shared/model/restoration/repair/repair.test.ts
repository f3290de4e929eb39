/**
 * Anabolic repair (a hypothesis of this model). On the synthetic nights of ../testing/fixtures.ts:
 * each test states the direction the equations must produce.
 */
import { describe, expect, it } from 'vitest';
import { awake, base, night, params, sd, w } from '../testing/fixtures';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { simulateRestoration } from '../run';
import { runRestoration } from '..';

const H = 120;

describe('anabolic repair', () => {
  it('accrues need across the waking day and meets most of it in sleep, early with the GH pulse', () => {
    const n = base.repair.need;
    const onset = w.sleepOnset!;
    expect(n[w.lightsOff]!).toBeGreaterThan(n[w.lightsOff - 14 * H]!);
    expect(n[w.lightsOn - 1]!).toBeLessThan(0.5 * n[w.lightsOff]!);
    const early = n[onset]! - n[onset + 3 * H]!;
    const late = n[onset + 3 * H]! - n[w.lightsOn - 1]!;
    expect(early).toBeGreaterThan(late);
  });

  it('is left undone by a night awake and done by recovery sleep', () => {
    expect(sd.repair.need[w.lightsOn - 1]!).toBeGreaterThan(2 * base.repair.need[w.lightsOn - 1]!);
    const slept = runRestoration(night, params(), 1).metrics;
    const noSleep = runRestoration(awake, params(), 1).metrics;
    expect(noSleep.repairIndex_pct!).toBeLessThan(0.7 * slept.repairIndex_pct!);
    expect(noSleep.readiness_recovery!).toBeLessThan(slept.readiness_recovery!);
    const recovery = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 });
    const need = simulateRestoration(recovery, params(), 1).repair.need;
    expect(need[recovery.focal.lightsOn - 1]!).toBeLessThan(0.5 * need[recovery.focal.lightsOff]!);
  });

  it('moves with the GH pulse amplitude: the recovery part and readiness (sweep)', () => {
    const m = (mass: number) => runRestoration(night, params({ ghPulseMass_ugPerL: mass }), 1).metrics;
    const small = m(4);
    const large = m(20);
    expect(large.repairIndex_pct!).toBeGreaterThan(small.repairIndex_pct! + 5);
    expect(large.readiness_recovery!).toBeGreaterThan(small.readiness_recovery! + 2);
    expect(large.readinessScore!).toBeGreaterThan(small.readinessScore!);
  });

  it('moves with testosterone’s nocturnal rise (sweep)', () => {
    const repairAt = (gain: number) =>
      runRestoration(night, params({ testosteroneSleepGain: gain }), 1).metrics.repairIndex_pct!;
    expect(repairAt(1.5)).toBeGreaterThan(repairAt(0) + 1);
  });

  it('does no GH-driven repair with the coupling off (switch)', () => {
    const off = simulateRestoration(night, params({ repairGhGain: 0, repairTestosteroneGain: 0 }), 1);
    expect(off.repair.need[w.lightsOn - 1]!).toBeGreaterThan(base.repair.need[w.lightsOn - 1]!);
    for (let i = w.lightsOff; i < w.lightsOn; i += H) expect(off.repair.rate[i]).toBe(0);
  });
});
