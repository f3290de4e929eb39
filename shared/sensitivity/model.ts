/**
 * Global sensitivity of the lab's model: which person parameters are the factors, what a request
 * asks for (metric, night or Δ B − A, method, size, seed) and what comes back across IPC. Pure
 * data and checks; main/sensitivity runs the simulations.
 */
import type { MetricId } from '../model/metrics';
import { PARAMETERS, parameterSpec, type NumberSpec, type ParameterId } from '../model/parameters';
import type { SensitivityFactor } from './factors';
import { morrisRunCount } from './morris';
import { MAX_SOBOL_FACTORS, MIN_SOBOL_N, sobolRunCount, type Interval } from './sobol';

export const SENSITIVITY_METHODS = ['sobol', 'morris'] as const;
export type SensitivityMethod = (typeof SENSITIVITY_METHODS)[number];

/** Which output is analysed: night A's metric, night B's, or the paired difference B − A. */
export const SENSITIVITY_TARGETS = ['a', 'b', 'diff'] as const;
export type SensitivityTarget = (typeof SENSITIVITY_TARGETS)[number];

/** N for Sobol' (base rows) and r for Morris (trajectories), as a request may ask. */
export const SENSITIVITY_SIZE = {
  sobol: { min: MIN_SOBOL_N, max: 4096, default: 64 },
  morris: { min: 2, max: 1000, default: 10 },
} as const;

/**
 * The 'advanced' constants that are traits of a person rather than of physiology at large, so a
 * population varies them (issue 17: homeostatic time constants after Rusterholz 2010, thresholds,
 * light sensitivity, caffeine half-life, trait vulnerability after Van Dongen 2004). With the
 * numeric parameters of the 'person' group they are the default factors; their ranges, units and
 * citations stay in their declarations.
 */
export const PERSON_TRAITS = [
  'sTauWake_h',
  'sTauSleep_h',
  'sUpperThreshold',
  'sLowerThreshold',
  'lightSensitivity',
  'caffeineHalfLife_h',
  'pvtVulnerability',
] as const satisfies readonly ParameterId[];

/** The default factors: every numeric person parameter, then the person traits, in catalogue order. */
export const DEFAULT_FACTOR_IDS: readonly ParameterId[] = PARAMETERS.filter(
  (p) => p.kind !== 'choice' && (p.group === 'person' || (PERSON_TRAITS as readonly string[]).includes(p.id)),
).map((p) => p.id);

/** A refused request, naming the field at fault (`factors`, `n`, `metric`, …). */
export class SensitivityInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'SensitivityInputError';
  }
}

/** A factor that is a model parameter: its quantile lands on values the parameter accepts. */
export interface ParameterFactor extends SensitivityFactor {
  readonly id: ParameterId;
  /** The range the factor spans (its quantiles at the design's extremes, or the declared range). */
  readonly min: number;
  readonly max: number;
  /**
   * A choice parameter (a population's `sex`): the quantile gives an index into these, which
   * `factorValue` turns back into the value the model takes.
   */
  readonly choices?: readonly string[];
}

/** A factor's design value as the model takes it: the choice for a choice factor, else the number. */
export function factorValue(factor: ParameterFactor, value: number): number | string {
  return factor.choices ? factor.choices[value]! : value;
}

/**
 * One parameter as a factor: uniform over its declared range unless a quantile function is
 * given (a cohort's marginal). Values are kept on the declared range and whole for integer
 * parameters, so every design point is one the model accepts.
 */
export function parameterFactor(id: string, quantile?: (u: number) => number): ParameterFactor {
  const spec = parameterSpec(id);
  if (!spec) throw new SensitivityInputError(`factor "${id}" is not a parameter of the model`, 'factors');
  if (spec.kind === 'choice') {
    throw new SensitivityInputError(
      `factor "${id}" is a choice (${spec.choices.join(', ')}); factors must be numeric parameters`,
      'factors',
    );
  }
  const numeric = spec as NumberSpec;
  const fit = (value: number) => {
    const clamped = Math.min(numeric.max, Math.max(numeric.min, value));
    return numeric.kind === 'integer' ? Math.round(clamped) : clamped;
  };
  // Integers uniform over their whole values: each of max − min + 1 values gets an equal share of u.
  const uniform =
    numeric.kind === 'integer'
      ? (u: number) =>
          numeric.min + Math.min(numeric.max - numeric.min, Math.floor(u * (numeric.max - numeric.min + 1)))
      : (u: number) => numeric.min + u * (numeric.max - numeric.min);
  const q = quantile ?? uniform;
  return {
    id: numeric.id as ParameterId,
    label: numeric.label,
    min: quantile ? fit(q(0.001)) : numeric.min,
    max: quantile ? fit(q(0.999)) : numeric.max,
    quantile: (u) => fit(q(u)),
  };
}

