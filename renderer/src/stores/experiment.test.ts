import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useExperimentStore } from './experiment';

describe('experiment store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('opens on A baseline and B evening caffeine, sharing one seed', () => {
    const store = useExperimentStore();
    expect(store.nights.a.scenario).toBe('baseline');
    expect(store.nights.b.scenario).toBe('evening-caffeine');
    expect(store.values.b.caffeine_mg).toBe(200);
    expect(store.nights.a.seed).toBe(store.nights.b.seed);
  });

  it("lays a data-driven protocol on a night as one undo step, keeping the night's other overrides", () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 300);
    store.addEvent('b', { kind: 'caffeine', at: 15, day: 0, mg: 100 });
    const before = JSON.parse(JSON.stringify(store.nights.b)) as unknown;
    const habitual = store.values.b.habitualBedtime;
    store.applyProtocol('b', { bedtime: 0.5, timeInBed_h: 7.25, priorNights: 2, habitualBedtime: habitual }, [
      { kind: 'nap', at: 23, day: -2, duration_h: 8 },
      { kind: 'light', at: 13, day: -1, duration_h: 1, lux: 800 },
    ]);
    expect(store.nights.b.params).toEqual({ caffeine_mg: 300, bedtime: 0.5, timeInBed_h: 7.25, priorNights: 2 });
    expect(store.nights.b.events.map((e) => e.kind)).toEqual(['nap', 'light']);
    store.undo();
    expect(JSON.parse(JSON.stringify(store.nights.b))).toEqual(before);
  });

  it('adds, moves and removes protocol events, each one undo step, and writes them to the file', () => {
    const store = useExperimentStore();
    store.addEvent('b', { kind: 'caffeine', at: 15, day: 0, mg: 200 });
    store.updateEvent('b', 0, { kind: 'caffeine', at: 16.5, day: 0, mg: 200 });
    expect(store.toExperiment().nights[1].events).toEqual([{ kind: 'caffeine', at: 16.5, day: 0, mg: 200 }]);
    expect(store.toExperiment().version).toBe(3);
    store.removeEvent('b', 0);
    expect(store.nights.b.events).toEqual([]);
    store.undo();
    expect(store.nights.b.events).toEqual([{ kind: 'caffeine', at: 16.5, day: 0, mg: 200 }]);
    store.undo();
    expect(store.nights.b.events[0]!.at).toBe(15);
    store.undo();
    expect(store.nights.b.events).toEqual([]);
    store.redo();
    expect(store.nights.b.events).toHaveLength(1);
    expect(store.nights.a.events).toEqual([]);
  });

  it('keeps only overrides that differ from the scenario', () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 300);
    expect(store.nights.b.params).toEqual({ caffeine_mg: 300 });
    store.setParameter('b', 'caffeine_mg', 200);
    expect(store.nights.b.params).toEqual({});
  });

  it('names a night after its scenario, following it until the user renames the night', () => {
    const store = useExperimentStore();
    expect(store.nights.b.label).toBe('Evening caffeine');
    store.setScenario('b', 'one-night-awake');
    expect(store.nights.b.label).toBe('One night awake');
    store.setLabel('b', 'Exam week');
    store.setScenario('b', 'late-sleeper');
    expect(store.nights.b.label).toBe('Exam week');
    expect(store.toExperiment().nights[1].label).toBe('Exam week');
    // Undo steps back over the scenario and then the rename, following again.
    store.undo();
    store.undo();
    expect(store.nights.b.label).toBe('One night awake');
    store.setScenario('b', 'baseline');
    expect(store.nights.b.label).toBe('Baseline night');
    // Blank, or the scenario's own name, hands the label back to the scenario.
    store.setLabel('b', 'Mine');
    store.setLabel('b', '   ');
    expect(store.nights.b.label).toBe('Baseline night');
    store.setScenario('b', 'one-night-awake');
    expect(store.nights.b.label).toBe('One night awake');
    store.setLabel('b', 'One night awake');
    store.setScenario('b', 'evening-caffeine');
    expect(store.nights.b.label).toBe('Evening caffeine');
  });

  it('keeps a renamed label read from a file when the scenario changes, and follows one that is not', () => {
    const store = useExperimentStore();
    const experiment = store.toExperiment();
    store.load({
      ...experiment,
      nights: [
        { ...experiment.nights[0], label: 'Usual night' },
        { ...experiment.nights[1], label: 'Evening caffeine' },
      ],
    });
    store.setScenario('a', 'late-sleeper');
    store.setScenario('b', 'alcohol-nightcap');
    expect(store.nights.a.label).toBe('Usual night');
    expect(store.nights.b.label).toBe('Alcohol nightcap');
    // Swapping carries each night's name and whether it was renamed.
    store.swap();
    store.setScenario('a', 'baseline');
    store.setScenario('b', 'baseline');
    expect(store.nights.a.label).toBe('Baseline night');
    expect(store.nights.b.label).toBe('Usual night');
  });

  it('clears overrides when the scenario changes', () => {
    const store = useExperimentStore();
    store.setParameter('a', 'age', 40);
    store.setScenario('a', 'older-adult');
    expect(store.nights.a.params).toEqual({});
    expect(store.values.a.age).toBe(65);
  });
});

