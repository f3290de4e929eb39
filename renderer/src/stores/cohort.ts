/**
 * The lab's virtual cohort (shared/cohort): its settings, kept in the file's `cohort` section (the
 * population a preset, or its lists as edited in the Cohort tab's population editor), and
 * the run in main's pool with progress, partial results as batches arrive, and cancel. The result
 * itself is not kept in the file (it is redone from the settings); it belongs to the nights as they
 * were when it ran, and says so when they have changed since.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import type { CohortRunRequest, LabError } from '../../../shared/ipc';
import type { CohortSection } from '../../../shared/experiment/format';
import { MAX_SOURCE_LENGTH } from '../../../shared/experiment/cohortSchema';
import {
  POPULATION_PRESETS,
  formatThreshold,
  personDeltas,
  shareBeyond,
  sectionPopulation,
  type CohortLabResult,
  type Correlation,
  type DeltaThreshold,
  type MarginalSpec,
  type ParameterDistribution,
  type PopulationPresetId,
} from '../../../shared/cohort';
import type { ParameterId } from '../../../shared/model/parameters';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import {
  convertMarginal,
  populationProblems,
  startingMarginal,
  type MarginalKind,
  type PopulationLists,
} from './populationEdit';

/** The question: who loses more than 30 min of sleep. */
export const DEFAULT_THRESHOLD: DeltaThreshold = { metric: 'totalSleepTime_min', op: '<', value: -30 };
export const DEFAULT_COHORT_SIZE = 200;

const sameLists = (x: PopulationLists, y: PopulationLists) =>
  JSON.stringify([x.distributions, x.correlations]) === JSON.stringify([y.distributions, y.correlations]);

