/**
 * A measured night in the lab: a hypnogram main opened and imported (shared/report/import), the
 * night it is compared with (A or B), its row on that night's hypnogram, and the agreement
 * (shared/report/agreement.ts) with that night's newest result. Kept in the lab's state only (not
 * in the experiment file). A file that cannot be read leaves everything as it was and says why,
 * in the importer's words.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { LabError, NightId } from '../../../shared/ipc';
import { EPOCH_H } from '../../../shared/model/result';
import { agreement, measuredOnGrid } from '../../../shared/report/agreement';
import { lightsWindow, LightsWindowError } from '../../../shared/report/lightsWindow';
import { HYPNOGRAM_EXTENSIONS, HypnogramImportError, importHypnogram } from '../../../shared/report/import';
import type { ByteSource, MeasuredNight } from '../../../shared/report/import/types';
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

  async function open(at?: string): Promise<void> {
    opening.value = true;
    try {
      const reply = await lab().openHypnogram(at ? { path: at } : {});
      if (reply.ok) {
        night.value = reply.value.night;
        path.value = reply.value.path;
        error.value = null;
        // The comparison is on the two-nights tab: that is where the lab goes.
        useViewStore().tab = 'nights';
      } else if (reply.error.code !== 'cancelled') error.value = reply.error;
    } finally {
      opening.value = false;
    }
  }

  /** A dropped file whose extension says hypnogram (experiment files have their own). */
  function isHypnogramFile(name: string): boolean {
    const dot = name.lastIndexOf('.');
    return dot > 0 && HYPNOGRAM_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
  }

  /**
   * A hypnogram dropped on the window: read here by the same importer main uses, a slice of the
   * file at a time (an EDF's signals are never read, however large).
   */
  async function drop(file: File): Promise<void> {
    const source: ByteSource = {
      size: file.size,
      read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    };
    try {
      night.value = await importHypnogram(file.name, source);
      path.value = null;
      error.value = null;
      useViewStore().tab = 'nights';
    } catch (caught) {
      if (!(caught instanceof HypnogramImportError)) throw caught;
      error.value = { code: 'invalid-file', message: caught.message };
    }
  }

  function remove(): void {
    night.value = null;
    path.value = null;
  }

  const simulated = computed(() => runs.results[against.value] ?? null);

  /**
   * Lights-off and lights-on as typed in the agreement box ("start"/"end", HH:MM, or minutes after
   * the first epoch; empty: the file's own), read as the CLI reads its flags. A file without them
   * (a 22-h Sleep-EDF record) is otherwise compared whole, the day's wake included.
   */
  const lightsOffText = ref('');
  const lightsOnText = ref('');
  // Another night's lights-off means nothing for this one.
  watch(night, () => {
    lightsOffText.value = '';
    lightsOnText.value = '';
  });
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
    result,
    lightsOffText,
    lightsOnText,
    windowProblem,
    trace,
    dismissError,
  };
});
