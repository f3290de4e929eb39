/**
 * The classroom: which guided experiment (shared/classroom/lessons.ts) is open, the student's
 * prediction, whether the answer is shown, and the teacher's lock on the controls. The answer is
 * the model's: read from the two nights' newest results when the student reveals it, and only
 * once both nights are simulated from the lesson's set-up (never a stale or running result).
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { lessonById, verdict, type Lesson, type Prediction } from '../../../shared/classroom/lessons';
import type { ClassroomState } from '../../../shared/experiment';
import { useExperimentStore } from './experiment';
import { useRunsStore } from './runs';
import { useViewStore } from './view';

export const useClassroomStore = defineStore('classroom', () => {
  const experiment = useExperimentStore();
  const runs = useRunsStore();
  const lessonId = ref<string | null>(null);
  const prediction = ref<Prediction | null>(null);
  const revealed = ref(false);
  const locked = ref(false);

  const lesson = computed<Lesson | null>(() => (lessonId.value ? (lessonById(lessonId.value) ?? null) : null));

  /** Opens a lesson: sets up both nights (one undo step) and asks for a new prediction. */
  function start(id: string): void {
    const next = lessonById(id);
    if (!next) return;
    lessonId.value = id;
    prediction.value = null;
    revealed.value = false;
    // The lesson names the experiment, so a saved lesson file says what it is.
    experiment.title = next.title;
    experiment.setNights({
      a: { ...next.nights.a, params: { ...next.nights.a.params }, events: [...next.nights.a.events] },
      b: { ...next.nights.b, params: { ...next.nights.b.params }, events: [...next.nights.b.events] },
    });
  }

  function close(): void {
    lessonId.value = null;
    prediction.value = null;
    revealed.value = false;
  }

  /** Both nights simulated, current and not running: the answer may be read. */
  const ready = computed(() =>
    (['a', 'b'] as const).every(
      (n) => runs.results[n] !== null && runs.runs[n].status === 'done' && runs.runs[n].staleReason === null,
    ),
  );

  /** The model's values of the lesson's metric for A and B, and which way it moved; null until ready. */
  const answer = computed(() => {
    const current = lesson.value;
    if (!current || !ready.value) return null;
    const a = runs.results.a?.result.metrics[current.metric] ?? null;
    const b = runs.results.b?.result.metrics[current.metric] ?? null;
    return { a, b, moved: verdict(current, a, b) };
  });

  function reveal(): void {
    if (prediction.value !== null && answer.value) revealed.value = true;
  }

  /** The lesson's chart, on the two-nights tab. */
  function showChart(): void {
    const current = lesson.value;
    if (!current) return;
    useViewStore().tab = 'nights';
    // After the tab renders: the panel's element exists only on the two-nights tab.
    requestAnimationFrame(() => {
      const panel = document.querySelector<HTMLElement>(`[data-testid="panel-${current.panel}"]`);
      panel?.scrollIntoView({ block: 'start' });
      panel?.focus({ preventScroll: true });
    });
  }

  function state(): ClassroomState | undefined {
    return lessonId.value === null && !locked.value ? undefined : { lesson: lessonId.value, locked: locked.value };
  }

  /** From a file: the lesson it opens on (its nights are the file's, not set up again) and the lock. */
  function load(saved: ClassroomState | undefined): void {
    lessonId.value = saved?.lesson ?? null;
    locked.value = saved?.locked ?? false;
    prediction.value = null;
    revealed.value = false;
  }

  return {
    lessonId,
    lesson,
    prediction,
    revealed,
    locked,
    ready,
    answer,
    start,
    close,
    reveal,
    showChart,
    state,
    load,
  };
});