export const useCohortStore = defineStore('cohort', () => {
  const experiment = useExperimentStore();
  const population = ref<PopulationPresetId>('young-adults');
  /**
   * The population's lists as edited in the lab, or null for the preset's own. Replaced whole on
   * every edit (never mutated), so a computed over it sees each change.
   */
  const draft = shallowRef<PopulationLists | null>(null);
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
  watch([population, draft, n, seed, () => ({ ...threshold })], () => loading || (used.value = true), {
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

  const presetLists = computed<PopulationLists>(() => POPULATION_PRESETS[population.value]);
  /** The lists the editor shows: the draft, else the preset's. */
  const lists = computed<PopulationLists>(() => draft.value ?? presetLists.value);
  /** Whether the population differs from its preset (an edit undone by hand is the preset again). */
  const edited = computed(() => draft.value !== null && !sameLists(draft.value, presetLists.value));
  /** The population as a run and the file name it: `<preset> (edited)` once changed. */
  const populationSpec = computed(() =>
    sectionPopulation({
      population: population.value,
      ...(edited.value ? { distributions: lists.value.distributions, correlations: lists.value.correlations } : {}),
    }),
  );
  const problems = computed(() => populationProblems(populationSpec.value));
  /**
   * The edited lists as they last were valid (null: the preset's). The file keeps these, so a save
   * while a field is half-typed writes a population that opens, and the editor says so.
   */
  const savedLists = shallowRef<PopulationLists | null>(null);
  watch(
    () => problems.value.ok && { edited: edited.value, lists: lists.value },
    (now) => {
      if (now) savedLists.value = now.edited ? now.lists : null;
    },
    { flush: 'sync', immediate: true },
  );

  /** Edits apply to a copy of the lists shown; the preset itself is never changed. */
  function edit(change: (l: { distributions: ParameterDistribution[]; correlations: Correlation[] }) => void): void {
    const next = { distributions: [...lists.value.distributions], correlations: [...lists.value.correlations] };
    change(next);
    draft.value = next;
  }

  /** Choosing a preset starts from its own lists (an edit of another preset is dropped). */
  function choosePreset(id: PopulationPresetId): void {
    population.value = id;
    draft.value = null;
  }

  function resetToPreset(): void {
    draft.value = null;
  }

  /**
   * A row's marginal as the user set it. A preset row's first change marks it 'assumed', its source
   * saying it was edited and from what: the preset's source no longer vouches for the new numbers.
   */
  function setMarginal(index: number, marginal: MarginalSpec): void {
    edit((l) => {
      const row = l.distributions[index]!;
      const preset = presetLists.value.distributions.find((d) => d.param === row.param);
      const asPreset = preset && preset.source === row.source && preset.certainty === row.certainty;
      l.distributions[index] = asPreset
        ? {
            ...row,
            marginal,
            certainty: 'assumed',
            source: `Edited in the lab from the preset (${preset.source})`.slice(0, MAX_SOURCE_LENGTH),
          }
        : { ...row, marginal };
    });
  }

  function setKind(index: number, kind: MarginalKind): void {
    const row = lists.value.distributions[index]!;
    setMarginal(index, convertMarginal(row.param, row.marginal, kind));
  }

  function setRow(index: number, patch: Partial<Pick<ParameterDistribution, 'source' | 'certainty'>>): void {
    edit((l) => {
      l.distributions[index] = { ...l.distributions[index]!, ...patch };
    });
  }

  function removeDistribution(index: number): void {
    edit((l) => void l.distributions.splice(index, 1));
  }

  function addDistribution(param: ParameterId): void {
    edit((l) =>
      l.distributions.push({
        param,
        marginal: startingMarginal(param),
        source: "Added in the lab: a uniform spread around the model's default, to be set",
        certainty: 'assumed',
      }),
    );
  }

  function addCorrelation(a: ParameterId, b: ParameterId): void {
    edit((l) => l.correlations.push({ a, b, rho: 0, source: '' }));
  }

  function setCorrelation(index: number, patch: Partial<Correlation>): void {
    edit((l) => {
      l.correlations[index] = { ...l.correlations[index]!, ...patch };
    });
  }

  function removeCorrelation(index: number): void {
    edit((l) => void l.correlations.splice(index, 1));
  }

  /** The population a result was run for, to tell when it has been edited since. */
  const ranWith = ref<string | null>(null);
  const populationStale = computed(
    () => result.value !== null && ranWith.value !== null && ranWith.value !== JSON.stringify(populationSpec.value),
  );

  async function run(): Promise<void> {
    if (!problems.value.ok) return;
    listen();
    used.value = true;
    running.value = true;
    error.value = null;
    Object.assign(progress, { done: 0, total: n.value, etaSeconds: null });
    const nights = nightsRequest();
    ranFor.value = JSON.stringify(nights);
    ranWith.value = JSON.stringify(populationSpec.value);
    result.value = null;
    const reply = await lab().runCohort({
      nights,
      population: population.value,
      // Copies: the request is sent over IPC, and its schema's types are mutable lists.
      ...(edited.value
        ? { distributions: [...lists.value.distributions], correlations: [...lists.value.correlations] }
        : {}),
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
  const deltas = computed<Float64Array>(() => personDeltas(result.value?.values[threshold.metric]));

  /** People beyond the threshold as it is now, of those with a Δ: the recount the exports make too (shareBeyond). */
  const share = computed(() => shareBeyond(threshold, deltas.value));

  function state(): CohortSection | undefined {
    if (!used.value) return undefined;
    const kept = savedLists.value;
    return {
      population: population.value,
      ...(kept ? { distributions: kept.distributions, correlations: kept.correlations } : {}),
      n: n.value,
      seed: seed.value,
      thresholds: [{ ...threshold }],
    };
  }

  function load(section: CohortSection | undefined): void {
    loading = true;
    population.value = section?.population ?? 'young-adults';
    // A file's edits are the preset's lists with some replaced: the list it lacks is the preset's.
    const preset = POPULATION_PRESETS[population.value];
    draft.value =
      section?.distributions || section?.correlations
        ? {
            distributions: section.distributions ?? preset.distributions,
            correlations: section.correlations ?? preset.correlations,
          }
        : null;
    n.value = section?.n ?? DEFAULT_COHORT_SIZE;
    seed.value = section?.seed ?? 1;
    Object.assign(threshold, section?.thresholds?.[0] ?? DEFAULT_THRESHOLD);
    result.value = null;
    error.value = null;
    ranFor.value = null;
    ranWith.value = null;
    used.value = section !== undefined;
    loading = false;
  }

  const populationLabel = computed(
    () => `${POPULATION_PRESETS[population.value].label}${edited.value ? ' (edited)' : ''}`,
  );
  const thresholdText = computed(() => formatThreshold(threshold));
  /**
   * The threshold the run counted by, when the tab's has changed since: the share shown is then a
   * recount of the same people's Δ (shareBeyond), and the tab says so, so nobody runs again for it.
   */
  const recountedFrom = computed(() => {
    const ran = result.value?.summary.thresholds[0];
    return ran && ran.threshold !== thresholdText.value ? ran : null;
  });

  return {
    population,
    lists,
    edited,
    populationSpec,
    problems,
    savedLists,
    choosePreset,
    resetToPreset,
    setMarginal,
    setKind,
    setRow,
    removeDistribution,
    addDistribution,
    addCorrelation,
    setCorrelation,
    removeCorrelation,
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
    populationStale,
    deltas,
    share,
    populationLabel,
    thresholdText,
    recountedFrom,
    run,
    cancel,
    state,
    load,
  };
});
