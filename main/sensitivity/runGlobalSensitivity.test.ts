import { describe, expect, it } from 'vitest';
import { METRICS } from '../../shared/model/metrics';
import { parameterSpec, type NumberSpec } from '../../shared/model/parameters';
import { DEFAULT_FACTOR_IDS } from '../../shared/sensitivity/model';
import { POPULATION_PRESETS } from '../../shared/cohort/presets';
import { marginal } from '../../shared/cohort/distributions';
import { FakePool } from '../sweep/testing/fakePool';
import { SweepError } from '../sweep/runSweep';
import { runGlobalSensitivity, type GlobalSensitivityRequest } from './runGlobalSensitivity';

// The stand-in pool's metric m is the sum of a point's override values + m: additive in the factors.
const METRIC = METRICS[2]!.id;
const nights = {
  a: { scenario: 'baseline', params: {}, seed: 1 },
  b: { scenario: 'evening-caffeine', params: {}, seed: 1 },
};
const CONTINUOUS = ['circadianPeriod_h', 'sTauWake_h', 'caffeineHalfLife_h'];
const span = (id: string) => {
  const spec = parameterSpec(id) as NumberSpec;
  return spec.max - spec.min;
};
const request = (over: Partial<GlobalSensitivityRequest>): GlobalSensitivityRequest => ({
  nights,
  metric: METRIC,
  target: 'b',
  method: 'morris',
  size: 4,
  seed: 7,
  factors: CONTINUOUS,
  ...over,
});

