/**
 * Least squares and profile likelihood for a few bounded parameters, over any model that predicts
 * one value per observation. The optimiser is mljs's Levenberg–Marquardt (ml-levenberg-marquardt).
 *
 * The likelihood is Gaussian with an unknown common variance, so maximising it is minimising the
 * residual sum of squares (RSS), and the profile likelihood-ratio statistic of parameter j at
 * value b is LR(b) = n·ln(RSS_j(b) / RSS_min), RSS_j(b) the least RSS with θ_j fixed at b and the
 * others free. Its 95 % interval is { b : LR(b) ≤ χ²₁(0.95) = 3.841 } around the estimate
 * (Venzon & Moolgavkar 1988, Appl Stat 37:87; Raue et al. 2009, Bioinformatics 25:1923, who also
 * define the two failures reported here: a profile that stays under the threshold over the whole
 * range is flat (structurally or practically non-identifiable), and one that stays under it up to
 * a bound of the range leaves the interval open there).
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';

/** χ²₁ 95 % quantile. */
export const CHI2_1_95 = 3.841458820694124;

export interface Bounded {
  readonly min: number;
  readonly max: number;
}

export interface LsProblem {
  /** The observations (already on the scale the residuals are taken on). */
  readonly y: Float64Array;
  /** The model's predictions for θ, one per observation, on the same scale. */
  predict(theta: readonly number[]): Float64Array;
  readonly bounds: readonly Bounded[];
}

export function rss(problem: LsProblem, theta: readonly number[]): number {
  const f = problem.predict(theta);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += (problem.y[i]! - f[i]!) ** 2;
  return s;
}

export interface LsFit {
  readonly theta: readonly number[];
  readonly rss: number;
  readonly iterations: number;
}

/**
 * Minimises the RSS over the free parameters (`fixed[j]` not undefined holds θ_j there), from
 * `start`, within the bounds. Central differences with a step of 1e-3 of each range: the model's
 * series are float32, so a much smaller step would difference rounding noise.
 */
export function leastSquares(
  problem: LsProblem,
  start: readonly number[],
  maxIterations: number,
  fixed: readonly (number | undefined)[] = [],
): LsFit {
  const free = start.map((_, j) => j).filter((j) => fixed[j] === undefined);
  const full = (sub: readonly number[]): number[] => {
    const theta = start.map((v, j) => fixed[j] ?? v);
    free.forEach((j, k) => (theta[j] = sub[k]!));
    return theta;
  };
  if (free.length === 0) {
    const theta = full([]);
    return { theta, rss: rss(problem, theta), iterations: 0 };
  }
  const x = Float64Array.from(problem.y, (_, i) => i);
  // The library evaluates each iteration's end point twice (its error, then the next step's
  // residuals): the last prediction is kept, so an expensive model runs once per distinct θ.
  let last: { sub: number[]; f: Float64Array } | null = null;
  const result = levenbergMarquardt(
    { x, y: problem.y },
    (sub) => {
      const same = last !== null && last.sub.length === sub.length && last.sub.every((v, k) => Object.is(v, sub[k]));
      const f = same ? last!.f : problem.predict(full(sub));
      last = { sub: Array.from(sub), f };
      return (i) => f[i]!;
    },
    {
      initialValues: free.map((j) => start[j]!),
      minValues: free.map((j) => problem.bounds[j]!.min),
      maxValues: free.map((j) => problem.bounds[j]!.max),
      gradientDifference: free.map((j) => 1e-3 * (problem.bounds[j]!.max - problem.bounds[j]!.min)),
      centralDifference: true,
      damping: 1e-2,
      maxIterations,
      // The library stops early only when the RSS itself falls under this, and counts an
      // improvement only when larger than it: tiny, so every real improvement is kept.
      errorTolerance: 1e-12,
    },
  );
  const theta = full(result.parameterValues);
  return { theta, rss: rss(problem, theta), iterations: result.iterations };
}

export interface ProfilePoint {
  readonly value: number;
  /** The likelihood-ratio statistic n·ln(RSS / RSS_min); 0 at the estimate. */
  readonly lr: number;
  /** The whole parameter vector that minimises the RSS there. */
  readonly theta: readonly number[];
}

export interface Profile {
  readonly points: readonly ProfilePoint[];
  /** A point with a lower RSS than the fit's (the fit missed the minimum). */
  readonly better: ProfilePoint | null;
  readonly interval:
    | { readonly kind: 'bounded'; readonly lower: number; readonly upper: number }
    | { readonly kind: 'flat' }
    | { readonly kind: 'open'; readonly lower: number | null; readonly upper: number | null };
}

/**
 * How much lower a profile point's LR must be than the fit's (0) to count as a better fit, i.e. a
 * fit that did not converge. Not 0: float32 noise in the model's series, and on a flat ridge (a
 * parameter the data do not determine) every point of the ridge fits as well as the optimiser's to
 * within a few hundredths. 0.05 is 1.3 % of the 95 % threshold: an improvement that small moves no
 * end of an interval perceptibly, while a fit stopped short of its minimum shows LR −1 or below.
 */
export const BETTER_LR = 0.05;

/** The LR statistic, with the RSS floored so a perfect fit does not divide by zero. */
function lrOf(n: number, r: number, rssMin: number): number {
  const floor = 1e-12 * n;
  return n * Math.log(Math.max(r, floor) / Math.max(rssMin, floor));
}

/**
 * The profile of parameter j over its range (`steps` + 1 evenly spaced values and the estimate),
 * each point re-optimised over the others starting from its neighbour's optimum, and its 95 %
 * interval: the crossings of the threshold either side of the estimate, by linear interpolation
 * between grid points.
 */
export function profile(problem: LsProblem, fit: LsFit, j: number, steps: number, innerIterations: number): Profile {
  const n = problem.y.length;
  const { min, max } = problem.bounds[j]!;
  const est = fit.theta[j]!;
  const values = Array.from({ length: steps + 1 }, (_, k) => min + ((max - min) * k) / steps);
  const below = values.filter((v) => v < est).reverse();
  const above = values.filter((v) => v > est);
  const walk = (side: readonly number[]): ProfilePoint[] => {
    let from = fit.theta;
    return side.map((value) => {
      const fixed: (number | undefined)[] = [];
      fixed[j] = value;
      const inner = leastSquares(problem, from, innerIterations, fixed);
      from = inner.theta;
      return { value, lr: lrOf(n, inner.rss, fit.rss), theta: inner.theta };
    });
  };
  const left = walk(below);
  const right = walk(above);
  const centre: ProfilePoint = { value: est, lr: 0, theta: fit.theta };
  const points = [...left.slice().reverse(), centre, ...right];
  const better = points.reduce<ProfilePoint | null>(
    (b, p) => (p.lr < -BETTER_LR && (b === null || p.lr < b.lr) ? p : b),
    null,
  );
  const crossing = (side: readonly ProfilePoint[]): number | null => {
    let prev = centre;
    for (const p of side) {
      if (p.lr > CHI2_1_95) return prev.value + ((CHI2_1_95 - prev.lr) / (p.lr - prev.lr)) * (p.value - prev.value);
      prev = p;
    }
    return null;
  };
  const lower = crossing(left);
  const upper = crossing(right);
  const interval: Profile['interval'] =
    lower !== null && upper !== null
      ? { kind: 'bounded', lower, upper }
      : lower === null && upper === null
        ? { kind: 'flat' }
        : { kind: 'open', lower, upper };
  return { points, better, interval };
}
