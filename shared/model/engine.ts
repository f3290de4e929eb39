/**
 * The engine's entry point: parameters → protocol → core → restoration → metrics.
 */
import type { ParameterValues } from './parameters';
import { EPOCHS_PER_HOUR, type ModelInfo, type SimulationResult } from './result';
import { METRICS } from './metrics';
import { compileProtocol, runInEnd, type Timeline } from './protocol';
import { simulateCore, type CoreRun } from './core';
import { measureCore, type CoreMeasures } from './coreMetrics';
import { runRestoration } from './restoration';
import { addExogenousMelatonin } from './melatonin/exogenous';
import type { ProtocolEvent } from './protocolEvents';

export const MODEL_INFO: ModelInfo = { name: 'nocturne-restoration', version: '0.3.0' };

export interface TimelineRun {
  readonly timeline: Timeline;
  readonly core: CoreRun;
  readonly measures: CoreMeasures;
  readonly result: SimulationResult;
}

/** Runs any timeline (built by compileProtocol or TimelineBuilder) through the whole engine. */
export function simulateTimeline(
  timeline: Timeline,
  params: ParameterValues,
  seed: number,
  focalTimeInBed_h?: number,
  reuseUntil = 0,
): TimelineRun {
  // reuseUntil: see simulateCore (the run-in cache); 0 runs everything.
  const core = simulateCore(timeline, params, seed, reuseUntil);
  // The core's metrics read the endogenous curves (DLMO the unmasked one, the evening suppression
  // masked against unmasked), so they are measured before a dose's level is added to the plasma
  // series shown (the core stepped the same level for the pacemaker and the sleep switch).
  const measures = measureCore(core, timeline, params.dlmoThreshold_pgPerMl);
  addExogenousMelatonin(core.trajectory.melatonin, timeline.melatonin, params.bodyMass_kg);
  const restoration = runRestoration(core.trajectory, params, seed, core.runIn);
  const metrics: Record<string, number | null> = {};
  for (const m of METRICS) {
    // The core's own metrics first (a null there means "undefined", not "ask the restoration").
    const own = measures.metrics as Record<string, number | null>;
    const v = m.id in own ? (own[m.id] ?? null) : (restoration.metrics[m.id] ?? null);
    metrics[m.id] = v !== null && Number.isFinite(v) ? v : null;
  }
  const tr = core.trajectory;
  const result: SimulationResult = {
    model: MODEL_INFO,
    start_h: tr.start_h,
    epochs: tr.epochs,
    focalLightsOff_clock_h: tr.focalLightsOff_clock_h,
    focalTimeInBed_h:
      focalTimeInBed_h ??
      (timeline.focus.awakeNight ? 0 : (timeline.focus.lightsOn - timeline.focus.lightsOff) / EPOCHS_PER_HOUR),
    stage: tr.stage,
    series: { ...core.series, ...restoration.series },
    metrics,
  };
  return { timeline, core, measures, result };
}

/**
 * Simulates the whole protocol of a night (run-in, prior nights, focal night, day after), with its
 * protocol events laid over it (none: the parameters' protocol alone). The core's run-in comes from
 * the run-in cache when an earlier run had the same one (the cache compares the timeline, so an
 * event inside the run-in simply misses it).
 */
export function simulateNight(
  params: ParameterValues,
  seed: number,
  events: readonly ProtocolEvent[] = [],
): SimulationResult {
  const timeline = compileProtocol(params, events);
  return simulateTimeline(timeline, params, seed, params.timeInBed_h, runInEnd(params)).result;
}
