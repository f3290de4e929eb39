/**
 * Sweeps and sensitivity on the simulation pool: many runs of one night that differ only in a
 * parameter or two, fanned out over the workers in batches. Plain Node (no Electron), so the
 * app's IPC, the CLI, tests and the bench share it.
 *
 * - Every point uses the night's seed (common random numbers): points differ by their
 *   parameters alone, so a curve is smooth where the model is.
 * - Batches go out one per worker at a time, never all at once: the pool's queue is shared with
 *   the lab's own runs, which then wait for at most one batch; a cancel has nothing queued to drop.
 * - Batch sizes follow the measured time per run (about BATCH_TARGET_MS each): large enough that
 *   messaging is negligible, small enough that progress moves, the tail stays balanced, and a
 *   cancelled batch (the pool lets a running worker finish) frees its worker soon.
 */
import { SEED_LIMIT } from '../../shared/experiment/format';
import { METRICS, isMetricId, type MetricId } from '../../shared/model/metrics';
import {
  PARAMETERS,
  checkParameterValue,
  type NumberSpec,
  type ParameterId,
  type ParameterOverrides,
  type ParameterValues,
} from '../../shared/model/parameters';
import { resolveParameters } from '../../shared/model/scenarios';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';
import { compileProtocol } from '../../shared/model/protocol';
import type { SweepBatchOutcome, SweepBatchTask } from '../simulation/task';
import { BatchLoop, etaSeconds, type Batch, type BatchPool } from '../../shared/pool/batchLoop';
import { SweepError, expandGrid, jobFailure, type SweepGrid } from './grid';
import type { RefusedPoint, SensitivityEntry, SensitivityResult, SweepResult } from '../../shared/sweep';

export type { RefusedPoint, SensitivityEntry, SensitivityResult, SweepResult } from '../../shared/sweep';

export {
  SweepError,
  axisValues,
  expandGrid,
  type Grid,
  type GridAxis,
  type SweepErrorCode,
  type SweepGrid,
} from './grid';

/** The part of SimulationPool a sweep needs (tests pass a stand-in). */
export type SweepPool = BatchPool<'sweep-batch', SweepBatchTask, SweepBatchOutcome>;

/** The night a sweep varies: its scenario, its own overrides, its protocol events and its seed. */
export interface SweepNight {
  readonly scenario: string;
  readonly params: ParameterOverrides;
  /** Laid over every point's protocol (none: the parameters' protocol alone). */
  readonly events?: readonly ProtocolEvent[];
  readonly seed: number;
}

export interface SweepRequest extends SweepNight {
  /** A SweepDefinition of the experiment file will do; its `night` and `metrics` are not used here. */
  readonly definition: SweepGrid;
}

export interface SweepOptions {
  /** Runs done so far, of `total`; `etaSeconds` is null until the first run has finished. */
  readonly onProgress?: (done: number, total: number, etaSeconds: number | null) => void;
  /** Aborting drops the queued batches and rejects with a SweepError 'cancelled'. */
  readonly signal?: AbortSignal;
}

/** Aim for batches of about this long: ≥ 10 runs at the 25-ms budget, so a message round trip is < 1 %. */
export const BATCH_TARGET_MS = 250;
export const MAX_BATCH_POINTS = 64;

/**
 * Points for the next batch: about BATCH_TARGET_MS of work at the measured pace (1 until
 * measured), and at most half a worker's share of what is left, so the last batches are small
 * and the workers finish together.
 */
export function batchSize(remaining: number, workers: number, msPerPoint: number | null): number {
  const share = Math.ceil(remaining / (2 * Math.max(1, workers)));
  const byTime = msPerPoint === null ? 1 : Math.floor(BATCH_TARGET_MS / Math.max(msPerPoint, 1e-3));
  return Math.max(1, Math.min(MAX_BATCH_POINTS, share, byTime, remaining));
}

/**
 * A batch is hung only well past any run the engine makes today (the longest protocols take a
 * few seconds); the pool's default 30 s would cut off an honest batch of slow runs.
 */
function batchTimeoutMs(points: number): number {
  return 30_000 + 10_000 * points;
}

