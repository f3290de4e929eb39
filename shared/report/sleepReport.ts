/**
 * The standard sleep report: one definition of the sleep-macro-architecture numbers, used for a
 * measured hypnogram (shared/report/import) and a simulated night alike (shared/model/scoring.ts
 * and coreMetrics.ts read it), so both are scored identically. docs/REPORT.md writes the same
 * definitions out for readers.
 *
 * The anchor is YASA's `sleep_statistics` (Vallat & Walker 2021, eLife 10:e70092; the
 * definitions in its documentation, after the AASM manual, Iber et al. 2007, and Silber et al.
 * 2007, J Clin Sleep Med 3:121). Where this report departs from YASA it says so at the field:
 * REM latency is counted from sleep onset (the AASM definition; YASA counts it from the start of
 * the record), latency to persistent sleep uses 10 min (YASA has 5 min), and time in bed is
 * lights-off to lights-on, so it and everything counted from lights-off are null when the
 * lights-off is not known (YASA assumes the hypnogram is already cropped to time in bed).
 *
 * The input is a stage per epoch: the engine's codes (STAGE_CODE: W, R, N1, N2, N3) plus
 * UNSCORED for an epoch that carries no stage (unscored, artefact, movement time). Sleep is N1,
 * N2, N3 or R; an unscored epoch is neither sleep nor wake (it counts in no stage, in neither TST
 * nor WASO, but it lies inside SPT when it falls between sleep epochs, as in YASA ≥ 0.5).
 */
import type { MetricId } from '../model/metrics';
import { STAGE_CODE } from '../model/result';

/** Stage code of an epoch without a sleep stage: unscored, artefact or movement time. */
export const UNSCORED = 5;
/** The codes a report reads: the engine's five stages and UNSCORED. */
export const REPORT_STAGE_CODE = { ...STAGE_CODE, U: UNSCORED } as const;
export type ReportStageLabel = keyof typeof REPORT_STAGE_CODE;

/** REM episodes less than 15 min apart are one episode (Feinberg & Floyd 1979). */
const REM_MERGE_S = 15 * 60;
/** A final NREM episode, ended by the final awakening, counts as a cycle from 15 min on. */
const MIN_LAST_NREM_S = 15 * 60;
/** Persistent sleep: this many minutes of uninterrupted sleep (any stage). */
export const PERSISTENT_SLEEP_MIN = 10;

/** The report, in the field names and order of issue 15's JSON; null where a value is undefined. */
export interface SleepReport {
  /** Time in bed: lights-off to lights-on. Null without a lights-off. */
  readonly TIB_min: number | null;
  /** Sleep period time: first to last sleep epoch, inclusive. 0 without sleep. */
  readonly SPT_min: number;
  /** Total sleep time: N1 + N2 + N3 + R epochs in time in bed (all lie in SPT). */
  readonly TST_min: number;
  /** Sleep efficiency: TST / TIB × 100. */
  readonly SE_pct: number | null;
  /** Sleep maintenance efficiency: TST / SPT × 100. */
  readonly SME_pct: number | null;
  /** Sleep onset latency: lights-off to the first epoch of any sleep stage. */
  readonly SOL_min: number | null;
  /** Latency to persistent sleep: lights-off to the first of 10 min of uninterrupted sleep. */
  readonly SOLPersistent_min: number | null;
  /** Wake after sleep onset: W epochs inside SPT. Null without sleep. */
  readonly WASO_min: number | null;
  /** REM latency: sleep onset to the first R epoch (AASM; not YASA's Lat_REM from record start). */
  readonly REMLatency_min: number | null;
  readonly N1_min: number;
  readonly N2_min: number;
  readonly N3_min: number;
  readonly REM_min: number;
  /** Stage minutes as % of TST; null when TST is 0. */
  readonly N1_pct: number | null;
  readonly N2_pct: number | null;
  readonly N3_pct: number | null;
  readonly REM_pct: number | null;
  /** Wake bouts inside SPT: maximal runs of non-sleep epochs with at least one W epoch. */
  readonly awakenings: number;
  /** NREM–REM cycles (Feinberg & Floyd 1979; see scoreSleep). */
  readonly cycles: number;
}

