/**
 * The experiment being edited: two nights, each a scenario plus parameter overrides and a seed,
 * with undo/redo of every edit and linked parameters. (Pinned snapshots are stores/pins.ts.)
 */
import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import type { NightId } from '../../../shared/ipc';
import { resolveParameters, scenarioById } from '../../../shared/model/scenarios';
import type { ParameterId, ParameterOverrides, ParameterValues } from '../../../shared/model/parameters';
import { EXPERIMENT_VERSION, defaultExperiment, type Experiment, type NightSpec } from '../../../shared/experiment';
import type { ProtocolEvent } from '../../../shared/model/protocolEvents';

export interface NightState {
  label: string;
  scenario: string;
  params: ParameterOverrides;
  /** Protocol events laid over the scenario's protocol (shared/model/protocolEvents.ts). */
  events: ProtocolEvent[];
  seed: number;
  /**
   * The user gave the night a name of their own: it stays when the scenario changes. Otherwise
   * the label is the scenario's and follows it, so B picked as "One night awake" is not still
   * called "Evening caffeine". Not in the file: a label other than its scenario's is a rename.
   */
  renamed: boolean;
}

type Nights = Record<NightId, NightState>;

import { NIGHT_IDS } from '../../../shared/nights';

/** The name a scenario gives a night that has not been renamed. */
const scenarioLabel = (scenario: string): string => scenarioById(scenario)?.label ?? scenario;

function nightState(spec: NightSpec): NightState {
  return {
    label: spec.label,
    renamed: spec.label !== scenarioLabel(spec.scenario),
    scenario: spec.scenario,
    params: { ...spec.params },
    events: spec.events.map((e) => ({ ...e })),
    seed: spec.seed,
  };
}

function nightsOf(experiment: Experiment): Nights {
  return { a: nightState(experiment.nights[0]), b: nightState(experiment.nights[1]) };
}

function defaultNights(): Nights {
  return nightsOf(defaultExperiment());
}

const clone = (nights: Nights): Nights => JSON.parse(JSON.stringify(nights)) as Nights;

/** Slider drags send many edits; edits of one parameter this close together are one undo step. */
const COALESCE_MS = 600;

