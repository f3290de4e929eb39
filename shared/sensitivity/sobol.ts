/**
 * Sobol' indices by Saltelli's design (Saltelli et al. 2010, Comput Phys Commun 181:259): two
 * independent base samples A and B of N rows, and for each factor i the matrix A_B^(i), A with its
 * column i taken from B. The model runs N·(d + 2) times. From those runs:
 *
 * - first-order S_i  = (1/N) Σ_j f(B)_j · (f(A_B^(i))_j − f(A)_j) / V   (Saltelli 2010, Table 2 (b))
 * - total      S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V           (Jansen 1999, Table 2 (f))
 *
 * with V the variance of f over A and B together, and f centred on its mean over A and B first: the
 * indices do not change under a shift of f, but S_i's estimator is unbiased only in expectation
 * and its spread grows with f's mean (a sleep time of 450 ± 20 min would need far more runs).
 * Both are the estimators the 2010 paper found
 * best of those it compared. Intervals: a seeded bootstrap over the N base rows (Archer et al.
 * 1997), the percentile interval of the re-estimates.
 *
 * Base samples come from the Sobol' sequence (sobolSequence.ts) with a seeded digital shift:
 * A is its first d dimensions, B the next d, as Saltelli 2010 §3 prescribes. A run the model
 * refuses (or a metric it leaves undefined) removes its base row from every estimate, so each
 * index is still computed from whole rows A_j, B_j, A_B^(i)_j.
 */
import { percentile } from '../fit/fitCommon';
import { createRandom } from '../model/random';
import { checkFactors, type SensitivityFactor } from './factors';
import { MAX_SOBOL_DIMENSIONS, sobolPoints } from './sobolSequence';

/** The most factors a Sobol' design here takes (two sequence dimensions each). */
export const MAX_SOBOL_FACTORS = Math.floor(MAX_SOBOL_DIMENSIONS / 2);
/** Bootstrap re-estimates for the intervals unless asked otherwise. */
export const DEFAULT_BOOTSTRAP = 500;
/** Fewer base rows than this give no usable variance. */
export const MIN_SOBOL_N = 4;

/** The model runs of a Sobol' analysis of d factors with N base rows. */
export function sobolRunCount(n: number, factors: number): number {
  return n * (factors + 2);
}

export interface SobolDesign {
  readonly n: number;
  readonly d: number;
  /**
   * Points in the unit cube, row-major (d per row), in blocks of N rows: A, B, then A_B^(1) …
   * A_B^(d). Row b·N + j is base row j of block b.
   */
  readonly u: Float64Array;
}

/** A seeded digital shift, one word per dimension, from its own stream. */
function digitalShift(dimensions: number, seed: number): Uint32Array {
  const random = createRandom(seed, 'sensitivity:sobol-shift');
  return Uint32Array.from({ length: dimensions }, () => Math.floor(random.next() * 2 ** 32) >>> 0);
}

export function sobolDesign(d: number, n: number, seed: number): SobolDesign {
  if (!Number.isInteger(d) || d < 1 || d > MAX_SOBOL_FACTORS) {
    throw new RangeError(`a Sobol' analysis takes 1 to ${MAX_SOBOL_FACTORS} factors, got ${d}`);
  }
  if (!Number.isInteger(n) || n < MIN_SOBOL_N) {
    throw new RangeError(`the base sample size N must be a whole number of at least ${MIN_SOBOL_N}, got ${n}`);
  }
  const base = sobolPoints(n, 2 * d, digitalShift(2 * d, seed));
  const u = new Float64Array(sobolRunCount(n, d) * d);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < d; k++) {
      const a = base[j * 2 * d + k]!;
      const b = base[j * 2 * d + d + k]!;
      u[j * d + k] = a;
      u[(n + j) * d + k] = b;
      for (let i = 0; i < d; i++) u[((2 + i) * n + j) * d + k] = k === i ? b : a;
    }
  }
  return { n, d, u };
}

/** A point estimate with its bootstrap interval. */
export interface Interval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

export interface SobolIndices {
  /** Per factor, in the factors' order. */
  readonly first: readonly Interval[];
  readonly total: readonly Interval[];
  /** Mean and variance of the output over A and B (the rows used). */
  readonly mean: number;
  readonly variance: number;
  /** Base rows every index was computed from, and those dropped for a missing output. */
  readonly rowsUsed: number;
  readonly rowsDropped: number;
}

export interface EstimateOptions {
  readonly bootstrap?: number;
  readonly seed?: number;
  /** Coverage of the intervals (0.95 unless given). */
  readonly confidence?: number;
}

