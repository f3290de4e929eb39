/**
 * The part of a fit that follows once its problem is set, the same for every fit (fitPvt.ts,
 * fitCircadian.ts): θ as named values and the optimiser's bounds from the parameters'
 * declarations; the estimate with its profiles, statuses, bootstrap and Jacobian, the RSS and the
 * residual SD; and the words of its method. What a fit's result holds besides (its data, residuals
 * and curve) is its own.
 */
import { rss, type LsProblem } from './leastSquares';
import {
  bootstrap,
  fitAndProfile,
  jacobianAt,
  numericSpec,
  round,
  withBootstrap,
  type BootstrapOptions,
  type FitResultCommon,
  type ProfiledFit,
} from './fitCommon';

/** A fit's parameters as the optimiser sees them: θ[j] is `ids[j]`, within its declared range. */
export function parameterSpace<Id extends string>(
  ids: readonly Id[],
): { valuesOf(theta: readonly number[]): Readonly<Record<Id, number>>; bounds: LsProblem['bounds'] } {
  return {
    valuesOf: (theta) => Object.fromEntries(ids.map((id, j) => [id, theta[j]!])) as Record<Id, number>,
    bounds: ids.map(numericSpec).map((s) => ({ min: s.min, max: s.max })),
  };
}

export interface Estimate<Id extends string> extends ProfiledFit<Id> {
  readonly jacobian: FitResultCommon<string, Id>['jacobian'];
  /** The residual sum of squares at the estimate, and the residual SD (n − parameters degrees of freedom, at least 1), both rounded to 6 digits. */
  readonly rss: number;
  readonly sigma: number;
}

/**
 * Fits and profiles `problem` from `start`, adds the bootstrap's intervals when `options.bootstrap`
 * asks (refits only when the fit converged), and takes the Jacobian at a converged estimate.
 * `notes` holds the profile's notes, then the bootstrap's.
 */
export function estimate<Id extends string>(
  problem: LsProblem,
  ids: readonly Id[],
  start: readonly number[],
  options: {
    readonly progress?: ((message: string) => void) | undefined;
    readonly bootstrap?: BootstrapOptions | undefined;
    /** The profiles' grid, when not fitCommon's default. */
    readonly profile?: { readonly steps: number; readonly iterations: number };
  } = {},
): Estimate<Id> {
  const { progress } = options;
  const profiled = fitAndProfile(problem, ids, start, progress, options.profile);
  const { fit, converged } = profiled;
  let { parameters, notes } = profiled;
  if (options.bootstrap) {
    const b = withBootstrap(parameters, converged ? bootstrap(problem, fit, options.bootstrap, progress) : null);
    parameters = b.parameters;
    notes = [...notes, ...b.notes];
  }
  const totalRss = rss(problem, fit.theta);
  const n = problem.y.length;
  return {
    ...profiled,
    parameters,
    notes,
    jacobian: converged ? jacobianAt(problem, ids, fit.theta) : null,
    rss: round(totalRss, 6),
    sigma: round(Math.sqrt(totalRss / Math.max(1, n - ids.length)), 6),
  };
}

/** A fit's method in words: its own least-squares problem, then the intervals every fit gives. */
export function fitMethod(problem: string, bootstrapOptions: BootstrapOptions | undefined): string {
  const intervals = 'profile-likelihood 95 % intervals (LR ≤ χ²₁ 0.95)';
  const bootstrapped = bootstrapOptions
    ? `; parametric-bootstrap 95 % percentile intervals (${bootstrapOptions.draws} refits, seed ${bootstrapOptions.seed})`
    : '';
  return `${problem}; ${intervals}${bootstrapped}`;
}