describe('experiment history and comparison helpers', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('undoes and redoes parameter edits, merging a quick slider drag into one step', () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 250);
    store.setParameter('b', 'caffeine_mg', 300);
    store.setParameter('a', 'age', 40);
    store.undo();
    expect(store.values.a.age).toBe(25);
    expect(store.values.b.caffeine_mg).toBe(300);
    store.undo();
    expect(store.values.b.caffeine_mg).toBe(200);
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.values.b.caffeine_mg).toBe(300);
  });

  it('moves linked parameters in both nights, starting them equal', () => {
    const store = useExperimentStore();
    store.setParameter('a', 'bedtime', 22);
    store.toggleLink('bedtime');
    expect(store.values.b.bedtime).toBe(22);
    store.setParameter('b', 'bedtime', 0.5);
    expect(store.values.a.bedtime).toBe(0.5);
    expect(store.values.b.bedtime).toBe(0.5);
  });

  it('swaps the nights whole and copies A to B as a labelled copy', () => {
    const store = useExperimentStore();
    store.setParameter('a', 'age', 50);
    const labelA = store.nights.a.label;
    store.swap();
    expect(store.nights.a.scenario).toBe('evening-caffeine');
    expect(store.values.b.age).toBe(50);
    expect(store.nights.b.label).toBe(labelA);
    store.copyAToB();
    expect(store.nights.b.scenario).toBe('evening-caffeine');
    expect(store.nights.b.label).toBe(`${store.nights.a.label} (copy)`);
  });

  it('round-trips through the file format and loads with a fresh history', () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 300);
    const experiment = store.toExperiment();
    expect(experiment.nights[1].params).toEqual({ caffeine_mg: 300 });
    store.reset();
    expect(store.canUndo).toBe(false);
    store.load(experiment);
    expect(store.values.b.caffeine_mg).toBe(300);
    expect(store.canUndo).toBe(false);
  });

  it('resets one parameter to its scenario value', () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 400);
    store.resetParameter('b', 'caffeine_mg');
    expect(store.values.b.caffeine_mg).toBe(200);
    expect(store.nights.b.params).toEqual({});
  });

  it('makes one night exactly a given one (a pin put back), seed included, in one undo step', () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 400);
    const pinned = store.toExperiment().nights[1];
    store.resetParameter('b', 'caffeine_mg');
    store.restoreNight('a', { ...pinned, seed: 7 });
    expect(store.values.a.caffeine_mg).toBe(400);
    expect(store.nights.a).toMatchObject({ scenario: 'evening-caffeine', label: pinned.label, seed: 7 });
    expect(store.values.b.caffeine_mg).toBe(200);
    store.undo();
    expect(store.nights.a.scenario).toBe('baseline');
    expect(store.values.a.caffeine_mg).toBe(0);
  });
});
