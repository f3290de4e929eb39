/**
 * The restoration metrics of a night (definitions and windows in docs/MODEL-restoration.md),
 * computed from the module series after the epoch loop.
 */
import type { CoreTrajectory } from '../trajectory';
import type { ParameterValues } from '../parameters';
import type { MetricId } from '../metrics';
import { EPOCHS_PER_HOUR, EPOCH_H, STAGE_CODE } from '../result';
import type { RestorationState } from './run';
import type { BaselineQuantities } from './baseline';
import { argExtreme, finiteOrNull, focalWindows, mean, percentChange, sum } from './windows';
import { onClockScale, slotHour } from '../../time/axis';
import { memoryMetrics } from './memory/metrics';
import { emotionMetrics } from './emotion/metrics';
import { neurotransmitterBalance } from './neurotransmitters/metrics';
import { energyAtTest } from './energy/metrics';
import { repairNight } from './repair/metrics';

/** Readiness parts and their weights (sum 1); documented in docs/MODEL-restoration.md. */
export const READINESS_WEIGHTS = {
  alertness: 0.35,
  sleepQuantity: 0.2,
  sleepQuality: 0.15,
  circadianAlignment: 0.1,
  recovery: 0.2,
} as const;

/** Lapses above the rested level at which the alertness part falls to 1/e of 100. */
const ALERTNESS_LAPSE_SCALE = 8;

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
/**
 * A quantity against the reference night's (RESTORATION_BASELINE): 1 = as much as that night.
 * Not capped at 1: a recovery night with more slow-wave sleep, GH or clearance than the
 * reference scores above it (only a negative amount is floored at 0).
 */
const ratioPart = (x: number, ref: number): number => (ref > 0 ? Math.max(0, x / ref) : 0);

export function measureBaselineQuantities(
  core: CoreTrajectory,
  p: ParameterValues,
  s: RestorationState,
): BaselineQuantities {
  const w = focalWindows(core);
  let swa = 0;
  for (let i = w.lightsOff; i < w.wake; i++) if (core.stage[i]! >= STAGE_CODE.N1) swa += core.swa[i]! * EPOCH_H;
  return {
    testosteroneDay: mean(s.testosterone.concentration, w.wake + EPOCHS_PER_HOUR, w.wake + 15 * EPOCHS_PER_HOUR) ?? 0,
    swaIntegral: swa,
    synapticHeadroom: p.synapseSaturation - s.synapses.strength[w.wake]!,
    learningCapacity: s.synapses.capacity[w.test]!,
    neurotransmitterBalance: neurotransmitterBalance(s.neurotransmitters, w.test),
    abetaFall: -(percentChange(s.glymphatic.abeta, w.lightsOff, w.wake) ?? 0),
    fatigueAtTest: s.outcome.fatigue[w.test]!,
    amygdalaAtTest: s.emotion.amygdala[w.test]!,
    energyAtTest: energyAtTest(s, w),
    repairNight: repairNight(s, w),
  };
}

/** First epoch at or after `from` whose clock hour is in [hour, hour + 1); null if none. */
function nextClockHour(core: CoreTrajectory, from: number, hour: number): number | null {
  for (let i = Math.max(0, from); i < core.epochs; i++) {
    const c = core.clock_h[i]!;
    if (c >= hour && c < hour + 1) return i;
  }
  return null;
}

