/**
 * The marginal distributions a population draws person parameters from. Each exposes `quantile(u)`
 * (u in [0, 1)) so that a sampler, the Gaussian copula (copula.ts) and a Sobol design (another
 * module's) all draw through the same marginal, and `support` so a population can be checked
 * against the parameter's declared range before anything runs.
 *
 * Normal and log-normal marginals are truncated to explicit bounds: an untruncated normal would
 * put mass outside every finite parameter range, and the check "inside the range" must be exact.
 */

/** A marginal as a file and a preset keep it (plain JSON). */
export type MarginalSpec =
  /** Normal(mean, sd) truncated to [min, max]. */
  | { readonly kind: 'normal'; readonly mean: number; readonly sd: number; readonly min: number; readonly max: number }
  /** exp(Normal(ln median, sdLog)) truncated to [min, max]. */
  | {
      readonly kind: 'lognormal';
      readonly median: number;
      readonly sdLog: number;
      readonly min: number;
      readonly max: number;
    }
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  /** Whole numbers min..max, each equally likely. */
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  /** A choice parameter: each choice with its weight (weights need not sum to 1). */
  | { readonly kind: 'choice'; readonly weights: Readonly<Record<string, number>> };

export interface Marginal {
  readonly spec: MarginalSpec;
  /** The value at probability u ∈ [0, 1) (u = 1 is mapped to just below it). */
  quantile(u: number): number | string;
  /** Numeric marginals: the smallest and largest value it can give. Choice: its choices. */
  readonly support: readonly [number, number] | readonly string[];
}

/** The standard normal CDF, through erfc below. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/**
 * erfc by the continued-fraction-free rational approximation of Numerical Recipes (erfcc,
 * fractional error < 1.2e-7). Good enough here: it only maps truncation bounds to probabilities.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * The standard normal quantile: Acklam's rational approximation (relative error < 1.15e-9). No
 * Newton refinement: it would need a more exact CDF than erfc above, and 1e-9 is far below any
 * parameter's step.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  }
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** u clamped into [0, 1) so that u = 1 (a Sobol point may be exactly 1) stays inside the support. */
const ALMOST_ONE = 1 - 2 ** -53;
const clampU = (u: number): number => Math.min(Math.max(u, 0), ALMOST_ONE);

/** A problem with a marginal's own numbers (not yet its parameter's range): the message, or null. */
export function checkMarginalSpec(spec: MarginalSpec): string | null {
  const finite = (...xs: number[]) => xs.every((x) => typeof x === 'number' && Number.isFinite(x));
  switch (spec.kind) {
    case 'normal':
      if (!finite(spec.mean, spec.sd, spec.min, spec.max)) return 'mean, sd, min and max must be finite numbers';
      if (spec.sd <= 0) return `sd must be above 0, got ${spec.sd}`;
      if (!(spec.min < spec.max)) return `min (${spec.min}) must be below max (${spec.max})`;
      if (spec.mean < spec.min || spec.mean > spec.max)
        return `mean ${spec.mean} is outside [${spec.min}, ${spec.max}]`;
      return null;
    case 'lognormal':
      if (!finite(spec.median, spec.sdLog, spec.min, spec.max))
        return 'median, sdLog, min and max must be finite numbers';
      if (spec.median <= 0 || spec.min <= 0) return 'median and min of a log-normal must be above 0';
      if (spec.sdLog <= 0) return `sdLog must be above 0, got ${spec.sdLog}`;
      if (!(spec.min < spec.max)) return `min (${spec.min}) must be below max (${spec.max})`;
      if (spec.median < spec.min || spec.median > spec.max)
        return `median ${spec.median} is outside [${spec.min}, ${spec.max}]`;
      return null;
    case 'uniform':
      if (!finite(spec.min, spec.max)) return 'min and max must be finite numbers';
      return spec.min < spec.max ? null : `min (${spec.min}) must be below max (${spec.max})`;
    case 'integer':
      if (!Number.isInteger(spec.min) || !Number.isInteger(spec.max)) return 'min and max must be whole numbers';
      return spec.min <= spec.max ? null : `min (${spec.min}) must not be above max (${spec.max})`;
    case 'choice': {
      const entries = Object.entries(spec.weights);
      if (entries.length === 0) return 'a choice needs at least one weighted choice';
      if (entries.some(([, w]) => !finite(w) || w < 0)) return 'weights must be finite numbers ≥ 0';
      return entries.some(([, w]) => w > 0) ? null : 'at least one weight must be above 0';
    }
  }
}

/** A truncated normal on the standard scale: its CDF bounds, then quantile by inversion. */
function truncatedStandard(lo: number, hi: number): (u: number) => number {
  const pLo = normalCdf(lo);
  const pHi = normalCdf(hi);
  return (u) => {
    const z = normalQuantile(pLo + clampU(u) * (pHi - pLo));
    // The approximations can land a hair outside the bounds; the support is a promise.
    return Math.min(Math.max(z, lo), hi);
  };
}

/** The marginal a spec describes. Throws RangeError with the problem when the spec is not valid. */
export function marginal(spec: MarginalSpec): Marginal {
  const problem = checkMarginalSpec(spec);
  if (problem) throw new RangeError(problem);
  switch (spec.kind) {
    case 'normal': {
      const q = truncatedStandard((spec.min - spec.mean) / spec.sd, (spec.max - spec.mean) / spec.sd);
      return {
        spec,
        support: [spec.min, spec.max],
        quantile: (u) => Math.min(Math.max(spec.mean + spec.sd * q(u), spec.min), spec.max),
      };
    }
    case 'lognormal': {
      const mu = Math.log(spec.median);
      const q = truncatedStandard((Math.log(spec.min) - mu) / spec.sdLog, (Math.log(spec.max) - mu) / spec.sdLog);
      return {
        spec,
        support: [spec.min, spec.max],
        quantile: (u) => Math.min(Math.max(Math.exp(mu + spec.sdLog * q(u)), spec.min), spec.max),
      };
    }
    case 'uniform':
      return { spec, support: [spec.min, spec.max], quantile: (u) => spec.min + clampU(u) * (spec.max - spec.min) };
    case 'integer':
      return {
        spec,
        support: [spec.min, spec.max],
        quantile: (u) => spec.min + Math.floor(clampU(u) * (spec.max - spec.min + 1)),
      };
    case 'choice': {
      const entries = Object.entries(spec.weights).filter(([, w]) => w > 0);
      const total = entries.reduce((s, [, w]) => s + w, 0);
      return {
        spec,
        support: entries.map(([c]) => c),
        quantile: (u) => {
          let acc = 0;
          const target = clampU(u) * total;
          for (const [choice, w] of entries) {
            acc += w;
            if (target < acc) return choice;
          }
          return entries[entries.length - 1]![0];
        },
      };
    }
  }
}
