import { describe, expect, it } from 'vitest';
import { Pacemaker } from './circadian';
import { Melatonin } from '../melatonin/melatonin';
import { resolveParameters } from '../scenarios';
import { EPOCH_H } from '../result';

function cbtMinTimes(params = resolveParameters('baseline'), days = 20, light = (_t: number) => 0): number[] {
  const pm = new Pacemaker(params, 0);
  const out: number[] = [];
  let prev = pm.phase();
  for (let i = 1; i < days * 24 * 120; i++) {
    pm.lux = light(i * EPOCH_H);
    pm.step();
    const ph = pm.phase();
    if (prev - ph > Math.PI) out.push(i * EPOCH_H);
    prev = ph;
  }
  return out;
}

describe('Forger 1999 pacemaker', () => {
  it('free-runs in darkness with the intrinsic period τ', () => {
    for (const tau of [23.8, 24.2, 24.6]) {
      const t = cbtMinTimes(resolveParameters('baseline', { circadianPeriod_h: tau }), 25).slice(5);
      expect((t[t.length - 1]! - t[0]!) / (t.length - 1)).toBeCloseTo(tau, 1);
    }
  });

  it('is shifted by a bright pulse before CBTmin (delay) and after it (advance)', () => {
    const dark = cbtMinTimes(undefined, 6);
    const ref = dark[1]!;
    const late = (center: number) => cbtMinTimes(undefined, 6, (t) => (Math.abs(t - center) < 3.35 ? 10000 : 0));
    const delay = late(ref - 3)[4]! - dark[4]!;
    const advance = late(ref + 3)[4]! - dark[4]!;
    expect(delay).toBeGreaterThan(0.5);
    expect(advance).toBeLessThan(-0.5);
  });
});

describe('melatonin', () => {
  it('halves synthesis at the ED50 and is phase-gated', () => {
    const p = resolveParameters('baseline');
    const m = new Melatonin(p);
    expect(m.suppression(p.melatoninSuppressionEd50_lux)).toBeCloseTo(0.5, 10);
    expect(m.suppression(0)).toBe(0);
    expect(m.window(0)).toBeGreaterThan(0.95); // at CBTmin
    expect(m.window(Math.PI)).toBeLessThan(1e-4); // 12 h from CBTmin
  });
});

describe('exogenous melatonin drive (a sinusoidal melatonin PRC)', () => {
  /** Phase difference (h, + = advance) after 48 h in darkness, a 3-h level of `pgPerMl` starting at phase `from_h`. */
  function shift(from_h: number, pgPerMl: number, overrides = {}): { shift_h: number; same: boolean } {
    const params = resolveParameters('baseline', overrides);
    const dosed = new Pacemaker(params, 0);
    const ctrl = new Pacemaker(params, 0);
    dosed.lux = 0;
    ctrl.lux = 0;
    const start = Math.round(from_h / EPOCH_H);
    const end = start + Math.round(3 / EPOCH_H);
    for (let i = 0; i < Math.round(48 / EPOCH_H); i++) {
      dosed.exoMelatonin = i >= start && i < end ? pgPerMl : 0;
      dosed.step();
      ctrl.step();
    }
    let d = dosed.phase() - ctrl.phase();
    if (d > Math.PI) d -= 2 * Math.PI;
    if (d < -Math.PI) d += 2 * Math.PI;
    return { shift_h: (d * 24) / (2 * Math.PI), same: dosed.x === ctrl.x && dosed.xc === ctrl.xc };
  }

  it('advances the clock when given before the evening (9 h before CBTmin) and delays it after wake', () => {
    // Phase 0 is the CBT minimum: 24 − 9 − 1.5 h centres the 3-h level on the maximal advance.
    const advance = shift(24 - 9 - 1.5, 1000).shift_h;
    const delay = shift(3 - 1.5, 1000).shift_h; // 3 h after CBTmin, 12 h on: the delay peak
    expect(advance).toBeGreaterThan(0.3);
    expect(delay).toBeLessThan(-0.3);
  });

  it('saturates: ten times the level does not give ten times the shift', () => {
    const low = shift(13.5, 200).shift_h;
    const high = shift(13.5, 2000).shift_h;
    expect(high).toBeGreaterThan(low);
    expect(high).toBeLessThan(2 * low);
  });

  it('is switched off by a gain of 0, and a level of 0 leaves the pacemaker bit for bit', () => {
    expect(shift(13.5, 1000, { melatoninPhaseGain_hPerH: 0 }).same).toBe(true);
    expect(shift(13.5, 0).same).toBe(true);
  });
});