export function restorationMetrics(
  core: CoreTrajectory,
  p: ParameterValues,
  s: RestorationState,
  base: BaselineQuantities,
): Partial<Record<MetricId, number | null>> {
  const w = focalWindows(core);
  const q = measureBaselineQuantities(core, p, s);
  const onset = w.sleepOnset;
  const stage = core.stage;
  const m: Partial<Record<MetricId, number | null>> = {};
  const H = EPOCHS_PER_HOUR;

  // ── endocrine ──
  if (onset !== null) {
    const total = sum(s.growthHormone.secretion, onset - 12 * EPOCHS_PER_HOUR, onset + 12 * EPOCHS_PER_HOUR);
    const early = sum(s.growthHormone.secretion, onset, onset + 4 * EPOCHS_PER_HOUR);
    m.ghSleepFraction_pct = total > 0 ? (early / total) * 100 : null;
    const peak = argExtreme(s.growthHormone.concentration, onset, Math.max(w.wake, w.lightsOn), 1);
    m.ghPeakAfterSleepOnset_min = peak === null ? null : (peak - onset) * 0.5;
  } else {
    m.ghSleepFraction_pct = null;
    m.ghPeakAfterSleepOnset_min = null;
  }
  // Hormones in their clinical units, each night on its own (a comparison of two nights gives the
  // difference and its percentage of night A, shared/model/compare.ts): integrated plasma GH
  // (µg·h/L, the area under the curve), cortisol in nmol/L, TSH in mU/L.
  m.ghTotal = sum(s.growthHormone.concentration, w.lightsOff, w.lightsOn) * EPOCH_H;
  // The nadir of the cycle that follows lights-off: the lowest value in the next 24 h, as a clock
  // time on the focal slot's 12–36 scale (a day sleep's nadir falls in the next night: 01:45 is
  // 25.75, not 49.75).
  const nadir = argExtreme(s.cortisol.concentration, w.lightsOff, w.lightsOff + 24 * H, -1);
  m.cortisolNadir_clock_h = nadir === null ? null : onClockScale(slotHour(core, nadir));
  m.cortisolAwakeningRise_pct = percentChange(s.cortisol.concentration, w.wake, Math.min(w.epochs - 1, w.wake + 60));
  const eveningFrom = nextClockHour(core, w.wake, 18);
  m.cortisolNextEvening =
    eveningFrom === null ? null : mean(s.cortisol.concentration, eveningFrom, eveningFrom + 5 * H);
  m.tshNight = mean(s.thyrotropin.concentration, w.lightsOff, w.lightsOn);
  m.t3Change_pct = percentChange(s.thyrotropin.t3, w.lightsOff, w.test);
  // Sex steroids in absolute units at the person's own levels (thyroidGonadal.ts), same window.
  m.testosteroneNextDay = q.testosteroneDay > 0 ? q.testosteroneDay : null;
  m.estradiolNextDay = mean(s.ovarian.estradiol, w.wake + H, w.wake + 15 * H);
  m.progesteroneNextDay = mean(s.ovarian.progesterone, w.wake + H, w.wake + 15 * H);

  // ── restoration ──
  const synChange = percentChange(s.synapses.strength, w.lightsOff, w.wake);
  m.synapticStrengthChange_pct = synChange;
  const isWake = (i: number): boolean => stage[i] === STAGE_CODE.W;
  const isNrem = (i: number): boolean => stage[i]! >= STAGE_CODE.N1;
  const isSleep = (i: number): boolean => stage[i] !== STAGE_CODE.W;
  // The waking day before the focal night (up to 16 h before lights-off).
  const dayFrom = w.lightsOff - 16 * EPOCHS_PER_HOUR;
  m.isfVolumeFraction_wake = mean(s.glymphatic.volumeFraction, dayFrom, w.lightsOff, isWake);
  m.isfVolumeFraction_sleep = mean(s.glymphatic.volumeFraction, w.lightsOff, w.lightsOn, isNrem);
  const kWake = mean(s.glymphatic.clearance, dayFrom, w.lightsOff, isWake);
  const kSleep = onset === null ? null : mean(s.glymphatic.clearance, onset, w.wake, isSleep);
  m.clearanceSleepToWakeRatio = kWake !== null && kSleep !== null && kWake > 0 ? kSleep / kWake : null;
  const abChange = percentChange(s.glymphatic.abeta, w.lightsOff, w.wake);
  m.abetaOvernightChange_pct = abChange;
  m.tauOvernightChange_pct = percentChange(s.glymphatic.tau, w.lightsOff, w.wake);
  Object.assign(m, memoryMetrics(core, p, s.memory, w));

  // ── outcome, 2 h after wake ──
  const lapses = s.outcome.pvtLapses[w.test]!;
  m.pvtLapsesNextMorning = lapses;
  m.kssNextMorning = s.outcome.kss[w.test]!;
  const alertness = 100 * Math.exp(-Math.max(0, lapses - p.pvtLapsesRested) / ALERTNESS_LAPSE_SCALE);
  let tst = 0;
  let recuperative = 0;
  for (let i = w.lightsOff; i < w.wake; i++) {
    if (stage[i] !== STAGE_CODE.W) {
      tst++;
      recuperative += s.outcome.recuperation[i]!;
    }
  }
  const need_h = 24 - p.outcomeCriticalWake_h;
  const sleepQuantity = 100 * clamp01((tst * EPOCH_H) / need_h);
  const sleepQuality =
    tst > 0 ? 100 * (0.5 * (recuperative / tst) + 0.5 * ratioPart(q.swaIntegral, base.swaIntegral)) : 0;
  let circadianAlignment = 0;
  if (onset !== null && w.wake > onset) {
    const mid = Math.round((onset + w.wake) / 2);
    const ideal = (-p.readinessIdealMidSleepBeforeCbtMin_h / 24) * 2 * Math.PI;
    circadianAlignment = 50 * (1 + Math.cos(core.circadianPhase_rad[mid]! - ideal));
  }
  // Synaptic renormalization: headroom for new learning at wake against the default night's, so
  // a light learning day that needed little down-scaling is not penalized.
  const synapticPart = ratioPart(q.synapticHeadroom, base.synapticHeadroom);
  // Learning capacity at the morning test against the reference night's (synapses.ts).
  const capacityPart = ratioPart(q.learningCapacity, base.learningCapacity);
  m.learningCapacity_pct = 100 * capacityPart;
  // Receptor homeostasis at the test (neurotransmitters/metrics.ts), 100 = fully restored; the
  // recovery part reads it against the reference night's.
  m.neurotransmitterBalance_pct = q.neurotransmitterBalance;
  const balancePart = ratioPart(q.neurotransmitterBalance, base.neurotransmitterBalance);
  // Brain energy at the test and anabolic repair overnight against the reference night's.
  const energyPart = ratioPart(q.energyAtTest, base.energyAtTest);
  const repairPart = ratioPart(q.repairNight, base.repairNight);
  m.energyRestored_pct = 100 * energyPart;
  m.repairIndex_pct = 100 * repairPart;
  // Recovery: what the night restored, each part against the reference night (synaptic
  // renormalization, amyloid-β cleared, repair driven by GH and testosterone, transmitter balance).
  const recovery = (100 / 4) * (synapticPart + ratioPart(q.abetaFall, base.abetaFall) + repairPart + balancePart);
  // Acuity: vigilance, the capacity to encode (synaptic head-room) and brain energy.
  m.mentalAcuity = 0.6 * alertness + 20 * capacityPart + 20 * energyPart;
  Object.assign(m, emotionMetrics(core, s.emotion, base)); // emotionalResilience, amygdalaReactivity_pct
  m.readiness_alertness = alertness;
  m.readiness_sleepQuantity = sleepQuantity;
  m.readiness_sleepQuality = sleepQuality;
  m.readiness_circadianAlignment = circadianAlignment;
  m.readiness_recovery = recovery;
  m.readinessScore =
    READINESS_WEIGHTS.alertness * alertness +
    READINESS_WEIGHTS.sleepQuantity * sleepQuantity +
    READINESS_WEIGHTS.sleepQuality * sleepQuality +
    READINESS_WEIGHTS.circadianAlignment * circadianAlignment +
    READINESS_WEIGHTS.recovery * recovery;

  for (const key of Object.keys(m) as MetricId[]) m[key] = finiteOrNull(m[key] ?? null);
  return m;
}
