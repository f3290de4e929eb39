/**
 * The restoration pass as the engine calls it: the modules of the catalogue (each in its folder,
 * implementing ./module.ts) run over the core's trajectory on the same 30-s grid (./run.ts), then
 * the restoration metrics score the night (./metrics.ts).
 */
import type { ParameterValues } from '../parameters';
import type { MetricId } from '../metrics';
import type { CoreTrajectory } from '../trajectory';
import { RESTORATION_BASELINE, type BaselineQuantities } from './baseline';
import { restorationMetrics } from './metrics';
import { restorationSeries, simulateRestoration } from './run';

/** What the pass gives back: every module's series (RESTORATION_SERIES) and the metrics. */
export interface ModuleOutput {
  readonly series: Readonly<Record<string, Float32Array>>;
  readonly metrics: Partial<Record<MetricId, number | null>>;
}

/** Runs the modules with explicit baseline units; used to derive RESTORATION_BASELINE itself. */
export function runRestorationWith(
  core: CoreTrajectory,
  params: ParameterValues,
  seed: number,
  baseline: BaselineQuantities,
  runIn?: { readonly boundary: number; readonly id: number },
): ModuleOutput {
  const s = simulateRestoration(core, params, seed, baseline.fatigueAtTest, runIn);
  const series = restorationSeries(s);
  return { series, metrics: restorationMetrics(core, params, s, baseline) };
}

/** `runIn`: the CoreRun's, to resume at its boundary (see simulateRestoration). */
export function runRestoration(
  core: CoreTrajectory,
  params: ParameterValues,
  seed: number,
  runIn?: { readonly boundary: number; readonly id: number },
): ModuleOutput {
  return runRestorationWith(core, params, seed, RESTORATION_BASELINE, runIn);
}

export { simulateRestoration, type RestorationState } from './run';
export { measureBaselineQuantities, READINESS_WEIGHTS } from './metrics';
export { RESTORATION_BASELINE, RESTORATION_BASELINE_SEED, type BaselineQuantities } from './baseline';
export { RESTORATION_MODULES, RESTORATION_SERIES } from '../catalogue';
