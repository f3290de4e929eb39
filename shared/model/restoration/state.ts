/** The restoration modules of one night, wired in the order they read each other. */
import type { CoreTrajectory } from '../trajectory';
import type { ParameterValues } from '../parameters';
import { Neurotransmitters } from './neurotransmitters';
import { Synapses } from './synapses';
import { Glymphatic } from './glymphatic';
import { GrowthHormone } from './growthHormone';
import { Cortisol } from './cortisol';
import { Testosterone, Thyrotropin } from './thyroidGonadal';
import { Performance } from './outcome';
import { RESTORATION_BASELINE } from './baseline';
import { lookupAttachment, storeAttachment } from '../runInCache';
import {
  restorationKey,
  restoreRestoration,
  snapshotBytes,
  snapshotRestoration,
  type RestorationSnapshot,
} from './resume';

export interface RestorationState {
  readonly neuro: Neurotransmitters;
  readonly synapses: Synapses;
  readonly glymphatic: Glymphatic;
  readonly gh: GrowthHormone;
  readonly cortisol: Cortisol;
  readonly tsh: Thyrotropin;
  readonly testosterone: Testosterone;
  readonly performance: Performance;
}

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
  const neuro = new Neurotransmitters(core, p);
  const synapses = new Synapses(core, p);
  const glymphatic = new Glymphatic(core, p);
  const gh = new GrowthHormone(core, p, seed);
  const cortisol = new Cortisol(core, p);
  const tsh = new Thyrotropin(core, p);
  const testosterone = new Testosterone(core, p);
  const performance = new Performance(core, p, restedFatigue);
  const state = { neuro, synapses, glymphatic, gh, cortisol, tsh, testosterone, performance };
  const n = core.epochs;
  const boundary = runIn && runIn.boundary > 0 && runIn.boundary < n ? runIn.boundary : 0;
  if (boundary === 0) {
    stepEpochs(state, 0, n);
    return state;
  }
  const key = restorationKey(p, seed, restedFatigue, boundary);
  const saved = lookupAttachment<RestorationSnapshot>(runIn!.id, key);
  if (saved) {
    restoreRestoration(saved, state);
  } else {
    stepEpochs(state, 0, boundary);
    const snapshot = snapshotRestoration(core, state, boundary);
    storeAttachment(runIn!.id, key, snapshot, snapshotBytes(snapshot));
  }
  stepEpochs(state, boundary, n);
  return state;
}

/**
 * Runs epochs [from, to) module by module, each over the whole range in one loop of its own
 * (its state in locals, not object fields: the hot loops of the pass). Module order is the order
 * they read each other: the synapses and the glymphatic system read the neurotransmitters' NE
 * and ACh of the same epoch, which the neurotransmitters write for the range (neTrace, achTrace);
 * the others read only the core. The values are those of an epoch-by-epoch pass, bit for bit.
 */
function stepEpochs(s: RestorationState, from: number, to: number): void {
  const neTrace = new Float64Array(to - from);
  const achTrace = new Float64Array(to - from);
  s.neuro.run(from, to, neTrace, achTrace);
  s.synapses.run(from, to, neTrace);
  s.glymphatic.run(from, to, neTrace, achTrace);
  s.gh.run(from, to);
  s.cortisol.run(from, to);
  s.tsh.run(from, to);
  s.testosterone.run(from, to);
  s.performance.run(from, to);
}
