/**
 * The restoration pass: every module of the catalogue's RESTORATION_MODULES, built and stepped
 * through the interface of ./module.ts, in the catalogue's order (the order they read each other).
 */
import type { CoreTrajectory } from '../trajectory';
import type { ParameterValues } from '../parameters';
import { RESTORATION_MODULES } from '../catalogue';
import { RESTORATION_BASELINE } from './baseline';
import { TRACE_IDS, type RestorationModule, type TraceId } from './module';
import { lookupAttachment, runInHandedOff, storeAttachment } from '../runInCache';
import {
  restorationKey,
  restoreRestoration,
  snapshotBytes,
  snapshotRestoration,
  type RestorationSnapshot,
} from './resume';

type Modules = typeof RESTORATION_MODULES;

/** Every module's state after the pass, by module id (what the metrics read). */
export type RestorationState = {
  readonly [M in Modules[number] as M['id']]: ReturnType<M['init']>;
};

/**
 * The modules as the pass sees them: any module is given the whole ParameterValues (each reads
 * only its part) and its own state back.
 */
const MODULES: readonly RestorationModule<string, ParameterValues>[] = RESTORATION_MODULES;

/**
 * Runs every module over the core's 30-s grid, epoch by epoch: neurotransmitters first (the
 * synapses and the glymphatic system read this epoch's NE and ACh), then the rest.
 *
 * With `runIn` (CoreRun.runIn: the core's run-in came from, or went into, the run-in cache) the
 * modules' state at its boundary is taken from, or attached to, that cache entry (resume.ts);
 * the result is bit-identical either way.
 */
export function simulateRestoration(
  core: CoreTrajectory,
  p: ParameterValues,
  seed: number,
  restedFatigue: number = RESTORATION_BASELINE.fatigueAtTest,
  runIn?: { readonly boundary: number; readonly id: number },
): RestorationState {
  const inputs = { seed, restedFatigue };
  const states: Record<string, object> = {};
  for (const m of MODULES) states[m.id] = m.init(core, p, inputs);
  const state = states as unknown as RestorationState;
  const n = core.epochs;
  const boundary = runIn && runIn.boundary > 0 && runIn.boundary < n ? runIn.boundary : 0;
  if (boundary === 0) {
    stepEpochs(states, 0, n);
    return state;
  }
  const key = restorationKey(p, seed, restedFatigue, boundary);
  const saved = lookupAttachment<RestorationSnapshot>(runIn!.id, key);
  if (saved) {
    restoreRestoration(saved, states);
  } else {
    stepEpochs(states, 0, boundary);
    const snapshot = snapshotRestoration(core, states, boundary, runInHandedOff(runIn!.id));
    storeAttachment(runIn!.id, key, snapshot, snapshotBytes(snapshot));
  }
  stepEpochs(states, boundary, n);
  return state;
}

/**
 * Runs epochs [from, to) module by module, each over the whole range in one loop of its own
 * (its state in locals, not object fields: the hot loops of the pass). Module order is the order
 * they read each other: a module that reads a trace (RangeTraces) of the range comes after the
 * one that writes it; the others read only the core. The values are those of an epoch-by-epoch
 * pass, bit for bit.
 */
function stepEpochs(states: Readonly<Record<string, object>>, from: number, to: number): void {
  const traces = {} as Record<TraceId, Float64Array>;
  for (const id of TRACE_IDS) traces[id] = new Float64Array(to - from);
  for (const m of MODULES) m.step(states[m.id]!, from, to, traces);
}

/** The series of every module, in the catalogue's order (RESTORATION_SERIES). */
export function restorationSeries(state: RestorationState): Record<string, Float32Array> {
  const states = state as unknown as Readonly<Record<string, object>>;
  const series: Record<string, Float32Array> = {};
  for (const m of MODULES) Object.assign(series, m.output(states[m.id]!));
  return series;
}
