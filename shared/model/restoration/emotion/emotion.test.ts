/**
 * Emotional processing. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 * The last runs the engine: cortisol's level moves emotional resilience (issue 14: every hormone
 * moves at least one restoration outcome).
 */
import { describe, expect, it } from 'vitest';
import { base, night, params, sd, w } from '../testing/fixtures';
import { simulateRestoration } from '../run';
import { STAGE_CODE } from '../../result';
import type { CoreTrajectory } from '../../trajectory';
import { simulateNight } from '../../engine';
import { resolveParameters } from '../../scenarios';

const H = 120;

/** The synthetic night with every focal REM epoch scored N2 instead: a selective REM loss. */
function withoutFocalRem(core: CoreTrajectory): CoreTrajectory {
  const stage = core.stage.slice();
  for (let i = w.lightsOff; i < w.lightsOn; i++) if (stage[i] === STAGE_CODE.R) stage[i] = STAGE_CODE.N2;
  return { ...core, stage };
}

describe('emotion', () => {
  it('sensitises the amygdala through the waking day and depotentiates it across a slept night', () => {
    const A = base.emotion.amygdala;
    expect(A[w.lightsOff]!).toBeGreaterThan(A[w.lightsOff - 14 * H]!);
    expect(A[w.wake]!).toBeLessThan(A[w.lightsOff]!);
    // A night awake keeps sensitising: the morning after is above the evening before, and above
    // the rested morning.
    const S = sd.emotion.amygdala;
    expect(S[w.lightsOn]!).toBeGreaterThan(S[w.lightsOff]!);
    expect(S[w.test]!).toBeGreaterThan(1.3 * A[w.test]!);
  });

  it('depotentiates only in REM: flat across NREM, and without REM the night leaves the load', () => {
    const A = base.emotion.amygdala;
    for (let i = w.lightsOff + 40; i < w.lightsOn; i++) {
      if (night.stage[i] !== STAGE_CODE.W && night.stage[i] !== STAGE_CODE.R && night.stage[i - 1] !== STAGE_CODE.R)
        expect(A[i]!).toBe(A[i - 1]!);
    }
    const noRem = simulateRestoration(withoutFocalRem(night), params(), 1).emotion.amygdala;
    expect(noRem[w.wake - 1]!).toBe(noRem[w.sleepOnset!]!);
    expect(noRem[w.test]!).toBeGreaterThan(A[w.test]!);
    const noDepot = simulateRestoration(night, params({ emotionRemDepotentiation_perH: 0 }), 1).emotion.amygdala;
    expect(noDepot[w.wake]!).toBeGreaterThan(noDepot[w.lightsOff]!);
  });

  it('depotentiates less while noradrenaline is high (a stronger gate), more without the gate', () => {
    const at = (over: Record<string, number>) => simulateRestoration(night, params(over), 1).emotion.amygdala[w.test]!;
    const a = base.emotion.amygdala[w.test]!;
    expect(at({ emotionNoradrenalineGate: 2 })).toBeGreaterThan(a);
    expect(at({ emotionNoradrenalineGate: 0 })).toBeLessThan(a);
  });

  it('sensitises faster with more cortisol, unless the cortisol gain is 0', () => {
    const at = (over: Record<string, number>) => simulateRestoration(night, params(over), 1).emotion.amygdala[w.test]!;
    expect(at({ cortisolPeakSecretion_nmolPerLPerH: 500 })).toBeGreaterThan(at({}));
    const off = { emotionCortisolGain_per100nmolPerL: 0 };
    expect(at({ ...off, cortisolPeakSecretion_nmolPerLPerH: 500 })).toBe(at(off));
  });

  it('lowers emotional resilience as cortisol’s secretion rises (a sweep, through the engine)', () => {
    const resilience = [100, 250, 500].map(
      (v) =>
        simulateNight(resolveParameters('baseline', { cortisolPeakSecretion_nmolPerLPerH: v }), 1).metrics
          .emotionalResilience!,
    );
    expect(resilience[0]!).toBeGreaterThan(resilience[1]! + 0.5);
    expect(resilience[1]!).toBeGreaterThan(resilience[2]! + 0.5);
    // 100 at the defaults: the metric is against the reference night's amygdala at the test time.
    expect(resilience[1]!).toBeCloseTo(100, 6);
  });
});
