/**
 * Net synaptic strength. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, night, params, sd, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { syntheticTrajectory } from '../testing/syntheticNight';

describe('synapses', () => {
  it('potentiate in wake and scale down in NREM, more after a heavier learning day', () => {
    const W = base.synapses.strength;
    expect(W[w.lightsOff]!).toBeGreaterThan(W[w.lightsOff - 14 * 120]!);
    expect(W[w.wake]!).toBeLessThan(W[w.lightsOff]!);
    const heavy = simulateRestoration(night, params({ learningLoad: 1.8 }), 1).synapses.strength;
    expect(heavy[w.lightsOff]!).toBeGreaterThan(W[w.lightsOff]!);
    const fall = (x: Float32Array) => x[w.lightsOff]! - x[w.wake]!;
    expect(fall(heavy)).toBeGreaterThan(fall(W));
  });

  it('do not scale down without slow waves, and keep rising through a night awake', () => {
    const noSws = simulateRestoration(syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 0 }), params(), 1);
    const W = noSws.synapses.strength;
    expect(W[w.wake - 1]!).toBeCloseTo(W[w.sleepOnset!]!, 6);
    expect(sd.synapses.strength[w.lightsOn]!).toBeGreaterThan(sd.synapses.strength[w.lightsOff]!);
  });
});
