/**
 * The next-day outcome. On the synthetic nights of ../testing/fixtures.ts: each test states a
 * physiological direction the equations must produce, independent of the core's calibration.
 */
import { describe, expect, it } from 'vitest';
import { awake, night, params } from '../testing/fixtures';
import { runRestoration } from '..';
import { syntheticTrajectory } from '../testing/syntheticNight';
import { Performance } from './outcome';
import type { CoreTrajectory } from '../../trajectory';
import { EPOCHS_PER_HOUR, EPOCH_H, STAGE_CODE } from '../../result';

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

/**
 * A bare trajectory for the outcome alone: `days` days from 07:00, asleep (N2) over the given
 * nights (hours after the start), Process S from the two-process equations, a clock with CBTmin
 * at 04:30, and optional plasma caffeine (mg/L) and alcohol (g/L) per epoch.
 */
function bareCore(
  days: number,
  nights: readonly [number, number][],
  drugs: { caffeine?: (h: number) => number; alcohol?: (h: number) => number } = {},
): CoreTrajectory {
  const n = days * 24 * EPOCHS_PER_HOUR;
  const clock = new Float64Array(n);
  const stage = new Uint8Array(n);
  const S = new Float32Array(n);
  const phase = new Float32Array(n);
  const caffeine = new Float32Array(n);
  const alcohol = new Float32Array(n);
  let s = 0.2;
  for (let i = 0; i < n; i++) {
    const h = i * EPOCH_H;
    clock[i] = (7 + h) % 24;
    const asleep = nights.some(([a, b]) => h >= a && h < b);
    stage[i] = asleep ? STAGE_CODE.N2 : STAGE_CODE.W;
    s = asleep ? s * Math.exp(-EPOCH_H / 4.2) : 1 - (1 - s) * Math.exp(-EPOCH_H / 18.2);
    S[i] = s;
    phase[i] = (((((clock[i]! - 4.5) / 24) * 2 * Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    caffeine[i] = drugs.caffeine?.(h) ?? 0;
    alcohol[i] = drugs.alcohol?.(h) ?? 0;
  }
  const zeros = new Float32Array(n);
  return {
    epochs: n,
    start_h: 0,
    focalLightsOff_clock_h: 23,
    clock_h: clock,
    stage,
    inBed: new Uint8Array(n),
    processS: S,
    adenosine: zeros,
    circadianAlerting: zeros,
    circadianPhase_rad: phase,
    melatonin: zeros,
    swa: zeros,
    light_lux: zeros,
    caffeine_mgPerL: caffeine,
    alcohol_gPerL: alcohol,
    focal: { lightsOff: 0, lightsOn: 1, sleepOnset: null, finalWake: null, awakeNight: false, nextMidnight: 2 },
  };
}

/** Nights of `tib` hours ending at 07:00 on each of `count` days (hours after the 07:00 start). */
const nightsOf = (tib: number, count: number): [number, number][] =>
  Array.from({ length: count }, (_, k) => [24 * (k + 1) - tib, 24 * (k + 1)] as [number, number]);

const run = (core: CoreTrajectory, over: Partial<Record<string, number>> = {}): Performance => {
  const perf = new Performance(core, params(over), 0.25);
  perf.run(0, core.epochs);
  return perf;
};
/** Epoch of 09:00 on day d (d = 0: the first morning). */
const nine = (d: number): number => (24 * d + 2) * EPOCHS_PER_HOUR;

describe('outcome stores and read-outs', () => {
  it('fills the chronic bank under restriction and not on 8-h nights; lapses rise every day', () => {
    const restricted = run(bareCore(15, nightsOf(4, 14)));
    const rested = run(bareCore(15, nightsOf(8, 14)));
    for (let d = 2; d <= 14; d++) {
      expect(restricted.pvtLapses[nine(d)]!).toBeGreaterThan(restricted.pvtLapses[nine(d - 1)]!);
      expect(rested.sleepDebt[nine(d)]!).toBeLessThan(3);
    }
    expect(restricted.sleepDebt[nine(14)]!).toBeGreaterThan(20); // ≈3.4 h a day, beyond the 12-h buffer
  });

  it('reports the bank itself, before the buffer: each waking hour deposits (24 − W_c)/24 h', () => {
    const p = new Performance(bareCore(1, []), params(), 0.25);
    expect(p.bankLevel).toBe(0);
    p.run(0, 10 * EPOCHS_PER_HOUR); // 07:00–17:00, short of the critical wake: nothing overflows
    const { outcomeCriticalWake_h: wc, outcomeBankBuffer_h: buffer } = params();
    expect(p.bankLevel).toBeCloseTo(((24 - wc) / 24) * 10, 6);
    expect(p.bankLevel).toBeLessThan(buffer); // so the debt that acts is still 0
    expect(p.sleepDebt[10 * EPOCHS_PER_HOUR - 1]).toBe(0);
  });

  it('keeps KSS below 9 and circadian over 64 h awake, while lapses pass 20', () => {
    const p = run(bareCore(3, []));
    let maxKss = 0;
    for (let i = 0; i < p.kss.length; i++) maxKss = Math.max(maxKss, p.kss[i]!);
    expect(maxKss).toBeLessThan(9);
    expect(p.kss[(24 + 10) * EPOCHS_PER_HOUR]!).toBeLessThan(p.kss[(24 - 2) * EPOCHS_PER_HOUR]!); // 17:00 day 2 < 05:00
    expect(p.pvtLapses[nine(2)]!).toBeGreaterThan(20);
  });

  it('levels KSS off under restriction while lapses keep rising', () => {
    const p = run(bareCore(15, nightsOf(4, 14)));
    const rise = (x: Float32Array) => (x[nine(14)]! - x[nine(7)]!) / (x[nine(7)]! - x[nine(0)]!);
    expect(rise(p.kss)).toBeLessThan(rise(p.pvtLapses));
  });

  it('raises lapses and sleepiness with blood alcohol, linearly in fatigue', () => {
    const bac = (level: number) => (h: number) => (h >= 16 && h < 17 ? level : 0);
    const none = run(bareCore(1, []));
    const half = run(bareCore(1, [], { alcohol: bac(0.5) }));
    const full = run(bareCore(1, [], { alcohol: bac(1) }));
    const i = 16.5 * EPOCHS_PER_HOUR;
    expect(half.pvtLapses[i]!).toBeGreaterThan(none.pvtLapses[i]!);
    expect(full.kss[i]!).toBeGreaterThan(none.kss[i]!);
    expect(full.fatigue[i]! - none.fatigue[i]!).toBeCloseTo(2 * (half.fatigue[i]! - none.fatigue[i]!), 5);
  });

  it('scales the lapse rise by 1/(1 + m·C) with plasma caffeine, and by the trait vulnerability', () => {
    const awake = bareCore(2, []);
    const base = run(awake);
    const steady = bareCore(2, [], { caffeine: () => 4 });
    const i = (24 - 2) * EPOCHS_PER_HOUR; // 05:00 after a night awake
    const L0 = params().pvtLapsesRested;
    // Without acute tolerance the factor reads plasma caffeine itself.
    const caf = run(steady, { outcomeCaffeineTolerance: 0 });
    expect(caf.pvtLapses[i]! - L0).toBeLessThan(0.6 * (base.pvtLapses[i]! - L0));
    expect(caf.pvtLapses[i]!).toBeGreaterThan(L0);
    // With it, a level held for hours keeps only a small part of its effect.
    const tolerant = run(steady);
    expect(tolerant.pvtLapses[i]!).toBeGreaterThan(caf.pvtLapses[i]!);
    expect(tolerant.pvtLapses[i]!).toBeLessThan(base.pvtLapses[i]!);
    const vulnerable = run(awake, { pvtVulnerability: 2 });
    const resilient = run(awake, { pvtVulnerability: 0.5 });
    expect(vulnerable.pvtLapses[i]!).toBeGreaterThan(base.pvtLapses[i]!);
    expect(resilient.pvtLapses[i]!).toBeLessThan(base.pvtLapses[i]!);
    expect(vulnerable.fatigue[i]).toBe(base.fatigue[i]); // a trait of the read-out, not of the stores
  });

  it("lets a dose's benefit fade within hours while plasma caffeine stays high (acute tolerance)", () => {
    // A dose at 23:00 of a night awake (hour 16): plasma 10 mg/L decaying with a 5-h half-life.
    const dose = 16;
    const plasma = (h: number) => (h < dose ? 0 : 10 * Math.pow(0.5, (h - dose) / 5));
    const base = run(bareCore(2, []));
    const caf = run(bareCore(2, [], { caffeine: plasma }));
    const ratio = (h: number) => caf.pvtLapses[h * EPOCHS_PER_HOUR]! / base.pvtLapses[h * EPOCHS_PER_HOUR]!;
    expect(ratio(dose + 1)).toBeLessThan(0.75);
    expect(plasma(dose + 6)).toBeGreaterThan(4);
    expect(ratio(dose + 6)).toBeGreaterThan(0.95);
  });
});
