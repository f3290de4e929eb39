/**
 * Sobol' indices over non-uniform marginals, against values known in closed form, and a
 * population's factors. A linear model y = Σ aᵢxᵢ with independent xᵢ has Sᵢ = STᵢ = aᵢ²Var(xᵢ)/Σⱼ
 * aⱼ²Var(xⱼ); the variances below are those of the truncated normal and log-normal the cohort's
 * marginals describe, from their textbook moments (Johnson, Kotz & Balakrishnan 1994, ch. 13 and
 * 14), not from this code. The design draws through each marginal's own quantile, as a population
 * analysis does, so a wrong quantile or a design that ignored it would move the indices.
 */
import { describe, expect, it } from 'vitest';
import { marginal, normalCdf, type MarginalSpec } from '../cohort/distributions';
import { POPULATION_PRESETS } from '../cohort/presets';
import { sobolAnalysis } from './sobol';
import { populationFactors } from './population';
import { SensitivityInputError } from './model';

const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/** Variance of Normal(mean, sd) truncated to [min, max]. */
function truncatedNormalVariance(mean: number, sd: number, min: number, max: number): number {
  const [a, b] = [(min - mean) / sd, (max - mean) / sd];
  const z = normalCdf(b) - normalCdf(a);
  const m1 = (phi(a) - phi(b)) / z;
  return sd * sd * (1 + (a * phi(a) - b * phi(b)) / z - m1 * m1);
}

/** Variance of exp(Normal(ln median, s)) truncated to [min, max]: E[Xᵏ] = e^{kμ + k²s²/2}·(Φ(β − ks) − Φ(α − ks))/Z. */
function truncatedLognormalVariance(median: number, s: number, min: number, max: number): number {
  const mu = Math.log(median);
  const [a, b] = [(Math.log(min) - mu) / s, (Math.log(max) - mu) / s];
  const z = normalCdf(b) - normalCdf(a);
  const moment = (k: number) =>
    (Math.exp(k * mu + (k * s) ** 2 / 2) * (normalCdf(b - k * s) - normalCdf(a - k * s))) / z;
  return moment(2) - moment(1) ** 2;
}

describe("Sobol' indices through non-uniform marginals", () => {
  const specs: MarginalSpec[] = [
    { kind: 'normal', mean: 0, sd: 1, min: -3, max: 3 },
    // Cut off-centre, so its variance is well below sd² and a design that drew Normal(5, 2) whole would be wrong.
    { kind: 'normal', mean: 5, sd: 2, min: 4, max: 12 },
    { kind: 'lognormal', median: 2, sdLog: 0.5, min: 0.5, max: 8 },
  ];
  const a = [1, 2, 1.5];
  const variances = [
    truncatedNormalVariance(0, 1, -3, 3),
    truncatedNormalVariance(5, 2, 4, 12),
    truncatedLognormalVariance(2, 0.5, 0.5, 8),
  ];
  const total = variances.reduce((s, v, i) => s + a[i]! ** 2 * v, 0);
  const exact = variances.map((v, i) => (a[i]! ** 2 * v) / total);
  const factors = specs.map((spec, i) => {
    const m = marginal(spec);
    return { id: `x${i + 1}`, label: `x${i + 1}`, quantile: (u: number) => m.quantile(u) as number };
  });

  it('a linear model: Sᵢ = STᵢ = aᵢ²σᵢ²/Σ, σᵢ² of each truncated marginal', () => {
    // The off-centre cut leaves x2 a variance of ≈ 1.93, not its sd² = 4.
    expect(variances[1]).toBeGreaterThan(1.85);
    expect(variances[1]).toBeLessThan(2);
    expect(exact.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    const n = 4096;
    const result = sobolAnalysis(factors, (x) => x.reduce((s, v, i) => s + a[i]! * v, 0), { n, seed: 3 });
    for (const [what, estimates] of [
      ['S', result.first],
      ['ST', result.total],
    ] as const) {
      estimates.forEach((e, i) => {
        const error = Math.abs(e.value - exact[i]!);
        // As validation.test.ts: within the estimate's own 95 % half-width, and within 1/√N.
        expect(error, `${what}${i + 1} ${e.value} vs ${exact[i]}`).toBeLessThanOrEqual((e.high - e.low) / 2);
        expect(error).toBeLessThanOrEqual(1 / Math.sqrt(n));
      });
    }
    // The sample's variance is the marginals' (the quasi-random design reproduces the moments).
    expect(Math.abs(result.variance - total) / total).toBeLessThan(0.02);
  });

  it('the same model over uniform ranges of the same supports gives other indices', () => {
    // The check above can fail: drawn uniformly over each support, a share moves by more than twice its tolerance 1/√N.
    const uniform = specs.map((spec) => {
      const [lo, hi] = marginal(spec).support as [number, number];
      return (a[specs.indexOf(spec)]! ** 2 * (hi - lo) ** 2) / 12;
    });
    const sum = uniform.reduce((s, v) => s + v, 0);
    const shares = uniform.map((v) => v / sum);
    expect(Math.max(...shares.map((s, i) => Math.abs(s - exact[i]!)))).toBeGreaterThan(2 / Math.sqrt(4096));
  });
});

describe('a population as factors', () => {
  it("the young adults: every distribution a factor, sex a choice, each drawing inside its marginal's support", () => {
    const spec = POPULATION_PRESETS['young-adults'];
    const factors = populationFactors(spec);
    expect(factors.map((f) => f.id)).toEqual(spec.distributions.map((d) => d.param));
    const sex = factors.find((f) => f.id === 'sex')!;
    expect(sex.choices).toEqual(['male', 'female']);
    expect([sex.quantile(0.25), sex.quantile(0.75)]).toEqual([0, 1]);
    for (const [k, f] of factors.entries()) {
      const support = marginal(spec.distributions[k]!.marginal).support;
      for (const u of [1e-9, 0.001, 0.5, 0.999, 1 - 1e-12]) {
        const v = f.quantile(u);
        if (f.choices) expect(f.choices[v]).toBeDefined();
        else {
          const [lo, hi] = support as [number, number];
          expect(v, `${f.id} at u = ${u}`).toBeGreaterThanOrEqual(lo);
          expect(v, `${f.id} at u = ${u}`).toBeLessThanOrEqual(hi);
        }
      }
    }
  });

  it('refuses a correlated population (independent-input indices are not defined for it) and a bad one, naming `population`', () => {
    const base = POPULATION_PRESETS['young-adults'];
    const correlated = {
      ...base,
      correlations: [{ a: 'circadianPeriod_h' as const, b: 'habitualBedtime' as const, rho: 0.3, source: 'test' }],
    };
    expect(() => populationFactors(correlated)).toThrow(SensitivityInputError);
    expect(() => populationFactors(correlated)).toThrow(/circadianPeriod_h–habitualBedtime ρ = 0.3.*independent/);
    const outside = {
      ...base,
      distributions: [
        {
          param: 'caffeineHalfLife_h' as const,
          marginal: { kind: 'uniform' as const, min: 1, max: 12 },
          source: 'test',
          certainty: 'assumed' as const,
        },
      ],
    };
    const error = (() => {
      try {
        populationFactors(outside);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SensitivityInputError);
    expect((error as SensitivityInputError).field).toBe('population');
    expect((error as Error).message).toMatch(/outside the parameter's range/);
  });
});
