/**
 * The experiment being edited: two nights, each a scenario plus parameter overrides and a seed.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import type { NightId } from '../../../shared/ipc';
import { resolveParameters } from '../../../shared/model/scenarios';
import type { ParameterId, ParameterOverrides, ParameterValues } from '../../../shared/model/parameters';

export interface NightState {
  label: string;
  scenario: string;
  params: ParameterOverrides;
  seed: number;
}

export const NIGHT_IDS: readonly NightId[] = ['a', 'b'];

function defaultNights(): Record<NightId, NightState> {
  return {
    a: { label: 'A', scenario: 'baseline', params: {}, seed: 1 },
    b: { label: 'B', scenario: 'evening-caffeine', params: {}, seed: 1 },
  };
}

export const useExperimentStore = defineStore('experiment', () => {
  const title = ref('Baseline vs evening caffeine');
  const nights = reactive(defaultNights());

  /** The full parameter values of each night (defaults, scenario, overrides). */
  const values = computed<Record<NightId, ParameterValues>>(() => ({
    a: resolveParameters(nights.a.scenario, nights.a.params),
    b: resolveParameters(nights.b.scenario, nights.b.params),
  }));

  function setParameter(night: NightId, id: ParameterId, value: number | string): void {
    const scenarioValue = resolveParameters(nights[night].scenario)[id];
    const params = { ...nights[night].params };
    if (value === scenarioValue) delete params[id];
    else params[id] = value;
    nights[night].params = params;
  }

  function setScenario(night: NightId, scenario: string): void {
    nights[night].scenario = scenario;
    nights[night].params = {};
  }

  function reset(): void {
    Object.assign(nights, defaultNights());
    title.value = 'Baseline vs evening caffeine';
  }

  return { title, nights, values, setParameter, setScenario, reset };
});
