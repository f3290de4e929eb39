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
