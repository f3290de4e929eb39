import { describe, expect, it } from 'vitest';
import {
  compilePopulation,
  POPULATION_PRESETS,
  PERSON_PARAMETER_IDS,
  type PopulationSpec,
} from '../../../shared/cohort';
import { parameterSpec } from '../../../shared/model/parameters';
import {
  convertMarginal,
  kindsFor,
  populationProblems,
  rangeWords,
  sketchOf,
  startingMarginal,
  typedNumber,
} from './populationEdit';

const young = POPULATION_PRESETS['young-adults'];
const withLists = (over: Partial<PopulationSpec>): PopulationSpec => ({ ...young, ...over });
const row = (param: string) => young.distributions.find((d) => d.param === param)!;

describe('populationProblems', () => {
  it('finds nothing in a preset', () => {
    expect(populationProblems(young)).toEqual({
      rows: young.distributions.map(() => null),
      correlations: [],
      population: null,
      ok: true,
    });
  });

  it('puts a range refusal on its row, in the words the CLI uses, and the rest stay clean', () => {
    const caffeine = row('caffeineHalfLife_h');
    const distributions = young.distributions.map((d) =>
      d === caffeine ? { ...d, marginal: { kind: 'lognormal' as const, median: 5, sdLog: 0.3, min: 1, max: 12 } } : d,
    );
    const problems = populationProblems(withLists({ distributions }));
    const at = distributions.findIndex((d) => d.param === 'caffeineHalfLife_h');
    expect(problems.rows[at]).toBe(
      "caffeineHalfLife_h: the distribution reaches [1, 12] h, outside the parameter's range [1.5, 10] h",
    );
    expect(problems.rows.filter((p) => p !== null)).toHaveLength(1);
    expect(problems.ok).toBe(false);
    expect(problems.population).toBeNull();
    // The same verdict as compiling the whole, which is what main and the CLI do.
    expect(() => compilePopulation(withLists({ distributions }))).toThrow(problems.rows[at]!);
  });

  it("names a marginal's own fault, a second row of one parameter, and a kind the parameter refuses", () => {
    const distributions = [
      { ...row('age'), marginal: { kind: 'normal' as const, mean: 25, sd: 0, min: 18, max: 30 } },
      row('sex'),
      { ...row('sex'), marginal: { kind: 'uniform' as const, min: 0, max: 1 } },
      row('caffeineHalfLife_h'),
      row('caffeineHalfLife_h'),
    ];
    expect(populationProblems(withLists({ distributions })).rows).toEqual([
      'age: sd must be above 0, got 0',
      null,
      'sex is a choice (male, female); its distribution must be a choice',
      null,
      'caffeineHalfLife_h has two distributions',
    ]);
  });

  it('checks each correlation against the rows, even a row with its own problem, and the matrix as a whole', () => {
    const broken = { ...row('age'), marginal: { kind: 'uniform' as const, min: 10, max: 30 } };
    const distributions = [broken, row('circadianPeriod_h'), row('sTauWake_h'), row('sTauSleep_h')];
    const problems = populationProblems(
      withLists({
        distributions,
        correlations: [
          { a: 'age', b: 'circadianPeriod_h', rho: 0.3, source: 'a test' },
          { a: 'age', b: 'pvtVulnerability', rho: 0.3, source: '' },
          { a: 'sTauWake_h', b: 'sTauWake_h', rho: 0.3, source: '' },
          { a: 'circadianPeriod_h', b: 'age', rho: 0.2, source: '' },
          { a: 'sTauWake_h', b: 'sTauSleep_h', rho: 1, source: '' },
        ],
      }),
    );
    expect(problems.rows[0]).toMatch(/^age: the distribution reaches \[10, 30\] years/);
    expect(problems.correlations).toEqual([
      null,
      'pvtVulnerability is correlated but has no distribution',
      'sTauWake_h cannot be correlated with itself',
      'circadianPeriod_h and age are correlated twice',
      'the correlation of sTauWake_h and sTauSleep_h must be between −1 and 1 (exclusive), got 1',
    ]);

    // Three pairs each fine alone, impossible together: the matrix is not positive definite.
    const matrix = populationProblems(
      withLists({
        distributions: distributions.slice(1),
        correlations: [
          { a: 'circadianPeriod_h', b: 'sTauWake_h', rho: 0.9, source: '' },
          { a: 'circadianPeriod_h', b: 'sTauSleep_h', rho: 0.9, source: '' },
          { a: 'sTauWake_h', b: 'sTauSleep_h', rho: -0.9, source: '' },
        ],
      }),
    );
    expect(matrix.correlations).toEqual([null, null, null]);
    expect(matrix.population).toBe('the correlations are not consistent (not positive definite) at sTauSleep_h');
    expect(matrix.ok).toBe(false);
  });

  it('says an empty population cannot run', () => {
    expect(populationProblems(withLists({ distributions: [] }))).toMatchObject({
      population: 'a population needs at least one distribution',
      ok: false,
    });
  });
});

