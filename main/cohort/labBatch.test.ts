import { describe, expect, it } from 'vitest';
import { POPULATION_PRESETS, compilePopulation, runPerson, type CohortNight } from '../../shared/cohort';
import { simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import { labPersonOf, runCohortLabBatch } from './labBatch';

const nights: [CohortNight, CohortNight] = [
  { params: resolveParameters('baseline'), events: [] },
  { params: resolveParameters('evening-caffeine'), events: [] },
];
const population = POPULATION_PRESETS['young-adults'];

describe('a lab batch', () => {
  it('hands back each person as their own run gives them, the arena reused between persons', () => {
    const batch = runCohortLabBatch({ nights, population, seed: 4, start: 2, end: 4 });
    expect(batch.persons.map((p) => p.index)).toEqual([2, 3]);
    const compiled = compilePopulation(population);
    for (const person of batch.persons) {
      const own = labPersonOf(person.index, runPerson(nights, compiled, 4, person.index, simulateNight));
      expect(person).toEqual(own);
      expect(Object.keys(person.seriesA).length).toBeGreaterThan(0);
    }
  }, 60_000);
});
