/**
 * The lab's virtual cohort (shared/cohort): its settings, kept in the file's `cohort` section, and
 * the run in main's pool with progress, partial results as batches arrive, and cancel. The result
 * itself is not kept in the file (it is redone from the settings); it belongs to the nights as they
 * were when it ran, and says so when they have changed since.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import type { CohortRunRequest, LabError } from '../../../shared/ipc';
import type { CohortSection } from '../../../shared/experiment/format';
import {
  POPULATION_PRESETS,
  beyond,
  formatThreshold,
  type CohortLabResult,
  type DeltaThreshold,
  type PopulationPresetId,
} from '../../../shared/cohort';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';

/** The question: who loses more than 30 min of sleep. */
export const DEFAULT_THRESHOLD: DeltaThreshold = { metric: 'totalSleepTime_min', op: '<', value: -30 };
export const DEFAULT_COHORT_SIZE = 200;

export const useCohortStore = defineStore('cohort', () => {
  const experiment = useExperimentStore();
  const population = ref<PopulationPresetId>('young-adults');
  const n = ref(DEFAULT_COHORT_SIZE);
  const seed = ref(1);
  const threshold = reactive<{ metric: DeltaThreshold['metric']; op: DeltaThreshold['op']; value: number }>({
    ...DEFAULT_THRESHOLD,
  });
  /** Whether the file has a cohort: it was opened with one, or the user set one up here. */
  const used = ref(false);
  const running = ref(false);
  const progress = reactive({ done: 0, total: 0, etaSeconds: null as number | null });
  const result = shallowRef<CohortLabResult | null>(null);
  const error = ref<LabError | null>(null);
  /** Whether the time charts draw the cohort's bands (when there is a result). */
  const showBands = ref(true);
  /** The nights a result was run for, to tell when they have changed since. */
  const ranFor = ref<string | null>(null);
  let listening = false;

  function nightsRequest(): CohortRunRequest['nights'] {
    const night = (id: 'a' | 'b') => {
      const spec = experiment.nights[id];
      return { scenario: spec.scenario, params: { ...spec.params }, events: spec.events.map((e) => ({ ...e })) };
    };
    return { a: night('a'), b: night('b') };
  }
  const stale = computed(() => result.value !== null && ranFor.value !== JSON.stringify(nightsRequest()));

  let loading = false;
  // Sync, so a file's own values, set while loading, do not count as the user's.
  watch([population, n, seed, () => ({ ...threshold })], () => loading || (used.value = true), {
    deep: true,
    flush: 'sync',
  });

  function listen(): void {
    if (listening) return;
    listening = true;
    lab().on('cohortProgress', (p) => {
      if (!running.value) return;
      Object.assign(progress, { done: p.done, total: p.total, etaSeconds: p.etaSeconds });
      if (p.partial) result.value = p.partial;
    });
  }

  async function run(): Promise<void> {
    listen();
    used.value = true;
    running.value = true;
    error.value = null;
    Object.assign(progress, { done: 0, total: n.value, etaSeconds: null });
    const nights = nightsRequest();
    ranFor.value = JSON.stringify(nights);
    result.value = null;
    const reply = await lab().runCohort({
      nights,
      population: population.value,
      n: n.value,
      seed: seed.value,
      thresholds: [{ ...threshold }],
    });
    running.value = false;
    if (reply.ok) result.value = reply.value;
    else {
      result.value = null;
      error.value = reply.error;
    }
  }

  async function cancel(): Promise<void> {
    await lab().cancelCohort(undefined);
  }

  /** Every person's Δ = B − A of the threshold's metric (NaN where a night has none). */
  const deltas = computed<Float64Array>(() => {
    const values = result.value?.values[threshold.metric];
    if (!values) return new Float64Array(0);
    return values.b.map((b, i) => b - values.a[i]!);
  });

  /** People beyond the threshold, of those with a Δ. */
  const share = computed(() => {
    const finite = [...deltas.value].filter(Number.isFinite);
    const count = finite.filter((d) => beyond(threshold, d)).length;
    return { count, of: finite.length, share: finite.length > 0 ? count / finite.length : null };
  });

  function state(): CohortSection | undefined {
    if (!used.value) return undefined;
    return { population: population.value, n: n.value, seed: seed.value, thresholds: [{ ...threshold }] };
  }

  function load(section: CohortSection | undefined): void {
    loading = true;
    population.value = section?.population ?? 'young-adults';
    n.value = section?.n ?? DEFAULT_COHORT_SIZE;
    seed.value = section?.seed ?? 1;
    Object.assign(threshold, section?.thresholds?.[0] ?? DEFAULT_THRESHOLD);
    result.value = null;
    error.value = null;
    ranFor.value = null;
    used.value = section !== undefined;
    loading = false;
  }

  const populationLabel = computed(() => POPULATION_PRESETS[population.value].label);
  const thresholdText = computed(() => formatThreshold(threshold));

  return {
    population,
    n,
    seed,
    threshold,
    used,
    running,
    progress,
    result,
    error,
    showBands,
    stale,
    deltas,
    share,
    populationLabel,
    thresholdText,
    run,
    cancel,
    state,
    load,
  };
});
