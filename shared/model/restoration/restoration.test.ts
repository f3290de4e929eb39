/**
 * Module behaviour on synthetic core trajectories (testing/syntheticNight.ts): each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, type ParameterValues } from '../parameters';
import { METRICS } from '../metrics';
import { STAGE_CODE } from '../result';
import { syntheticTrajectory } from './testing/syntheticNight';
import { simulateRestoration } from './run';
import { READINESS_WEIGHTS, RESTORATION_SERIES, runRestoration } from './index';
import { READINESS_PARTS } from '../metrics';
import { focalWindows } from './windows';

const params = (over: Partial<Record<string, number | string>> = {}): ParameterValues =>
  ({ ...DEFAULT_VALUES, ...over }) as ParameterValues;

const night = syntheticTrajectory({ nightsBefore: 6 });
const awake = syntheticTrajectory({ nightsBefore: 6, focalTimeInBed_h: 0 });
const base = simulateRestoration(night, params(), 1);
const sd = simulateRestoration(awake, params(), 1);
const w = focalWindows(night);

function meanWhere(x: Float32Array, from: number, to: number, stages: number[]): number {
  let s = 0;
  let k = 0;
  for (let i = from; i < to; i++) {
    if (stages.includes(night.stage[i]!)) {
      s += x[i]!;
      k++;
    }
  }
  return s / k;
}
const evening = w.lightsOff - 4 * 120;
const byState = (x: Float32Array) => ({
  wake: meanWhere(x, evening, w.lightsOff, [STAGE_CODE.W]),
  nrem: meanWhere(x, w.lightsOff, w.lightsOn, [STAGE_CODE.N2, STAGE_CODE.N3]),
  rem: meanWhere(x, w.lightsOff, w.lightsOn, [STAGE_CODE.R]),
});

describe('neurotransmitters', () => {
  it('order monoamines W > NREM > REM, acetylcholine W, REM > NREM, VLPO GABA NREM > W', () => {
    const ne = byState(base.neurotransmitters.noradrenaline);
    const ser = byState(base.neurotransmitters.serotonin);
    const ach = byState(base.neurotransmitters.acetylcholine);
    const gaba = byState(base.neurotransmitters.gaba);
    expect(ne.wake).toBeGreaterThan(ne.nrem);
    expect(ne.nrem).toBeGreaterThan(ne.rem);
    expect(ser.wake).toBeGreaterThan(ser.nrem);
    expect(ser.nrem).toBeGreaterThan(ser.rem);
    expect(ach.rem).toBeGreaterThan(ach.nrem);
    expect(ach.wake).toBeGreaterThan(ach.nrem);
    expect(gaba.nrem).toBeGreaterThan(gaba.wake);
  });
});

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

describe('endocrine', () => {
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

  it('raises cortisol within 30 min of waking, less after a night without sleep', () => {
    const m = runRestoration(night, params(), 1).metrics;
    const mSd = runRestoration(awake, params(), 1).metrics;
    expect(m.cortisolAwakeningRise_pct!).toBeGreaterThan(20);
    expect(mSd.cortisolAwakeningRise_pct!).toBeLessThan(m.cortisolAwakeningRise_pct!);
    expect(mSd.cortisolNextEvening!).toBeGreaterThan(m.cortisolNextEvening!);
  });

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

describe('outcome', () => {
  it('is worse after a night awake and after fragmented sleep', () => {
    const m = runRestoration(night, params(), 1).metrics;
    const mSd = runRestoration(awake, params(), 1).metrics;
    const frag = runRestoration(
      syntheticTrajectory({ nightsBefore: 6, focalArousalsPerHour: 20 }),
      params(),
      1,
    ).metrics;
    expect(mSd.pvtLapsesNextMorning!).toBeGreaterThan(m.pvtLapsesNextMorning!);
    expect(mSd.kssNextMorning!).toBeGreaterThan(m.kssNextMorning!);
    expect(mSd.readinessScore!).toBeLessThan(m.readinessScore!);
    expect(frag.readiness_sleepQuality!).toBeLessThan(m.readiness_sleepQuality!);
    expect(frag.readinessScore!).toBeLessThan(m.readinessScore!);
  });
});

describe('displaced sleep (09:00–17:00 after a night awake)', () => {
  const day = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33 });
  const m = runRestoration(day, params(), 1).metrics;
  const usual = runRestoration(night, params(), 1).metrics;

  it('still opens with the slow-wave GH pulse, and GH stays sleep-dependent', () => {
    expect(m.ghPeakAfterSleepOnset_min!).toBeLessThan(100);
    expect(m.ghSleepFraction_pct!).toBeGreaterThan(50);
  });

  it('inhibits cortisol over the first hours of sleep even by day', () => {
    const awakeDay = syntheticTrajectory({ nightsBefore: 6, focalLightsOff_clock_h: 33, focalTimeInBed_h: 0 });
    const dw = focalWindows(day);
    const meanFirst4h = (x: Float32Array) => {
      let sum = 0;
      for (let i = dw.lightsOff; i < dw.lightsOff + 480; i++) sum += x[i]!;
      return sum / 480;
    };
    const asleep = meanFirst4h(simulateRestoration(day, params(), 1).cortisol.concentration);
    const kept = meanFirst4h(simulateRestoration(awakeDay, params(), 1).cortisol.concentration);
    expect(asleep).toBeLessThan(0.95 * kept);
  });

  it('scores the sleep as misaligned with the clock and the morning as less ready', () => {
    expect(m.readiness_circadianAlignment!).toBeLessThan(usual.readiness_circadianAlignment! - 30);
    expect(m.readinessScore!).toBeLessThan(usual.readinessScore!);
  });
});

describe('readiness', () => {
  it('weights every declared part, summing to 1, and the score is their weighted mean', () => {
    expect(Object.keys(READINESS_WEIGHTS).sort()).toEqual([...READINESS_PARTS].sort());
    expect(Object.values(READINESS_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const m = runRestoration(night, params(), 1).metrics as Record<string, number>;
    const weighted = READINESS_PARTS.reduce((s, part) => s + READINESS_WEIGHTS[part] * m[`readiness_${part}`]!, 0);
    expect(m.readinessScore).toBeCloseTo(weighted, 9);
    for (const part of READINESS_PARTS) {
      expect(m[`readiness_${part}`]).toBeGreaterThanOrEqual(0);
      expect(m[`readiness_${part}`]).toBeLessThanOrEqual(100);
    }
  });

  it('reads a night awake over the habitual window: no sleep parts, lapses at 09:00', () => {
    const m = runRestoration(awake, params(), 1).metrics;
    expect(m.readiness_sleepQuantity).toBe(0);
    expect(m.readiness_circadianAlignment).toBe(0);
    expect(m.ghSleepFraction_pct).toBeNull();
    expect(m.clearanceSleepToWakeRatio).toBeNull();
    const test = focalWindows(awake).test;
    expect(awake.clock_h[test]).toBeCloseTo(9, 6);
    expect(m.pvtLapsesNextMorning).toBeCloseTo(sd.outcome.pvtLapses[test]!, 6);
  });
});

describe('runRestoration', () => {
  it('returns every declared series at full length and every owned metric finite or null', () => {
    for (const core of [night, awake]) {
      const out = runRestoration(core, params(), 3);
      for (const s of RESTORATION_SERIES) {
        expect(out.series[s.id], s.id).toBeInstanceOf(Float32Array);
        expect(out.series[s.id]!.length).toBe(core.epochs);
        expect(out.series[s.id]!.every(Number.isFinite), s.id).toBe(true);
      }
      const owned = METRICS.filter(
        (m) => m.group === 'endocrine' || m.group === 'restoration' || m.group === 'outcome',
      );
      for (const m of owned) {
        expect(m.id in out.metrics, m.id).toBe(true);
        const v = out.metrics[m.id];
        expect(v === null || Number.isFinite(v), m.id).toBe(true);
      }
    }
  });

  it('runs a 16-day protocol in well under the engine budget', () => {
    const long = syntheticTrajectory({ nightsBefore: 15 });
    runRestoration(long, params(), 1);
    const t0 = performance.now();
    for (let k = 0; k < 5; k++) runRestoration(long, params(), 1);
    // The engine budget is ≈0.2 µs per epoch for this part on an idle desktop; this bound only
    // catches gross regressions (work that grows with the protocol inside the epoch loop), with
    // room for a heavily shared CI machine.
    expect((performance.now() - t0) / 5 / long.epochs).toBeLessThan(10e-3);
  });
});
