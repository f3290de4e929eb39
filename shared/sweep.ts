/**
 * The results of a parameter sweep and of a sensitivity analysis, as they cross IPC and reach
 * the renderer. Plain data; main/sweep computes them.
 */
import type { MetricId } from './model/metrics';
import type { ParameterId } from './model/parameters';

export interface GridAxis {
  readonly param: ParameterId;
  readonly values: readonly number[];
}

export interface RefusedPoint {
  /** Index into `points`/`values`. */
  readonly point: number;
  /** Why the model refused it (e.g. a time in bed that runs into the next lights-off). */
  readonly message: string;
}

export interface SweepResult {
  /** One axis, or two (the first is the outer one). */
  readonly axes: readonly GridAxis[];
  /** Every metric id, in METRICS order: the columns of `values`. */
  readonly metrics: readonly MetricId[];
  /** The swept values of each run, in run order (two axes: row-major, first axis outer). */
  readonly points: readonly (readonly number[])[];
  /** Per point, per metric; null where the metric is undefined for that run or the run was refused. */
  readonly values: readonly (readonly (number | null)[])[];
  /** Points the model cannot run (all their values null); empty for most sweeps. */
  readonly refused: readonly RefusedPoint[];
  /** Wall time of the sweep. */
  readonly elapsed_ms: number;
  /** Simulation time summed over the workers (ms): compute_ms / points is the engine's cost per run. */
  readonly compute_ms: number;
}

export interface SensitivityEntry {
  readonly param: ParameterId;
  /** The night's value, and the two ends tried (clamped to the range; integers rounded). */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** The metric at each end; null where it is undefined or the run was refused. */
  readonly metricLow: number | null;
  readonly metricHigh: number | null;
  /** Metric at the end − metric of the night; null where either is null. */
  readonly deltaLow: number | null;
  readonly deltaHigh: number | null;
}

export interface SensitivityResult {
  readonly metric: MetricId;
  /** The metric for the night as it is. */
  readonly baseline: number | null;
  /** Largest |Δ| first (a tornado chart's order); entries without any Δ last. */
  readonly entries: readonly SensitivityEntry[];
  /** Parameters left out because ±10 % does not move them (a value of 0, or an integer too small to change). */
  readonly skipped: readonly ParameterId[];
  readonly refused: readonly RefusedPoint[];
  readonly elapsed_ms: number;
}
