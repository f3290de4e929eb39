/**
 * Simulation runs of the two nights. Watches the experiment, asks main to simulate a night
 * whenever its inputs change (main cancels the stale job), and keeps the newest result, with a
 * note of why it is stale while a newer one is on its way or after a run failed.
 */
import { defineStore } from 'pinia';
import { computed, reactive, shallowReactive, watch } from 'vue';
import type { LabError, NightId, SimulateResponse } from '../../../shared/ipc';
import { lab } from '../lab';
import { NIGHT_IDS } from '../../../shared/nights';
import { useExperimentStore } from './experiment';
import { useViewStore } from './view';

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
  const view = useViewStore();
  /** The whole protocol is simulated and sent only when the view shows it (it costs more per run). */
  const wholeProtocol = computed(() => view.span === 'protocol');
  let counter = 0;
  let started = false;

  // One request in flight per night. Edits that come while it runs are coalesced: when it
  // answers, its result is shown (newer than what is on screen, still marked stale) and one
  // request with the newest parameters follows. A thousand quick slider moves thus cost a few
  // simulations instead of a thousand requests racing for two workers and the renderer's CPU.
  const inFlight: Record<NightId, boolean> = { a: false, b: false };
  const queued: Record<NightId, string | null> = { a: null, b: null };

  async function simulate(night: NightId, reason: string): Promise<void> {
    const run = runs[night];
    run.status = 'running';
    run.staleReason = results[night] ? reason : null;
    if (inFlight[night]) {
      queued[night] = reason;
      return;
    }
    inFlight[night] = true;
    const spec = experiment.nights[night];
    const request = ++counter;
    run.pending = request;
    run.progress = 0;
    let reply: Awaited<ReturnType<ReturnType<typeof lab>['simulate']>>;
    try {
      reply = await lab().simulate({
        night,
        scenario: spec.scenario,
        params: { ...spec.params },
        events: spec.events.map((e) => ({ ...e })),
        seed: spec.seed,
        window: wholeProtocol.value ? 'protocol' : 'focal',
      });
    } finally {
      inFlight[night] = false;
    }
    const next = queued[night];
    queued[night] = null;
    if (reply.ok) {
      results[night] = reply.value;
      run.error = null;
    } else if (reply.error.code !== 'cancelled') {
      run.error = reply.error;
    }
    if (next !== null) {
      // A newer edit is waiting: what is shown is not its result yet.
      run.staleReason = reply.ok || !results[night] ? next : `the last run failed (${reply.error.message})`;
      void simulate(night, next);
      return;
    }
    if (reply.ok) {
      run.status = 'done';
      run.staleReason = null;
      run.progress = 1;
    } else if (reply.error.code !== 'cancelled') {
      run.status = 'error';
      run.staleReason = results[night] ? `the last run failed (${reply.error.message})` : null;
    } else {
      // Cancelled from main (nothing here sends overlapping requests to supersede it).
      run.status = results[night] ? 'done' : 'idle';
      run.staleReason = results[night] ? 'the run was cancelled' : null;
    }
  }

  function start(): void {
    if (started) return;
    started = true;
    lab().on('progress', ({ night, fraction }) => {
      if (runs[night].status === 'running') runs[night].progress = fraction;
    });
    watch(wholeProtocol, (on) => {
      for (const night of NIGHT_IDS)
        void simulate(night, on ? 'loading the whole protocol' : 'back to the focal window');
    });
    for (const night of NIGHT_IDS) {
      watch(
        () => JSON.stringify(experiment.nights[night]),
        () => void simulate(night, 'parameters changed'),
        { immediate: true },
      );
    }
  }

  return { results, runs, wholeProtocol, simulate, start };
});
