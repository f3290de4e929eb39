/**
 * A measured night as the experiment file keeps it (MeasuredRecord, shared/experiment/format.ts)
 * and back: the stages as one REPORT_STAGE_CODE digit per epoch, with the file's name (never its
 * folder), the SHA-256 of its bytes, the night it is compared with and the lights-off/on typed in
 * the lab. Pure. What the file format bounds (label, source, notes, typed texts) is cut to its
 * bounds here, so a record made from any import saves.
 */
import { MAX_LABEL_LENGTH, MEASURED_LIMITS, type MeasuredRecord, type NightId } from '../../experiment/format';
import { UNSCORED } from '../sleepReport';
import { EPOCH_TEXT_SOURCE } from './text';
import type { MeasuredNight } from './types';

/** What the lab knows of a measured night beyond the importer's MeasuredNight. */
export interface MeasuredContext {
  /** The file's name or path; only the name is kept. */
  readonly file: string;
  readonly sha256: string;
  readonly against: NightId;
  readonly lightsOffText: string;
  readonly lightsOnText: string;
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

export function measuredRecord(night: MeasuredNight, context: MeasuredContext): MeasuredRecord {
  const digits = new Array<string>(night.stages.length);
  for (let i = 0; i < night.stages.length; i++) {
    const code = night.stages[i]!;
    if (code > UNSCORED) throw new RangeError(`epoch ${i}: stage code ${code} is not a report stage (0–${UNSCORED})`);
    digits[i] = String(code);
  }
  return {
    label: night.label.slice(0, MAX_LABEL_LENGTH),
    source: night.source.slice(0, MEASURED_LIMITS.sourceLength),
    fileName: baseName(context.file),
    sha256: context.sha256,
    recordingStart: night.recordingStart,
    epochLength_s: night.epochLength_s,
    stages: digits.join(''),
    lightsOff: night.lightsOff,
    lightsOn: night.lightsOn,
    notes: night.notes.slice(0, MEASURED_LIMITS.notes).map((n) => n.slice(0, MEASURED_LIMITS.noteLength)),
    against: context.against,
    lightsOffText: context.lightsOffText.slice(0, MEASURED_LIMITS.lightsTextLength),
    lightsOnText: context.lightsOnText.slice(0, MEASURED_LIMITS.lightsTextLength),
  };
}

/** The night and its context back from a record (one the file parser accepted: digits 0–5). */
export function measuredOfRecord(record: MeasuredRecord): { night: MeasuredNight; context: MeasuredContext } {
  const stages = new Uint8Array(record.stages.length);
  for (let i = 0; i < stages.length; i++) stages[i] = record.stages.charCodeAt(i) - 48;
  return {
    night: {
      label: record.label,
      source: record.source,
      recordingStart: record.recordingStart,
      epochLength_s: record.epochLength_s,
      stages,
      lightsOff: record.lightsOff,
      lightsOn: record.lightsOn,
      notes: [...record.notes],
    },
    context: {
      file: record.fileName,
      sha256: record.sha256,
      against: record.against,
      lightsOffText: record.lightsOffText,
      lightsOnText: record.lightsOnText,
    },
  };
}

/** Whether the epoch length came from the person, not the file (an epoch-per-line text): the lab offers to set it. */
export const epochLengthIsChosen = (night: Pick<MeasuredNight, 'source'>): boolean =>
  night.source.startsWith(EPOCH_TEXT_SOURCE);

/**
 * An epoch length typed in the lab, in seconds: a number within the file format's bounds, or an
 * error that names the value typed.
 */
export function parseEpochLength(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const { min, max } = MEASURED_LIMITS.epochLength_s;
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!/^\d+(\.\d+)?$/.test(trimmed) || !(value >= min && value <= max))
    return {
      ok: false,
      message: `epoch length "${text}": expected a number of seconds from ${min} to ${max} (30 s is AASM's; 20-s R&K epochs are resampled to 30 s)`,
    };
  return { ok: true, value };
}
