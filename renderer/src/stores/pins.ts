/**
 * Pinned snapshots: up to MAX_SNAPSHOTS nights, each night A or B as it was when pinned, drawn as
 * extra lines beside A and B (and rows under the hypnograms), kept in the file's `snapshots`, and
 * put back into night A or B on request. A pinned night never changes, so
 * it is simulated once per window (focal or whole protocol) through the same `window.lab.simulate`
 * as A and B, and the result is kept for the session: the model cannot change within one.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowReactive, watch } from 'vue';
import type { LabError, NightId, SimulateResponse } from '../../../shared/ipc';
import { MAX_SNAPSHOTS, MAX_LABEL_LENGTH, type NightSpec, type SnapshotRecord } from '../../../shared/experiment';
import { SNAPSHOT_STYLES } from '../../../shared/plot/palette';
import { NIGHT_LABELS } from '../../../shared/nights';
import type { Trace } from '../charts/datasets';
import { lab } from '../lab';
import { useExperimentStore } from './experiment';
import { useRunsStore } from './runs';

export interface Pin {
  /** Unique within the session: the run's key in main and the cache's. */
  readonly id: number;
  name: string;
  readonly from: NightId;
  readonly night: NightSpec;
  /** Index into SNAPSHOT_STYLES, kept while pinned so removing one does not restyle the others. */
  readonly style: number;
}

type Window = 'focal' | 'protocol';

export const FULL_MESSAGE = `${MAX_SNAPSHOTS} snapshots are pinned, the most the charts can show; remove one (×) to pin another.`;

export const usePinsStore = defineStore('pins', () => {
  const experiment = useExperimentStore();
  const runs = useRunsStore();
  const pins = ref<Pin[]>([]);
  /** Results by `${id}:${window}`; typed arrays, so kept out of deep reactivity. */
  const results = shallowReactive(new Map<string, SimulateResponse>());
  const errors = ref<Record<number, LabError>>({});
  /** Why the last pin was refused (the list is full), shown until the next pin or removal. */
  const message = ref<string | null>(null);
  let nextId = 1;
  const asked = new Set<string>();

  const full = computed(() => pins.value.length >= MAX_SNAPSHOTS);
  const windowShown = computed<Window>(() => (runs.wholeProtocol ? 'protocol' : 'focal'));

  function freeStyle(): number {
    const used = new Set(pins.value.map((p) => p.style));
    return SNAPSHOT_STYLES.findIndex((_, i) => !used.has(i));
  }

  /** A name not yet taken: the typed one, else "B: Evening caffeine", numbered if need be. */
  function uniqueName(wanted: string): string {
    const base = wanted.trim().slice(0, MAX_LABEL_LENGTH);
    const taken = new Set(pins.value.map((p) => p.name));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) {
      const name = `${base.slice(0, MAX_LABEL_LENGTH - 5)} (${n})`;
      if (!taken.has(name)) return name;
    }
  }

  function add(from: NightId, night: NightSpec, name: string): void {
    pins.value = [...pins.value, { id: nextId++, name: uniqueName(name), from, night, style: freeStyle() }];
  }

  /** Pins night A or B as it is now; refused, with the reason in `message`, when the list is full. */
  function pin(from: NightId, name = ''): boolean {
    if (full.value) {
      message.value = FULL_MESSAGE;
      return false;
    }
    message.value = null;
    const spec = experiment.toExperiment().nights[from === 'a' ? 0 : 1];
    add(from, spec, name.trim() || `${NIGHT_LABELS[from]}: ${spec.label}`);
    return true;
  }

  function rename(id: number, name: string): void {
    const pinned = pins.value.find((p) => p.id === id);
    if (!pinned || !name.trim() || name.trim() === pinned.name) return;
    pinned.name = uniqueName(name);
  }

  /**
   * Puts a pinned night back into night A or B, exactly as pinned (its seed too), so the night
   * draws what the pin drew; one undo step, and the pin stays.
   */
  function restore(id: number, into: NightId): void {
    const pinned = pins.value.find((p) => p.id === id);
    if (pinned) experiment.restoreNight(into, pinned.night);
  }

  function remove(id: number): void {
    pins.value = pins.value.filter((p) => p.id !== id);
    message.value = null;
  }

  /** The file's snapshots (none: the list is emptied). Results of earlier pins stay cached by id. */
  function load(records: readonly SnapshotRecord[] | undefined): void {
    pins.value = [];
    message.value = null;
    for (const r of records ?? []) add(r.from, r.night, r.name);
  }

  function current(): SnapshotRecord[] {
    return pins.value.map((p) => ({ name: p.name, from: p.from, night: p.night }));
  }

  async function simulate(pinned: Pin, window: Window): Promise<void> {
    const key = `${pinned.id}:${window}`;
    if (asked.has(key)) return;
    asked.add(key);
    const reply = await lab().simulate({
      night: pinned.from,
      scenario: pinned.night.scenario,
      params: { ...pinned.night.params },
      events: pinned.night.events.map((e) => ({ ...e })),
      seed: pinned.night.seed,
      window,
      pin: pinned.id,
    });
    if (reply.ok) results.set(key, reply.value);
    else errors.value = { ...errors.value, [pinned.id]: reply.error };
  }

  watch(
    [pins, windowShown],
    () => {
      for (const p of pins.value) void simulate(p, windowShown.value);
    },
    { immediate: true },
  );

  /** The pinned nights drawn now: those whose run for the shown window has come back. */
  const traces = computed<Trace[]>(() =>
    pins.value.flatMap((p) => {
      const response = results.get(`${p.id}:${windowShown.value}`);
      return response
        ? [{ night: p.from, label: p.name, result: response.result, jobId: response.jobId, snapshot: p.style }]
        : [];
    }),
  );

  return { pins, full, message, errors, traces, pin, rename, restore, remove, load, current };
});