describe('global sensitivity on a stand-in pool', () => {
  it("Morris: an additive output's μ* is each factor's span, σ 0, ranked largest first", async () => {
    const result = await runGlobalSensitivity(new FakePool(2, 0), request({}));
    expect(result.runs).toBe(4 * (3 + 1));
    expect(result.factors.map((f) => f.id)).toEqual(['sTauWake_h', 'caffeineHalfLife_h', 'circadianPeriod_h']);
    for (const f of result.factors) {
      expect(f.muStar!.value).toBeCloseTo(span(f.id), 9);
      expect(f.sigma).toBeCloseTo(0, 9);
    }
  });

  it("Sobol': S and ST of an additive output are each factor's share of the variance", async () => {
    const progress: [number, number][] = [];
    const result = await runGlobalSensitivity(new FakePool(2, 0), request({ method: 'sobol', size: 256 }), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.runs).toBe(256 * 5);
    expect(progress.at(-1)).toEqual([1280, 1280]);
    const variances = CONTINUOUS.map((id) => span(id) ** 2 / 12);
    const sum = variances.reduce((a, b) => a + b, 0);
    for (const f of result.factors) {
      const share = variances[CONTINUOUS.indexOf(f.id)]! / sum;
      // Tolerance from the run count, as in shared/sensitivity/validation.test.ts: inside the
      // estimate's own 95 % interval, and within 1/√N.
      for (const e of [f.first!, f.total!]) {
        expect(Math.abs(e.value - share)).toBeLessThanOrEqual(1 / Math.sqrt(256));
        expect(e.low).toBeLessThanOrEqual(share);
        expect(e.high).toBeGreaterThanOrEqual(share);
      }
    }
    expect(result.variance).toBeCloseTo(sum, -1);
  });

  it('Δ B − A runs both nights on the same points, and one progress bar counts both', async () => {
    const pool = new FakePool(2, 0);
    const progress: number[] = [];
    const result = await runGlobalSensitivity(pool, request({ target: 'diff' }), {
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(result.runs).toBe(2 * 16);
    const sent = pool.batches.map((b) => b.task);
    const a = sent.filter((t) => t.scenario === 'baseline').flatMap((t) => t.points);
    const b = sent.filter((t) => t.scenario === 'evening-caffeine').flatMap((t) => t.points);
    expect(b).toEqual(a);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(progress.at(-1)).toBe(1);
    // The stand-in's output does not depend on the night: every difference is 0, every effect too.
    for (const f of result.factors) expect(f.muStar!.value).toBe(0);
  });

  it('takes the person parameters and traits by default, each on its declared range', async () => {
    const result = await runGlobalSensitivity(new FakePool(2, 0), request({ factors: undefined, size: 2 }));
    expect(result.factors.map((f) => f.id).sort()).toEqual([...DEFAULT_FACTOR_IDS].sort());
    for (const f of result.factors) {
      const spec = parameterSpec(f.id) as NumberSpec;
      expect([f.min, f.max]).toEqual([spec.min, spec.max]);
    }
  });

  it("over a population: every design point inside the population's support, each of its parameters a factor", async () => {
    const population = POPULATION_PRESETS['older-adults'];
    for (const method of ['sobol', 'morris'] as const) {
      const pool = new FakePool(2, 0);
      const result = await runGlobalSensitivity(
        pool,
        request({
          method,
          size: method === 'sobol' ? 16 : 4,
          factors: undefined,
          population: { preset: 'older-adults' },
        }),
      );
      expect(result.population).toBe('older-adults');
      expect(result.factors.map((f) => f.id).sort()).toEqual(population.distributions.map((d) => d.param).sort());
      const points = pool.batches.flatMap((b) => b.task.points) as Record<string, number | string>[];
      expect(points).toHaveLength(result.runs);
      for (const d of population.distributions) {
        const support = marginal(d.marginal).support;
        const values = points.map((p) => p[d.param]!);
        if (d.marginal.kind === 'choice') {
          expect(new Set(values), d.param).toEqual(new Set(support as readonly string[]));
          continue;
        }
        const [lo, hi] = support as readonly [number, number];
        // Inside the support, and spread over it: not the declared range (age 18–90), the population's (60–80).
        expect(Math.min(...(values as number[])), d.param).toBeGreaterThanOrEqual(lo);
        expect(Math.max(...(values as number[])), d.param).toBeLessThanOrEqual(hi);
        if (d.param === 'age')
          expect(Math.max(...(values as number[])) - Math.min(...(values as number[]))).toBeGreaterThan(10);
      }
    }
  });

  it('refuses a population with correlations or beside factors, naming the field, before any run', async () => {
    const edited = {
      preset: 'young-adults' as const,
      correlations: [{ a: 'circadianPeriod_h', b: 'habitualBedtime', rho: 0.2, source: 'test' }],
    };
    const cases: [Partial<GlobalSensitivityRequest>, string, RegExp][] = [
      [{ factors: undefined, population: edited }, 'population', /independent factors only/],
      [{ population: { preset: 'young-adults' } }, 'factors', /either a population or factors/],
      [
        {
          factors: undefined,
          population: {
            preset: 'young-adults',
            distributions: [
              { param: 'nope', marginal: { kind: 'uniform', min: 0, max: 1 }, source: '', certainty: 'assumed' },
            ],
          },
        },
        'population',
        /unknown parameter "nope"/,
      ],
    ];
    for (const [over, field, message] of cases) {
      const pool = new FakePool(2, 0);
      const error = await runGlobalSensitivity(pool, request(over)).catch((e: unknown) => e);
      expect((error as SweepError).field).toBe(field);
      expect((error as SweepError).message).toMatch(message);
      expect(pool.batches).toHaveLength(0);
    }
  });

  it('refuses, before any run, a metric, a factor or a size it cannot use, naming the field', async () => {
    const cases: [Partial<GlobalSensitivityRequest>, string, RegExp][] = [
      [{ metric: 'nope' }, 'metric', /not a known metric/],
      [{ factors: ['sex'] }, 'factors', /is a choice/],
      [{ factors: ['nope'] }, 'factors', /not a parameter/],
      [{ size: 1 }, 'n', /trajectories r must be a whole number from 2/],
      [{ method: 'sobol', size: 2 }, 'n', /base sample size N must be a whole number from 4/],
      [{ nights: { ...nights, b: { ...nights.b, params: { caffeine_mg: -1 } } } }, 'params.caffeine_mg', /caffeine_mg/],
    ];
    for (const [over, field, message] of cases) {
      const pool = new FakePool(2, 0);
      const error = await runGlobalSensitivity(pool, request(over)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SweepError);
      expect((error as SweepError).code).toBe('invalid-parameters');
      expect((error as SweepError).field).toBe(field);
      expect((error as SweepError).message).toMatch(message);
      expect(pool.batches).toHaveLength(0);
    }
  });

  it('stops on cancel and keeps nothing', async () => {
    const controller = new AbortController();
    const pool = new FakePool(2, 2);
    const run = runGlobalSensitivity(pool, request({ method: 'sobol', size: 64 }), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 10) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({
      code: 'cancelled',
      message: expect.stringMatching(/^the analysis was cancelled after \d+ of 320 runs; nothing was kept$/) as unknown,
    });
    expect(pool.batches.some((b) => b.state === 'cancelled')).toBe(true);
  });
});
