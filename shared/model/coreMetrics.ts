/**
 * The core's metrics of the focal night, measured from the simulated series: sleep
 * architecture (scoring.ts), homeostasis, and circadian markers. Clock metrics are on the focal
 * slot's 12–36 scale (wrapped into it). Every value is finite or null.
 */
import type { MetricId } from './metrics';
import type { CoreRun } from './core';
import type { Timeline } from './protocol';
import { EPOCHS_PER_HOUR, EPOCH_H, STAGE_CODE } from './result';
import { epochsToMin, meanOverNrem, scoreNight, type Hypnogram } from './scoring';
import { reportMetrics } from '../report/sleepReport';

export type CoreMetricId =
  | 'sleepOnsetLatency_min'
  | 'totalSleepTime_min'
  | 'sleepEfficiency_pct'
  | 'waso_min'
  | 'n1_pct'
  | 'n2_pct'
  | 'n3_pct'
  | 'rem_pct'
  | 'remLatency_min'
  | 'cycleCount'
  | 'meanCycleLength_min'
  | 'swaFirstCycle'
  | 'swaDecayRatio'
  | 'n3FirstHalfShare'
  | 'sleepPressureAtBedtime'
  | 'sleepPressureAtWake'
  | 'adenosineChange_pct'
  | 'dlmo_clock_h'
  | 'cbtMin_clock_h'
  | 'melatoninPeak_clock_h'
  | 'melatoninDuration_h'
  | 'melatoninSuppression_pct';

export const CORE_METRIC_IDS: readonly CoreMetricId[] = [
  'sleepOnsetLatency_min',
  'totalSleepTime_min',
  'sleepEfficiency_pct',
  'waso_min',
  'n1_pct',
  'n2_pct',
  'n3_pct',
  'rem_pct',
  'remLatency_min',
  'cycleCount',
  'meanCycleLength_min',
  'swaFirstCycle',
  'swaDecayRatio',
  'n3FirstHalfShare',
  'sleepPressureAtBedtime',
  'sleepPressureAtWake',
  'adenosineChange_pct',
  'dlmo_clock_h',
  'cbtMin_clock_h',
  'melatoninPeak_clock_h',
  'melatoninDuration_h',
  'melatoninSuppression_pct',
] satisfies readonly MetricId[];

const finite = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : v);

/** Hours on the focal slot's 12–36 scale of a (fractional) epoch, wrapped into [12, 36). */
export function slotClock(epoch: number, slotNoon: number): number {
  const h = (epoch - slotNoon) * EPOCH_H;
  return 12 + (((h % 24) + 24) % 24);
}

/** DLMO: the last upward crossing of `threshold` in the 24 h before `before` (interpolated epoch). */
export function findDlmo(mel: Float32Array, before: number, threshold: number): number | null {
  const from = Math.max(1, before - 24 * EPOCHS_PER_HOUR);
  for (let i = Math.min(before, mel.length - 1); i >= from; i--) {
    const a = mel[i - 1]!;
    const b = mel[i]!;
    if (a < threshold && b >= threshold) return i - 1 + (threshold - a) / (b - a);
  }
  return null;
}

/** First CBT minimum (phase wrapping through 0) at or after `after`, within 30 h (interpolated epoch). */
export function findCbtMin(phase: Float32Array, after: number): number | null {
  const to = Math.min(phase.length, after + 30 * EPOCHS_PER_HOUR);
  for (let i = Math.max(1, after); i < to; i++) {
    const a = phase[i - 1]!;
    const b = phase[i]!;
    if (a - b > Math.PI) return i - 1 + (2 * Math.PI - a) / (2 * Math.PI - a + b);
  }
  return null;
}

export interface MelatoninEpisode {
  readonly peak: number;
  readonly peakValue: number;
  /** Interpolated half-maximum crossings around the peak. */
  readonly onset: number;
  readonly offset: number;
}

/** Hours before lights-off over which evening melatonin suppression is measured (design choice). */
const SUPPRESSION_WINDOW_H = 2;
/** Below this mean dim-light level (pg/mL) the window holds no melatonin to suppress: null. */
const SUPPRESSION_MIN_PG_PER_ML = 1;

/**
 * Share (%) of the dim-light plasma melatonin of the hours before lights-off that light
 * suppressed: 100·(1 − ΣM_masked/ΣM_unmasked) over the window. Read before any oral dose is
 * added to the masked curve (engine.ts), so a dose does not count as negative suppression.
 */
export function eveningSuppression(masked: Float32Array, unmasked: Float32Array, lightsOff: number): number | null {
  const from = Math.max(0, lightsOff - Math.round(SUPPRESSION_WINDOW_H * EPOCHS_PER_HOUR));
  let m = 0;
  let u = 0;
  for (let i = from; i < lightsOff; i++) {
    m += masked[i]!;
    u += unmasked[i]!;
  }
  const n = lightsOff - from;
  if (n <= 0 || u / n < SUPPRESSION_MIN_PG_PER_ML) return null;
  return 100 * (1 - m / u);
}

