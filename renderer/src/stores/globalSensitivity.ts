/**
 * Global sensitivity of one metric over the person parameters (Sobol' indices or Morris
 * screening), run in main's worker pool with progress, ETA and cancel. Not kept in the file: a
 * result is as cheap to redo as it is long, and belongs to the nights as they were.
 *
 * The factors are drawn from a population — by default the Cohort tab's, as the file keeps it
 * (edited lists included) — or from the parameters' declared ranges.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { GlobalSensitivityRequest, LabError } from '../../../shared/ipc';
import type { MetricId } from '../../../shared/model/metrics';
import { POPULATION_PRESETS, type PopulationPresetId } from '../../../shared/cohort/presets';
import { requestFactors, type SensitivityPopulation } from '../../../shared/sensitivity/population';
import {
  DEFAULT_FACTOR_IDS,
  SENSITIVITY_SIZE,
  SensitivityInputError,
  sensitivityRuns,
  type GlobalSensitivityResult,
  type SensitivityMethod,
  type SensitivityTarget,
} from '../../../shared/sensitivity/model';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import { useRunsStore } from './runs';
import { useCohortStore } from './cohort';

/**
 * What the factors are drawn from: the Cohort tab's population (as the file keeps it), a preset,
 * or each parameter uniform over its declared range.
 */
export type SensitivityOver = 'cohort' | PopulationPresetId | 'ranges';

export const useGlobalSensitivityStore = defineStore('globalSensitivity', () => {
  const experiment = useExperimentStore();
  const runsStore = useRunsStore();
  const cohort = useCohortStore();
  const metric = ref<MetricId>('totalSleepTime_min');
  const target = ref<SensitivityTarget>('diff');
  const method = ref<SensitivityMethod>('sobol');
  /** N (Sobol') or r (Morris), kept per method so switching back restores it. */
  const sizes = reactive<Record<SensitivityMethod, number>>({
    sobol: SENSITIVITY_SIZE.sobol.default,
    morris: SENSITIVITY_SIZE.morris.default,
  });
  const seed = ref(1);
  const over = ref<SensitivityOver>('cohort');
  const running = ref(false);
  const progress = reactive({ done: 0, total: 0, etaSeconds: null as number | null });
  const result = shallowRef<GlobalSensitivityResult | null>(null);
  const error = ref<LabError | null>(null);
  /** Wall time per run of the last analysis (ms): the measured pace, once there is one. */
  const measuredMsPerRun = ref<number | null>(null);
  let listening = false;

  /** The Cohort tab's population as the file keeps it: its preset, or the edited lists it saves. */
  const cohortPopulation = computed<SensitivityPopulation>(() => {
    const section = cohort.state();
    if (!section) return { preset: cohort.population };
    return {
      preset: section.population,
      ...(section.distributions ? { distributions: section.distributions } : {}),
      ...(section.correlations ? { correlations: section.correlations } : {}),
    };
  });
  const population = computed<SensitivityPopulation | null>(() => {
    if (over.value === 'ranges') return null;
    return over.value === 'cohort' ? cohortPopulation.value : { preset: over.value };
  });
  /** The factors the choice gives, or why it gives none (a correlated or invalid population). */
  const chosen = computed(() => {
    try {
      const c = requestFactors(population.value ? { population: population.value } : { factors: DEFAULT_FACTOR_IDS });
      return { factors: c.factors, population: c.population, problem: null };
    } catch (e) {
      if (!(e instanceof SensitivityInputError)) throw e;
      return { factors: [], population: null, problem: e.message };
    }
  });
  const factors = computed(() => chosen.value.factors.map((f) => f.id));
  /** Why the chosen population cannot be analysed, or null. */
  const problem = computed(() => chosen.value.problem);
  /** The Cohort tab's population in words, e.g. "Young adults (18–30 y)" or "… (edited)". */
  const cohortLabel = computed(() => {
    const p = cohortPopulation.value;
    const edited = p.distributions !== undefined || p.correlations !== undefined;
    return `${POPULATION_PRESETS[p.preset].label}${edited ? ' (edited)' : ''}`;
  });
  const size = computed({
    get: () => sizes[method.value],
    set: (value: number) => (sizes[method.value] = value),
  });
  const runs = computed(() =>
    factors.value.length === 0 ? 0 : sensitivityRuns(method.value, size.value, factors.value.length, target.value),
  );

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
      ...(population.value
        ? // A plain copy: reactive proxies do not survive structured clone across the bridge.
          { population: JSON.parse(JSON.stringify(population.value)) as GlobalSensitivityRequest['population'] }
        : { factors: [...factors.value] }),
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

  return {
    metric,
    target,
    method,
    size,
    seed,
    over,
    running,
    progress,
    result,
    error,
    factors,
    problem,
    cohortLabel,
    runs,
    estimate,
    run,
    cancel,
  };
});
