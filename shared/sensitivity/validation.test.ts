/**
 * Validation of the Sobol' and Morris estimators against functions whose indices are known in
 * closed form (testFunctions.ts). These rows are independent evidence: the expected numbers come
 * from the functions' formulas (Ishigami a = 7, b = 0.1: S = 0.3139, 0.4424, 0; ST = 0.5576,
 * 0.4424, 0.2437), not from this code or a run of it.
 *
 * Tolerances follow from the run count: each estimate must lie within the half-width of its own
 * 95 % bootstrap interval of the exact value (an interval that shrinks as 1/√N), and within 1/√N
 * (the Monte Carlo rate; the quasi-random design does better, Saltelli et al. 2010 §3).
 */
import { describe, expect, it } from 'vitest';
import { sobolAnalysis, sobolDesign, sobolIndices, sobolRunCount } from './sobol';
import { morrisAnalysis, morrisRunCount } from './morris';
import { uniformFactor } from './factors';
import { gFactors, gFunction, gIndices, ishigami, ishigamiFactors, ishigamiIndices } from './testFunctions';

function expectNear(
  estimates: readonly { value: number; low: number; high: number }[],
  exact: readonly number[],
  n: number,
  what: string,
): void {
  estimates.forEach((e, i) => {
    const error = Math.abs(e.value - exact[i]!);
    const halfWidth = (e.high - e.low) / 2;
    expect(error, `${what}${i + 1}: ${e.value} vs ${exact[i]} (±${halfWidth.toFixed(4)})`).toBeLessThanOrEqual(
      halfWidth,
    );
    expect(error, `${what}${i + 1} within 1/√N`).toBeLessThanOrEqual(1 / Math.sqrt(n));
  });
}

describe('Sobol indices against analytic values', () => {
  it('reproduces the analytic Ishigami indices (a = 7, b = 0.1)', () => {
    const exact = ishigamiIndices();
    expect(exact.first.map((v) => +v.toFixed(4))).toEqual([0.3139, 0.4424, 0]);
    expect(exact.total.map((v) => +v.toFixed(4))).toEqual([0.5576, 0.4424, 0.2437]);
    const n = 4096;
    const result = sobolAnalysis(ishigamiFactors, ishigami, { n, seed: 17 });
    expectNear(result.first, exact.first, n, 'S');
    expectNear(result.total, exact.total, n, 'ST');
    expect(result.rowsUsed).toBe(n);
  });

  it("reproduces Sobol's G-function indices (a = 0, 1, 4.5, 9, 99 ×4)", () => {
    const exact = gIndices();
    const n = 4096;
    const result = sobolAnalysis(gFactors(), gFunction, { n, seed: 5 });
    expectNear(result.first, exact.first, n, 'S');
    expectNear(result.total, exact.total, n, 'ST');
  });

  it('narrows its intervals as 1/√N: 16 times the runs, about a quarter the width', () => {
    const width = (n: number) => {
      const r = sobolAnalysis(ishigamiFactors, ishigami, { n, seed: 3 });
      return r.total.reduce((sum, e) => sum + (e.high - e.low), 0);
    };
    const ratio = width(256) / width(4096);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(6.5);
  });

  it('is repeatable for a seed, and another seed draws another sample', () => {
    const a = sobolAnalysis(ishigamiFactors, ishigami, { n: 64, seed: 1 });
    const b = sobolAnalysis(ishigamiFactors, ishigami, { n: 64, seed: 1 });
    const c = sobolAnalysis(ishigamiFactors, ishigami, { n: 64, seed: 2 });
    expect(b).toEqual(a);
    expect(c.first[0]!.value).not.toBe(a.first[0]!.value);
  });

  it('lays out A, B and A_B^(i) as Saltelli 2010 does: column i from B, the rest from A', () => {
    const d = 3;
    const n = 8;
    const { u } = sobolDesign(d, n, 0);
    expect(u.length).toBe(sobolRunCount(n, d) * d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < n; j++) {
        for (let k = 0; k < d; k++) {
          const from = k === i ? n + j : j;
          expect(u[((2 + i) * n + j) * d + k]).toBe(u[from * d + k]);
        }
      }
    }
  });

  it('drops a base row whose run gave no output from every index, and says how many', () => {
    const n = 64;
    const d = 3;
    const design = sobolDesign(d, n, 4);
    const x = Array.from(design.u, (v) => -Math.PI + 2 * Math.PI * v);
    const outputs: (number | null)[] = Array.from({ length: sobolRunCount(n, d) }, (_, r) =>
      ishigami(x.slice(r * d, (r + 1) * d)),
    );
    outputs[3 * n + 5] = null; // base row 5 of A_B^(2)
    outputs[7] = null; // base row 7 of A
    const result = sobolIndices(outputs, n, d, { bootstrap: 0 });
    expect(result.rowsDropped).toBe(2);
    expect(result.rowsUsed).toBe(n - 2);
  });

  it('refuses outputs of the wrong count and too few whole rows', () => {
    expect(() => sobolIndices([1, 2, 3], 4, 1)).toThrow(/expected 12 outputs/);
    expect(() => sobolIndices(new Array<null>(12).fill(null), 4, 1)).toThrow(/only 0 of 4 base rows/);
  });
});

describe('Morris screening', () => {
  it('gives μ* = |cᵢ| and σ = 0 for a linear function, exactly (elementary effects of a line are its slope)', () => {
    const c = [3, -2, 0.5, 0];
    const factors = c.map((_, i) => uniformFactor(`x${i}`, `x${i}`, 0, 1));
    const result = morrisAnalysis(factors, (x) => c.reduce((sum, ci, i) => sum + ci * x[i]!, 0), { r: 10, seed: 2 });
    result.factors.forEach((f, i) => {
      expect(f.muStar.value).toBeCloseTo(Math.abs(c[i]!), 12);
      expect(f.mu).toBeCloseTo(c[i]!, 12);
      expect(f.sigma).toBeCloseTo(0, 12);
      expect(f.effects).toBe(10);
    });
  });

  it("ranks the G-function's factors as their total indices do, with r(d + 1) runs", () => {
    const r = 40;
    const exact = gIndices();
    const result = morrisAnalysis(gFactors(), gFunction, { r, seed: 9 });
    expect(morrisRunCount(r, 8)).toBe(360);
    const byMorris = result.factors.map((f, i) => [i, f.muStar.value] as const).sort((p, q) => q[1] - p[1]);
    const byTotal = exact.total.map((v, i) => [i, v] as const).sort((p, q) => q[1] - p[1]);
    // The four that matter, in order; the four with a = 99 (ST = 0.0001) below all of them.
    expect(byMorris.slice(0, 4).map(([i]) => i)).toEqual(byTotal.slice(0, 4).map(([i]) => i));
  });

  it('measures non-additivity with σ: Ishigami’s x₃ acts only through x₁, so its σ is large beside its μ', () => {
    const result = morrisAnalysis(ishigamiFactors, ishigami, { r: 50, seed: 4 });
    const x3 = result.factors[2]!;
    expect(Math.abs(x3.mu)).toBeLessThan(x3.sigma);
  });
});
