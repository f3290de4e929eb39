import { describe, expect, it } from 'vitest';
import { createRandom } from '../model/random';
import { seriesBands } from './bands';
import { BandColumns } from './bandColumns';

/** People's series: random, tied, sorted across people, NaN, ±Infinity, and ragged lengths. */
function people(count: number, r: () => number): Float32Array[] {
  return Array.from({ length: count }, (_, p) =>
    Float32Array.from({ length: 60 + (p % 3) * 5 }, (_, k) => {
      if (k % 11 === 0) return NaN;
      if (k % 13 === 0) return p % 2 ? Infinity : -Infinity;
      if (k % 7 === 0) return 3;
      if (k % 5 === 0) return p;
      return r() * 100 - 50;
    }),
  );
}

describe('BandColumns', () => {
  it('gives seriesBands of everyone so far, however the people arrive in groups', () => {
    // The project's own seeded stream, so a failure can be rerun.
    const stream = createRandom(11, 'BandColumns test');
    const r = () => stream.next();
    for (const total of [1, 2, 5, 17, 200]) {
      const all = people(total, r);
      const columns = new BandColumns(total);
      let done = 0;
      while (done < total) {
        const group = 1 + Math.floor(r() * Math.min(30, total - done));
        columns.add(all.slice(done, done + group));
        done += group;
        expect(columns.bands()).toEqual(seriesBands(all.slice(0, done)));
      }
    }
  });

  it('starts empty, grows to a longer series, and refuses more people than its capacity', () => {
    const columns = new BandColumns(2);
    expect(columns.bands()).toEqual(seriesBands([]));
    columns.add([new Float32Array([1, 2])]);
    columns.add([new Float32Array([5, 4, 3])]);
    expect(columns.bands()).toEqual(seriesBands([new Float32Array([1, 2]), new Float32Array([5, 4, 3])]));
    expect(() => columns.add([new Float32Array([0])])).toThrow(/more than 2 people at grid point 0/);
  });
});
