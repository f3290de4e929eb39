import { describe, expect, it } from 'vitest';
import { createRandom } from '../model/random';
import { sortFinite } from './fastBands';

describe('sortFinite', () => {
  it('orders as the built-in sort: random, tied, sorted, reversed, few and many values', () => {
    // The project's own seeded stream, so a failure can be rerun.
    const stream = createRandom(7, 'sortFinite test');
    const r = () => stream.next();
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
