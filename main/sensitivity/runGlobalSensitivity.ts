/**
 * Global sensitivity of one metric over the person parameters, on the simulation pool: the design
 * of shared/sensitivity (Saltelli's A/B/A_B^(i) or Morris trajectories) becomes one override set
 * per run, and the runs go through the sweep's batching (runPoints: progress, ETA, cancel, a share
 * of the pool's queue), then the estimators turn the metric's values into indices.
 *
 * For Δ B − A both nights run the same design points with their own seeds (the nights' common
 * random numbers), night A first, and the output of a point is B's metric minus A's.
 *
 * The factors are either a population's distributions (`population`: every parameter it draws,
 * through its marginal) or parameters over their declared ranges (`factors`, `quantiles`).
 */
import { METRICS, isMetricId, metricInfo, type MetricId } from '../../shared/model/metrics';
import { parameterSpec, type ParameterOverrides } from '../../shared/model/parameters';
import { factorValues, sobolDesign, sobolIndices, sobolRunCount } from '../../shared/sensitivity/sobol';
import { morrisDesign, morrisIndices, morrisRunCount } from '../../shared/sensitivity/morris';
import { requestFactors, type SensitivityPopulation } from '../../shared/sensitivity/population';
import {
  SensitivityInputError,
  checkSensitivitySize,
  factorValue,
  type FactorIndices,
  type GlobalSensitivityResult,
  type ParameterFactor,
  type SensitivityMethod,
  type SensitivityTarget,
} from '../../shared/sensitivity/model';
import {
  SweepError,
  checkNight,
  runPoints,
  type SweepNight,
  type SweepOptions,
  type SweepPool,
} from '../sweep/runSweep';

export interface GlobalSensitivityRequest {
  /** Both nights as the experiment has them; only the target's are run. */
  readonly nights: { readonly a: SweepNight; readonly b: SweepNight };
  readonly metric: string;
  readonly target: SensitivityTarget;
  readonly method: SensitivityMethod;
  /** N (Sobol') or r (Morris). */
  readonly size: number;
  readonly seed: number;
  /** Parameter ids (default: the person parameters and traits, DEFAULT_FACTOR_IDS). */
  readonly factors?: readonly string[];
  /** A quantile function per factor id (default: the declared range, uniform). */
  readonly quantiles?: Readonly<Record<string, (u: number) => number>>;
  /**
   * The factors are this population's distributions instead (a preset, or the file's cohort
   * section's edited lists, as the experiment file keeps them); excludes `factors` and `quantiles`.
   */
  readonly population?: SensitivityPopulation;
}

/** Everything a request needs checked, before any run: the refusal names the field. */
function prepare(request: GlobalSensitivityRequest): {
  factors: ParameterFactor[];
  population: string | null;
  metric: MetricId;
} {
  if (!isMetricId(request.metric)) {
    throw new SweepError('invalid-parameters', `${JSON.stringify(request.metric)} is not a known metric`, 'metric');
  }
  try {
    const { factors, population } = requestFactors(request);
    checkSensitivitySize(request.method, request.size, factors.length);
    if (!Number.isInteger(request.seed) || request.seed < 0 || request.seed > 0xffffffff) {
      throw new SensitivityInputError(`seed must be a whole number from 0 to 4294967295, got ${request.seed}`, 'seed');
    }
    return { factors, population, metric: request.metric };
  } catch (error) {
    if (error instanceof SensitivityInputError) throw new SweepError('invalid-parameters', error.message, error.field);
    throw error;
  }
}

/** The override set of every design row: the factors' values at its quantiles. */
function overridesOf(factors: readonly ParameterFactor[], u: Float64Array): ParameterOverrides[] {
  const d = factors.length;
  const values = factorValues(factors, u);
  return Array.from({ length: u.length / d }, (_, row) => {
    const point: Record<string, number | string> = {};
    factors.forEach((f, k) => (point[f.id] = factorValue(f, values[row * d + k]!)));
    return point as ParameterOverrides;
  });
}

/**
 * Runs the analysis. Rejects with a SweepError: 'invalid-parameters' before anything runs (an
 * unknown metric or factor, a size out of range, a night the model refuses), 'cancelled' when the
 * signal aborts (nothing is kept), or the pool's code when a batch failed.
 */
