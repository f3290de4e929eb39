/**
 * The memory metrics of a night (definitions in docs/MODEL-restoration.md, "Memory"), from the
 * memory module's per-epoch series after the pass.
 */
import type { CoreTrajectory } from '../../trajectory';
import type { MetricId } from '../../metrics';
import { EPOCHS_PER_HOUR, STAGE_CODE } from '../../result';
import type { FocalWindows } from '../windows';
import { cohortStep, ENCODING_DAY_H, type Memory } from './memory';

/** NREM epochs after sleep onset over which the local SWA rise is measured (30 min, Huber 2004). */
const LOCAL_SWA_EPOCHS = 60;

/** Its metrics (declared in ../../metrics.ts; Extract keeps the ids checked against METRICS). */
export type MemoryMetricId = Extract<
  MetricId,
  | 'memoryRetained_pct'
  | 'memoryConsolidation'
  | 'spindleDensity_perMin'
  | 'soSpindleCoupling_pct'
  | 'localSwaIncrease_pct'
>;

/**
 * - memoryRetained_pct: the focal day's learning (encoded in the waking epochs of the 16 h before
 *   the focal lights-off) followed alone through the same per-epoch transfer and forgetting as the
 *   module's stores, from its encoding to the morning test (2 h after wake); retained = labile +
 *   stable at the test, as a percentage of what was encoded; null when nothing was learnt.
 * - memoryConsolidation: the stable part alone at the test, 0–1 (null when nothing was learnt).
 * - spindleDensity_perMin: mean spindle density over the focal night's N2 and N3 epochs.
 * - soSpindleCoupling_pct: coupled events / spindles over the same epochs, %.
 * - localSwaIncrease_pct: over the first 30 min of NREM (N1–N3) after the focal sleep onset,
 *   Σ local SWA / Σ SWA − 1, %: the rise over the trained cortex against the model's own
 *   no-learning level (the core's SWA, which is what local SWA is at learningLoad 0).
 */
export function memoryMetrics(
  core: CoreTrajectory,
  p: { readonly learningLoad: number },
  s: Memory,
  w: FocalWindows,
): Record<MemoryMetricId, number | null> {
  const stage = core.stage;
  const dayFrom = Math.max(0, w.lightsOff - ENCODING_DAY_H * EPOCHS_PER_HOUR);
  const cohort = { labile: 0, stable: 0 };
  let encodedTotal = 0;
  for (let i = dayFrom; i <= w.test; i++) {
    const awake = stage[i] === STAGE_CODE.W;
    const encoded = awake && i < w.lightsOff ? s.encodedPerWakeEpoch : 0;
    encodedTotal += encoded;
    cohortStep(cohort, s.transfer[i]!, awake ? s.keepWake : s.keepSleep, encoded);
  }
  const learnt = p.learningLoad > 0 && encodedTotal > 0;

  let spindles = 0;
  let coupled = 0;
  let nremEpochs = 0;
  for (let i = w.lightsOff; i < w.lightsOn; i++) {
    const st = stage[i]!;
    if (st !== STAGE_CODE.N2 && st !== STAGE_CODE.N3) continue;
    spindles += s.spindleDensity[i]!;
    coupled += s.coupledRate[i]!;
    nremEpochs++;
  }

  let local = 0;
  let global = 0;
  if (w.sleepOnset !== null) {
    for (let i = w.sleepOnset, k = 0; i < w.wake && k < LOCAL_SWA_EPOCHS; i++) {
      if (stage[i]! < STAGE_CODE.N1) continue;
      local += s.localSwa[i]!;
      global += core.swa[i]!;
      k++;
    }
  }

  return {
    memoryRetained_pct: learnt ? (100 * (cohort.labile + cohort.stable)) / encodedTotal : null,
    memoryConsolidation: learnt ? cohort.stable / encodedTotal : null,
    spindleDensity_perMin: nremEpochs > 0 ? spindles / nremEpochs : null,
    soSpindleCoupling_pct: spindles > 0 ? (100 * coupled) / spindles : null,
    localSwaIncrease_pct: global > 0 ? 100 * (local / global - 1) : null,
  };
}
