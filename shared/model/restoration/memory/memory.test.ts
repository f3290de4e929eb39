/**
 * Memory consolidation. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 * The last block sweeps the ovarian module's levels through the full engine: each moves a
 * woman's (or, for the male levels, a man's) retained memory.
 */
import { describe, expect, it } from 'vitest';
import { awake, base, night, params, sd, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { memoryMetrics } from './metrics';
import type { CoreTrajectory } from '../../trajectory';
import type { RestorationState } from '../run';
import { focalWindows } from '../windows';
import { AGE_PARAMETERS } from '../../age/parameters';
import { resolveParameters } from '../../scenarios';
import { simulateNight } from '../../engine';

const metricsOf = (core: CoreTrajectory, s: RestorationState, learningLoad = 1) =>
  memoryMetrics(core, { learningLoad }, s.memory, focalWindows(core));
const baseMetrics = metricsOf(night, base);

describe('memory', () => {
  it('holds spindles, slow oscillations and coupled events to N2/N3, and fills the stable store in sleep only', () => {
    const m = base.memory;
    for (let i = w.lightsOff - 240; i < w.lightsOn; i++) {
      const st = night.stage[i]!;
      if (st < 3) {
        expect(m.spindleDensity[i]).toBe(0);
        expect(m.coupledRate[i]).toBe(0);
      } else {
        expect(m.spindleDensity[i]!).toBeGreaterThan(0);
        expect(m.coupledRate[i]!).toBeLessThanOrEqual(m.spindleDensity[i]!);
      }
    }
    const stable = m.stableStore;
    expect(stable[w.lightsOff - 1]).toBe(stable[w.lightsOff - 240]);
    expect(stable[w.wake]!).toBeGreaterThan(stable[w.lightsOff]!);
    expect(m.labileStore[w.lightsOff]!).toBeGreaterThan(m.labileStore[w.lightsOff - 14 * 120]!);
  });

  it('retains more of the day after more N3 and spindles, and less after a night awake', () => {
    const moreSws = simulateRestoration(syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 1.5 }), params(), 1);
    const lessSws = simulateRestoration(syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 0.3 }), params(), 1);
    const more = metricsOf(syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 1.5 }), moreSws);
    const less = metricsOf(syntheticTrajectory({ nightsBefore: 6, focalSwsScale: 0.3 }), lessSws);
    expect(more.memoryRetained_pct!).toBeGreaterThan(baseMetrics.memoryRetained_pct!);
    expect(less.memoryRetained_pct!).toBeLessThan(baseMetrics.memoryRetained_pct!);
    const spindly = metricsOf(night, simulateRestoration(night, params({ spindleDensityN2_perMin: 4 }), 1));
    expect(spindly.memoryRetained_pct!).toBeGreaterThan(baseMetrics.memoryRetained_pct!);
    const awakeMetrics = metricsOf(awake, sd);
    expect(awakeMetrics.memoryConsolidation).toBe(0);
    expect(awakeMetrics.memoryRetained_pct!).toBeLessThan(baseMetrics.memoryRetained_pct! - 5);
  });

  it('reports nothing retained or consolidated when nothing was learnt, and no local SWA rise', () => {
    const none = simulateRestoration(night, params({ learningLoad: 0 }), 1);
    const m = metricsOf(night, none, 0);
    expect(m.memoryRetained_pct).toBeNull();
    expect(m.memoryConsolidation).toBeNull();
    expect(m.localSwaIncrease_pct).toBe(0);
    expect(baseMetrics.localSwaIncrease_pct!).toBeGreaterThan(10);
  });

  it('raises local SWA with the learning load, and consolidates more with it', () => {
    const heavy = metricsOf(night, simulateRestoration(night, params({ learningLoad: 2 }), 1), 2);
    expect(heavy.localSwaIncrease_pct!).toBeGreaterThan(1.5 * baseMetrics.localSwaIncrease_pct!);
    expect(heavy.memoryConsolidation!).toBeGreaterThan(baseMetrics.memoryConsolidation!);
  });

  it('weakens coupling and spindles in an older sleeper on the same night', () => {
    const old = metricsOf(night, simulateRestoration(night, params({ age: 70 }), 1));
    expect(old.soSpindleCoupling_pct!).toBeLessThan(baseMetrics.soSpindleCoupling_pct!);
    expect(old.spindleDensity_perMin!).toBeLessThan(baseMetrics.spindleDensity_perMin!);
    expect(old.memoryRetained_pct!).toBeLessThan(baseMetrics.memoryRetained_pct!);
  });

  it('raises spindles in the luteal phase (progesterone) over the follicular', () => {
    // runInDays 6: the synthetic night's six nights before put its focal evening on cycle day `day`.
    const woman = (day: number) =>
      metricsOf(night, simulateRestoration(night, params({ sex: 'female', menstrualCycleDay: day, runInDays: 6 }), 1));
    const follicular = woman(7);
    const luteal = woman(21);
    expect(luteal.spindleDensity_perMin!).toBeGreaterThan(1.1 * follicular.spindleDensity_perMin!);
    expect(luteal.memoryRetained_pct!).toBeGreaterThan(follicular.memoryRetained_pct!);
  });
});

describe("the ovarian steroids' levels move retained memory", () => {
  // Each level, set to its range's ends, on the sleeper whose level it is (cycle day at its peak).
  const cases: readonly [string, Record<string, number | string>][] = [
    ['estradiolFollicular_pmolPerL', { sex: 'female', menstrualCycleDay: 7 }],
    ['estradiolPreovulatory_pmolPerL', { sex: 'female', menstrualCycleDay: 13 }],
    ['estradiolMidLuteal_pmolPerL', { sex: 'female', menstrualCycleDay: 21 }],
    ['progesteroneFollicular_nmolPerL', { sex: 'female', menstrualCycleDay: 7 }],
    ['progesteroneMidLuteal_nmolPerL', { sex: 'female', menstrualCycleDay: 21 }],
    ['estradiolPostmenopausal_pmolPerL', { sex: 'female', age: 60 }],
    ['progesteronePostmenopausal_nmolPerL', { sex: 'female', age: 60 }],
    ['estradiolMale_pmolPerL', { sex: 'male' }],
    ['progesteroneMale_nmolPerL', { sex: 'male' }],
  ];
  const retained = (over: Record<string, number | string>): number =>
    simulateNight(resolveParameters('baseline', over as never), 1).metrics.memoryRetained_pct!;
  for (const [id, person] of cases) {
    it(`${id} raises retained memory from its minimum to its maximum`, () => {
      const spec = AGE_PARAMETERS.find((p) => p.id === id)!;
      const low = retained({ ...person, [id]: spec.min });
      const high = retained({ ...person, [id]: spec.max });
      expect(high - low).toBeGreaterThan(0.01);
    });
  }
});
