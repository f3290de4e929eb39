/**
 * Stage intervals (an EDF+ annotation, a BIDS event, a Noxturnal row: onset, duration, stage) to
 * a stage per epoch, and 20-s R&K epochs to 30-s ones. Shared by the interval-based importers so
 * they agree on what is an error: intervals out of order or overlapping, a duration that is not a
 * whole number of epochs (mixed epoch lengths). A gap between intervals is kept as unscored
 * epochs and noted, never closed up: the clock of every later epoch stays right.
 */
import { UNSCORED } from '../sleepReport';
import { HypnogramImportError } from './types';

export interface StageInterval {
  readonly onset_s: number;
  readonly duration_s: number;
  readonly code: number;
  /** Where it is in the file, for messages ("line 12", "data record 1, annotation 3"). */
  readonly where: string;
  readonly label: string;
}

/** Epoch lengths a file may use without saying: AASM's 30 s, else R&K's 20 s (resampled). */
const IMPLIED_EPOCHS_S = [30, 20] as const;
const TOLERANCE_S = 1e-3;

const isMultiple = (x: number, of: number): boolean => Math.abs(x - of * Math.round(x / of)) < TOLERANCE_S;
const fmt = (s: number): string => String(Number(s.toFixed(3)));

export interface IntervalEpochs {
  readonly stages: Uint8Array;
  readonly epochLength_s: number;
  /** Onset of epoch 0 (the first interval's onset), in the file's seconds. */
  readonly start_s: number;
  readonly notes: string[];
}

/**
 * Lays intervals on an epoch grid starting at the first interval. With `epochLength_s` given,
 * every onset (from the first) and duration must be a whole number of such epochs; without, the
 * grid is 30 s when everything fits it, else 20 s when everything fits that.
 */
export function intervalsToEpochs(
  file: string,
  intervals: readonly StageInterval[],
  epochLength_s?: number,
): IntervalEpochs {
  if (intervals.length === 0) throw new HypnogramImportError(file, null, 'no sleep-stage intervals in the file');
  for (let i = 0; i < intervals.length; i++) {
    const iv = intervals[i]!;
    if (!(Number.isFinite(iv.onset_s) && Number.isFinite(iv.duration_s)))
      throw new HypnogramImportError(file, iv.where, `onset or duration is not a number`);
    if (!(iv.duration_s > 0))
      throw new HypnogramImportError(
        file,
        iv.where,
        `"${iv.label}" lasts ${fmt(iv.duration_s)} s; a stage lasts at least one epoch`,
      );
    if (i === 0) continue;
    const prev = intervals[i - 1]!;
    if (iv.onset_s < prev.onset_s)
      throw new HypnogramImportError(
        file,
        iv.where,
        `onset ${fmt(iv.onset_s)} s comes before the previous stage's onset ${fmt(prev.onset_s)} s (${prev.where}): stages out of order`,
      );
    if (iv.onset_s < prev.onset_s + prev.duration_s - TOLERANCE_S)
      throw new HypnogramImportError(
        file,
        iv.where,
        `"${iv.label}" at ${fmt(iv.onset_s)} s overlaps the previous stage (${prev.where}), which lasts until ${fmt(prev.onset_s + prev.duration_s)} s`,
      );
  }
  const start = intervals[0]!.onset_s;
  const fits = (L: number) =>
    intervals.every((iv) => isMultiple(iv.onset_s - start, L) && isMultiple(iv.duration_s, L));
  const L = epochLength_s ?? IMPLIED_EPOCHS_S.find(fits);
  if (L === undefined || !fits(L)) {
    const grid = L ?? 30;
    const bad = intervals.find((iv) => !(isMultiple(iv.onset_s - start, grid) && isMultiple(iv.duration_s, grid)))!;
    throw new HypnogramImportError(
      file,
      bad.where,
      `"${bad.label}" at ${fmt(bad.onset_s)} s lasting ${fmt(bad.duration_s)} s is not on the ${grid}-s epoch grid that starts at the first stage (${fmt(start)} s): mixed epoch lengths`,
    );
  }
  const last = intervals[intervals.length - 1]!;
  const n = Math.round((last.onset_s + last.duration_s - start) / L);
  const stages = new Uint8Array(n).fill(UNSCORED);
  let gapEpochs = 0;
  let gaps = 0;
  let end = 0;
  for (const iv of intervals) {
    const a = Math.round((iv.onset_s - start) / L);
    const b = a + Math.round(iv.duration_s / L);
    if (a > end) {
      gaps++;
      gapEpochs += a - end;
    }
    stages.fill(iv.code, a, b);
    end = b;
  }
  const notes: string[] = [];
  if (gaps > 0)
    notes.push(
      `${gaps} gap${gaps > 1 ? 's' : ''} between stages (${gapEpochs} epochs, ${fmt((gapEpochs * L) / 60)} min) kept as unscored epochs`,
    );
  return { stages, epochLength_s: L, start_s: start, notes };
}

/**
 * 20-s epochs (R&K) to 30-s ones: each 30-s epoch takes the stage at its midpoint, i.e. of the
 * 20-s epoch that lies wholly inside it (two in three 20-s epochs do; one in three straddles two
 * 30-s epochs and is not represented). A trailing part shorter than 30 s is dropped.
 */
export function resample20to30(stages: Uint8Array): Uint8Array {
  const n = Math.floor((stages.length * 20) / 30);
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) out[k] = stages[Math.floor((30 * k + 15) / 20)]!;
  return out;
}

export const RESAMPLE_NOTE =
  '20-s epochs (R&K) resampled to 30 s: each 30-s epoch takes the stage at its midpoint, so one 20-s epoch in three is not represented';
