/**
 * Bands over time for a cohort's series: at every epoch the median and the 50 % and 90 % bands
 * (25–75 %, 5–95 %) across people, for night A, night B and the paired Δ. Computed from the
 * per-person series (a 200-person cohort of one series is 200 × ~4000 floats), one sort per epoch.
 */
import { sortedQuantile } from './statistics';

export interface SeriesBands {
  readonly median: Float32Array;
  readonly p25: Float32Array;
  readonly p75: Float32Array;
  readonly p05: Float32Array;
  readonly p95: Float32Array;
  /** People with a finite value at each epoch. */
  readonly count: Uint32Array;
}

/**
 * Per-epoch quantiles across people. Series may differ in length (the band is as long as the
 * longest); a NaN, or an epoch past a series' end, is left out of that epoch.
 */
export function seriesBands(series: readonly ArrayLike<number>[]): SeriesBands {
  const epochs = series.reduce((m, s) => Math.max(m, s.length), 0);
  const out = {
    median: new Float32Array(epochs),
    p25: new Float32Array(epochs),
    p75: new Float32Array(epochs),
    p05: new Float32Array(epochs),
    p95: new Float32Array(epochs),
    count: new Uint32Array(epochs),
  };
  const column = new Float64Array(series.length);
  for (let i = 0; i < epochs; i++) {
    let n = 0;
    for (const s of series) {
      const v = i < s.length ? s[i]! : NaN;
      if (Number.isFinite(v)) column[n++] = v;
    }
    const sorted = column.subarray(0, n);
    sorted.sort();
    out.count[i] = n;
    out.median[i] = sortedQuantile(sorted, 0.5);
    out.p25[i] = sortedQuantile(sorted, 0.25);
    out.p75[i] = sortedQuantile(sorted, 0.75);
    out.p05[i] = sortedQuantile(sorted, 0.05);
    out.p95[i] = sortedQuantile(sorted, 0.95);
  }
  return out;
}

/**
 * One person's Δ series on night B's epochs: B[i] − A[i + offset], where `offset` is
 * pairOffset(a, b) of shared/time/axis.ts (B's epoch i lies at A's epoch i + offset); NaN where A
 * has no epoch there.
 */
export function pairedDelta(a: ArrayLike<number>, b: ArrayLike<number>, offset: number): Float32Array {
  const out = new Float32Array(b.length);
  for (let i = 0; i < b.length; i++) {
    const j = i + offset;
    out[i] = j >= 0 && j < a.length ? b[i]! - a[j]! : NaN;
  }
  return out;
}
