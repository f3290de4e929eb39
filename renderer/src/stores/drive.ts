/**
 * Data drive a night: a sleep diary (and optionally a light log) opened or dropped, and laid on
 * night A or B as its protocol (shared/report/drive.ts) — the diary's nights as the prior nights,
 * its medians as the habitual run-in, the measured light as light events — through the experiment
 * store, as one undo step. What was set is kept as a summary to show. A file the importer refuses,
 * or a diary the drive cannot place, says why in the importer's words and changes nothing.
 * The diary and light log are the lab's state only: what they set is in the night, and so in the file.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { LabError, NightId } from '../../../shared/ipc';
import { driveProtocol } from '../../../shared/report/drive';
import { drivenSummary, fitDrivenEvents, type DriveSummary } from '../../../shared/report/drivenNight';
import {
  dataKindOf,
  importDataFile,
  MAX_DATA_FILE_BYTES,
  type DataFileKind,
  type ImportedData,
} from '../../../shared/report/import/dataFile';
import type { Diary } from '../../../shared/report/import/diary';
import type { LightLog } from '../../../shared/report/import/lightLog';
import { HypnogramImportError } from '../../../shared/report/import/types';
import { compileProtocol, ProtocolError } from '../../../shared/model/protocol';
import { eventIssues } from '../../../shared/model/protocolEvents';
import { resolveParameters } from '../../../shared/model/scenarios';
import { sha256Hex } from '../../../shared/fit/sha256';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';

/** A file read: what it held, its name (or path) and the SHA-256 of its bytes. */
export interface Loaded<T> {
  readonly value: T;
  readonly file: string;
  readonly sha256: string;
}

/** The summary of a drive, with the night it was laid on. */
export interface AppliedDrive extends DriveSummary {
  readonly night: NightId;
}

export const useDriveStore = defineStore('drive', () => {
  const experiment = useExperimentStore();
  const diary = shallowRef<Loaded<Diary> | null>(null);
  const lightLog = shallowRef<Loaded<LightLog> | null>(null);
  const error = ref<LabError | null>(null);
  const opening = ref(false);
  const applied = shallowRef<AppliedDrive | null>(null);
  /** The events the drive laid on its night, to tell whether they are still there (undo, edits). */
  let appliedEvents = '';
  /** Whether the night still runs what the summary describes. */
  const current = computed(
    () => applied.value !== null && JSON.stringify(experiment.nights[applied.value.night].events) === appliedEvents,
  );

  function take(data: ImportedData, file: string, sha256: string): void {
    if (data.kind === 'diary') diary.value = { value: data.diary, file, sha256 };
    else lightLog.value = { value: data.lightLog, file, sha256 };
    error.value = null;
  }

  /** A diary or a light log picked in main's dialog (the content decides; with `kind`, only that kind). */
  async function open(kind?: DataFileKind): Promise<void> {
    opening.value = true;
    try {
      const reply = await lab().openData(kind ? { kind } : {});
      if (reply.ok) take(reply.value.data, reply.value.path, reply.value.sha256);
      else if (reply.error.code !== 'cancelled') error.value = reply.error;
    } finally {
      opening.value = false;
    }
  }

  /**
   * A file dropped on the window, when it holds a diary or a light log (by its content: a .csv may
   * as well be a hypnogram). Returns whether it was one; a refused one says why.
   */
  async function drop(f: File): Promise<boolean> {
    // Larger than any diary or light log: not read here (it may be a hypnogram, read in slices).
    if (f.size > MAX_DATA_FILE_BYTES) return false;
    const bytes = new Uint8Array(await f.arrayBuffer());
    if (dataKindOf(bytes) === null) return false;
    try {
      take(importDataFile(f.name, bytes), f.name, sha256Hex(bytes));
    } catch (caught) {
      if (!(caught instanceof HypnogramImportError)) throw caught;
      error.value = { code: 'invalid-file', message: caught.message };
    }
    return true;
  }

  /**
   * Lays the diary's protocol (and the light log's light) on a night, against the night's own
   * scenario. Refused with the drive's or the protocol's message, changing nothing.
   */
  function driveNight(night: NightId): void {
    const d = diary.value;
    if (!d) return;
    const log = lightLog.value;
    const scenario = experiment.nights[night].scenario;
    try {
      const protocol = driveProtocol(d.value, log?.value ?? null, { scenario });
      const fitted = fitDrivenEvents(protocol.events);
      // Each event within its kind's declared fields, as a file or a request checks it.
      const issue = eventIssues(fitted.events)[0];
      if (issue)
        throw new ProtocolError(
          `event ${String(issue.path[0])} ${issue.field} ${issue.problem}`,
          `events[${String(issue.path[0])}]`,
        );
      // The night as it will run (its other overrides kept): placed on the protocol before it is applied.
      compileProtocol(resolveParameters(scenario, { ...experiment.nights[night].params, ...protocol.params }), [
        ...fitted.events,
      ]);
      experiment.applyProtocol(night, protocol.params, fitted.events);
      appliedEvents = JSON.stringify(experiment.nights[night].events);
      applied.value = {
        night,
        ...drivenSummary(protocol, fitted, { diary: d.value.label, lightLog: log?.value.label ?? null }),
      };
      error.value = null;
    } catch (caught) {
      if (caught instanceof HypnogramImportError) error.value = { code: 'invalid-file', message: caught.message };
      else if (caught instanceof ProtocolError)
        error.value = { code: 'invalid-parameters', message: `${d.value.label}: ${caught.message}` };
      else throw caught;
    }
  }

  function removeDiary(): void {
    diary.value = null;
  }

  function removeLightLog(): void {
    lightLog.value = null;
  }

  function dismissError(): void {
    error.value = null;
  }

  function dismissSummary(): void {
    applied.value = null;
  }

  return {
    diary,
    lightLog,
    error,
    opening,
    applied,
    current,
    open,
    drop,
    driveNight,
    removeDiary,
    removeLightLog,
    dismissError,
    dismissSummary,
  };
});