/** S_i and S_Ti of every factor from the base rows `rows` (indices into 0…N−1; repeats allowed). */
function pointEstimates(y: ArrayLike<number>, n: number, d: number, rows: ArrayLike<number>) {
  const m = rows.length;
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < m; r++) {
    const a = y[rows[r]!]!;
    const b = y[n + rows[r]!]!;
    sum += a + b;
    sumSq += a * a + b * b;
  }
  const mean = sum / (2 * m);
  const variance = sumSq / (2 * m) - mean * mean;
  const first = new Float64Array(d);
  const total = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = 0;
    let t = 0;
    for (let r = 0; r < m; r++) {
      const j = rows[r]!;
      const fa = y[j]!;
      const fb = y[n + j]!;
      const fab = y[(2 + i) * n + j]!;
      s += (fb - mean) * (fab - fa);
      t += (fa - fab) * (fa - fab);
    }
    // A constant output has no variance to share out: every index is 0, not 0/0.
    first[i] = variance > 0 ? s / m / variance : 0;
    total[i] = variance > 0 ? t / (2 * m) / variance : 0;
  }
  return { mean, variance, first, total };
}

/**
 * The indices from the outputs of a sobolDesign's runs, in its row order (null or NaN: no
 * output for that run). Throws when fewer than MIN_SOBOL_N base rows are whole.
 */
export function sobolIndices(
  outputs: ArrayLike<number | null>,
  n: number,
  d: number,
  options: EstimateOptions = {},
): SobolIndices {
  if (outputs.length !== sobolRunCount(n, d)) {
    throw new RangeError(`expected ${sobolRunCount(n, d)} outputs (N·(d + 2)), got ${outputs.length}`);
  }
  const y = Float64Array.from({ length: outputs.length }, (_, k) => outputs[k] ?? Number.NaN);
  const whole: number[] = [];
  for (let j = 0; j < n; j++) {
    let ok = true;
    for (let b = 0; b < d + 2 && ok; b++) ok = Number.isFinite(y[b * n + j]!);
    if (ok) whole.push(j);
  }
  if (whole.length < MIN_SOBOL_N) {
    throw new RangeError(
      `only ${whole.length} of ${n} base rows have an output in every run; at least ${MIN_SOBOL_N} are needed`,
    );
  }
  const estimate = pointEstimates(y, n, d, whole);
  const draws = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const alpha = (1 - (options.confidence ?? 0.95)) / 2;
  const random = createRandom(options.seed ?? 0, 'sensitivity:sobol-bootstrap');
  const firstDraws = Array.from({ length: d }, () => new Float64Array(draws));
  const totalDraws = Array.from({ length: d }, () => new Float64Array(draws));
  const rows = new Uint32Array(whole.length);
  for (let b = 0; b < draws; b++) {
    for (let r = 0; r < rows.length; r++) rows[r] = whole[Math.floor(random.next() * whole.length)]!;
    const e = pointEstimates(y, n, d, rows);
    for (let i = 0; i < d; i++) {
      firstDraws[i]![b] = e.first[i]!;
      totalDraws[i]![b] = e.total[i]!;
    }
  }
  const interval = (value: number, samples: Float64Array): Interval => {
    if (draws === 0) return { value, low: value, high: value };
    const sorted = Array.from(samples).sort((p, q) => p - q);
    return { value, low: percentile(sorted, alpha), high: percentile(sorted, 1 - alpha) };
  };
  return {
    first: Array.from(estimate.first, (v, i) => interval(v, firstDraws[i]!)),
    total: Array.from(estimate.total, (v, i) => interval(v, totalDraws[i]!)),
    mean: estimate.mean,
    variance: estimate.variance,
    rowsUsed: whole.length,
    rowsDropped: n - whole.length,
  };
}

/** The factors' values of every design row, row-major: what a model is run at. */
export function factorValues(factors: readonly SensitivityFactor[], u: Float64Array): Float64Array {
  const d = factors.length;
  const out = new Float64Array(u.length);
  for (let k = 0; k < u.length; k++) out[k] = factors[k % d]!.quantile(u[k]!);
  return out;
}

/**
 * The whole analysis of a plain function of the factors' values (validation functions, quick
 * models): design, runs, indices. The lab's model goes through main/sensitivity instead, where
 * the runs are simulations on the worker pool.
 */
export function sobolAnalysis(
  factors: readonly SensitivityFactor[],
  model: (x: Float64Array) => number | null,
  options: { readonly n: number; readonly seed?: number } & EstimateOptions,
): SobolIndices {
  checkFactors(factors);
  const d = factors.length;
  const design = sobolDesign(d, options.n, options.seed ?? 0);
  const x = factorValues(factors, design.u);
  const outputs = Array.from({ length: sobolRunCount(options.n, d) }, (_, r) => model(x.subarray(r * d, (r + 1) * d)));
  return sobolIndices(outputs, options.n, d, options);
}
