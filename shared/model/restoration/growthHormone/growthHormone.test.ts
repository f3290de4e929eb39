/**
 * Growth hormone. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, night, params, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { runRestoration } from '..';

describe('growth hormone', () => {
  it('puts the largest GH pulse in the first NREM cycle and most GH in early sleep (men)', () => {
    const m = runRestoration(night, params(), 1).metrics;
    expect(m.ghPeakAfterSleepOnset_min!).toBeLessThan(100);
    expect(m.ghSleepFraction_pct!).toBeGreaterThan(50);
  });

  it('repeats GH pulses exactly for a seed and varies them across seeds', () => {
    const again = simulateRestoration(night, params(), 1).growthHormone.concentration;
    expect(again).toEqual(base.growthHormone.concentration);
    const other = simulateRestoration(night, params(), 2).growthHormone.concentration;
    expect(other).not.toEqual(base.growthHormone.concentration);
  });

  it('share GH burst timing between nights with the same seed (common random numbers)', () => {
    const onsets = (mass: number) => {
      const sec = simulateRestoration(night, params({ ghPulseMass_ugPerL: mass }), 1).growthHormone.secretion;
      const out: number[] = [];
      // Between bursts secretion only decays, so any rise marks a burst.
      for (let i = 1; i < sec.length; i++) if (sec[i]! > sec[i - 1]! + 1e-6) out.push(i);
      return out;
    };
    const a = onsets(10);
    expect(a.length).toBeGreaterThan(3);
    expect(onsets(15)).toEqual(a);
  });

  it('gives women more daytime GH than men', () => {
    const daytime = (seed: number, sex: string) => {
      const s = simulateRestoration(night, params({ sex }), seed).growthHormone.secretion;
      let total = 0;
      for (let i = w.wake; i < w.wake + 14 * 120; i++) total += s[i]!;
      return total;
    };
    let men = 0;
    let women = 0;
    for (let seed = 1; seed <= 10; seed++) {
      men += daytime(seed, 'male');
      women += daytime(seed, 'female');
    }
    expect(women).toBeGreaterThan(men);
  });
});
