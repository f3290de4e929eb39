/**
 * Agreement between a measured night and a simulated one: the measured hypnogram placed on the
 * simulated night's clock (shared/time/axis.ts), then compared epoch by epoch (accuracy, Cohen's
 * κ, the confusion matrix) and report by report (the standard sleep report of each, with Δ).
 *
 * Placement. A measured night with a recording start is put where its clock time falls on the
 * slot-hour axis, on the day that brings it nearest the simulated lights-off (a recording that
 * starts at 22:40 lies at slot hour 22.67 for a simulated lights-off at 23:00, and at 46.67 for
 * one at 08:00 the next morning, 32). Without a start time, it is put so that its lights-off (or,
 * without one, its first epoch) falls on the simulated lights-off, and a note says so.
 *
 * Comparison. The simulation scores 30-s epochs on its own grid; the measured epochs may be
 * another length or start off that grid by some seconds. Each simulated epoch is compared with the
 * measured epoch that holds its midpoint, so nothing is rounded or shifted and any epoch length
 * compares. Compared are the simulated epochs inside the measured night's time in bed (its
 * lights-off to lights-on when the file says, else the whole recording) that the simulation also
 * covers; those whose measured epoch carries no stage (unscored, artefact, movement) are left
 * out and counted. Rows of the confusion matrix are the measured stages (the reference), columns
 * the simulated ones, in the order W, N1, N2, N3, R. Δ is simulated − measured.
 */
import { EPOCH_H, EPOCH_S, STAGE_CODE, type SimulationResult } from '../model/result';
import { slotHour, type EpochGrid } from '../time/axis';
import type { MeasuredNight } from './import/types';
import { SLEEP_REPORT_FIELDS, UNSCORED, sleepReport, type ReportWindow, type SleepReport } from './sleepReport';

/** The stages of the confusion matrix, in its row and column order (wake first, then depth, then REM). */
export const AGREEMENT_STAGES = ['W', 'N1', 'N2', 'N3', 'R'] as const;
export type AgreementStage = (typeof AGREEMENT_STAGES)[number];
/** Matrix index of each stage code (REPORT_STAGE_CODE); UNSCORED has none. */
const INDEX_OF_CODE: readonly number[] = (() => {
  const out: number[] = [];
  AGREEMENT_STAGES.forEach((stage, index) => (out[STAGE_CODE[stage]] = index));
  return out;
})();

/** The part of a simulated night the agreement reads (a SimulationResult, whole or cut). */
export type SimulatedNight = Pick<
  SimulationResult,
  'stage' | 'epochs' | 'start_h' | 'focalLightsOff_clock_h' | 'focalTimeInBed_h'
>;

export interface Placement {
  /** Slot hour (shared/time/axis.ts) of the measured night's epoch 0. */
  readonly start_slot_h: number;
  /** How it was placed: by the recording's clock time, or at the simulated lights-off. */
  readonly by: 'recording start' | 'simulated lights-off';
}

export interface Agreement {
  readonly placement: Placement;
  /** Simulated epochs compared (both scored). */
  readonly compared: number;
  /** Simulated epochs in the compared span whose measured epoch has no stage: left out. */
  readonly unscored: number;
  /** Fraction of compared epochs with the same stage; null when none were compared. */
  readonly accuracy: number | null;
  /** Cohen's κ; null when none were compared or when chance agreement is 1 (κ undefined). */
  readonly kappa: number | null;
  /** confusion[measured][simulated], indices in AGREEMENT_STAGES order. */
  readonly confusion: readonly (readonly number[])[];
  /** The compared span on the slot-hour axis (null when the nights do not overlap). */
  readonly span: { readonly start: number; readonly end: number } | null;
  readonly measured: SleepReport;
  readonly simulated: SleepReport;
  /** Simulated − measured, field by field; null where either is null. */
  readonly delta: { readonly [K in keyof SleepReport]: number | null };
  /** What a reader should know about how the nights were put together. */
  readonly notes: readonly string[];
}

/**
 * Cohen's κ of a k × k contingency table (Cohen 1960, Educ Psychol Meas 20:37): κ = (p_o − p_e) /
 * (1 − p_e), p_o the observed share of agreement (the diagonal), p_e the share expected by chance
 * from the two raters' marginal shares, Σ_k (row_k / n)(col_k / n). Null for an empty table or
 * when p_e = 1 (both raters used one and the same category throughout: κ is 0/0).
 */