/** The report's fields in their JSON order (the one list the CLI's table and tests walk). */
export const SLEEP_REPORT_FIELDS = [
  'TIB_min',
  'SPT_min',
  'TST_min',
  'SE_pct',
  'SME_pct',
  'SOL_min',
  'SOLPersistent_min',
  'WASO_min',
  'REMLatency_min',
  'N1_min',
  'N2_min',
  'N3_min',
  'REM_min',
  'N1_pct',
  'N2_pct',
  'N3_pct',
  'REM_pct',
  'awakenings',
  'cycles',
] as const satisfies readonly (keyof SleepReport)[];

/** Each field in words, for tables a person reads (the lab's agreement box); the unit is the name's suffix. */
export const SLEEP_REPORT_LABELS: Readonly<Record<keyof SleepReport, string>> = {
  TIB_min: 'Time in bed',
  SPT_min: 'Sleep period time',
  TST_min: 'Total sleep time',
  SE_pct: 'Sleep efficiency',
  SME_pct: 'Sleep maintenance efficiency',
  SOL_min: 'Sleep onset latency',
  SOLPersistent_min: 'Latency to persistent sleep',
  WASO_min: 'Wake after sleep onset',
  REMLatency_min: 'REM latency (from sleep onset)',
  N1_min: 'N1',
  N2_min: 'N2',
  N3_min: 'N3',
  REM_min: 'REM',
  N1_pct: 'N1 of TST',
  N2_pct: 'N2 of TST',
  N3_pct: 'N3 of TST',
  REM_pct: 'REM of TST',
  awakenings: 'Awakenings',
  cycles: 'NREM–REM cycles',
};

/**
 * The report's fields that are also metrics of a simulated night (shared/model/metrics.ts), by
 * metric id: the engine's sleep metrics are these report numbers (coreMetrics.ts), and the lab
 * reads a measured night's report beside them by the same ids.
 */
export const REPORT_METRICS = {
  sleepOnsetLatency_min: 'SOL_min',
  totalSleepTime_min: 'TST_min',
  sleepEfficiency_pct: 'SE_pct',
  waso_min: 'WASO_min',
  n1_pct: 'N1_pct',
  n2_pct: 'N2_pct',
  n3_pct: 'N3_pct',
  rem_pct: 'REM_pct',
  remLatency_min: 'REMLatency_min',
  cycleCount: 'cycles',
} as const satisfies Partial<Record<MetricId, keyof SleepReport>>;
export type ReportMetricId = keyof typeof REPORT_METRICS;

/** A report's numbers under their metric ids. */
export function reportMetrics(report: SleepReport): Record<ReportMetricId, number | null> {
  const out = {} as Record<ReportMetricId, number | null>;
  for (const id of Object.keys(REPORT_METRICS) as ReportMetricId[]) out[id] = report[REPORT_METRICS[id]];
  return out;
}

export interface Episode {
  readonly start: number;
  /** Exclusive end epoch. */
  readonly end: number;
}

export interface ReportWindow {
  /** Epoch index of lights-off; null or absent when not known (then SOL, TIB, SE are null). */
  readonly lightsOff?: number | null;
  /** Epoch index of lights-on (exclusive end of time in bed); the end of the hypnogram when absent. */
  readonly lightsOn?: number | null;
}