export interface PointsOutcome {
  readonly values: (number | null)[][];
  readonly refused: RefusedPoint[];
  readonly elapsed_ms: number;
  readonly compute_ms: number;
}

export function checkNight(night: SweepNight): void {
  if (!Number.isInteger(night.seed) || night.seed < 0 || night.seed >= SEED_LIMIT) {
    throw new SweepError('invalid-parameters', `seed must be a whole number from 0 to ${SEED_LIMIT - 1}`, 'seed');
  }
  try {
    const values = resolveParameters(night.scenario, night.params);
    // Events are checked against the night's own protocol once, before any point runs.
    if (night.events && night.events.length > 0) compileProtocol(values, night.events);
  } catch (error) {
    const err = error as Error & { field?: string };
    throw new SweepError('invalid-parameters', err.message, err.field);
  }
}

/** Runs every point over the pool, each as the night with the point's overrides laid over its own. */
export function runPoints(
  pool: SweepPool,
  night: SweepNight,
  points: readonly ParameterOverrides[],
  options: SweepOptions,
): Promise<PointsOutcome> {
  const total = points.length;
  const workers = Math.max(1, pool.stats().size);
  const started = performance.now();
  const rows: Float64Array[] = new Array<Float64Array>(total);
  const refused: RefusedPoint[] = [];
  /** The share of each batch in flight its worker has reported done. */
  const fractions = new Map<Batch, number>();
  let completed = 0;
  let workMs = 0;
  let lastDone = -1;
  const { signal, onProgress } = options;

  const doneSoFar = () => {
    let done = completed;
    for (const [batch, fraction] of fractions) done += Math.floor(fraction * (batch.end - batch.start));
    return done;
  };
  const report = () => {
    if (loop.finished || !onProgress) return;
    const done = doneSoFar();
    if (done === lastDone) return;
    lastDone = done;
    onProgress(done, total, etaSeconds(started, done, total));
  };
  const runs = ({ start, end }: Batch) =>
    end - start === 1 ? `run ${start + 1} of ${total}` : `runs ${start + 1}–${end} of ${total}`;
  const loop = new BatchLoop<SweepBatchOutcome, PointsOutcome>({
    total,
    workers,
    signal,
    nextSize: (remaining) => batchSize(remaining, workers, completed > 0 ? workMs / completed : null),
    send: (batch) => {
      const size = batch.end - batch.start;
      fractions.set(batch, 0);
      return pool.run(
        'sweep-batch',
        {
          scenario: night.scenario,
          params: night.params,
          events: night.events ?? [],
          seed: night.seed,
          points: points.slice(batch.start, batch.end),
        },
        {
          timeoutMs: batchTimeoutMs(size),
          onProgress: (fraction) => {
            fractions.set(batch, fraction);
            report();
          },
        },
      );
    },
    received: (outcome, batch) => {
      fractions.delete(batch);
      const { start } = batch;
      outcome.values.forEach((row, i) => (rows[start + i] = row));
      for (const r of outcome.refused) refused.push({ point: start + r.point, message: r.message });
      workMs += outcome.elapsed_ms;
      completed += batch.end - start;
      report();
      if (completed < total) return loop.launch();
      refused.sort((a, b) => a.point - b.point);
      const values = rows.map((row) => Array.from(row, (v) => (Number.isNaN(v) ? null : v)));
      loop.resolve({ values, refused, elapsed_ms: performance.now() - started, compute_ms: workMs });
    },
    failed: (error, batch) => jobFailure(error, (message) => `the sweep stopped at ${runs(batch)}: ${message}`),
    cancelled: () =>
      new SweepError(
        'cancelled',
        `the sweep was cancelled after ${doneSoFar()} of ${total} runs; its results were discarded`,
      ),
    started: () => {
      onProgress?.(0, total, null);
      lastDone = 0;
    },
  });
  return loop.start();
}

/**
 * Runs a 1-D or 2-D sweep of one night. Rejects with a SweepError: 'invalid-parameters' (before
 * anything runs: the grid or the night is refused, naming the field), 'cancelled' (the signal
 * aborted; nothing is kept), or the pool's code when a batch failed.
 */
