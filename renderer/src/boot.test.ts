import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';

// The stages are the page's one shared state: a fresh module for each test.
async function freshBoot() {
  vi.resetModules();
  return import('./boot');
}

/** Animation frames run only when the test says so (a hidden window runs none). */
function controlledFrames() {
  const queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
  return {
    /** Runs the queued frames, then the tasks they queued. */
    async paint() {
      for (const callback of queued.splice(0)) callback(performance.now());
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  // No Prioritized Task Scheduling here: boot.ts falls back to a timer the fake clock controls.
  vi.stubGlobal('scheduler', undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the start in stages', () => {
  it('shows the answer at once, then each later stage after a paint, in order', async () => {
    const { BOOT_STAGES, releaseBootStages, useBootStage } = await freshBoot();
    const frames = controlledFrames();
    const shown = BOOT_STAGES.map((stage) => useBootStage(stage));
    const now = () => shown.map((s) => s.value);
    expect(now()).toEqual([true, false, false]);
    void releaseBootStages();
    await Promise.resolve();
    expect(now()).toEqual([true, false, false]);
    await frames.paint();
    expect(now()).toEqual([true, true, false]);
    await frames.paint();
    expect(now()).toEqual([true, true, true]);
  });

  it('holds a gated stage until its gate holds, and releases the stages before it meanwhile', async () => {
    const { releaseBootStages, useBootStage } = await freshBoot();
    const frames = controlledFrames();
    const answered = ref(false);
    const controls = useBootStage('controls');
    const below = useBootStage('below');
    const done = releaseBootStages({ below: () => answered.value });
    await frames.paint();
    await frames.paint();
    await frames.paint();
    expect([controls.value, below.value]).toEqual([true, false]);
    answered.value = true;
    await nextTick();
    await frames.paint();
    expect(below.value).toBe(true);
    await expect(done).resolves.toBeUndefined();
  });

  it('mounts everything even where no frame comes (a hidden window), one wait per stage', async () => {
    const { FRAME_WAIT_MS, releaseBootStages, useBootStage } = await freshBoot();
    controlledFrames();
    const below = useBootStage('below');
    void releaseBootStages();
    await vi.advanceTimersByTimeAsync(FRAME_WAIT_MS);
    expect(below.value).toBe(false);
    await vi.advanceTimersByTimeAsync(FRAME_WAIT_MS);
    expect(below.value).toBe(true);
  });

  it('releases once, however often it is called', async () => {
    const { releaseBootStages, useBootStage } = await freshBoot();
    const frames = controlledFrames();
    const controls = useBootStage('controls');
    void releaseBootStages();
    void releaseBootStages();
    await frames.paint();
    expect(controls.value).toBe(true);
    // A second caller's gate is not waited for: the first call's order stands.
    await expect(releaseBootStages({ below: () => false })).resolves.toBeUndefined();
  });
});
