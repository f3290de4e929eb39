/**
 * What a global sensitivity analysis varies: factors, each a quantile function (inverse CDF) from
 * the unit interval to its values. A uniform range is one; so is any distribution's inverse CDF
 * (a cohort's marginals expose the same `quantile(u)`), so the designs here never need to know
 * which.
 */

export interface SensitivityFactor {
  readonly id: string;
  readonly label: string;
  /** The factor's value at probability u, 0 < u < 1. */
  quantile(u: number): number;
}

/** A factor spread evenly over [min, max]. */
export function uniformFactor(id: string, label: string, min: number, max: number): SensitivityFactor {
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min)) {
    throw new RangeError(`factor ${id}: a uniform range needs finite min < max, got ${min} to ${max}`);
  }
  return { id, label, quantile: (u) => min + u * (max - min) };
}

/** Checks a list of factors once, before any design is made: at least one, ids unique. */
export function checkFactors(factors: readonly SensitivityFactor[]): void {
  if (factors.length === 0) throw new RangeError('a sensitivity analysis needs at least one factor');
  const seen = new Set<string>();
  for (const f of factors) {
    if (seen.has(f.id)) throw new RangeError(`factor ${f.id} is given twice`);
    seen.add(f.id);
  }
}