/** The report and the episode structure it was counted from (the engine reads both). */
export interface SleepScoring {
  readonly report: SleepReport;
  /** The epochs scored: [from, to) = [lights-off or 0, lights-on or the end). */
  readonly from: number;
  readonly to: number;
  readonly sleepOnset: number | null;
  /** First epoch after the last sleep epoch, or null without sleep. */
  readonly finalWake: number | null;
  readonly stageEpochs: Readonly<Record<'W' | 'R' | 'N1' | 'N2' | 'N3' | 'U', number>>;
  readonly sleepEpochs: number;
  readonly wasoEpochs: number;
  readonly firstN2: number | null;
  readonly remEpisodes: readonly Episode[];
  readonly nremEpisodes: readonly Episode[];
  /** Complete cycles: a NREM episode's start to the end of the REM episode that closes it. */
  readonly completeCycles: readonly Episode[];
  /** Cycles as reported: complete ones plus a final NREM episode of at least 15 min. */
  readonly cycleCount: number;
}

const isSleep = (s: number): boolean =>
  s === STAGE_CODE.N1 || s === STAGE_CODE.N2 || s === STAGE_CODE.N3 || s === STAGE_CODE.R;

/** Throws on anything the report cannot score (a bad epoch length, window or stage code). */
function checkInput(stages: ArrayLike<number>, epochLength_s: number, from: number, to: number): void {
  if (!(Number.isFinite(epochLength_s) && epochLength_s > 0))
    throw new RangeError(`epoch length must be a positive number of seconds, got ${epochLength_s}`);
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= stages.length && from <= to))
    throw new RangeError(`lights-off/lights-on [${from}, ${to}) must lie within the ${stages.length} epochs`);
  for (let i = from; i < to; i++) {
    const s = stages[i]!;
    if (!(Number.isInteger(s) && s >= 0 && s <= UNSCORED)) throw new RangeError(`epoch ${i}: stage code ${s}`);
  }
}

/**
 * Scores a hypnogram (a stage code per epoch, REPORT_STAGE_CODE) of `epochLength_s`-second
 * epochs between lights-off and lights-on.
 *
 * Cycles (after Feinberg & Floyd 1979, as the engine always counted them): REM episodes less than
 * 15 min apart are merged into one; a NREM episode runs from sleep onset, or the end of a REM
 * episode, to the start of the next REM episode, and with that REM episode makes one cycle; the
 * last NREM episode, ended by the final awakening, counts as a cycle when it lasts ≥ 15 min.
 */
