/**
 * The few statistics the cohort summary needs, written out because each is a few lines: quantiles
 * by linear interpolation between order statistics (Hyndman & Fan type 7, the default of R and
 * NumPy), ranks with ties averaged, Spearman's ρ as Pearson's r of the ranks, the Wilson
 * interval of a share and the order-statistic interval of a median.
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
  // Clamped: a perfect association may round an ulp past ±1.
  return sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : null;
}

/** Spearman's rank correlation; null when either side is constant or there are fewer than 3 pairs. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return pearson(ranks(x), ranks(y));
}

/**
 * Wilson's score interval for a binomial proportion, count of `of` (Wilson 1927, J Am Stat Assoc
 * 22:209), at the two-sided level whose standard-normal quantile is `z`. Unlike the Wald interval
 * p ± z·√(p(1 − p)/n) it stays inside [0, 1] and keeps near its level for small n and shares near
 * 0 or 1, where Brown, Cai & DasGupta (2001, Stat Sci 16:101) recommend it. Null when of = 0.
 */
export function wilsonInterval(count: number, of: number, z: number): { low: number; high: number } | null {
  if (!(of > 0) || count < 0 || count > of) return null;
  const p = count / of;
  const z2 = (z * z) / of;
  const centre = (p + z2 / 2) / (1 + z2);
  const half = (z * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of))) / (1 + z2);
  // The bounds are exact at the ends: no rounding may put 0 of n above 0 or n of n below 1.
  return { low: count === 0 ? 0 : centre - half, high: count === of ? 1 : centre + half };
}

/**
 * A distribution-free interval for the median of values sorted ascending: the order statistics of
 * ranks round(n/2 − z·√n/2) and round(1 + n/2 + z·√n/2), 1-based (Campbell & Gardner 1988, BMJ
 * 296:1454: the normal approximation to the binomial count of values below the median). Null
 * when n is too small for those ranks to lie within 1…n.
 */
export function sortedMedianInterval(sorted: ArrayLike<number>, z: number): { low: number; high: number } | null {
  const n = sorted.length;
  const j = Math.round(n / 2 - (z * Math.sqrt(n)) / 2);
  const k = Math.round(1 + n / 2 + (z * Math.sqrt(n)) / 2);
  if (j < 1 || k > n) return null;
  return { low: sorted[j - 1]!, high: sorted[k - 1]! };
}

/**
 * An interval for a population's Spearman ρ from the sample's ρ over n pairs: Fisher's z = atanh ρ
 * taken as normal with variance (1 + ρ²/2)/(n − 3), the variance Bonett & Wright (2000,
 * Psychometrika 65:23, eq. 4; Fieller, Hartley & Pearson 1957 gave 1.06/(n − 3)) found to keep
 * Spearman's ρ near its level where |ρ| ≤ 0.9, back through tanh. Null below 4 pairs (no
 * variance). A ρ of ±1 (every rank in order) gives ±1 at both ends: the form has no width there.
 */
export function spearmanInterval(rho: number, n: number, z: number): { low: number; high: number } | null {
  if (!(n >= 4) || !(Math.abs(rho) <= 1)) return null;
  if (Math.abs(rho) === 1) return { low: rho, high: rho };
  const centre = Math.atanh(rho);
  const half = z * Math.sqrt((1 + (rho * rho) / 2) / (n - 3));
  return { low: Math.tanh(centre - half), high: Math.tanh(centre + half) };
}
