/**
 * The few statistics the cohort summary needs, written out because each is a few lines: quantiles
 * by linear interpolation between order statistics (Hyndman & Fan type 7, the default of R and
 * NumPy), ranks with ties averaged, and Spearman's ρ as Pearson's r of the ranks.
 */

/**
 * Quantile p of values already sorted ascending (type 7); NaN for an empty list. `from` and `n`
 * read a run of `sorted` in place (the lab's band columns, without a subarray per column).
 */
export function sortedQuantile(sorted: ArrayLike<number>, p: number, from = 0, n = sorted.length - from): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[from + lo]! + (h - lo) * (sorted[from + hi]! - sorted[from + lo]!);
}

/**
 * Ranks 1..n, ties sharing their average rank. Sorts the indices (one array, no pair per value:
 * the lab's summary ranks every metric's Δ and every parameter for each partial result).
 */
export function ranks(values: readonly number[]): number[] {
  const order = Array.from(values.keys()).sort((x, y) => values[x]! - values[y]!);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = rank;
    i = j + 1;
  }
  return out;
}

/** Pearson's r; null when either side does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Spearman's rank correlation; null when either side is constant or there are fewer than 3 pairs. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return pearson(ranks(x), ranks(y));
}
