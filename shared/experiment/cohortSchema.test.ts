import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment, serializeExperiment, type Experiment } from '.';

const withCohort = (cohort: unknown): string => {
  const file = JSON.parse(serializeExperiment(defaultExperiment(), { app: '0', model: '0' })) as Record<
    string,
    unknown
  >;
  return JSON.stringify({ ...file, cohort });
};

const refusal = (cohort: unknown): string => {
  const parsed = parseExperiment(withCohort(cohort));
  return parsed.ok ? 'accepted' : parsed.error.message;
};

describe("an experiment file's cohort section", () => {
  it('is optional, and kept through a save and an open (preset, edits, thresholds)', () => {
    const experiment: Experiment = {
      ...defaultExperiment(),
      cohort: {
        population: 'older-adults',
        distributions: [
          {
            param: 'caffeineHalfLife_h',
            marginal: { kind: 'lognormal', median: 6, sdLog: 0.25, min: 3, max: 10 },
            source: 'edited',
            certainty: 'assumed',
          },
          {
            param: 'sex',
            marginal: { kind: 'choice', weights: { male: 1, female: 2 } },
            source: '',
            certainty: 'assumed',
          },
        ],
        n: 200,
        seed: 42,
        thresholds: [{ metric: 'totalSleepTime_min', op: '<', value: -30 }],
      },
    };
    const text = serializeExperiment(experiment, { app: '0', model: '0' });
    const parsed = parseExperiment(text);
    expect(parsed.ok && parsed.experiment.cohort).toEqual(experiment.cohort);
    expect(parsed.ok && parsed.notices).toEqual([]);
    expect(serializeExperiment(defaultExperiment(), { app: '0', model: '0' })).not.toContain('cohort');
  });

  it('refuses a distribution outside its parameter range, naming the field and the parameter', () => {
    expect(
      refusal({
        population: 'young-adults',
        distributions: [
          { param: 'age', marginal: { kind: 'uniform', min: 12, max: 18 }, source: '', certainty: 'assumed' },
        ],
        n: 10,
        seed: 1,
      }),
    ).toBe(
      "cohort.distributions[0].marginal is refused: age: the distribution reaches [12, 18] years, outside the parameter's range [18, 90] years",
    );
  });

  it.each([
    [
      { population: 'children', n: 10, seed: 1 },
      'cohort.population must be one of "young-adults", "older-adults", "adolescents", "mixed", got "children"',
    ],
    [{ population: 'mixed', n: 0, seed: 1 }, 'cohort.n must be at least 1, got 0'],
    [{ population: 'mixed', n: 10, seed: -1 }, 'cohort.seed must be at least 0, got -1'],
    [
      { population: 'mixed', n: 10, seed: 1, thresholds: [{ metric: 'tst', op: '<', value: -30 }] },
      'cohort.thresholds[0].metric is not a metric id',
    ],
    [
      { population: 'mixed', n: 10, seed: 1, correlations: [{ a: 'age', b: 'lightGain', rho: 0.5, source: '' }] },
      'cohort.correlations[0].b is refused: lightGain is correlated but has no distribution',
    ],
  ])('refuses %j', (cohort, message) => {
    expect(refusal(cohort)).toBe(message);
  });

  it('notes unknown fields inside it', () => {
    const parsed = parseExperiment(withCohort({ population: 'mixed', n: 10, seed: 1, colour: 'blue' }));
    expect(parsed.ok && parsed.notices).toEqual(['ignored an unknown field: cohort.colour']);
  });
});
