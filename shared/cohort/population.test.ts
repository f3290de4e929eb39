import { describe, expect, it } from 'vitest';
import { marginal, normalCdf, normalQuantile } from './distributions';
import { cholesky } from './copula';
import {
  compilePopulation,
  drawPerson,
  personFromUniforms,
  personNoiseSeed,
  PopulationError,
  type PopulationSpec,
} from './population';
import { POPULATION_PRESET_IDS, POPULATION_PRESETS } from './presets';
import { pearson } from './statistics';

const spec = (
  distributions: PopulationSpec['distributions'],
  correlations: PopulationSpec['correlations'] = [],
): PopulationSpec => ({
  id: 'test',
  label: 'test',
  description: '',
  distributions,
  correlations,
});

describe('marginals', () => {
  it('inverts the normal CDF', () => {
    for (const p of [1e-6, 0.01, 0.025, 0.3, 0.5, 0.9, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
  });

  it('keeps every quantile inside the truncation bounds, and u = 0.5 at the median', () => {
    const m = marginal({ kind: 'lognormal', median: 5, sdLog: 0.3, min: 1.5, max: 9.5 });
    expect(m.quantile(0)).toBeGreaterThanOrEqual(1.5);
    expect(m.quantile(0)).toBeCloseTo(1.5, 6);
    expect(m.quantile(1)).toBeLessThanOrEqual(9.5);
    expect(m.quantile(0.5)).toBeGreaterThan(4.9); // truncation is not symmetric in the log
    const n = marginal({ kind: 'normal', mean: 24.19, sd: 0.2, min: 23.59, max: 24.79 });
    expect(n.quantile(0.5)).toBeCloseTo(24.19, 6);
    expect(n.quantile(normalCdf(1))).toBeGreaterThan(24.38);
  });

  it('draws integers and choices by their weights', () => {
    const day = marginal({ kind: 'integer', min: 1, max: 28 });
    expect([0, 0.999999, 0.5].map((u) => day.quantile(u))).toEqual([1, 28, 15]);
    const sex = marginal({ kind: 'choice', weights: { male: 1, female: 3 } });
    expect([0.1, 0.3, 0.9].map((u) => sex.quantile(u))).toEqual(['male', 'female', 'female']);
  });
});

describe('populations', () => {
  it('compiles every preset against the parameter declarations', () => {
    for (const id of POPULATION_PRESET_IDS) expect(() => compilePopulation(POPULATION_PRESETS[id])).not.toThrow();
  });

  it('refuses a distribution that reaches outside its parameter range, naming the parameter', () => {
    const bad = spec([
      {
        param: 'circadianPeriod_h',
        marginal: { kind: 'normal', mean: 24.2, sd: 0.5, min: 23, max: 25 },
        source: '',
        certainty: 'assumed',
      },
    ]);
    expect(() => compilePopulation(bad)).toThrow(
      /circadianPeriod_h: the distribution reaches \[23, 25\] h, outside the parameter's range \[23\.5, 24\.9\] h/,
    );
    try {
      compilePopulation(bad);
    } catch (error) {
      expect((error as PopulationError).field).toBe('distributions[0].marginal');
    }
  });

  it('refuses unknown, protocol and choice-mismatched parameters, and inconsistent correlations', () => {
    const d = (param: string, marginalSpec: object) =>
      ({ param, marginal: marginalSpec, source: '', certainty: 'assumed' }) as PopulationSpec['distributions'][number];
    expect(() => compilePopulation(spec([d('nope', { kind: 'uniform', min: 0, max: 1 })]))).toThrow(
      /unknown parameter "nope"/,
    );
    expect(() => compilePopulation(spec([d('caffeine_mg', { kind: 'uniform', min: 0, max: 100 })]))).toThrow(
      /belongs to the protocol/,
    );
    expect(() => compilePopulation(spec([d('sex', { kind: 'choice', weights: { other: 1 } })]))).toThrow(
      /sex has no choice "other"/,
    );
    const three = [
      d('age', { kind: 'uniform', min: 20, max: 30 }),
      d('sTauWake_h', { kind: 'uniform', min: 15, max: 20 }),
      d('sTauSleep_h', { kind: 'uniform', min: 3, max: 5 }),
    ];
    const inconsistent = [
      { a: 'age', b: 'sTauWake_h', rho: 0.9, source: '' },
      { a: 'age', b: 'sTauSleep_h', rho: 0.9, source: '' },
      { a: 'sTauWake_h', b: 'sTauSleep_h', rho: -0.9, source: '' },
    ] as PopulationSpec['correlations'];
    expect(() => compilePopulation(spec(three, inconsistent))).toThrow(/not positive definite/);
  });

  it('draws person i from (seed, i) alone: the same values whatever else is drawn', () => {
    const pop = compilePopulation(POPULATION_PRESETS['young-adults']);
    const direct = drawPerson(pop, 7, 41);
    for (let i = 0; i < 41; i++) drawPerson(pop, 7, i);
    expect(drawPerson(pop, 7, 41)).toEqual(direct);
    expect(drawPerson(pop, 8, 41)).not.toEqual(direct);
    expect(personNoiseSeed(7, 41)).toBe(personNoiseSeed(7, 41));
    expect(personNoiseSeed(7, 41)).not.toBe(personNoiseSeed(7, 42));
  });

  it('gives the marginals their published spread and the copula its correlation', () => {
    const two = spec(
      [
        {
          param: 'circadianPeriod_h',
          marginal: { kind: 'normal', mean: 24.19, sd: 0.2, min: 23.59, max: 24.79 },
          source: '',
          certainty: 'measured',
        },
        {
          param: 'sTauWake_h',
          marginal: { kind: 'normal', mean: 18, sd: 2, min: 12, max: 24 },
          source: '',
          certainty: 'assumed',
        },
      ],
      [{ a: 'circadianPeriod_h', b: 'sTauWake_h', rho: 0.6, source: '' }],
    );
    const pop = compilePopulation(two);
    const people = Array.from({ length: 4000 }, (_, i) => drawPerson(pop, 3, i));
    const tau = people.map((p) => p.circadianPeriod_h as number);
    const chi = people.map((p) => p.sTauWake_h as number);
    const mean = tau.reduce((s, v) => s + v, 0) / tau.length;
    const sd = Math.sqrt(tau.reduce((s, v) => s + (v - mean) ** 2, 0) / (tau.length - 1));
    expect(mean).toBeCloseTo(24.19, 1);
    expect(sd).toBeGreaterThan(0.18); // truncation at ±3 SD takes ~1.5 % off the SD
    expect(sd).toBeLessThan(0.21);
    expect(pearson(tau, chi)).toBeGreaterThan(0.55);
    expect(pearson(tau, chi)).toBeLessThan(0.65);
  });

  it('maps a design point of uniforms through the same marginals (for a Sobol design)', () => {
    const pop = compilePopulation(POPULATION_PRESETS['young-adults']);
    const mid = personFromUniforms(
      pop,
      pop.params.map(() => 0.5),
    );
    expect(mid.circadianPeriod_h).toBeCloseTo(24.19, 6);
    expect(mid.caffeineHalfLife_h).toBeCloseTo(5, 1);
    expect(mid.age).toBe(24);
    expect(() => personFromUniforms(pop, [0.5])).toThrow(/13 values of u needed, got 1/);
  });

  it('factors a correlation matrix (Cholesky) and finds a non-positive pivot', () => {
    const r = cholesky([4, 2, 2, 3], 2);
    expect(r.ok && Array.from(r.factor)).toEqual([2, 0, 1, Math.SQRT2]);
    expect(cholesky([1, 1, 1, 1], 2)).toEqual({ ok: false, row: 1 });
  });
});
