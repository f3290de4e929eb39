/**
 * Net synaptic strength. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, night, params, sd, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { focalWindows } from '../windows';

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

describe('learning capacity and signal-to-noise', () => {
  const dayAfter = w.wake + 2 * 120;
  const recoveryCore = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 });
  const recovery = simulateRestoration(recoveryCore, params(), 1).synapses;
  const rw = focalWindows(recoveryCore);

  it('a night awake leaves less capacity and slower encoding the day after; a recovery sleep restores them', () => {
    const b = base.synapses;
    const s = sd.synapses;
    expect(s.capacity[w.lightsOn]!).toBeLessThan(0.8 * b.capacity[w.lightsOn]!);
    expect(s.encoding[dayAfter]!).toBeLessThan(0.8 * b.encoding[dayAfter]!);
    expect(b.capacity[w.wake]!).toBeGreaterThan(b.capacity[w.lightsOff]!);
    expect(recovery.capacity[rw.wake]!).toBeGreaterThan(recovery.capacity[rw.lightsOff]! + 0.2);
  });

  it('sleep raises the signal-to-noise ratio by sparing strong synapses; wake lowers it', () => {
    const b = base.synapses;
    expect(b.signalToNoise[w.wake]!).toBeGreaterThan(b.signalToNoise[w.lightsOff]!);
    expect(b.signalToNoise[w.lightsOff]!).toBeLessThan(b.signalToNoise[w.lightsOff - 14 * 120]!);
    expect(sd.synapses.signalToNoise[w.lightsOn]!).toBeLessThan(b.signalToNoise[w.lightsOn]!);
    const noSparing = simulateRestoration(night, params({ synapseSignalSparing: 0 }), 1).synapses;
    expect(noSparing.signalToNoise[w.wake]!).toBeCloseTo(noSparing.signalToNoise[w.lightsOff]!, 3);
    // The split does not change the net strength.
    expect(noSparing.strength[w.wake]!).toBeCloseTo(b.strength[w.wake]!, 6);
  });

  it('encodes at the full rate whatever the capacity when the capacity gate is off', () => {
    const off = simulateRestoration(night, params({ synapseCapacityEncodingGain: 0 }), 1).synapses;
    expect(off.encoding[dayAfter]!).toBe(1);
    expect(off.strength[w.lightsOff]!).toBeGreaterThan(base.synapses.strength[w.lightsOff]!);
    expect(off.strength[w.lightsOff]!).toBeLessThanOrEqual(Math.fround(params().synapseSaturation as number));
  });
});
