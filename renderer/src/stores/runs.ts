/**
 * Simulation runs of the two nights. Watches the experiment, asks main to simulate a night
 * whenever its inputs change (main cancels the stale job), and keeps the newest result with a
 * note of why it is stale while a newer one is on its way.
 */
import { defineStore } from 'pinia';
import { reactive, shallowReactive, watch } from 'vue';
import type { LabError, NightId, SimulateResponse } from '../../../shared/ipc';
import { lab } from '../lab';
import { NIGHT_IDS, useExperimentStore } from './experiment';

export interface NightRun {
  status: 'idle' | 'running' | 'done' | 'error';
  /** Why the shown result no longer matches the parameters, or null when it does. */
  staleReason: string | null;
  error: LabError | null;
  /** Job id of the request in flight. */
  pendingJob: number;
}

export const useRunsStore = defineStore('runs', () => {
  const experiment = useExperimentStore();
  // Results are large typed arrays: keep them out of deep reactivity.
  const results = shallowReactive<Record<NightId, SimulateResponse | null>>({ a: null, b: null });
  const runs = reactive<Record<NightId, NightRun>>({
    a: { status: 'idle', staleReason: null, error: null, pendingJob: 0 },
    b: { status: 'idle', staleReason: null, error: null, pendingJob: 0 },
  });
  let requestCounter = 0;

  async function simulate(night: NightId, reason: string): Promise<void> {
    const spec = experiment.nights[night];
    const request = ++requestCounter;
    runs[night].pendingJob = request;
    runs[night].status = 'running';
    runs[night].staleReason = results[night] ? reason : null;
    const reply = await lab().simulate({
      night,
      scenario: spec.scenario,
      params: { ...spec.params },
      seed: spec.seed,
      window: 'focal',
    });
    if (runs[night].pendingJob !== request) return; // a newer request owns this night now
    if (reply.ok) {
      results[night] = reply.value;
      runs[night].status = 'done';
      runs[night].staleReason = null;
      runs[night].error = null;
    } else if (reply.error.code !== 'cancelled') {
      runs[night].status = 'error';
      runs[night].error = reply.error;
      runs[night].staleReason = results[night] ? `the last run failed: ${reply.error.message}` : null;
    }
  }

  function start(): void {
    for (const night of NIGHT_IDS) {
      watch(
        () => JSON.stringify(experiment.nights[night]),
        () => void simulate(night, 'parameters changed'),
        { immediate: true },
      );
    }
  }

  return { results, runs, simulate, start };
});
