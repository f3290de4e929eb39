/**
 * Simulation runs of the two nights. Watches the experiment, asks main to simulate a night
 * whenever its inputs change (main cancels the stale job), and keeps the newest result, with a
 * note of why it is stale while a newer one is on its way or after a run failed.
 */
import { defineStore } from 'pinia';
import { reactive, ref, shallowReactive, watch } from 'vue';
import type { LabError, NightId, SimulateResponse } from '../../../shared/ipc';
import { lab } from '../lab';
import { NIGHT_IDS, useExperimentStore } from './experiment';

export interface NightRun {
  status: 'idle' | 'running' | 'done' | 'error';
  /** Why the shown result no longer matches the parameters, or null when it does. */
  staleReason: string | null;
  error: LabError | null;
  /** Counter of the request in flight. */
  pending: number;
  /** Progress of the job in flight, 0–1, from main's progress events. */
  progress: number;
}

export const useRunsStore = defineStore('runs', () => {
  const experiment = useExperimentStore();
  // Results are large typed arrays: keep them out of deep reactivity.
  const results = shallowReactive<Record<NightId, SimulateResponse | null>>({ a: null, b: null });
  const runs = reactive<Record<NightId, NightRun>>({
    a: { status: 'idle', staleReason: null, error: null, pending: 0, progress: 0 },
    b: { status: 'idle', staleReason: null, error: null, pending: 0, progress: 0 },
  });
  const wholeProtocol = ref(false);
  let counter = 0;
  let started = false;

  async function simulate(night: NightId, reason: string): Promise<void> {
    const spec = experiment.nights[night];
    const request = ++counter;
    const run = runs[night];
    run.pending = request;
    run.status = 'running';
    run.progress = 0;
    run.staleReason = results[night] ? reason : null;
    const reply = await lab().simulate({
      night,
      scenario: spec.scenario,
      params: { ...spec.params },
      seed: spec.seed,
      window: wholeProtocol.value ? 'protocol' : 'focal',
    });
    if (run.pending !== request) return; // a newer request owns this night now
    if (reply.ok) {
      results[night] = reply.value;
      run.status = 'done';
      run.staleReason = null;
      run.error = null;
      run.progress = 1;
    } else if (reply.error.code !== 'cancelled') {
      run.status = 'error';
      run.error = reply.error;
      run.staleReason = results[night] ? `the last run failed (${reply.error.message})` : null;
    }
  }

  function setWholeProtocol(on: boolean): void {
    wholeProtocol.value = on;
    for (const night of NIGHT_IDS) void simulate(night, on ? 'loading the whole protocol' : 'back to the focal window');
  }

  function start(): void {
    if (started) return;
    started = true;
    lab().on('progress', ({ night, fraction }) => {
      if (runs[night].status === 'running') runs[night].progress = fraction;
    });
    for (const night of NIGHT_IDS) {
      watch(
        () => JSON.stringify(experiment.nights[night]),
        () => void simulate(night, 'parameters changed'),
        { immediate: true },
      );
    }
  }

  return { results, runs, wholeProtocol, simulate, setWholeProtocol, start };
});
