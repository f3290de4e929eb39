/**
 * Glymphatic exchange. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, byState, params, sd, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { DEFAULT_VALUES } from '../../parameters';

describe('glymphatic', () => {
  it('expands the interstitial space and speeds clearance in NREM', () => {
    const v = byState(base.glymphatic.volumeFraction);
    expect(v.wake).toBeCloseTo(DEFAULT_VALUES.isfVolumeWake, 2);
    expect(v.nrem / v.wake).toBeGreaterThan(1.3);
    const k = byState(base.glymphatic.clearance);
    expect(k.nrem / k.wake).toBeGreaterThan(1.5);
    const a = byState(base.glymphatic.pulsation);
    expect(a.nrem).toBeGreaterThan(3 * a.wake);
  });

  it('lets Aβ and tau fall overnight in sleep but not in a night awake', () => {
    const g = base.glymphatic;
    expect(g.abeta[w.wake]!).toBeLessThan(g.abeta[w.lightsOff]!);
    expect(g.tau[w.wake]!).toBeLessThan(g.tau[w.lightsOff]!);
    expect(sd.glymphatic.abeta[w.lightsOn]!).toBeGreaterThan(sd.glymphatic.abeta[w.lightsOff]!);
  });

  it('clears less Aβ when slow waves are suppressed', () => {
    const suppressed = simulateRestoration(syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 0.3 }), params(), 1);
    expect(suppressed.glymphatic.abeta[w.wake]!).toBeGreaterThan(base.glymphatic.abeta[w.wake]!);
  });
});
