import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { CohortRunRequest, LabApi } from '../../../shared/ipc';
import { POPULATION_PRESETS, type CohortLabResult } from '../../../shared/cohort';
import { useCohortStore } from './cohort';

/** A window.lab that records cohort requests and answers each with a result naming its population. */
function fakeLab() {
  const requests: CohortRunRequest[] = [];
  const api = {
    on: () => () => undefined,
    runCohort: async (request: CohortRunRequest) => {
      requests.push(request);
      const population = request.distributions ? `${request.population} (edited)` : request.population;
      return { ok: true, value: { population, done: request.n, n: request.n } as unknown as CohortLabResult };
    },
  };
  Object.defineProperty(window, 'lab', { value: api as unknown as LabApi, configurable: true, writable: true });
  return requests;
}

const young = POPULATION_PRESETS['young-adults'];
const caffeineRow = young.distributions.findIndex((d) => d.param === 'caffeineHalfLife_h');
const narrow = { kind: 'lognormal', median: 5, sdLog: 0.1, min: 4, max: 6 } as const;

describe('the cohort store: an edited population', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it("starts as the preset's lists; an edit makes it '<preset> (edited)', marked assumed with its origin", () => {
    const cohort = useCohortStore();
    expect(cohort.lists).toBe(young);
    expect(cohort.edited).toBe(false);
    expect(cohort.populationSpec.id).toBe('young-adults');
    cohort.setMarginal(caffeineRow, narrow);
    expect(cohort.edited).toBe(true);
    expect(cohort.populationSpec.id).toBe('young-adults (edited)');
    expect(cohort.populationLabel).toBe('Young adults (18–30 y) (edited)');
    const row = cohort.lists.distributions[caffeineRow]!;
    expect(row).toMatchObject({ marginal: narrow, certainty: 'assumed' });
    expect(row.source).toBe(`Edited in the lab from the preset (${young.distributions[caffeineRow]!.source})`);
    // The preset itself is untouched.
    expect(young.distributions[caffeineRow]!.marginal).toEqual({
      kind: 'lognormal',
      median: 5,
      sdLog: 0.3,
      min: 1.5,
      max: 9.5,
    });
    cohort.resetToPreset();
    expect(cohort.edited).toBe(false);
    expect(cohort.lists).toBe(young);
  });

  it('sends the edited lists with cohort:run, and the preset alone when unedited', async () => {
    const requests = fakeLab();
    const cohort = useCohortStore();
    await cohort.run();
    expect(requests[0]).not.toHaveProperty('distributions');
    cohort.setMarginal(caffeineRow, narrow);
    cohort.addCorrelation('age', 'circadianPeriod_h');
    await cohort.run();
    expect(requests[1]!.distributions![caffeineRow]!.marginal).toEqual(narrow);
    expect(requests[1]!.correlations).toEqual([{ a: 'age', b: 'circadianPeriod_h', rho: 0, source: '' }]);
    expect(cohort.result?.population).toBe('young-adults (edited)');
    expect(cohort.populationStale).toBe(false);
    // An edit after the run: the result is for the population as it was.
    cohort.setCorrelation(0, { rho: 0.2 });
    expect(cohort.populationStale).toBe(true);
  });

  it('does not run an invalid population, and the file keeps its last valid lists meanwhile', async () => {
    const requests = fakeLab();
    const cohort = useCohortStore();
    cohort.setMarginal(caffeineRow, narrow);
    cohort.setMarginal(caffeineRow, { ...narrow, max: 12 });
    expect(cohort.problems.ok).toBe(false);
    expect(cohort.problems.rows[caffeineRow]).toMatch(/outside the parameter's range \[1\.5, 10\] h$/);
    await cohort.run();
    expect(requests).toEqual([]);
    expect(cohort.state()!.distributions![caffeineRow]!.marginal).toEqual(narrow);
  });

  it('saves the edits in the cohort section and restores them on load; a preset-only section stays as it was', () => {
    const cohort = useCohortStore();
    expect(cohort.state()).toBeUndefined();
    cohort.choosePreset('older-adults');
    cohort.removeDistribution(0);
    cohort.addDistribution('lightGain');
    const section = cohort.state()!;
    expect(section.population).toBe('older-adults');
    expect(section.distributions!.map((d) => d.param)).toEqual([
      ...POPULATION_PRESETS['older-adults'].distributions.slice(1).map((d) => d.param),
      'lightGain',
    ]);
    expect(section.correlations).toEqual([]);

    const again = (setActivePinia(createPinia()), useCohortStore());
    again.load(JSON.parse(JSON.stringify(section)));
    expect(again.edited).toBe(true);
    expect(again.populationSpec.id).toBe('older-adults (edited)');
    expect(again.state()).toEqual(section);

    again.load({ population: 'mixed', n: 50, seed: 3 });
    expect(again.edited).toBe(false);
    expect(again.state()).toEqual({
      population: 'mixed',
      n: 50,
      seed: 3,
      thresholds: [{ metric: 'totalSleepTime_min', op: '<', value: -30 }],
    });
  });

  it('choosing another preset drops the edits of the one before', () => {
    const cohort = useCohortStore();
    cohort.setMarginal(caffeineRow, narrow);
    cohort.choosePreset('adolescents');
    expect(cohort.edited).toBe(false);
    expect(cohort.lists).toBe(POPULATION_PRESETS.adolescents);
  });
});
