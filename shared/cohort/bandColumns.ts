/**
 * seriesBands (bands.ts) kept up to date as people arrive, for the lab's progressive bands: per
 * grid point the finite values of the people so far, kept sorted, so adding a few people is a merge
 * (a sort of the few, then one pass over each column) and reading the bands needs no sort at all.
 * Rebuilding from scratch sorted every column of every series for every partial result (~0.3 s for
 * 200 people on main's event loop); a merge of the newcomers is ~1/20 of that. The quantiles are
 * those of seriesBands over the same people, exactly (bandColumns.test.ts): the same finite values,
 * in the same order, through the same sortedQuantile.
 */
import type { SeriesBands } from './bands';
import { sortFinite } from './fastBands';
import { sortedQuantile } from './statistics';

export class BandColumns {
  /** Column k holds its `count[k]` sorted values at [k·capacity, k·capacity + count[k]). */
  private values: Float32Array;
  private count: Uint32Array;
  private points = 0;
  private scratch = new Float64Array(16);

  /** `capacity`: the most people the columns will hold (the cohort's n). */
  constructor(private readonly capacity: number) {
    this.values = new Float32Array(0);
    this.count = new Uint32Array(0);
  }

  /** Grows to `points` grid points (a longer series than any before); new columns are empty. */
  private grow(points: number): void {
    const values = new Float32Array(points * this.capacity);
    values.set(this.values);
    const count = new Uint32Array(points);
    count.set(this.count);
    this.values = values;
    this.count = count;
    this.points = points;
  }

  /** Adds people's series (one value per grid point; NaN, or a point past a series' end, is left out). */
  add(series: readonly ArrayLike<number>[]): void {
    const longest = series.reduce((m, s) => Math.max(m, s.length), 0);
    if (longest > this.points) this.grow(longest);
    if (this.scratch.length < series.length) this.scratch = new Float64Array(series.length);
    const fresh = this.scratch;
    const { values, count, capacity } = this;
    for (let k = 0; k < longest; k++) {
      // The newcomers' finite values at this point, sorted.
      let m = 0;
      for (const s of series) {
        const v = k < s.length ? s[k]! : NaN;
        if (Number.isFinite(v)) fresh[m++] = v;
      }
      if (m === 0) continue;
      sortFinite(fresh, m);
      const have = count[k]!;
      if (have + m > capacity) throw new Error(`band columns: more than ${capacity} people at grid point ${k}`);
      // Merge from the back, in place: the column's own values move at most once.
      const base = k * capacity;
      let i = have - 1;
      let j = m - 1;
      for (let w = have + m - 1; j >= 0; w--) {
        if (i >= 0 && values[base + i]! > fresh[j]!) values[base + w] = values[base + i--]!;
        else values[base + w] = fresh[j--]!;
      }
      count[k] = have + m;
    }
  }

  /** The bands of everyone added so far, as seriesBands gives them. */
  bands(): SeriesBands {
    const n = this.points;
    const out = {
      median: new Float32Array(n),
      p25: new Float32Array(n),
      p75: new Float32Array(n),
      p05: new Float32Array(n),
      p95: new Float32Array(n),
      count: new Uint32Array(n),
    };
    const { values, capacity } = this;
    for (let k = 0; k < n; k++) {
      const from = k * capacity;
      const m = this.count[k]!;
      out.count[k] = m;
      out.median[k] = sortedQuantile(values, 0.5, from, m);
      out.p25[k] = sortedQuantile(values, 0.25, from, m);
      out.p75[k] = sortedQuantile(values, 0.75, from, m);
      out.p05[k] = sortedQuantile(values, 0.05, from, m);
      out.p95[k] = sortedQuantile(values, 0.95, from, m);
    }
    return out;
  }
}
