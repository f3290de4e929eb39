/**
 * What every fit of a sleeper shares (the PVT fit, fitPvt.ts; the circadian fit, fitCircadian.ts):
 * the least-squares fit with a profile per parameter, the statuses and notes that follow from them
 * (identified, not identifiable, not converged), the bootstrap as a second interval, the Jacobian at
 * the estimate, and the band on a fitted curve. A fit supplies only its problem (observations on the
 * scale its residuals are taken on, a prediction per candidate) and its parameters' declarations.
 */
import type { NumberSpec } from '../model/parameterSpec';
import { parameterSpec } from '../model/parameters';
import { createRandom } from '../model/random';
import { CHI2_1_95, leastSquares, profile, rss, type LsFit, type LsProblem, type Profile } from './leastSquares';

/** Iterations of the full fit, of each profile point's re-optimisation, and the profile's grid. */
export const FIT_ITERATIONS = 40;
export const PROFILE_ITERATIONS = 6;
export const PROFILE_STEPS = 24;
/** Iterations of each bootstrap refit: it starts at the estimate, near its own optimum. */
export const BOOTSTRAP_ITERATIONS = 6;
/** Bootstrap draws when a caller asks for the bootstrap without a number (the CLI's default). */
export const DEFAULT_BOOTSTRAP_DRAWS = 200;

export const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** Thrown inside a fit asked to stop (its `cancelled` answered true): the fit ends without a result. */
export class FitCancelled extends Error {
  override readonly name = 'FitCancelled';
  constructor() {
    super('the fit was cancelled');
  }
}

/**
 * A model evaluation with a cancel check before each call: a fit runs in one synchronous call, so
 * this is where its worker learns of a cancel (a flag it can read while busy) and stops between
 * evaluations, answering instead of being terminated mid-task (main/fit/runnerCore.ts). Every
 * evaluation a fit makes goes through one: the estimate's, and the residuals' and the curve's after it.
 */
export function checked<A extends unknown[], R>(
  cancelled: (() => boolean) | undefined,
  evaluate: (...args: A) => R,
): (...args: A) => R {
  if (!cancelled) return evaluate;
  return (...args) => {
    if (cancelled()) throw new FitCancelled();
    return evaluate(...args);
  };
}

export type FitStatus = 'identified' | 'not identifiable' | 'not converged';

/** The bootstrap's percentile interval of one parameter, beside its profile interval. */
export interface BootstrapInterval {
  /** 2.5 and 97.5 percentiles of the refitted estimates. */
  readonly interval: readonly [number, number];
  /** Refits that gave a finite estimate, of the draws asked for. */
  readonly draws: number;
  /** Share of the refits at a bound of the range (within 1e-6 of it). */
  readonly atBound: number;
}

export interface FittedParameter<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly unit: string;
  readonly range: readonly [number, number];
  readonly start: number;
  readonly status: FitStatus;
  /** Null unless identified. */
  readonly estimate: number | null;
  readonly interval: readonly [number, number] | null;
  /** Why it is not identified, or where the two methods disagree, in words; null when neither. */
  readonly note: string | null;
  /** The profile: value and LR statistic at each grid point (the estimate's LR is 0). */
  readonly profile: readonly { readonly value: number; readonly lr: number }[];
  /** The bootstrap interval (absent when no bootstrap was asked for; null when the fit did not converge). */
  readonly bootstrap?: BootstrapInterval | null;
}

export interface BootstrapOptions {
  /** Number of refits (B). */
  readonly draws: number;
  /** Seed of the noise draws, so a bootstrap is repeatable. */
  readonly seed: number;
}

