/**
 * Parameter sweeps and sensitivity of one night, run in main's worker pool with progress, ETA
 * and cancel. The sweep's definition is part of the experiment file.
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';
import type { LabError, NightId } from '../../../shared/ipc';
import { PARAMETERS, parameterSpec, type NumberSpec, type ParameterId } from '../../../shared/model/parameters';
import type { MetricId } from '../../../shared/model/metrics';
import type { SweepDefinition } from '../../../shared/experiment';
import type { SensitivityResult, SweepResult } from '../../../shared/sweep';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';

export interface AxisDraft {
  param: ParameterId;
  from: number;
  to: number;
  steps: number;
}

/** Parameters a sweep can vary: the numeric ones. */
export const SWEEPABLE = PARAMETERS.filter(
  (p): p is Extract<(typeof PARAMETERS)[number], NumberSpec> => p.kind !== 'choice',
);

function axisFor(param: ParameterId, steps = 11): AxisDraft {
  const spec = parameterSpec(param) as NumberSpec;
  // Whole-number parameters get a step count that lands on whole numbers.
  const span = spec.max - spec.min;
  const whole = spec.kind === 'integer' ? Math.min(steps, span + 1) : steps;
  return { param, from: spec.min, to: spec.max, steps: whole };
}

export const useSweepStore = defineStore('sweep', () => {
  const experiment = useExperimentStore();
  const night = ref<NightId>('b');
  const first = reactive<AxisDraft>(axisFor('caffeine_mg'));
  const useSecond = ref(false);
  const second = reactive<AxisDraft>(axisFor('caffeineHoursBeforeBed', 9));
  const metric = ref<MetricId>('totalSleepTime_min');
  const running = ref<'sweep' | 'sensitivity' | null>(null);
  const progress = reactive({ done: 0, total: 0, etaSeconds: null as number | null });
  const result = shallowRef<SweepResult | null>(null);
  const sensitivityResult = shallowRef<SensitivityResult | null>(null);
  const error = ref<LabError | null>(null);
  let listening = false;

  const runs = computed(() => first.steps * (useSecond.value ? second.steps : 1));

  function listen(): void {
    if (listening) return;
    listening = true;
    lab().on('sweepProgress', (p) => {
      progress.done = p.done;
      progress.total = p.total;
      progress.etaSeconds = p.etaSeconds;
    });
  }

  function setParam(axis: 'first' | 'second', param: ParameterId): void {
    Object.assign(axis === 'first' ? first : second, axisFor(param, axis === 'first' ? first.steps : second.steps));
  }

  function nightRequest() {
    const n = experiment.nights[night.value];
    return { scenario: n.scenario, params: { ...n.params }, events: n.events.map((e) => ({ ...e })), seed: n.seed };
  }

  async function run(): Promise<void> {
    listen();
    running.value = 'sweep';
    error.value = null;
    Object.assign(progress, { done: 0, total: runs.value, etaSeconds: null });
    const reply = await lab().runSweep({
      night: nightRequest(),
      definition: { ...first, ...(useSecond.value ? { second: { ...second } } : {}) },
    });
    running.value = null;
    if (reply.ok) result.value = reply.value;
    else error.value = reply.error;
  }

  async function runSensitivity(): Promise<void> {
    listen();
    running.value = 'sensitivity';
    error.value = null;
    Object.assign(progress, { done: 0, total: 0, etaSeconds: null });
    const reply = await lab().runSensitivity({ night: nightRequest(), metric: metric.value });
    running.value = null;
    if (reply.ok) sensitivityResult.value = reply.value;
    else error.value = reply.error;
  }

  async function cancel(): Promise<void> {
    await lab().cancelSweep(undefined);
  }

  /** The sweep as the experiment file keeps it. */
  function definition(): SweepDefinition {
    return {
      night: night.value,
      param: first.param,
      from: first.from,
      to: first.to,
      steps: first.steps,
      ...(useSecond.value
        ? { second: { param: second.param, from: second.from, to: second.to, steps: second.steps } }
        : {}),
      metrics: [metric.value],
    };
  }

  function load(definitions: readonly SweepDefinition[] | undefined): void {
    result.value = null;
    sensitivityResult.value = null;
    const d = definitions?.[0];
    if (!d) return;
    night.value = d.night;
    Object.assign(first, { param: d.param, from: d.from, to: d.to, steps: d.steps });
    useSecond.value = !!d.second;
    if (d.second) Object.assign(second, d.second);
    if (d.metrics[0]) metric.value = d.metrics[0];
  }

  return {
    night,
    first,
    useSecond,
    second,
    metric,
    running,
    progress,
    result,
    sensitivityResult,
    error,
    runs,
    setParam,
    run,
    runSensitivity,
    cancel,
    definition,
    load,
  };
});