/** The first melatonin peak after `after` (a local maximum ≥ half the 24-h maximum) and its half-maximum span. */
export function findMelatoninEpisode(mel: Float32Array, after: number): MelatoninEpisode | null {
  const to = Math.min(mel.length - 1, after + 24 * EPOCHS_PER_HOUR);
  let max = 0;
  for (let i = after; i < to; i++) if (mel[i]! > max) max = mel[i]!;
  if (!(max > 0)) return null;
  let peak = -1;
  for (let i = Math.max(after, 1); i < to; i++) {
    const v = mel[i]!;
    if (v >= 0.5 * max && v >= mel[i - 1]! && v > mel[i + 1]!) {
      peak = i;
      break;
    }
  }
  if (peak < 0) return null;
  const pv = mel[peak]!;
  const half = pv / 2;
  let on = peak;
  while (on > 0 && mel[on - 1]! >= half) on--;
  let off = peak;
  while (off < mel.length - 1 && mel[off + 1]! >= half) off++;
  if (on === 0 || off === mel.length - 1) return null;
  const onset = on - 1 + (half - mel[on - 1]!) / (mel[on]! - mel[on - 1]!);
  const offset = off + (mel[off]! - half) / (mel[off]! - mel[off + 1]!);
  return { peak, peakValue: pv, onset, offset };
}

export interface CoreMeasures {
  readonly hypnogram: Hypnogram;
  readonly metrics: Record<CoreMetricId, number | null>;
}

export function measureCore(run: CoreRun, tl: Timeline, dlmoThreshold: number): CoreMeasures {
  const tr = run.trajectory;
  const { stage } = tr;
  const f = tl.focus;
  const h = scoreNight(stage, f.lightsOff, f.lightsOn);
  // The sleep-architecture metrics are the standard sleep report's numbers (shared/report), the
  // same function that scores a measured hypnogram.
  const r = h.report;
  const meanCycle =
    h.cycles.length > 0 ? epochsToMin(h.cycles.reduce((a, c) => a + (c.end - c.start), 0) / h.cycles.length) : null;

  const swa = run.series.swa!;
  const swa1 = h.nremEpisodes[0] ? meanOverNrem(swa, stage, h.nremEpisodes[0]) : null;
  const swa2 = h.nremEpisodes[1] ? meanOverNrem(swa, stage, h.nremEpisodes[1]) : null;

  let n3FirstHalf: number | null = null;
  if (h.sleepOnset !== null && h.finalWake !== null) {
    const mid = (h.sleepOnset + h.finalWake) / 2;
    let first = 0;
    let all = 0;
    for (let i = h.sleepOnset; i < h.finalWake; i++) {
      if (stage[i] === STAGE_CODE.N3) {
        all++;
        if (i + 0.5 <= mid) first++;
      }
    }
    n3FirstHalf = all > 0 ? first / all : null;
  }

  // "Wake" is the final awakening; on a night without sleep, the (habitual) lights-on.
  const wake = h.finalWake ?? f.lightsOn;
  const wakeIdx = Math.min(wake, tr.epochs - 1);
  const bedIdx = f.lightsOff;
  const S = tr.processS;
  const A = tr.adenosine;

  // DLMO and the melatonin timing markers are dim-light measures by definition: read from the
  // unmasked curve, so evening light moves them only by shifting the clock (melatonin.ts).
  const dimMelatonin = run.series.melatoninUnmasked ?? tr.melatonin;
  const dlmo = findDlmo(dimMelatonin, f.lightsOff, dlmoThreshold);
  const cbt = findCbtMin(tr.circadianPhase_rad, f.lightsOff);
  const mel = findMelatoninEpisode(dimMelatonin, f.lightsOff);
  const suppression = eveningSuppression(tr.melatonin, dimMelatonin, f.lightsOff);

  const metrics: Record<CoreMetricId, number | null> = {
    ...reportMetrics(r),
    meanCycleLength_min: meanCycle,
    swaFirstCycle: swa1,
    swaDecayRatio: swa1 !== null && swa2 !== null && swa1 > 0 ? swa2 / swa1 : null,
    n3FirstHalfShare: n3FirstHalf,
    sleepPressureAtBedtime: S[bedIdx]!,
    sleepPressureAtWake: S[wakeIdx]!,
    adenosineChange_pct: A[bedIdx]! > 0 ? (100 * (A[wakeIdx]! - A[bedIdx]!)) / A[bedIdx]! : null,
    dlmo_clock_h: dlmo === null ? null : slotClock(dlmo, f.slotNoon),
    cbtMin_clock_h: cbt === null ? null : slotClock(cbt, f.slotNoon),
    melatoninPeak_clock_h: mel === null ? null : slotClock(mel.peak, f.slotNoon),
    melatoninDuration_h: mel === null ? null : (mel.offset - mel.onset) * EPOCH_H,
    melatoninSuppression_pct: suppression,
  };
  for (const k of CORE_METRIC_IDS) metrics[k] = finite(metrics[k]);
  return { hypnogram: h, metrics };
}
