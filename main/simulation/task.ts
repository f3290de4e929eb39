/**
 * The simulation task a worker runs: resolve a night's parameters, simulate its protocol, cut
 * the requested window, and hand back the result with the typed arrays to transfer.
 * Plain functions so the worker, the CLI and tests share them.
 */
import { simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import { cutWindow, focalWindow } from '../../shared/model/window';
import type { SimulationResult } from '../../shared/model/result';
import type { ParameterOverrides } from '../../shared/model/parameters';

export interface SimulationTask {
  readonly scenario: string;
  readonly params: ParameterOverrides;
  readonly seed: number;
  readonly window: 'focal' | 'protocol';
}

export interface TaskOutcome {
  readonly result: SimulationResult;
  readonly elapsed_ms: number;
}

export function runSimulationTask(task: SimulationTask): TaskOutcome {
  const started = performance.now();
  const values = resolveParameters(task.scenario, task.params);
  const full = simulateNight(values, task.seed);
  const result = task.window === 'protocol' ? full : cutWindow(full, focalWindow(full));
  return { result, elapsed_ms: performance.now() - started };
}

/** The buffers of a result, to move rather than copy across threads. */
export function transferablesOf(result: SimulationResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>([result.stage.buffer as ArrayBuffer]);
  for (const series of Object.values(result.series)) buffers.add(series.buffer as ArrayBuffer);
  return [...buffers];
}
