import { describe, expect, it } from 'vitest';
import { Homeostat, runTwoProcess } from './homeostat';
import { resolveParameters } from '../scenarios';
import { EPOCH_H } from '../result';

describe('two-process model (Daan, Beersma & Borbély 1984)', () => {
  it('with a = 0 cycles with the analytic period χ_s·ln(H⁺/H⁻) + χ_w·ln((1 − H⁻)/(1 − H⁺))', () => {
    const o = {
      tauWake_h: 18.2,
      tauSleep_h: 4.2,
      upper: 0.67,
      lower: 0.17,
      amplitude: 0,
      peak_h: 0,
      duration_h: 24 * 12,
    };
    const r = runTwoProcess(o);
    const sleep = 4.2 * Math.log(0.67 / 0.17);
    const wake = 18.2 * Math.log(0.83 / 0.33);
    const n = r.onsets.length;
    expect((r.onsets[n - 1]! - r.onsets[1]!) / (n - 2)).toBeCloseTo(sleep + wake, 2);
    const k = r.wakes.length - 1;
    const onset = r.onsets.filter((t) => t < r.wakes[k]!).pop()!;
    expect(r.wakes[k]! - onset).toBeCloseTo(sleep, 2);
  });
});

describe('Homeostat', () => {
  const p = resolveParameters('baseline');

  it('rises exponentially toward its asymptote while awake', () => {
    const h = new Homeostat(p, 0.1, 1);
    const n = 16 * 120;
    for (let i = 0; i < n; i++) h.wake();
    expect(h.S).toBeCloseTo(1 - 0.9 * Math.exp(-(n * EPOCH_H) / p.sTauWake_h), 10);
  });

  it('discharges in sleep in proportion to SWA, never below 0; a night with SWA = φ̄·S decays with χ_s', () => {
    const h = new Homeostat(p, 0.6, 1);
    for (let i = 0; i < 8 * 120; i++) h.sleep(p.swaDischargeShare * h.S);
    expect(h.S).toBeCloseTo(0.6 * Math.exp(-8 / p.sTauSleep_h), 2);
    const z = new Homeostat(p, 0.001, 1);
    z.sleep(1);
    expect(z.S).toBe(0);
  });

  it('lets caffeine block the A1 share of the drive, and receptors compensate chronic blockade', () => {
    const h = new Homeostat(p, 0.6, 1);
    expect(h.switchDrive(0)).toBeCloseTo(0.6, 10);
    // Acute caffeine (R = 1): the whole block is uncompensated and reaches the switch with its own share.
    expect(h.caffeineDeficit(0.5)).toBeCloseTo(0.5, 10);
    expect(h.switchDrive(0.5)).toBeCloseTo(0.6 * (1 - 0.5 * p.caffeineOnsetShare), 10);
    expect(h.swaDrive(0.5)).toBeCloseTo(0.6 * (1 - 0.5 * p.caffeineSwaShare), 10);
    for (let i = 0; i < 30 * 24 * 120; i++) h.updateAdenosine(false, 0.5);
    expect(h.a1Receptor).toBeGreaterThan(1.8);
    // Tolerance: up-regulated receptors cancel most of a habitual block (the part adenosine calls for aside), in every channel.
    expect(h.caffeineDeficit(0.5)).toBeLessThan(0.2);
    expect(h.swaDrive(0.5)).toBeGreaterThan(0.6 * (1 - 0.2 * p.caffeineSwaShare));
  });

  it('counts no caffeine deficit without caffeine, whatever the receptors', () => {
    const h = new Homeostat(p, 0.3, 1);
    h.a1Tolerance = 0.8;
    h.a1Adenosine = 1.3;
    expect(h.caffeineDeficit(0)).toBe(0);
    expect(h.swaDrive(0)).toBeCloseTo(0.3, 12);
  });
});