describe('a row as it starts and as its kind changes', () => {
  it('starts every person parameter valid, inside its declared range', () => {
    for (const param of PERSON_PARAMETER_IDS) {
      const spec = { param, marginal: startingMarginal(param), source: '', certainty: 'assumed' as const };
      expect(() => compilePopulation(withLists({ distributions: [spec], correlations: [] })), param).not.toThrow();
      expect(kindsFor(param)).toContain(spec.marginal.kind);
    }
  });

  it('keeps the bounds and the centre when the kind changes', () => {
    const caffeine = row('caffeineHalfLife_h');
    expect(convertMarginal('caffeineHalfLife_h', caffeine.marginal, 'normal')).toEqual({
      kind: 'normal',
      mean: 5,
      sd: 2,
      min: 1.5,
      max: 9.5,
    });
    expect(convertMarginal('caffeineHalfLife_h', caffeine.marginal, 'uniform')).toEqual({
      kind: 'uniform',
      min: 1.5,
      max: 9.5,
    });
    expect(convertMarginal('age', row('age').marginal, 'lognormal')).toEqual({
      kind: 'lognormal',
      median: 23,
      sdLog: 0.128,
      min: 18,
      max: 30,
    });
    expect(kindsFor('sex')).toEqual(['choice']);
    expect(kindsFor('menstrualCycleDay')).toEqual(['integer']);
    expect(parameterSpec('age')?.kind).toBe('number');
  });
});

describe('the words and the sketch of a row', () => {
  it('gives the 5–95 % range with the unit, clock times as hh:mm, a choice as shares', () => {
    expect(rangeWords(row('caffeineHalfLife_h'))).toBe('5–95 %: 3.05–7.87 h');
    expect(rangeWords(row('habitualBedtime'))).toBe('5–95 %: 22:16–23:44');
    expect(rangeWords(row('sex'))).toBe('male 50 %, female 50 %');
    expect(rangeWords({ ...row('age'), marginal: { kind: 'uniform', min: 30, max: 18 } })).toBe('');
  });

  it('draws a log-normal peaked inside its support, with the 5 % and 95 % marks in order', () => {
    const sketch = sketchOf(row('caffeineHalfLife_h').marginal)!;
    const peak = sketch.outline.reduce((best, p) => (p[1] > best[1] ? p : best));
    expect(peak[1]).toBe(1);
    expect(peak[0]).toBeGreaterThan(0.2);
    expect(peak[0]).toBeLessThan(0.6);
    expect(0 < sketch.p05 && sketch.p05 < sketch.p95 && sketch.p95 < 1).toBe(true);
    expect(sketchOf(row('sex').marginal)).toBeNull();
  });
});

describe('typedNumber', () => {
  it('reads a typed number, and an empty or unreadable field as NaN for the checks to name', () => {
    expect(typedNumber(' 0.25 ')).toBe(0.25);
    expect(typedNumber('')).toBeNaN();
    expect(typedNumber('abc')).toBeNaN();
  });
});