export const useExperimentStore = defineStore('experiment', () => {
  const title = ref(defaultExperiment().title);
  const notes = ref('');
  const nights = reactive<Nights>(defaultNights());
  const linked = ref<ParameterId[]>([]);
  const past = ref<Nights[]>([]);
  const future = ref<Nights[]>([]);
  let lastEdit: { key: string; at: number } | null = null;

  const values = computed<Record<NightId, ParameterValues>>(() => ({
    a: resolveParameters(nights.a.scenario, nights.a.params),
    b: resolveParameters(nights.b.scenario, nights.b.params),
  }));
  const canUndo = computed(() => past.value.length > 0);
  const canRedo = computed(() => future.value.length > 0);

  /** Records the state before an edit, merging quick successive edits of the same thing. */
  function record(key: string | null): void {
    const now = Date.now();
    if (key !== null && lastEdit && lastEdit.key === key && now - lastEdit.at < COALESCE_MS) {
      lastEdit.at = now;
      return;
    }
    past.value.push(clone(nights));
    if (past.value.length > 200) past.value.shift();
    future.value = [];
    lastEdit = key === null ? null : { key, at: now };
  }

  function replace(next: Nights): void {
    for (const id of NIGHT_IDS) nights[id] = next[id];
  }

  function applyParameter(night: NightId, id: ParameterId, value: number | string): void {
    const scenarioValue = resolveParameters(nights[night].scenario)[id];
    const params = { ...nights[night].params };
    if (value === scenarioValue) delete params[id];
    else params[id] = value;
    nights[night].params = params;
  }

  function setParameter(night: NightId, id: ParameterId, value: number | string): void {
    const targets = linked.value.includes(id) ? NIGHT_IDS : [night];
    record(`${targets.join('')}:${id}`);
    for (const target of targets) applyParameter(target, id, value);
  }

  /** Back to the value the night's scenario gives. */
  function resetParameter(night: NightId, id: ParameterId): void {
    if (!(id in nights[night].params)) return;
    record(null);
    const params = { ...nights[night].params };
    delete params[id];
    nights[night].params = params;
  }

  function setScenario(night: NightId, scenario: string): void {
    record(null);
    nights[night].scenario = scenario;
    nights[night].params = {};
    if (!nights[night].renamed) nights[night].label = scenarioLabel(scenario);
  }

  /**
   * Renames a night. A blank name, or the scenario's own, hands the label back to the scenario:
   * it follows the scenario again.
   */
  function setLabel(night: NightId, label: string): void {
    record(`label:${night}`);
    const named = label.trim();
    const own = scenarioLabel(nights[night].scenario);
    nights[night].label = named || own;
    nights[night].renamed = named !== '' && named !== own;
  }

  /** Adds a protocol event to a night (one undo step); events apply in list order. */
  function addEvent(night: NightId, event: ProtocolEvent): void {
    record(null);
    nights[night].events = [...nights[night].events, { ...event }];
  }

  /** Replaces event `index` of a night (moved on the strip, or a value edited): one undo step. */
  function updateEvent(night: NightId, index: number, event: ProtocolEvent): void {
    if (index < 0 || index >= nights[night].events.length) return;
    record(`event:${night}:${index}`);
    nights[night].events = nights[night].events.map((e, i) => (i === index ? { ...event } : e));
  }

  function removeEvent(night: NightId, index: number): void {
    if (index < 0 || index >= nights[night].events.length) return;
    record(null);
    nights[night].events = nights[night].events.filter((_, i) => i !== index);
  }

  /**
   * A protocol made from data (a diary and a light log, shared/report/drive.ts) laid on a night, as
   * one undo step: its parameters set (the night's other overrides kept, a value equal to the
   * scenario's dropped, as a file keeps it) and its events in place of the night's.
   */
  function applyProtocol(night: NightId, params: ParameterOverrides, events: readonly ProtocolEvent[]): void {
    record(null);
    const scenarioValues = resolveParameters(nights[night].scenario);
    const next = { ...nights[night].params };
    for (const [id, value] of Object.entries(params) as [ParameterId, number | string][]) {
      if (value === scenarioValues[id]) delete next[id];
      else next[id] = value;
    }
    nights[night].params = next;
    nights[night].events = events.map((e) => ({ ...e }));
  }

  function toggleLink(id: ParameterId): void {
    linked.value = linked.value.includes(id) ? linked.value.filter((l) => l !== id) : [...linked.value, id];
    // Linking makes B follow A from now on, so the two start equal.
    if (linked.value.includes(id) && values.value.a[id] !== values.value.b[id]) {
      record(null);
      applyParameter('b', id, values.value.a[id]);
    }
  }

  function copyAToB(): void {
    record(null);
    const a = clone(nights).a;
    // The copy is told apart by its name, and follows a new scenario if A's name followed A's
    // (reopened from a file, a name other than the scenario's counts as a rename).
    nights.b = { ...a, label: `${a.label} (copy)`.slice(0, 80) };
  }

  /** Swaps the nights whole, labels included, since a label describes its night. */
  function swap(): void {
    record(null);
    const { a, b } = clone(nights);
    nights.a = b;
    nights.b = a;
  }

  /**
   * Sets up whole nights at once (a lesson, a driven protocol): label, scenario, overrides and
   * events; seeds stay, so the nights keep their common random numbers. One undo step.
   */
  function setNights(next: Partial<Record<NightId, Omit<NightState, 'seed' | 'renamed'>>>): void {
    record(null);
    for (const id of NIGHT_IDS) {
      const spec = next[id];
      if (!spec) continue;
      nights[id] = {
        label: spec.label,
        scenario: spec.scenario,
        params: { ...spec.params },
        events: spec.events.map((e) => ({ ...e })),
        seed: nights[id].seed,
        // A label that is not its scenario's was chosen for the night (a lesson's "Coffee at 16:00").
        renamed: spec.label !== scenarioLabel(spec.scenario),
      };
    }
  }

  function undo(): void {
    const previous = past.value.pop();
    if (!previous) return;
    future.value.push(clone(nights));
    replace(previous);
    lastEdit = null;
  }

  function redo(): void {
    const next = future.value.pop();
    if (!next) return;
    past.value.push(clone(nights));
    replace(next);
    lastEdit = null;
  }

  /**
   * Makes one night exactly the given one (a pinned snapshot put back): its label, scenario,
   * overrides, events and its own seed, so the night draws what the pin drew. One undo step.
   */
  function restoreNight(id: NightId, spec: NightSpec): void {
    record(null);
    nights[id] = nightState(spec);
  }

  /** Replaces the whole experiment (New, Open, recovery): a fresh history, no links. */
  function load(experiment: Experiment): void {
    replace(nightsOf(experiment));
    title.value = experiment.title;
    notes.value = experiment.notes;
    linked.value = [];
    past.value = [];
    future.value = [];
    lastEdit = null;
  }

  function reset(): void {
    load(defaultExperiment());
  }

  /** The experiment as the file format holds it (view and sweeps are added by the file store). */
  function toExperiment(): Experiment {
    const spec = (night: NightId): NightSpec => ({
      label: nights[night].label,
      scenario: nights[night].scenario as NightSpec['scenario'],
      params: { ...nights[night].params },
      events: nights[night].events.map((e) => ({ ...e })),
      seed: nights[night].seed,
    });
    return {
      format: 'nocturne-experiment',
      version: EXPERIMENT_VERSION,
      title: title.value,
      notes: notes.value,
      nights: [spec('a'), spec('b')],
    };
  }

  return {
    title,
    notes,
    nights,
    linked,
    values,
    canUndo,
    canRedo,
    setParameter,
    resetParameter,
    setScenario,
    setLabel,
    addEvent,
    updateEvent,
    removeEvent,
    applyProtocol,
    toggleLink,
    copyAToB,
    swap,
    setNights,
    undo,
    redo,
    restoreNight,
    reset,
    load,
    toExperiment,
  };
});
