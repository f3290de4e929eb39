import { describe, expect, it } from 'vitest';
import { seriesBands } from './bands';
import { fastSeriesBands } from './fastBands';

/** A seeded generator (mulberry32), so a failure can be rerun. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fastSeriesBands', () => {
  it('equals seriesBands: random, tied, sorted, NaN and ragged series, few and many people', () => {
    const r = random(7);
    for (const people of [1, 2, 5, 17, 200]) {
      const series = Array.from({ length: people }, (_, p) =>
        Float32Array.from({ length: 60 + (p % 3) * 5 }, (_, k) => {
          if (k % 11 === 0) return NaN;
          if (k % 7 === 0) return 3; // ties
          if (k % 5 === 0) return p; // sorted across people
          return r() * 100 - 50;
        }),
      );
      expect(fastSeriesBands(series)).toEqual(seriesBands(series));
    }
    expect(fastSeriesBands([])).toEqual(seriesBands([]));
  });
});
