/**
 * Global sensitivity of one metric over the person parameters (Sobol' indices or Morris
 * screening), run in main's worker pool with progress, ETA and cancel. Not kept in the file: a
 * result is as cheap to redo as it is long, and belongs to the nights as they were.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { LabError } from '../../../shared/ipc';
import type { MetricId } from '../../../shared/model/metrics';
import {
  DEFAULT_FACTOR_IDS,
  SENSITIVITY_SIZE,
  sensitivityRuns,
  type GlobalSensitivityResult,
  type SensitivityMethod,
  type SensitivityTarget,
} from '../../../shared/sensitivity/model';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import { useRunsStore } from './runs';

export const useGlobalSensitivityStore = defineStore('globalSensitivity', () => {
  const experiment = useExperimentStore();
  const runsStore = useRunsStore();
  const metric = ref<MetricId>('totalSleepTime_min');
  const target = ref<SensitivityTarget>('diff');
  const method = ref<SensitivityMethod>('sobol');
  /** N (Sobol') or r (Morris), kept per method so switching back restores it. */
  const sizes = reactive<Record<SensitivityMethod, number>>({
    sobol: SENSITIVITY_SIZE.sobol.default,
    morris: SENSITIVITY_SIZE.morris.default,
  });
  const seed = ref(1);
  const running = ref(false);
  const progress = reactive({ done: 0, total: 0, etaSeconds: null as number | null });
  const result = shallowRef<GlobalSensitivityResult | null>(null);
  const error = ref<LabError | null>(null);
  /** Wall time per run of the last analysis (ms): the measured pace, once there is one. */
  const measuredMsPerRun = ref<number | null>(null);
  let listening = false;

  const factors = DEFAULT_FACTOR_IDS;
  const size = computed({
    get: () => sizes[method.value],
    set: (value: number) => (sizes[method.value] = value),
  });
  const runs = computed(() => sensitivityRuns(method.value, size.value, factors.length, target.value));

  /**
   * Seconds the analysis should take: at the last analysis's measured pace, or else (a rough
   * guess, said as such on screen) the lab's own last run of a night per run, spread over the
   * cores. Its runs vary the person, so the run-in is redone each time and a run costs more.
   */
  const estimate = computed<{ seconds: number; measured: boolean } | null>(() => {
    if (measuredMsPerRun.value !== null)
      return { seconds: (runs.value * measuredMsPerRun.value) / 1000, measured: true };
    const lastRun = Math.max(runsStore.results.a?.elapsed_ms ?? 0, runsStore.results.b?.elapsed_ms ?? 0);
    if (lastRun <= 0) return null;
    const cores = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 1));
    return { seconds: (runs.value * lastRun) / cores / 1000, measured: false };
  });

  function listen(): void {
    if (listening) return;
    listening = true;
    lab().on('globalSensitivityProgress', (p) => {
      progress.done = p.done;
      progress.total = p.total;
      progress.etaSeconds = p.etaSeconds;
    });
  }

  function nightRequest(id: 'a' | 'b') {
    const n = experiment.nights[id];
    return { scenario: n.scenario, params: { ...n.params }, events: n.events.map((e) => ({ ...e })), seed: n.seed };
  }

  async function run(): Promise<void> {
    listen();
    running.value = true;
    error.value = null;
    Object.assign(progress, { done: 0, total: runs.value, etaSeconds: null });
    const reply = await lab().runGlobalSensitivity({
      nights: { a: nightRequest('a'), b: nightRequest('b') },
      metric: metric.value,
      target: target.value,
      method: method.value,
      size: size.value,
      seed: seed.value,
      factors: [...factors],
    });
    running.value = false;
    if (reply.ok) {
      result.value = reply.value;
      measuredMsPerRun.value = reply.value.elapsed_ms / Math.max(1, reply.value.runs);
    } else error.value = reply.error;
  }

  async function cancel(): Promise<void> {
    await lab().cancelGlobalSensitivity(undefined);
  }

  return { metric, target, method, size, seed, running, progress, result, error, factors, runs, estimate, run, cancel };
});