export function cohensKappa(table: readonly (readonly number[])[]): number | null {
  const k = table.length;
  let n = 0;
  let diagonal = 0;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    if (table[i]!.length !== k) throw new RangeError(`the table is not square: row ${i} has ${table[i]!.length} cells`);
    for (let j = 0; j < k; j++) {
      const c = table[i]![j]!;
      n += c;
      rows[i]! += c;
      cols[j]! += c;
      if (i === j) diagonal += c;
    }
  }
  if (n === 0) return null;
  const po = diagonal / n;
  let pe = 0;
  for (let i = 0; i < k; i++) pe += (rows[i]! / n) * (cols[i]! / n);
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}

const SECONDS_OF_DAY = 86_400;

/** Clock hours (0–24) of an ISO local date-time's time of day. */
function clockHours(iso: string): number | null {
  const m = /T(\d{2}):(\d{2}):(\d{2})$/.exec(iso);
  if (!m) return null;
  return (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) / 3600;
}

const hhmm = (slot: number): string => {
  const s = Math.round((((slot * 3600) % SECONDS_OF_DAY) + SECONDS_OF_DAY) % SECONDS_OF_DAY);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
};

/** Where the measured night's epoch 0 lies on the simulated night's slot-hour axis. */
export function placeMeasured(measured: MeasuredNight, simulated: SimulatedNight): Placement {
  const lightsOff = simulated.focalLightsOff_clock_h;
  const clock = measured.recordingStart === null ? null : clockHours(measured.recordingStart);
  if (clock !== null) {
    // The day that brings the recording's start nearest the simulated lights-off.
    const start = clock + 24 * Math.round((lightsOff - clock) / 24);
    return { start_slot_h: start, by: 'recording start' };
  }
  const anchor = measured.lightsOff ?? 0;
  return { start_slot_h: lightsOff - (anchor * measured.epochLength_s) / 3600, by: 'simulated lights-off' };
}

/** The simulated focal night, lights-off to lights-on: its stages as the engine's metrics score them. */
export function focalNightStages(simulated: SimulatedNight): Uint8Array {
  const lightsOff = Math.round(-simulated.start_h / EPOCH_H);
  const lightsOn = lightsOff + Math.round(simulated.focalTimeInBed_h / EPOCH_H);
  return simulated.stage.subarray(Math.max(0, lightsOff), Math.min(simulated.epochs, lightsOn));
}

/** The standard sleep report of the simulated focal night (the same numbers as the engine's metrics). */
export function simulatedSleepReport(simulated: SimulatedNight): SleepReport {
  const stages = focalNightStages(simulated);
  return sleepReport(stages, EPOCH_S, { lightsOff: 0, lightsOn: stages.length });
}

const HALF_EPOCH_H = EPOCH_H / 2;

/** The first simulated epoch whose midpoint lies at or after slot hour x (1e-9 absorbs rounding). */
const firstMidpointFrom = (grid: EpochGrid, x: number): number =>
  // + 0 turns the −0 of Math.ceil(−1e-9) into 0.
  Math.ceil((x - HALF_EPOCH_H - slotHour(grid, 0)) / EPOCH_H - 1e-9) + 0;

/** The measured epoch (maybe outside the night) that holds simulated epoch j's midpoint. */
function measuredEpochAt(grid: EpochGrid, j: number, start_slot_h: number, epochLength_s: number): number {
  return Math.floor(((slotHour(grid, j) + HALF_EPOCH_H - start_slot_h) * 3600) / epochLength_s + 1e-9);
}

/**
 * The measured night on the simulated night's 30-s grid, as the comparison reads it: simulated
 * epochs [first, first + stages.length) (first may lie outside the simulated night, either side),
 * each with the stage of the measured epoch that holds its midpoint. What the lab draws as the
 * measured row.
 */
export function measuredOnGrid(
  measured: MeasuredNight,
  simulated: SimulatedNight,
  placement: Placement = placeMeasured(measured, simulated),
): { readonly first: number; readonly stages: Uint8Array } {
  const origin = placement.start_slot_h;
  const L = measured.epochLength_s;
  const first = firstMidpointFrom(simulated, origin);
  const last = firstMidpointFrom(simulated, origin + (measured.stages.length * L) / 3600);
  const stages = new Uint8Array(Math.max(0, last - first)).fill(UNSCORED);
  for (let j = first; j < last; j++) {
    const i = measuredEpochAt(simulated, j, origin, L);
    if (i >= 0 && i < measured.stages.length) stages[j - first] = measured.stages[i]!;
  }
  return { first, stages };
}

