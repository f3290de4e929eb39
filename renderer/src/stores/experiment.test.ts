import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useExperimentStore } from './experiment';

describe('experiment store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('opens on A baseline and B evening caffeine', () => {
    const store = useExperimentStore();
    expect(store.nights.a.scenario).toBe('baseline');
    expect(store.nights.b.scenario).toBe('evening-caffeine');
    expect(store.values.b.caffeine_mg).toBe(200);
  });

  it('keeps only overrides that differ from the scenario', () => {
    const store = useExperimentStore();
    store.setParameter('b', 'caffeine_mg', 300);
    expect(store.nights.b.params).toEqual({ caffeine_mg: 300 });
    store.setParameter('b', 'caffeine_mg', 200);
    expect(store.nights.b.params).toEqual({});
  });

  it('clears overrides when the scenario changes', () => {
    const store = useExperimentStore();
    store.setParameter('a', 'age', 40);
    store.setScenario('a', 'older-adult');
    expect(store.nights.a.params).toEqual({});
    expect(store.values.a.age).toBe(65);
  });
});
