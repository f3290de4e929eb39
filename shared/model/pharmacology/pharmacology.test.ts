import { describe, expect, it } from 'vitest';
import { Pharmacology } from './pharmacology';
import { resolveParameters } from '../scenarios';
import { EPOCH_H } from '../result';

describe('caffeine', () => {
  it('follows the one-compartment Bateman curve exactly on the grid', () => {
    const p = resolveParameters('baseline');
    const ph = new Pharmacology(p);
    ph.addCaffeine(200);
    const ka = p.caffeineAbsorption_perH;
    const ke = Math.LN2 / p.caffeineHalfLife_h;
    const V = p.caffeineVolume_LPerKg * p.bodyMass_kg;
    for (let i = 1; i <= 12 * 120; i++) {
      ph.step();
      if (i % 60 === 0) {
        const t = i * EPOCH_H;
        expect(ph.caffeine).toBeCloseTo(((200 * ka) / (V * (ka - ke))) * (Math.exp(-ke * t) - Math.exp(-ka * t)), 8);
      }
    }
  });
});

describe('alcohol', () => {
  it('is eliminated at a constant rate once absorbed, and never goes negative', () => {
    const p = resolveParameters('baseline');
    const ph = new Pharmacology(p);
    ph.addAlcohol(0.6);
    for (let i = 0; i < 3 * 120; i++) ph.step();
    const a = ph.alcohol;
    for (let i = 0; i < 120; i++) ph.step();
    expect(a - ph.alcohol).toBeGreaterThan(0.13);
    expect(a - ph.alcohol).toBeLessThan(0.16);
    for (let i = 0; i < 12 * 120; i++) ph.step();
    expect(ph.alcohol).toBe(0);
  });
});