export async function runSweep(
  pool: SweepPool,
  request: SweepRequest,
  options: SweepOptions = {},
): Promise<SweepResult> {
  checkNight(request);
  const grid = expandGrid(request.definition);
  const overrides = grid.points.map((point) => {
    const out: Record<string, number> = {};
    grid.axes.forEach((axis, a) => (out[axis.param] = point[a]!));
    return out as ParameterOverrides;
  });
  const outcome = await runPoints(pool, request, overrides, options);
  return {
    axes: grid.axes,
    metrics: METRICS.map((m) => m.id),
    points: grid.points,
    values: outcome.values,
    refused: outcome.refused,
    elapsed_ms: outcome.elapsed_ms,
    compute_ms: outcome.compute_ms,
  };
}

// ── sensitivity ─────────────────────────────────────────────────────────────

/** ±10 % of each parameter's value. */
export const SENSITIVITY_FRACTION = 0.1;

function sensitivityEnd(spec: NumberSpec, value: number, factor: number): number {
  const raw = value * factor;
  const whole = spec.kind === 'integer' ? Math.round(raw) : Number(raw.toPrecision(12));
  return Math.min(spec.max, Math.max(spec.min, whole));
}

/** The largest |Δ| of an entry, or −1 when it has none (sorts last). */
function magnitude(entry: SensitivityEntry): number {
  const deltas = [entry.deltaLow, entry.deltaHigh].filter((d): d is number => d !== null);
  return deltas.length === 0 ? -1 : Math.max(...deltas.map(Math.abs));
}

/**
 * Each non-advanced numeric parameter at ±10 % of the night's value (clamped to its range),
 * everything else as the night has it → the change of one metric, sorted by magnitude.
 */
export async function sensitivity(
  pool: SweepPool,
  night: SweepNight,
  metricId: MetricId,
  options: SweepOptions = {},
): Promise<SensitivityResult> {
  if (!isMetricId(metricId)) {
    throw new SweepError('invalid-parameters', `${JSON.stringify(metricId)} is not a known metric`, 'metric');
  }
  checkNight(night);
  const values: ParameterValues = resolveParameters(night.scenario, night.params);
  const tried: { spec: NumberSpec; value: number; low: number; high: number }[] = [];
  const skipped: ParameterId[] = [];
  for (const spec of PARAMETERS) {
    if (spec.kind === 'choice' || spec.group === 'advanced') continue;
    const numeric = spec as NumberSpec;
    const value = values[spec.id] as number;
    const low = sensitivityEnd(numeric, value, 1 - SENSITIVITY_FRACTION);
    const high = sensitivityEnd(numeric, value, 1 + SENSITIVITY_FRACTION);
    if (low === value && high === value) {
      skipped.push(spec.id);
      continue;
    }
    tried.push({ spec: numeric, value, low, high });
  }
  // Point 0 is the night itself; then each parameter's low and high end.
  const points: ParameterOverrides[] = [{}];
  for (const t of tried) {
    for (const end of [t.low, t.high]) {
      if (checkParameterValue(t.spec.id, end) !== null) throw new Error(`sensitivity end out of range: ${t.spec.id}`);
      points.push({ [t.spec.id]: end });
    }
  }
  const outcome = await runPoints(pool, night, points, options);
  const column = METRICS.findIndex((m) => m.id === metricId);
  const at = (point: number) => outcome.values[point]![column] ?? null;
  const baseline = at(0);
  const delta = (v: number | null) => (v === null || baseline === null ? null : v - baseline);
  const entries: SensitivityEntry[] = tried.map((t, i) => {
    const metricLow = at(1 + 2 * i);
    const metricHigh = at(2 + 2 * i);
    return {
      param: t.spec.id as ParameterId,
      value: t.value,
      low: t.low,
      high: t.high,
      metricLow,
      metricHigh,
      deltaLow: delta(metricLow),
      deltaHigh: delta(metricHigh),
    };
  });
  // Array.prototype.sort is stable: equal magnitudes keep the parameters' declared order.
  entries.sort((a, b) => magnitude(b) - magnitude(a));
  return { metric: metricId, baseline, entries, skipped, refused: outcome.refused, elapsed_ms: outcome.elapsed_ms };
}
