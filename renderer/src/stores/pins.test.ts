import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import type { LabApi, SimulateRequest } from '../../../shared/ipc';
import { MAX_SNAPSHOTS, parseExperiment, serializeExperiment } from '../../../shared/experiment';
import { FULL_MESSAGE, usePinsStore } from './pins';
import { useExperimentStore } from './experiment';
import { useFileStore } from './file';
import { useViewStore } from './view';

/** A window.lab answering every run with a result whose metrics name the request's seed. */
function fakeLab() {
  const requests: SimulateRequest[] = [];
  const api = {
    on: () => () => undefined,
    simulate: async (request: SimulateRequest) => {
      requests.push(request);
      const result = { metrics: { totalSleepTime_min: request.seed } };
      return { ok: true, value: { jobId: requests.length, night: request.night, result, elapsed_ms: 1 } };
    },
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true, writable: true });
  return requests;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await nextTick();
};

describe('pinned snapshots', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('pins a night as it is, runs it once under its own key, and keeps it when the night changes', async () => {
    const requests = fakeLab();
    const pins = usePinsStore();
    const experiment = useExperimentStore();
    experiment.setParameter('b', 'caffeine_mg', 300);
    expect(pins.pin('b')).toBe(true);
    await settle();
    expect(pins.pins[0]).toMatchObject({ name: 'B: Evening caffeine', from: 'b' });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ night: 'b', params: { caffeine_mg: 300 }, pin: pins.pins[0]!.id });
    experiment.setParameter('b', 'caffeine_mg', 0);
    await settle();
    // The pinned night did not follow B, and is not run again.
    expect(pins.pins[0]!.night.params).toEqual({ caffeine_mg: 300 });
    expect(requests).toHaveLength(1);
    expect(pins.traces.map((t) => [t.label, t.night, t.snapshot])).toEqual([['B: Evening caffeine', 'b', 0]]);
  });

  it('refuses a sixth pin with a message, and a removed style is taken by the next pin', async () => {
    fakeLab();
    const pins = usePinsStore();
    for (let i = 0; i < MAX_SNAPSHOTS; i++) expect(pins.pin('a', `P${i}`)).toBe(true);
    expect(pins.pin('a', 'one more')).toBe(false);
    expect(pins.message).toBe(FULL_MESSAGE);
    expect(pins.pins).toHaveLength(MAX_SNAPSHOTS);
    pins.remove(pins.pins[1]!.id);
    expect(pins.message).toBeNull();
    pins.pin('a', 'P0');
    // A taken name is numbered; the freed style (1) is reused, the others keep theirs.
    expect(pins.pins.map((p) => [p.name, p.style])).toEqual([
      ['P0', 0],
      ['P2', 2],
      ['P3', 3],
      ['P4', 4],
      ['P0 (2)', 1],
    ]);
    pins.rename(pins.pins[0]!.id, '   ');
    expect(pins.pins[0]!.name).toBe('P0');
    pins.rename(pins.pins[0]!.id, 'Baseline');
    expect(pins.pins[0]!.name).toBe('Baseline');
  });

  it('puts a pinned night back into night A or B, its seed too, in one undo step; the pin stays', () => {
    fakeLab();
    const pins = usePinsStore();
    const experiment = useExperimentStore();
    experiment.setParameter('b', 'caffeine_mg', 300);
    pins.pin('b', 'Strong coffee');
    experiment.setParameter('b', 'caffeine_mg', 0);
    pins.restore(pins.pins[0]!.id, 'a');
    expect(experiment.toExperiment().nights[0]).toEqual(pins.pins[0]!.night);
    expect(experiment.values.b.caffeine_mg).toBe(0);
    expect(pins.pins).toHaveLength(1);
    experiment.undo();
    expect(experiment.nights.a.scenario).toBe('baseline');
  });

  it('saves the pins, the panel order and the span in the file and restores them on opening', async () => {
    fakeLab();
    const pins = usePinsStore();
    const view = useViewStore();
    const file = useFileStore();
    pins.pin('a', 'Before');
    await settle();
    const [first, second] = view.panels.filter((p) => p !== 'hypnogram');
    view.movePanel(second!, -1);
    view.setSpan('nightDay');
    const text = serializeExperiment(file.current(), { app: 'test', model: 'test' });
    const parsed = parseExperiment(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.experiment.snapshots).toEqual([
      { name: 'Before', from: 'a', night: useExperimentStore().toExperiment().nights[0] },
    ]);
    // Opened in a fresh lab: the pin and the order come back from the file.
    setActivePinia(createPinia());
    const requests = fakeLab();
    const lab = window.lab as unknown as Record<string, unknown>;
    lab.openFile = async () => ({
      ok: true,
      value: { experiment: parsed.experiment, path: '/x.nocturne', notices: [] },
    });
    // Never started, the file store counts the fresh lab as unsaved work: discarding it is fine.
    window.confirm = () => true;
    await useFileStore().open();
    await settle();
    expect(usePinsStore().pins.map((p) => [p.name, p.from])).toEqual([['Before', 'a']]);
    expect(requests.filter((r) => r.pin !== undefined)).toHaveLength(1);
    expect(
      useViewStore()
        .panels.filter((p) => p !== 'hypnogram')
        .slice(0, 2),
    ).toEqual([second, first]);
    expect(useViewStore().span).toBe('nightDay');
  });
});

describe('panel order', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('moves a panel among the shown ones, stepping over the hypnograms, and shows a hidden one where declared', () => {
    const view = useViewStore();
    const all = [...view.panels];
    const [h, p1, p2, p3] = all;
    expect(h).toBe('hypnogram');
    view.movePanel(p1!, -1);
    expect(view.panels).toEqual(all);
    view.movePanel(p2!, -1);
    expect(view.panels.slice(0, 4)).toEqual([h, p2, p1, p3]);
    view.togglePanel(p1!);
    expect(view.panels.slice(0, 3)).toEqual([h, p2, p3]);
    view.togglePanel(p1!);
    // Back after the shown panel declared last before it (the hypnograms): the user's order kept.
    expect(view.panels.slice(0, 4)).toEqual([h, p1, p2, p3]);
    view.movePanel(all[all.length - 1]!, 1);
    expect(view.panels[view.panels.length - 1]).toBe(all[all.length - 1]);
  });

  it('puts a dragged panel before or after the one it is dropped on, never above the hypnograms', () => {
    const view = useViewStore();
    const all = [...view.panels];
    const [h, p1, p2, p3] = all;
    view.placePanel(p3!, p1!, 'before');
    expect(view.panels.slice(0, 4)).toEqual([h, p3, p1, p2]);
    view.placePanel(p3!, p2!, 'after');
    expect(view.panels).toEqual(all);
    // Dropped on the hypnograms: first after them, whichever half it was dropped on.
    view.placePanel(p2!, h!, 'before');
    expect(view.panels.slice(0, 3)).toEqual([h, p2, p1]);
    view.placePanel(h!, p3!, 'after');
    view.placePanel(p1!, p1!, 'after');
    expect(view.panels.slice(0, 4)).toEqual([h, p2, p1, p3]);
    // A hidden panel is not placed.
    view.togglePanel(p3!);
    view.placePanel(p3!, p1!, 'before');
    expect(view.panels).not.toContain(p3);
  });
});
