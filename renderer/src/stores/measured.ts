/**
 * A measured night in the lab: a hypnogram main opened and imported (shared/report/import), the
 * night it is compared with (A or B), its row on that night's hypnogram, and the agreement
 * (shared/report/agreement.ts) with that night's newest result. Saved in the experiment file as
 * its `measured` record (shared/report/import/record.ts: the stages, the file's name and SHA-256,
 * the night compared with, the typed lights-off/on), so a reopened file shows it again without
 * the recording. A file that cannot be read leaves everything as it was and says why, in the
 * importer's words. An epoch-per-line text, whose epoch length the file need not say, can be
 * given one: the file is imported again with it (by its path, or the dropped file kept here).
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { LabError, NightId } from '../../../shared/ipc';
import { EPOCH_H } from '../../../shared/model/result';
import { agreement, measuredOnGrid } from '../../../shared/report/agreement';
import { lightsWindow, LightsWindowError } from '../../../shared/report/lightsWindow';
import { HYPNOGRAM_EXTENSIONS, HypnogramImportError, importHypnogram } from '../../../shared/report/import';
import type { ByteSource, MeasuredNight } from '../../../shared/report/import/types';
import {
  epochLengthIsChosen,
  measuredOfRecord,
  measuredRecord,
  parseEpochLength,
} from '../../../shared/report/import/record';
import type { MeasuredRecord } from '../../../shared/experiment';
import { sha256Hex } from '../../../shared/fit/sha256';
import type { Trace } from '../charts/datasets';
import { lab } from '../lab';
import { useRunsStore } from './runs';
import { useViewStore } from './view';

export const useMeasuredStore = defineStore('measured', () => {
  const runs = useRunsStore();
  /** Typed arrays: kept out of deep reactivity, replaced whole. */
  const night = shallowRef<MeasuredNight | null>(null);
  const path = ref<string | null>(null);
  const against = ref<NightId>('a');
  const error = ref<LabError | null>(null);
  const opening = ref(false);
  /**
   * Lights-off and lights-on as typed in the agreement box ("start"/"end", HH:MM, or minutes after
   * the first epoch; empty: the file's own), read as the CLI reads its flags. A file without them
   * (a 22-h Sleep-EDF record) is otherwise compared whole, the day's wake included.
   */
  const lightsOffText = ref('');
  const lightsOnText = ref('');

  /** The file's name or path as opened (only the name is saved) and the SHA-256 of its bytes. */
  const file = ref('');
  const sha256 = ref('');
  /** A dropped file, kept to import it again with another epoch length (an opened one has its path). */
  const dropped = shallowRef<File | null>(null);
  /** The epoch length given for an epoch-per-line text (s), or null: the importer's. */
  const epochLength = ref<number | null>(null);
  /** Why the epoch length typed cannot be used (the night is unchanged), or null. */
  const epochProblem = ref<string | null>(null);

  /**
   * The newest read of a night: a file picked (or refused), a drop, a re-read, a restore and a
   * removal each take the next number, and a read that resolves after a newer one is dropped. The last
   * thing the person did wins: a slow re-read finishing after a bad file was picked would
   * otherwise replace the bad file's error with the night it read.
   */
  let newest = 0;

  /** Takes a night (opened, dropped, restored, imported again); the caller sets its typed lights-off/on. */
  function take(m: MeasuredNight, from: { path: string | null; file: string; sha256: string }): void {
    night.value = m;
    path.value = from.path;
    file.value = from.file;
    sha256.value = from.sha256;
    error.value = null;
    epochProblem.value = null;
  }

  async function open(at?: string): Promise<void> {
    opening.value = true;
    try {
      const reply = await lab().openHypnogram(at ? { path: at } : {});
      // A dismissed picker changes nothing, so it does not outdate a read under way; a file
      // picked (or refused) does, whenever its reply comes.
      if (!reply.ok && reply.error.code === 'cancelled') return;
      newest += 1;
      if (reply.ok) {
        take(reply.value.night, { path: reply.value.path, file: reply.value.path, sha256: reply.value.sha256 });
        dropped.value = null;
        epochLength.value = null;
        lightsOffText.value = '';
        lightsOnText.value = '';
        // The comparison is on the two-nights tab: that is where the lab goes.
        useViewStore().tab = 'nights';
      } else error.value = reply.error;
    } finally {
      opening.value = false;
    }
  }

  /** A dropped file whose extension says hypnogram (experiment files have their own). */
  function isHypnogramFile(name: string): boolean {
    const dot = name.lastIndexOf('.');
    return dot > 0 && HYPNOGRAM_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
  }

  /** Imports a dropped file: the night and the hash of its bytes, or the importer's error. */
  async function importDropped(f: File, epochLength_s?: number): Promise<{ night: MeasuredNight; sha256: string }> {
    const source: ByteSource = {
      size: f.size,
      read: async (offset, length) => new Uint8Array(await f.slice(offset, offset + length).arrayBuffer()),
    };
    const m = await importHypnogram(f.name, source, epochLength_s === undefined ? {} : { epochLength_s });
    // Hashed once the import succeeded, from the whole file (as main and sha256sum do).
    return { night: m, sha256: sha256Hex(new Uint8Array(await f.arrayBuffer())) };
  }

  /**
   * A hypnogram dropped on the window: read here by the same importer main uses, a slice of the
   * file at a time (an EDF's signals are never read, however large).
   */
  async function drop(f: File): Promise<void> {
    const mine = ++newest;
    try {
      const read = await importDropped(f);
      if (mine !== newest) return;
      take(read.night, { path: null, file: f.name, sha256: read.sha256 });
      dropped.value = f;
      epochLength.value = null;
      lightsOffText.value = '';
      lightsOnText.value = '';
      useViewStore().tab = 'nights';
    } catch (caught) {
      if (!(caught instanceof HypnogramImportError)) throw caught;
      if (mine !== newest) return;
      error.value = { code: 'invalid-file', message: caught.message };
    }
  }

  /** Whether the night's epoch length can be given here: a text that need not say it, with its file at hand. */
  const canSetEpochLength = computed(
    () => night.value !== null && epochLengthIsChosen(night.value) && (path.value !== null || dropped.value !== null),
  );
  /** Whether to show the epoch length at all (a restored night shows it, read-only). */
  const epochLengthChosen = computed(() => night.value !== null && epochLengthIsChosen(night.value));

  /**
   * The epoch length typed for an epoch-per-line text: the file imported again with it (20-s R&K
   * epochs resampled to 30 s, as the CLI's --epoch does). A bad value is named and nothing changes.
   */
  async function setEpochLength(text: string): Promise<void> {
    const parsed = parseEpochLength(text);
    if (!parsed.ok) {
      epochProblem.value = parsed.message;
      return;
    }
    epochProblem.value = null;
    if (!canSetEpochLength.value) return;
    const texts = { off: lightsOffText.value, on: lightsOnText.value };
    const mine = ++newest;
    try {
      if (path.value !== null) {
        const reply = await lab().openHypnogram({ path: path.value, epochLength_s: parsed.value });
        if (mine !== newest) return;
        if (!reply.ok) {
          epochProblem.value = reply.error.message;
          return;
        }
        take(reply.value.night, { path: reply.value.path, file: reply.value.path, sha256: reply.value.sha256 });
      } else if (dropped.value) {
        const f = dropped.value;
        const read = await importDropped(f, parsed.value);
        if (mine !== newest) return;
        take(read.night, { path: null, file: f.name, sha256: read.sha256 });
      }
      epochLength.value = parsed.value;
      // The same recording: its typed lights-off/on still hold.
      lightsOffText.value = texts.off;
      lightsOnText.value = texts.on;
    } catch (caught) {
      if (!(caught instanceof HypnogramImportError)) throw caught;
      if (mine !== newest) return;
      epochProblem.value = caught.message;
    }
  }

  function remove(): void {
    newest += 1;
    night.value = null;
    path.value = null;
    file.value = '';
    sha256.value = '';
    dropped.value = null;
    epochLength.value = null;
    epochProblem.value = null;
  }

  /** The measured night as the experiment file keeps it, or null when there is none. */
  const record = computed<MeasuredRecord | null>(() =>
    night.value
      ? measuredRecord(night.value, {
          file: file.value || night.value.label,
          sha256: sha256.value,
          against: against.value,
          lightsOffText: lightsOffText.value,
          lightsOnText: lightsOnText.value,
        })
      : null,
  );

  /** The measured night of an opened experiment file (or none): as it was saved, without its recording. */
  function restore(saved: MeasuredRecord | null | undefined): void {
    if (!saved) {
      remove();
      return;
    }
    const { night: m, context } = measuredOfRecord(saved);
    newest += 1;
    take(m, { path: null, file: context.file, sha256: context.sha256 });
    dropped.value = null;
    epochLength.value = null;
    against.value = context.against;
    lightsOffText.value = context.lightsOffText;
    lightsOnText.value = context.lightsOnText;
  }

  const simulated = computed(() => runs.results[against.value] ?? null);

  const windowed = computed(() => {
    const m = night.value;
    if (!m) return { window: undefined, problem: null };
    try {
      return { window: lightsWindow(m, lightsOffText.value, lightsOnText.value), problem: null };
    } catch (caught) {
      if (!(caught instanceof LightsWindowError)) throw caught;
      return { window: undefined, problem: caught.message.replace(/^:\s*/, '') };
    }
  });
  /** Why the typed lights-off/on cannot be used (the file's own are used meanwhile), or null. */
  const windowProblem = computed(() => windowed.value.problem);

  /** The measured night against the chosen night's newest result. */
  const result = computed(() => {
    const m = night.value;
    const s = simulated.value;
    const window = windowed.value.window;
    return m && s ? agreement(m, s.result, window ? { window } : {}) : null;
  });

  /**
   * The measured night as a trace on the simulated night's 30-s grid (each epoch the measured
   * stage at its midpoint; unscored epochs break the line), drawn as its own hypnogram row.
   */
  const trace = computed<Trace | null>(() => {
    const m = night.value;
    const s = simulated.value;
    if (!m || !s) return null;
    const sim = s.result;
    const grid = measuredOnGrid(m, sim, result.value?.placement);
    return {
      night: against.value,
      label: 'measured',
      jobId: s.jobId,
      result: {
        model: sim.model,
        start_h: sim.start_h + grid.first * EPOCH_H,
        epochs: grid.stages.length,
        focalLightsOff_clock_h: sim.focalLightsOff_clock_h,
        focalTimeInBed_h: 0,
        stage: grid.stages,
        series: {},
        metrics: {},
      },
    };
  });

  function dismissError(): void {
    error.value = null;
  }

  return {
    night,
    path,
    against,
    error,
    opening,
    open,
    isHypnogramFile,
    drop,
    remove,
    file,
    sha256,
    epochLength,
    epochProblem,
    canSetEpochLength,
    epochLengthChosen,
    setEpochLength,
    record,
    restore,
    result,
    lightsOffText,
    lightsOnText,
    windowProblem,
    trace,
    dismissError,
  };
});
