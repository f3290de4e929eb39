/**
 * The simulation task a worker runs: resolve a night's parameters, simulate its protocol, cut
 * the requested window, and hand back the result with the typed arrays to transfer.
 * Plain functions so the worker, the CLI and tests share them. Sweeps send batches of points
 * instead (runSweepBatch), and get back only the metrics.
 */
import { simulateNight } from '../../shared/model/engine';
import { METRICS } from '../../shared/model/metrics';
import { resolveParameters } from '../../shared/model/scenarios';
import { cutWindow, focalCut } from '../../shared/model/window';
import type { SimulationResult } from '../../shared/model/result';
import type { ParameterOverrides, ParameterValues } from '../../shared/model/parameters';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';

/**
 * A night to simulate, with its parameters already resolved (scenario values + overrides) and
 * checked: main checks and resolves once, where the request enters (handlers.ts), and the worker
 * trusts what it is sent.
 */
export interface SimulationTask {
  readonly values: ParameterValues;
  /** Checked by main like the values (compileProtocol refuses a bad one with a ProtocolError anyway). */
  readonly events?: readonly ProtocolEvent[];
  readonly seed: number;
  readonly window: 'focal' | 'protocol';
}

export interface TaskOutcome {
  readonly result: SimulationResult;
  readonly elapsed_ms: number;
}

export function runSimulationTask(task: SimulationTask): TaskOutcome {
  const started = performance.now();
  const full = simulateNight(task.values, task.seed, task.events ?? []);
  const result = task.window === 'protocol' ? full : cutWindow(full, focalCut(full));
  return { result, elapsed_ms: performance.now() - started };
}

/** The buffers of a result, to move rather than copy across threads. */
export function transferablesOf(result: SimulationResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>([result.stage.buffer as ArrayBuffer]);
  for (const series of Object.values(result.series)) buffers.add(series.buffer as ArrayBuffer);
  return [...buffers];
}

/**
 * A batch of sweep points for one worker message: one job per point would cost a message round
 * trip and a full result (every series) per run, when a sweep only keeps the metrics.
 */
export interface SweepBatchTask {
  readonly scenario: string;
  /** The night's own overrides, shared by every point. */
  readonly params: ParameterOverrides;
  /** The night's protocol events, laid over every point's protocol. */
  readonly events: readonly ProtocolEvent[];
  /** One seed for every point (common random numbers: points differ by their parameters alone). */
  readonly seed: number;
  /** Per point, the overrides laid over `params` (the swept values). */
  readonly points: readonly ParameterOverrides[];
}

export interface SweepBatchOutcome {
  /** Per point, the metrics in METRICS order; NaN where a metric is undefined or the point was refused. */
  readonly values: Float64Array[];
  /** Points the model refuses as input (a protocol that cannot be run), with the reason; their values are all NaN. */
  readonly refused: readonly { readonly point: number; readonly message: string }[];
  readonly elapsed_ms: number;
}

/** The buffers of a batch's metric rows, to move rather than copy across threads. */
export function batchTransferables(outcome: SweepBatchOutcome): ArrayBuffer[] {
  return outcome.values.map((row) => row.buffer as ArrayBuffer);
}

/**
 * Runs every point of a batch. A point whose parameters or protocol the model refuses becomes a
 * refused point (a sweep may cross into settings the model cannot run, e.g. a time in bed that
 * runs into the next lights-off); any other error is a bug and fails the batch, naming the point.
 */
export function runSweepBatch(
  task: SweepBatchTask,
  onPoint?: (done: number, total: number) => void,
): SweepBatchOutcome {
  const started = performance.now();
  const values: Float64Array[] = [];
  const refused: { point: number; message: string }[] = [];
  task.points.forEach((point, index) => {
    const row = new Float64Array(METRICS.length).fill(Number.NaN);
    let result: SimulationResult | null = null;
    try {
      result = simulateNight(resolveParameters(task.scenario, { ...task.params, ...point }), task.seed, task.events);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      if (err.name !== 'ParameterError' && err.name !== 'ProtocolError') {
        throw new Error(`${describePoint(point)}: ${err.message}`, { cause: error });
      }
      refused.push({ point: index, message: `${describePoint(point)}: ${err.message}` });
    }
    if (result) {
      for (let m = 0; m < METRICS.length; m++) {
        const value = result.metrics[METRICS[m]!.id];
        if (typeof value === 'number' && Number.isFinite(value)) row[m] = value;
      }
    }
    values.push(row);
    onPoint?.(index + 1, task.points.length);
  });
  return { values, refused, elapsed_ms: performance.now() - started };
}

function describePoint(point: ParameterOverrides): string {
  return Object.entries(point)
    .map(([id, value]) => `${id} = ${value}`)
    .join(', ');
}