/** The factors of a request: the given ids (default: DEFAULT_FACTOR_IDS), each with its quantile if given. */
export function modelFactors(
  ids: readonly string[] = DEFAULT_FACTOR_IDS,
  quantiles: Readonly<Record<string, (u: number) => number>> = {},
): ParameterFactor[] {
  if (ids.length === 0) throw new SensitivityInputError('name at least one factor', 'factors');
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new SensitivityInputError(`factor "${id}" is named twice`, 'factors');
    seen.add(id);
  }
  for (const id of Object.keys(quantiles)) {
    if (!seen.has(id))
      throw new SensitivityInputError(`a quantile is given for "${id}", which is not a factor`, 'factors');
  }
  return ids.map((id) => parameterFactor(id, quantiles[id]));
}

/** Simulations a request costs: per night its design's runs, twice for the difference B − A. */
export function sensitivityRuns(
  method: SensitivityMethod,
  size: number,
  factors: number,
  target: SensitivityTarget,
): number {
  const perNight = method === 'sobol' ? sobolRunCount(size, factors) : morrisRunCount(size, factors);
  return target === 'diff' ? 2 * perNight : perNight;
}

/** Checks the size of a request (N or r) against its method, naming the field `n`. */
export function checkSensitivitySize(method: SensitivityMethod, size: number, factors: number): void {
  const { min, max } = SENSITIVITY_SIZE[method];
  const what = method === 'sobol' ? 'the base sample size N' : 'the number of Morris trajectories r';
  if (!Number.isInteger(size) || size < min || size > max) {
    throw new SensitivityInputError(`${what} must be a whole number from ${min} to ${max}, got ${size}`, 'n');
  }
  if (method === 'sobol' && factors > MAX_SOBOL_FACTORS) {
    throw new SensitivityInputError(
      `a Sobol' analysis takes at most ${MAX_SOBOL_FACTORS} factors, got ${factors}`,
      'factors',
    );
  }
}

/** One factor's indices, as the chart and the table show them. */
export interface FactorIndices {
  readonly id: ParameterId;
  readonly label: string;
  readonly unit: string;
  /** The span the factor was varied over (for a choice factor, indices into `choices`). */
  readonly min: number;
  readonly max: number;
  /** A choice factor's values, in the order of its indices. */
  readonly choices?: readonly string[];
  /** Sobol': first-order and total indices with their bootstrap intervals. */
  readonly first?: Interval;
  readonly total?: Interval;
  /** Morris: μ* (with its interval), μ and σ, in the metric's unit per the factor's whole span. */
  readonly muStar?: Interval;
  readonly mu?: number;
  readonly sigma?: number;
}

export interface GlobalSensitivityResult {
  readonly method: SensitivityMethod;
  readonly metric: MetricId;
  readonly target: SensitivityTarget;
  /** N (Sobol') or r (Morris). */
  readonly size: number;
  readonly seed: number;
  /**
   * What the factors were drawn from: a population's id (its marginals, `population.ts`), or
   * null for the declared ranges (each parameter uniform over its catalogue range).
   */
  readonly population: string | null;
  /** Largest S_Ti (Sobol') or μ* (Morris) first. */
  readonly factors: readonly FactorIndices[];
  /** Simulations run (both nights for Δ). */
  readonly runs: number;
  /** Sobol': mean and variance of the output over A and B; base rows dropped for a missing output. */
  readonly mean: number | null;
  readonly variance: number | null;
  readonly rowsDropped: number;
  /** Runs the model refused (their outputs missing), with the first reason. */
  readonly refused: number;
  readonly firstRefusal: string | null;
  readonly elapsed_ms: number;
  /** Simulation time summed over workers: compute_ms / runs is the cost of one run. */
  readonly compute_ms: number;
}
