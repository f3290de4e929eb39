import { describe, expect, it } from 'vitest';
import { sortFinite } from './fastBands';

/** A seeded generator (mulberry32), so a failure can be rerun. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sortFinite', () => {
  it('orders as the built-in sort: random, tied, sorted, reversed, few and many values', () => {
    const r = random(7);
    for (const n of [0, 1, 2, 5, 15, 16, 17, 200, 1000]) {
      const cases = [
        Float64Array.from({ length: n }, () => r() * 100 - 50),
        Float64Array.from({ length: n }, (_, k) => (k % 3 === 0 ? 3 : r())),
        Float64Array.from({ length: n }, (_, k) => k),
        Float64Array.from({ length: n }, (_, k) => n - k),
      ];
      for (const values of cases) {
        const mine = values.slice();
        sortFinite(mine);
        expect(mine).toEqual(values.slice().sort());
      }
    }
  });
});