export interface AgreementOptions {
  /** Lights-off/on of the measured night (epochs); the file's own when absent. */
  readonly window?: ReportWindow;
}

/** Places a measured night on a simulated night's clock and compares them (see the file's comment). */
export function agreement(
  measured: MeasuredNight,
  simulated: SimulatedNight,
  options: AgreementOptions = {},
): Agreement {
  const notes: string[] = [];
  const L = measured.epochLength_s;
  const n = measured.stages.length;
  const lightsOff = options.window?.lightsOff !== undefined ? options.window.lightsOff : measured.lightsOff;
  const lightsOn = options.window?.lightsOn !== undefined ? options.window.lightsOn : measured.lightsOn;
  const placement = placeMeasured(measured, simulated);
  const simOff = hhmm(simulated.focalLightsOff_clock_h);
  if (placement.by === 'recording start')
    notes.push(
      `the measured night is placed by its recording start (${measured.recordingStart!.slice(11)}) on the simulated night's clock (simulated lights-off ${simOff})`,
    );
  else
    notes.push(
      `the measured night has no recording start: its ${measured.lightsOff === null ? 'first epoch' : 'lights-off'} is placed at the simulated lights-off (${simOff})`,
    );

  // The measured time in bed on the slot axis, then the simulated epochs whose midpoints lie in it.
  const origin = placement.start_slot_h;
  const from = origin + ((lightsOff ?? 0) * L) / 3600;
  const to = origin + ((lightsOn ?? n) * L) / 3600;
  const grid: EpochGrid = simulated;
  // Simulated epoch j is compared when its midpoint lies in the measured [from, to).
  const first = Math.max(0, firstMidpointFrom(grid, from));
  const last = Math.min(simulated.epochs, firstMidpointFrom(grid, to));
  const confusion = AGREEMENT_STAGES.map(() => AGREEMENT_STAGES.map(() => 0));
  let compared = 0;
  let agreed = 0;
  let unscored = 0;
  for (let j = first; j < last; j++) {
    const i = measuredEpochAt(grid, j, origin, L);
    if (i < 0 || i >= n) continue;
    const m = measured.stages[i]!;
    if (m === UNSCORED) {
      unscored++;
      continue;
    }
    const r = INDEX_OF_CODE[m]!;
    const c = INDEX_OF_CODE[simulated.stage[j]!]!;
    confusion[r]![c]!++;
    compared++;
    if (r === c) agreed++;
  }
  const offGrid = Math.abs(((origin - slotHour(grid, 0)) * 3600) % EPOCH_S);
  if (L !== EPOCH_S)
    notes.push(
      `measured epochs are ${L} s: each ${EPOCH_S}-s simulated epoch is compared with the measured epoch holding its midpoint`,
    );
  else if (Math.min(offGrid, EPOCH_S - offGrid) > 1e-3)
    notes.push(
      `the measured epochs start ${Math.round(Math.min(offGrid, EPOCH_S - offGrid))} s off the simulation's 30-s grid: each simulated epoch is compared with the measured epoch holding its midpoint`,
    );
  const until = lightsOn === null ? 'the end of the recording' : 'its lights-on';
  notes.push(
    lightsOff === null
      ? `the measured night gives no lights-off: it is compared from the start of the recording to ${until}, and its time in bed, sleep efficiency and latencies from lights-off are undefined`
      : `compared from the measured lights-off to ${until}`,
  );
  if (compared + unscored === 0) notes.push('the measured and simulated nights do not overlap on the clock');
  if (unscored > 0) notes.push(`${unscored} epochs without a measured stage are left out`);

  const measuredReport = sleepReport(measured.stages, L, { lightsOff, lightsOn });
  const simulatedReport = simulatedSleepReport(simulated);
  const delta = Object.fromEntries(
    SLEEP_REPORT_FIELDS.map((k) => {
      const a = measuredReport[k];
      const b = simulatedReport[k];
      return [k, a === null || b === null ? null : b - a];
    }),
  ) as Agreement['delta'];
  return {
    placement,
    compared,
    unscored,
    accuracy: compared > 0 ? agreed / compared : null,
    kappa: cohensKappa(confusion),
    confusion,
    span: last > first ? { start: slotHour(grid, first), end: slotHour(grid, last) } : null,
    measured: measuredReport,
    simulated: simulatedReport,
    delta,
    notes,
  };
}
