/**
 * The lab's start in stages: what a person looks at first is mounted and painted first, the rest
 * after. Mounting the whole page at once (the sidebar's ~265 parameter rows, twenty-odd Chart.js
 * panels, the tables) was one long task of ~0.5 s between the first nights' answers and their
 * first chart (scripts/bench-ui-boot.ts). Each stage mounts after the one before it has painted,
 * so the answer bar and the hypnograms show first, and later stages' work fits in the frames
 * after (or, on a first-ever start, in the wait for the worker's first run).
 */
import { computed, nextTick, ref, watch, type ComputedRef } from 'vue';

/** In order: the first screen's answer (answer bar, hypnograms), the controls, then below the fold. */
export const BOOT_STAGES = ['answer', 'controls', 'below'] as const;
export type BootStage = (typeof BOOT_STAGES)[number];

/**
 * How long a stage waits for its frame before it mounts anyway: a hidden window (Electron's
 * before `ready-to-show`, a background tab) may not run animation frames, and must still get
 * its whole page.
 */
export const FRAME_WAIT_MS = 100;

/** How many stages may mount: 1 (the answer) until the page has painted it. Shared by every component. */
const released = ref(1);
let started = false;

/** True once the stage may mount (and stays true). */
export function useBootStage(stage: BootStage): ComputedRef<boolean> {
  const index = BOOT_STAGES.indexOf(stage);
  return computed(() => released.value > index);
}

interface BackgroundScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}
/**
 * A task after everything else already queued: the Prioritized Task Scheduling API's background
 * priority where there is one (Chromium: Electron and most browsers), else a timer.
 */
function backgroundTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: BackgroundScheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task, 0);
}

/** After the next paint (a frame, then a background task after it), or after FRAME_WAIT_MS without a frame. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => backgroundTask(finish));
    setTimeout(finish, FRAME_WAIT_MS);
  });
}

/** Resolves once a reactive condition holds (at once if it already does). */
function when(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = watch(
      condition,
      (holds) => {
        if (!holds) return;
        // The first call comes during watch() itself when it already holds: stop after it returns.
        queueMicrotask(() => stop());
        resolve();
      },
      { immediate: true },
    );
  });
}

/**
 * Releases the stages one by one, each after the page painted the one before, and a stage with a
 * gate once its gate holds too (App.vue: the panels below the fold wait for the first answer, so
 * a first-ever start's hypnograms never wait behind their mount). Called once the app is mounted;
 * later calls do nothing. Resolves when every stage has mounted (and <html data-boot="done"> says so).
 */
export async function releaseBootStages(gates: Partial<Record<BootStage, () => boolean>> = {}): Promise<void> {
  if (started) return;
  started = true;
  while (released.value < BOOT_STAGES.length) {
    const gate = gates[BOOT_STAGES[released.value]!];
    if (gate) await when(gate);
    await afterPaint();
    released.value++;
  }
  // Once the last stage is in the DOM, <html data-boot="done">: what the e2e tests' settled() waits
  // for, so a test never reads the page before its panels below the fold have mounted.
  await nextTick();
  document.documentElement.dataset.boot = 'done';
}