/** A fitted curve (a modelled quantity against the slot hour) and its 95 % band. */
export interface FitCurve {
  readonly slot_h: readonly number[];
  readonly fitted: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** A numeric parameter's declaration, or an error for a choice (nothing here fits those). */
export function numericSpec(id: string): NumberSpec {
  const spec = parameterSpec(id);
  if (!spec || spec.kind === 'choice') throw new Error(`${id} is not a numeric parameter`);
  return spec;
}

export interface ProfiledFit<Id extends string> {
  readonly fit: LsFit;
  readonly profiles: readonly Profile[];
  readonly converged: boolean;
  readonly parameters: FittedParameter<Id>[];
  /** Non-convergence and non-identifiability, in words. */
  readonly notes: string[];
}

/**
 * Fits `problem` from `start`, profiles every parameter, and turns the profiles into statuses:
 * not converged when a profile point fits better than the optimiser's result, the RSS is not
 * finite, or there are no more observations than parameters; a flat or open profile is not
 * identifiable (leastSquares.ts says why those two).
 */
export function fitAndProfile<Id extends string>(
  problem: LsProblem,
  ids: readonly Id[],
  start: readonly number[],
  progress?: (message: string) => void,
  grid: { readonly steps: number; readonly iterations: number } = {
    steps: PROFILE_STEPS,
    iterations: PROFILE_ITERATIONS,
  },
): ProfiledFit<Id> {
  const specs = ids.map(numericSpec);
  const n = problem.y.length;
  const notes: string[] = [];
  progress?.(`fitting ${ids.join(', ')} to ${n} observations`);
  // The optimiser needs two observations; with fewer there is nothing to fit (and no profile).
  let fit = n >= 2 ? leastSquares(problem, start, FIT_ITERATIONS) : { theta: start, rss: NaN, iterations: 0 };
  const profileAll = (): Profile[] =>
    ids.map((id, j) => {
      if (n < 2) return { points: [], better: null, interval: { kind: 'flat' } };
      progress?.(`profiling ${id}`);
      return profile(problem, fit, j, grid.steps, grid.iterations);
    });
  let profiles = profileAll();
  let better = profiles.map((p) => p.better).find((b) => b !== null) ?? null;
  if (better !== null) {
    // The optimiser stopped short (a curved valley, a start far off): once, fit again from the
    // profile's best point and profile again; a second miss is reported as not converged.
    progress?.('a profile point fits better than the fit: fitting again from it');
    const again = leastSquares(problem, better.theta, FIT_ITERATIONS);
    const there = rss(problem, better.theta);
    fit = again.rss <= there ? again : { theta: better.theta, rss: there, iterations: again.iterations };
    profiles = profileAll();
    better = profiles.map((p) => p.better).find((b) => b !== null) ?? null;
  }
  const converged = Number.isFinite(fit.rss) && better === null && n > ids.length;
  if (better !== null)
    notes.push(
      `did not converge: the profile found a better fit (RSS lower, at ${ids.map((id, j) => `${id} = ${round(better.theta[j]!, 3)}`).join(', ')}) than the optimiser's`,
    );
  const parameters = ids.map((id, j): FittedParameter<Id> => {
    const spec = specs[j]!;
    const p = profiles[j]!;
    const base = {
      id,
      label: spec.label,
      unit: spec.unit,
      range: [spec.min, spec.max] as const,
      start: start[j]!,
      profile: p.points.map((q) => ({ value: round(q.value, 4), lr: round(q.lr, 4) })),
    };
    if (!converged)
      return { ...base, status: 'not converged', estimate: null, interval: null, note: 'the fit did not converge' };
    if (p.interval.kind === 'bounded')
      return {
        ...base,
        status: 'identified',
        estimate: fit.theta[j]!,
        interval: [p.interval.lower, p.interval.upper],
        note: null,
      };
    const note =
      p.interval.kind === 'flat'
        ? `not identifiable: its profile stays under the 95 % threshold (LR ${round(CHI2_1_95, 2)}) over its whole range ${spec.min}–${spec.max}, so these data do not tell its value`
        : `not identifiable within its range: the 95 % interval reaches the ${p.interval.lower === null ? `lower bound ${spec.min}` : `upper bound ${spec.max}`} without closing`;
    return { ...base, status: 'not identifiable', estimate: null, interval: null, note };
  });
  for (const p of parameters) if (p.note && p.status === 'not identifiable') notes.push(`${p.id}: ${p.note}`);
  return { fit, profiles, converged, parameters, notes };
}

/**
 * Parametric bootstrap (Efron & Tibshirani 1993, ch. 6): `draws` data sets simulated from the
 * fitted model with Gaussian noise of the residual SD (the error model the profile likelihood
 * assumes), each refitted from the estimate; the 2.5 and 97.5 percentiles of the refits are the
 * interval. Parametric rather than resampled residuals because a fit may have only a handful of
 * observations (three DLMOs), which resampling would reuse to the point of no spread.
 */
export function bootstrap(
  problem: LsProblem,
  fit: LsFit,
  options: BootstrapOptions,
  progress?: (message: string) => void,
): (BootstrapInterval | null)[] {
  const n = problem.y.length;
  const p = fit.theta.length;
  const sigma = Math.sqrt(fit.rss / Math.max(1, n - p));
  const fitted = problem.predict(fit.theta);
  const random = createRandom(options.seed, 'fit.bootstrap');
  const estimates: number[][] = fit.theta.map(() => []);
  for (let b = 0; b < options.draws; b++) {
    const y = Float64Array.from(fitted, (f) => f + sigma * random.normal());
    const refit = leastSquares({ ...problem, y }, fit.theta, BOOTSTRAP_ITERATIONS);
    // Every tenth refit, and the last: the refits are most of a bootstrapped fit's time.
    if ((b + 1) % BOOTSTRAP_REPORT_EVERY === 0 || b + 1 === options.draws)
      progress?.(bootstrapMessage(b + 1, options.draws));
    if (!Number.isFinite(refit.rss)) continue;
    refit.theta.forEach((v, j) => estimates[j]!.push(v));
  }
  return estimates.map((xs, j) => {
    if (xs.length === 0) return null;
    const sorted = xs.slice().sort((a, b) => a - b);
    const { min, max } = problem.bounds[j]!;
    const tol = 1e-6 * (max - min);
    return {
      interval: [percentile(sorted, 0.025), percentile(sorted, 0.975)],
      draws: xs.length,
      atBound: round(xs.filter((v) => v - min <= tol || max - v <= tol).length / xs.length, 4),
    };
  });
}

/** How often the bootstrap reports its refits. */
const BOOTSTRAP_REPORT_EVERY = 10;

/**
 * The bootstrap's progress message, and its reading back: a caller that shows a share done (the
 * lab's progress bar) counts the refits rather than the messages, since they are most of the time.
 */
export const bootstrapMessage = (done: number, draws: number): string => `bootstrap: refit ${done} of ${draws}`;
export function bootstrapProgressOf(message: string): { done: number; draws: number } | null {
  const m = /^bootstrap: refit (\d+) of (\d+)$/.exec(message);
  return m ? { done: Number(m[1]), draws: Number(m[2]) } : null;
}

/** Linear interpolation between order statistics (type 7, R's default). */
export function percentile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Adds each parameter's bootstrap interval, and a note where it and the profile interval disagree
 * much: an end more than half the profile interval's width away from the profile's, or a
 * bootstrap interval under a not-identifiable parameter that is narrower than half the range
 * (the bootstrap then looks sure where the profile is not).
 */
export function withBootstrap<Id extends string>(
  parameters: readonly FittedParameter<Id>[],
  intervals: readonly (BootstrapInterval | null)[] | null,
): { parameters: FittedParameter<Id>[]; notes: string[] } {
  const notes: string[] = [];
  const out = parameters.map((p, j) => {
    if (intervals === null) return { ...p, bootstrap: null };
    const b = intervals[j] ?? null;
    if (b === null) return { ...p, bootstrap: null };
    const [lo, hi] = b.interval;
    let disagree: string | null = null;
    if (p.interval !== null) {
      const w = p.interval[1] - p.interval[0];
      if (Math.abs(lo - p.interval[0]) > w / 2 || Math.abs(hi - p.interval[1]) > w / 2)
        disagree = `the bootstrap interval (${fmt(lo)}–${fmt(hi)}) and the profile interval (${fmt(p.interval[0])}–${fmt(p.interval[1])}) disagree by more than half the profile interval's width: the asymptotic intervals are not to be trusted here`;
    } else if (p.status === 'not identifiable' && hi - lo < (p.range[1] - p.range[0]) / 2)
      disagree = `the bootstrap interval (${fmt(lo)}–${fmt(hi)}) is narrower than the flat or open profile suggests: refits from the estimate stay near it (few iterations on a flat ridge), which is not evidence that the data determine it`;
    if (b.atBound > 0.05 && p.status === 'identified')
      disagree = `${disagree ? `${disagree}; ` : ''}${Math.round(100 * b.atBound)} % of the bootstrap refits end at a bound of the range`;
    if (disagree) notes.push(`${p.id}: ${disagree}`);
    const note = disagree === null ? p.note : p.note === null ? disagree : `${p.note}; ${disagree}`;
    return { ...p, bootstrap: b, note };
  });
  return { parameters: out, notes };
}

const fmt = (x: number): string => String(Number(x.toPrecision(4)));

/**
 * Sensitivities of the predictions to each parameter at the estimate (central differences, step
 * 1e-3 of the range), as column norms, and the correlation of the first two columns: a norm of 0 is
 * a parameter the data do not see; a correlation near ±1 two that trade off.
 */
export function jacobianAt<Id extends string>(
  problem: LsProblem,
  ids: readonly Id[],
  theta: readonly number[],
): { norms: Record<Id, number>; correlation: number } {
  const cols = ids.map((_, j) => {
    const h = 1e-3 * (problem.bounds[j]!.max - problem.bounds[j]!.min);
    const up = theta.map((v, k) => (k === j ? v + h : v));
    const down = theta.map((v, k) => (k === j ? v - h : v));
    const a = problem.predict(up);
    const b = problem.predict(down);
    return Float64Array.from(a, (v, i) => (v - b[i]!) / (2 * h));
  });
  const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
  const norms = cols.map((c) => Math.sqrt(dot(c, c)));
  const corr =
    cols.length >= 2 && norms[0]! > 0 && norms[1]! > 0 ? dot(cols[0]!, cols[1]!) / (norms[0]! * norms[1]!) : 0;
  return {
    norms: Object.fromEntries(ids.map((id, j) => [id, round(norms[j]!, 6)])) as Record<Id, number>,
    correlation: round(corr, 6),
  };
}

/**
 * The 95 % band of a fitted curve: the envelope of the curves of every profile point inside its
 * interval (LR ≤ χ²₁ 0.95), around the best curve. `curveOf` gives the curve's values for θ
 * (null where the curve has no value for that θ: such a point is skipped there).
 */
export function profileBand(
  profiles: readonly Profile[],
  best: readonly (number | null)[],
  curveOf: (theta: readonly number[]) => readonly (number | null)[],
): { lower: (number | null)[]; upper: (number | null)[] } {
  const lower = best.slice();
  const upper = best.slice();
  for (const p of profiles)
    for (const q of p.points) {
      if (q.lr > CHI2_1_95) continue;
      const s = curveOf(q.theta);
      s.forEach((v, k) => {
        if (v === null || lower[k] === null || upper[k] === null) return;
        lower[k] = Math.min(lower[k]!, v);
        upper[k] = Math.max(upper[k]!, v);
      });
    }
  return { lower, upper };
}

export { rss };

/** One data file of a fit, by its role and the SHA-256 of its bytes (sha256.ts). */
export interface FitFile {
  readonly role: 'pvt' | 'light' | 'dlmo';
  readonly label: string;
  readonly sha256: string;
}

/** Which night of which experiment gave the protocol. */
export interface FitProtocol {
  readonly night: 'A' | 'B';
  readonly label: string;
  readonly scenario: string;
  readonly seed: number;
}

/**
 * The fields every fit's result has, whichever fit made it (`kind`): the PVT fit's FitResult
 * (fitPvt.ts) and the circadian fit's (fitCircadian.ts) extend it with their own data and residuals.
 */
export interface FitResultCommon<Kind extends string, Id extends string> {
  readonly kind: Kind;
  readonly method: string;
  /** Every data file with its hash. */
  readonly files: readonly FitFile[];
  readonly protocol: FitProtocol;
  readonly converged: boolean;
  readonly parameters: readonly FittedParameter<Id>[];
  /** The residual sum of squares on the fit's scale, and the number of observations fitted. */
  readonly rss: number;
  readonly n: number;
  /** Sensitivities of the predictions to each parameter at the estimate, and their correlation. */
  readonly jacobian: { readonly norms: Readonly<Record<Id, number>>; readonly correlation: number } | null;
  /** The fitted curve and its 95 % band (the envelope over the profiles' points inside their intervals); null when not converged. */
  readonly curve: FitCurve | null;
  /** What the curve shows. */
  readonly curveOf: { readonly id: string; readonly label: string; readonly unit: string };
  /** The bootstrap's draws and seed; null when none was asked for. */
  readonly bootstrap: BootstrapOptions | null;
  readonly notes: readonly string[];
}
