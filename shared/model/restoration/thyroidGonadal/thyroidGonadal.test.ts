/**
 * TSH and testosterone. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { base, params, sd, w } from '../testing/fixtures';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { EPOCH_H } from '../../result';
import { cycleEstradiol, cycleProgesterone, cycleTime_d } from '../../age/sexSteroids';
import { Ovarian } from './thyroidGonadal';

describe('TSH and testosterone', () => {
  it('drops TSH at sleep onset and keeps it up through a night awake', () => {
    const tsh = base.thyrotropin.concentration;
    const onset = w.sleepOnset!;
    expect(tsh[onset + 120]!).toBeLessThan(tsh[onset]!);
    expect(sd.thyrotropin.concentration[onset + 240]!).toBeGreaterThan(tsh[onset + 240]!);
  });

  it('lowers next-day testosterone after a night awake', () => {
    const day = (x: Float32Array) => x[w.lightsOn + 6 * 120]!;
    expect(day(sd.testosterone.concentration)).toBeLessThan(day(base.testosterone.concentration));
  });
});

describe('estradiol and progesterone', () => {
  it("gives a cycling woman each epoch's levels of its cycle time, after a shorter timeline with her parameters", () => {
    // The levels are kept per parameter set (cycleLevelsTable): the shorter timeline runs first,
    // so a table too short for the longer one, or one taken from it, would show in the tail.
    const p = params({ sex: 'female', age: 25, menstrualCycleDay: 9 });
    for (const core of [syntheticTrajectory({ nightsBefore: 2 }), syntheticTrajectory({ nightsBefore: 6 })]) {
      const n = core.epochs;
      const expected = { e: new Float64Array(n), p: new Float64Array(n) };
      for (let i = 0; i < n; i++) {
        const t = cycleTime_d(9, p.runInDays, i * EPOCH_H);
        expected.e[i] = cycleEstradiol(
          p.estradiolFollicular_pmolPerL,
          p.estradiolPreovulatory_pmolPerL,
          p.estradiolMidLuteal_pmolPerL,
          t,
        );
        expected.p[i] = cycleProgesterone(p.progesteroneFollicular_nmolPerL, p.progesteroneMidLuteal_nmolPerL, t);
      }
      const ovarian = new Ovarian(core, p);
      const traces = { e: new Float64Array(n), p: new Float64Array(n) };
      // Two ranges, as a pass resumed at a boundary runs them (traces are indexed from the range's start).
      const mid = Math.floor(n / 2);
      ovarian.run(0, mid, traces.e.subarray(0, mid), traces.p.subarray(0, mid));
      ovarian.run(mid, n, traces.e.subarray(mid), traces.p.subarray(mid));
      expect(traces.e).toEqual(expected.e);
      expect(traces.p).toEqual(expected.p);
      expect(ovarian.estradiol).toEqual(Float32Array.from(expected.e));
      expect(ovarian.progesterone).toEqual(Float32Array.from(expected.p));
      expect(new Set(expected.e).size).toBeGreaterThan(n / 2);
    }
  });
});