export async function runGlobalSensitivity(
  pool: SweepPool,
  request: GlobalSensitivityRequest,
  options: SweepOptions = {},
): Promise<GlobalSensitivityResult> {
  const { factors, population, metric } = prepare(request);
  const nights = request.target === 'diff' ? [request.nights.a, request.nights.b] : [request.nights[request.target]];
  for (const night of nights) checkNight(night);
  const d = factors.length;
  const sobol = request.method === 'sobol' ? sobolDesign(d, request.size, request.seed) : null;
  const morris = request.method === 'morris' ? morrisDesign(d, request.size, request.seed) : null;
  const points = overridesOf(factors, (sobol ?? morris)!.u);

  const column = METRICS.findIndex((m) => m.id === metric);
  const perNight = points.length;
  const total = perNight * nights.length;
  const outputs: (number | null)[][] = [];
  let refused = 0;
  let firstRefusal: string | null = null;
  let elapsed = 0;
  let compute = 0;
  let doneSoFar = 0;
  for (const [index, night] of nights.entries()) {
    const offset = index * perNight;
    const outcome = await runPoints(pool, night, points, {
      ...(options.signal ? { signal: options.signal } : {}),
      // One bar for both nights: runs of night A count before night B's.
      onProgress: (done: number, _total: number, eta: number | null) => {
        doneSoFar = offset + done;
        const rest = (nights.length - 1 - index) * perNight;
        const perRun = eta !== null && done > 0 && done < perNight ? eta / (perNight - done) : null;
        options.onProgress?.(offset + done, total, eta === null ? null : eta + (perRun ?? 0) * rest);
      },
    }).catch((error: unknown) => {
      // The sweep's words name a sweep and one night's runs; say it of the analysis and all its runs.
      if (error instanceof SweepError && error.code === 'cancelled') {
        throw new SweepError(
          'cancelled',
          `the analysis was cancelled after ${doneSoFar} of ${total} runs; nothing was kept`,
        );
      }
      throw error;
    });
    outputs.push(outcome.values.map((row) => row[column] ?? null));
    refused += outcome.refused.length;
    firstRefusal ??= outcome.refused[0]?.message ?? null;
    elapsed += outcome.elapsed_ms;
    compute += outcome.compute_ms;
  }
  const y = outputs[0]!.map((a, k) => {
    if (outputs.length === 1) return a;
    const b = outputs[1]![k] ?? null;
    return a === null || b === null ? null : b - a;
  });

  const unit = metricInfo(metric)?.unit ?? '';
  const base = (f: ParameterFactor) => ({
    id: f.id,
    label: f.label,
    unit: parameterSpec(f.id)?.unit ?? '',
    min: f.min,
    max: f.max,
    ...(f.choices ? { choices: f.choices } : {}),
  });
  let rows: FactorIndices[];
  let mean: number | null = null;
  let variance: number | null = null;
  let rowsDropped = 0;
  try {
    if (sobol) {
      if (y.length !== sobolRunCount(request.size, d)) throw new Error('sobol outputs out of step with the design');
      const indices = sobolIndices(y, request.size, d, { seed: request.seed });
      rows = factors.map((f, i) => ({ ...base(f), first: indices.first[i]!, total: indices.total[i]! }));
      ({ mean, variance, rowsDropped } = indices);
      rows.sort((p, q) => q.total!.value - p.total!.value);
    } else {
      if (y.length !== morrisRunCount(request.size, d)) throw new Error('morris outputs out of step with the design');
      const indices = morrisIndices(y, morris!, { seed: request.seed });
      rows = factors.map((f, i) => {
        const e = indices.factors[i]!;
        return { ...base(f), muStar: e.muStar, mu: e.mu, sigma: e.sigma };
      });
      // A factor without any elementary effect (every run refused) sorts last.
      const key = (r: FactorIndices) => (Number.isFinite(r.muStar!.value) ? r.muStar!.value : -1);
      rows.sort((p, q) => key(q) - key(p));
    }
  } catch (error) {
    if (error instanceof RangeError) {
      const why = firstRefusal ? `; the model refused ${refused} runs, first: ${firstRefusal}` : '';
      throw new SweepError(
        'simulation-failed',
        `${metricInfo(metric)?.label ?? metric} (${unit}) has too few values: ${error.message}${why}`,
      );
    }
    throw error;
  }
  return {
    method: request.method,
    metric,
    target: request.target,
    size: request.size,
    seed: request.seed,
    population,
    factors: rows,
    runs: total,
    mean,
    variance,
    rowsDropped,
    refused,
    firstRefusal,
    elapsed_ms: elapsed,
    compute_ms: compute,
  };
}
