/**
 * The experiment as a file: open, save, save as, new, drag-and-drop, the unsaved-changes mark,
 * the autosave, and recovery of a session that crashed. Main reads and writes the files; this
 * store decides when.
 */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { AUTOSAVE_INTERVAL_MS, type LabError, type OpenedFile, type RecoveredSession } from '../../../shared/ipc';
import {
  DEFAULT_VIEW_SPAN,
  parseExperiment,
  type CreatedWith,
  type Experiment,
  type ViewState,
} from '../../../shared/experiment';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import { useViewStore } from './view';
import { useClassroomStore } from './classroom';
import { useCohortStore } from './cohort';
import { PANELS, panelsShownSince } from '../../../shared/model/panels';
import { useAppStore } from './app';
import { useSweepStore } from './sweep';
import { useFitsStore } from './fits';
import { usePinsStore } from './pins';
import { useMeasuredStore } from './measured';
import { slotClock } from '../../../shared/time/axis';

export const useFileStore = defineStore('file', () => {
  const experiment = useExperimentStore();
  const view = useViewStore();
  const path = ref<string | null>(null);
  const saved = ref('');
  const notices = ref<string[]>([]);
  const error = ref<LabError | null>(null);
  const recovery = ref<RecoveredSession | null>(null);
  const lastAutosave = ref<string | null>(null);
  /** Which app and model wrote the open file (null: not from a file, or the file does not say). */
  const madeWith = ref<CreatedWith | null>(null);
  /** "made with Nocturne 0.1.0, model 0.1.0", for the file name's tooltip. */
  const madeWithText = computed(() =>
    madeWith.value ? `made with Nocturne ${madeWith.value.app}, model ${madeWith.value.model}` : null,
  );

  /** The experiment with the view as the file keeps it; zoom in hours since night A's lights-off. */
  function current(): Experiment {
    const base = experiment.toExperiment();
    const origin = slotClock(Number(experiment.values.a.bedtime));
    const viewState: ViewState = {
      compareMode: view.mode,
      zoom: view.zoom ? { start_h: view.zoom.start - origin, end_h: view.zoom.end - origin } : null,
      panels: [...view.panels],
      span: view.span,
    };
    const fits = useFitsStore().current();
    const classroom = useClassroomStore().state();
    const measured = useMeasuredStore().record;
    const snapshots = usePinsStore().current();
    const cohort = useCohortStore().state();
    return {
      ...base,
      view: viewState,
      sweeps: [useSweepStore().definition()],
      ...(fits.length ? { fits } : {}),
      ...(classroom ? { classroom } : {}),
      ...(measured ? { measured } : {}),
      ...(snapshots.length ? { snapshots } : {}),
      ...(cohort ? { cohort } : {}),
    };
  }

  const fingerprint = () => JSON.stringify(current());
  const dirty = computed(() => fingerprint() !== saved.value);
  const fileName = computed(() => (path.value ? (path.value.split(/[\\/]/).pop() ?? path.value) : 'Untitled'));

  function load(file: Experiment, at: string | null, messages: readonly string[] = []): void {
    experiment.load(file);
    useSweepStore().load(file.sweeps);
    useClassroomStore().load(file.classroom);
    useFitsStore().load(file.fits);
    usePinsStore().load(file.snapshots);
    useCohortStore().load(file.cohort);
    useMeasuredStore().restore(file.measured);
    if (file.view) {
      view.mode = file.view.compareMode;
      // A file lists the panels it showed; panels added since it was saved are shown too.
      view.panels = panelsShownSince(file.view.panels, file.createdWith?.model ?? null);
      // The span before the zoom: choosing a span resets the zoom.
      view.setSpan(file.view.span);
      const origin = slotClock(Number(experiment.values.a.bedtime));
      view.setZoom(
        file.view.zoom ? { start: file.view.zoom.start_h + origin, end: file.view.zoom.end_h + origin } : null,
      );
    } else {
      view.mode = 'side';
      view.panels = PANELS.map((p) => p.id);
      view.setSpan(DEFAULT_VIEW_SPAN);
    }
    path.value = at;
    madeWith.value = file.createdWith ?? null;
    notices.value = [...messages];
    error.value = null;
    saved.value = fingerprint();
  }

  function confirmDiscard(): boolean {
    return !dirty.value || window.confirm('The experiment has unsaved changes. Discard them?');
  }

  function newExperiment(): void {
    if (!confirmDiscard()) return;
    experiment.reset();
    useClassroomStore().load(undefined);
    useFitsStore().load(undefined);
    usePinsStore().load(undefined);
    useMeasuredStore().restore(null);
    view.mode = 'side';
    view.setSpan(DEFAULT_VIEW_SPAN);
    path.value = null;
    madeWith.value = null;
    notices.value = [];
    error.value = null;
    saved.value = fingerprint();
  }

  function opened(file: OpenedFile): void {
    load(file.experiment, file.path, file.notices);
  }

  async function open(at?: string): Promise<void> {
    if (!confirmDiscard()) return;
    const reply = await lab().openFile(at ? { path: at } : {});
    if (reply.ok) opened(reply.value);
    else if (reply.error.code !== 'cancelled') error.value = reply.error;
  }

  async function save(saveAs = false): Promise<boolean> {
    const reply = await lab().saveFile({ experiment: current(), path: path.value, saveAs });
    if (!reply.ok) {
      if (reply.error.code !== 'cancelled') error.value = reply.error;
      return false;
    }
    path.value = reply.value.path;
    // What is on disk now was written by this app and model.
    const info = useAppStore().info;
    if (info) madeWith.value = { app: info.app.version, model: info.model.version };
    saved.value = fingerprint();
    error.value = null;
    await lab().clearAutosave(undefined);
    return true;
  }

  /** A file dropped on the window: read and checked here, then it is an unsaved experiment. */
  async function drop(file: File): Promise<void> {
    if (!confirmDiscard()) return;
    const app = useAppStore();
    const parsed = parseExperiment(await file.text(), app.info ? { modelVersion: app.info.model.version } : {});
    if (!parsed.ok) {
      error.value = {
        code: 'invalid-file',
        message: `${file.name}: ${parsed.error.message}`,
        ...(parsed.error.field ? { field: parsed.error.field } : {}),
      };
      return;
    }
    load(parsed.experiment, null, [`Opened ${file.name} from a drop; Save asks where to keep it.`, ...parsed.notices]);
    // A dropped file has no path the app may write to: it starts out unsaved.
    saved.value = '';
  }

  async function checkRecovery(): Promise<void> {
    const reply = await lab().readAutosave(undefined);
    if (reply.ok && reply.value) recovery.value = reply.value;
  }

  function recover(): void {
    const session = recovery.value;
    if (!session) return;
    load(session.experiment, session.path, [
      `Recovered the session autosaved at ${session.savedAt || 'an unknown time'}.`,
    ]);
    saved.value = ''; // recovered work is not on disk yet
    recovery.value = null;
  }

  async function discardRecovery(): Promise<void> {
    recovery.value = null;
    await lab().clearAutosave(undefined);
  }

  function dismissMessages(): void {
    notices.value = [];
    error.value = null;
  }

  let timer: ReturnType<typeof setInterval> | null = null;
  function start(): void {
    saved.value = fingerprint();
    void checkRecovery();
    lab().on('fileOpened', (payload) => {
      if ('file' in payload) opened(payload.file);
      else error.value = payload.error;
    });
    timer ??= setInterval(() => {
      // Autosave only unsaved work, and never over a session still waiting to be recovered.
      if (!dirty.value || recovery.value) return;
      void lab()
        .writeAutosave({ experiment: current(), path: path.value })
        .then((reply) => {
          if (reply.ok) lastAutosave.value = reply.value.savedAt;
        });
    }, AUTOSAVE_INTERVAL_MS);
    watch(
      [dirty, fileName, () => experiment.title],
      () => {
        document.title = `${dirty.value ? '● ' : ''}${experiment.title} — ${fileName.value} — Nocturne`;
      },
      { immediate: true },
    );
    window.addEventListener('beforeunload', (event) => {
      if (!dirty.value) return;
      event.preventDefault();
      event.returnValue = '';
    });
  }

  return {
    path,
    fileName,
    madeWith,
    madeWithText,
    dirty,
    notices,
    error,
    recovery,
    lastAutosave,
    current,
    start,
    newExperiment,
    open,
    save,
    drop,
    recover,
    discardRecovery,
    dismissMessages,
  };
});