export function scoreSleep(stages: ArrayLike<number>, epochLength_s: number, window: ReportWindow = {}): SleepScoring {
  const lightsOff = window.lightsOff ?? null;
  const from = lightsOff ?? 0;
  const to = window.lightsOn ?? stages.length;
  checkInput(stages, epochLength_s, from, to);
  const min = (n: number): number => (n * epochLength_s) / 60;
  const mergeGap = Math.round(REM_MERGE_S / epochLength_s);
  const minLastNrem = Math.round(MIN_LAST_NREM_S / epochLength_s);
  const persistent = Math.ceil((PERSISTENT_SLEEP_MIN * 60) / epochLength_s);

  const counts = { W: 0, R: 0, N1: 0, N2: 0, N3: 0, U: 0 };
  let onset: number | null = null;
  let lastSleep = -1;
  let firstN2: number | null = null;
  let persistentStart: number | null = null;
  let run = 0;
  for (let i = from; i < to; i++) {
    const s = stages[i]!;
    if (isSleep(s)) {
      if (onset === null) onset = i;
      lastSleep = i;
      run++;
      if (run === persistent && persistentStart === null) persistentStart = i - persistent + 1;
    } else run = 0;
    if (s === STAGE_CODE.W) counts.W++;
    else if (s === STAGE_CODE.R) counts.R++;
    else if (s === STAGE_CODE.N1) counts.N1++;
    else if (s === STAGE_CODE.N2) {
      counts.N2++;
      if (firstN2 === null) firstN2 = i;
    } else if (s === STAGE_CODE.N3) counts.N3++;
    else counts.U++;
  }
  const tst = counts.N1 + counts.N2 + counts.N3 + counts.R;
  const tib = lightsOff === null ? null : to - from;
  const pct = (n: number): number | null => (tst > 0 ? (100 * n) / tst : null);

  let finalWake: number | null = null;
  let waso = 0;
  let awakenings = 0;
  let remLatency: number | null = null;
  const rem: Episode[] = [];
  const nrem: Episode[] = [];
  const complete: Episode[] = [];
  let cycleCount = 0;
  if (onset !== null) {
    finalWake = lastSleep + 1;
    let inBout = false;
    let boutHasWake = false;
    for (let i = onset; i < finalWake; i++) {
      const s = stages[i]!;
      if (s === STAGE_CODE.W) waso++;
      if (isSleep(s)) {
        if (inBout && boutHasWake) awakenings++;
        inBout = false;
        boutHasWake = false;
      } else {
        inBout = true;
        if (s === STAGE_CODE.W) boutHasWake = true;
      }
      if (s === STAGE_CODE.R && remLatency === null) remLatency = i - onset;
    }
    // REM episodes, merging those less than 15 min apart.
    let i = onset;
    while (i < finalWake) {
      if (stages[i] === STAGE_CODE.R) {
        let end = i + 1;
        let j = end;
        while (j < finalWake && j - end < mergeGap) {
          if (stages[j] === STAGE_CODE.R) end = j + 1;
          j++;
        }
        rem.push({ start: i, end });
        i = end;
      } else i++;
    }
    // NREM episodes between REM episodes; each with its REM episode is a complete cycle.
    let start = onset;
    for (const r of rem) {
      if (r.start > start) {
        nrem.push({ start, end: r.start });
        complete.push({ start, end: r.end });
      }
      start = r.end;
    }
    cycleCount = complete.length;
    if (finalWake - start > 0) {
      nrem.push({ start, end: finalWake });
      if (finalWake - start >= minLastNrem) cycleCount++;
    }
  }
  const spt = finalWake === null || onset === null ? 0 : finalWake - onset;

  const report: SleepReport = {
    TIB_min: tib === null ? null : min(tib),
    SPT_min: min(spt),
    TST_min: min(tst),
    SE_pct: tib !== null && tib > 0 ? (100 * tst) / tib : null,
    SME_pct: spt > 0 ? (100 * tst) / spt : null,
    SOL_min: lightsOff === null || onset === null ? null : min(onset - lightsOff),
    SOLPersistent_min: lightsOff === null || persistentStart === null ? null : min(persistentStart - lightsOff),
    WASO_min: onset === null ? null : min(waso),
    REMLatency_min: remLatency === null ? null : min(remLatency),
    N1_min: min(counts.N1),
    N2_min: min(counts.N2),
    N3_min: min(counts.N3),
    REM_min: min(counts.R),
    N1_pct: pct(counts.N1),
    N2_pct: pct(counts.N2),
    N3_pct: pct(counts.N3),
    REM_pct: pct(counts.R),
    awakenings,
    cycles: cycleCount,
  };
  return {
    report,
    from,
    to,
    sleepOnset: onset,
    finalWake,
    stageEpochs: counts,
    sleepEpochs: tst,
    wasoEpochs: waso,
    firstN2,
    remEpisodes: rem,
    nremEpisodes: nrem,
    completeCycles: complete,
    cycleCount,
  };
}

/**
 * The cycles the report counts, as spans of epochs, in order: each complete cycle (a NREM
 * episode and the REM episode that closes it), then the final NREM episode when it counts (≥ 15
 * min, ended by the final awakening). So a hypnogram can number exactly `report.cycles` cycles.
 */
export function countedCycles(scoring: SleepScoring): Episode[] {
  const spans = [...scoring.completeCycles];
  const last = scoring.nremEpisodes[scoring.nremEpisodes.length - 1];
  if (scoring.cycleCount > spans.length && last) spans.push(last);
  return spans;
}

/** The standard sleep report of a hypnogram (see scoreSleep and docs/REPORT.md). */
export function sleepReport(stages: ArrayLike<number>, epochLength_s: number, window: ReportWindow = {}): SleepReport {
  return scoreSleep(stages, epochLength_s, window).report;
}
