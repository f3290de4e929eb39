/**
 * Melatonin's sleep propensity (sleepPropensity.ts): the receptor term itself, a bedtime dose
 * shortening sleep onset (dose-dependent, saturating) on a population of seeds, and the
 * endogenous level (melatoninPeak_pgPerMl) moving a sleep metric, which it did not before.
 */
import { describe, expect, it } from 'vitest';
import { simulateNight } from '../engine';
import { resolveParameters } from '../scenarios';
import type { ProtocolEvent } from '../protocolEvents';
import { MelatoninSleepPropensity } from './sleepPropensity';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Mean of a metric over the seeds. */
function mean(overrides: Record<string, number>, events: readonly ProtocolEvent[], metric: string): number {
  const p = resolveParameters('baseline', overrides);
  let sum = 0;
  for (const seed of SEEDS) sum += simulateNight(p, seed, events).metrics[metric] as number;
  return sum / SEEDS.length;
}

/** A dose `mg` at 22:00 before the 23:00 lights-off of the focal night. */
const dose = (mg: number): ProtocolEvent[] => (mg > 0 ? [{ kind: 'melatonin', at: 22, day: 0, mg }] : []);

describe('the receptor term', () => {
  const p = resolveParameters('baseline');
  const m = new MelatoninSleepPropensity(p);

  it('is nil without melatonin, grows with the level and saturates at the two gains', () => {
    expect(m.thresholdDrop(0, 0)).toBe(0);
    expect(m.thresholdDrop(30, 0)).toBeGreaterThan(m.thresholdDrop(10, 0));
    expect(m.thresholdDrop(1e7, 0)).toBeCloseTo(p.melatoninSleepGateGain, 6);
    // A huge dose on top of no endogenous melatonin reaches the oral gain.
    expect(m.thresholdDrop(0, 1e7)).toBeCloseTo(p.melatoninHypnoticGain, 6);
  });

  it('gives a dose less effect when the body’s own melatonin is already high (shared receptors)', () => {
    const added = (endo: number) => m.thresholdDrop(endo, 300) - m.thresholdDrop(endo, 0);
    expect(added(70)).toBeLessThan(added(5));
  });

  it('is one receptor term in the total level when the two gains are equal', () => {
    const g = 0.02;
    const q = new MelatoninSleepPropensity({ ...p, melatoninSleepGateGain: g, melatoninHypnoticGain: g });
    const K = p.melatoninSleepHalfSat_pgPerMl;
    expect(q.thresholdDrop(40, 200)).toBeCloseTo((g * 240) / (240 + K), 12);
  });

  it('is off at both strengths 0', () => {
    expect(new MelatoninSleepPropensity({ ...p, melatoninSleepGateGain: 0, melatoninHypnoticGain: 0 }).off).toBe(true);
    expect(m.off).toBe(false);
  });
});

describe('a bedtime dose of melatonin', () => {
  it('shortens sleep onset, more for larger doses, saturating', () => {
    const sol = [0, 0.1, 0.5, 3].map((mg) => mean({}, dose(mg), 'sleepOnsetLatency_min'));
    // Measured (12 seeds): 11.1, 8.5, 7.0, 5.9 min.
    expect(sol[1]!).toBeLessThan(sol[0]!);
    expect(sol[2]!).toBeLessThan(sol[1]!);
    expect(sol[3]!).toBeLessThan(sol[2]!);
    // Saturating: the step from 0.5 to 3 mg is smaller than from 0 to 0.5 mg.
    expect(sol[2]! - sol[3]!).toBeLessThan(sol[0]! - sol[2]!);
  });

  it('acts through melatoninHypnoticGain: at 0 the dose’s SOL effect is only its phase shift', () => {
    const withGain = mean({}, dose(3), 'sleepOnsetLatency_min') - mean({}, [], 'sleepOnsetLatency_min');
    const off = { melatoninHypnoticGain: 0 };
    const without = mean(off, dose(3), 'sleepOnsetLatency_min') - mean(off, [], 'sleepOnsetLatency_min');
    expect(withGain).toBeLessThan(without - 2);
  });
});

describe('endogenous melatonin', () => {
  it('moves a sleep metric when its peak is swept (it moved only DLMO before)', () => {
    const low = mean({ melatoninPeak_pgPerMl: 10 }, [], 'sleepOnsetLatency_min');
    const high = mean({ melatoninPeak_pgPerMl: 200 }, [], 'sleepOnsetLatency_min');
    // Measured (12 seeds): 12.3 → 11.1 min.
    expect(high).toBeLessThan(low - 0.5);
  });

  it('changes the ordinary night by about a minute of sleep onset (the sleep gate is small by design)', () => {
    const on = mean({}, [], 'sleepOnsetLatency_min');
    const off = mean({ melatoninSleepGateGain: 0 }, [], 'sleepOnsetLatency_min');
    expect(off - on).toBeGreaterThan(0);
    expect(off - on).toBeLessThan(3);
  });
});
