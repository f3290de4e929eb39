/**
 * Test functions with analytic Sobol' indices, for validating the estimators (sensitivity tests,
 * docs/SENSITIVITY.md). Independent evidence: their indices follow from the functions' formulas,
 * not from this code.
 */
import { uniformFactor, type SensitivityFactor } from './factors';

/** Ishigami & Homma 1990: sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, each xᵢ uniform on [−π, π]. */
export const ISHIGAMI = { a: 7, b: 0.1 } as const;

export const ishigamiFactors: readonly SensitivityFactor[] = [1, 2, 3].map((i) =>
  uniformFactor(`x${i}`, `x${i}`, -Math.PI, Math.PI),
);

export function ishigami(x: ArrayLike<number>, a = ISHIGAMI.a, b = ISHIGAMI.b): number {
  return Math.sin(x[0]!) + a * Math.sin(x[1]!) ** 2 + b * x[2]! ** 4 * Math.sin(x[0]!);
}

/** Ishigami's indices from its formula (Sobol' & Levitan 1999; Saltelli et al. 2008, §4.5 for a = 7, b = 0.1). */
export function ishigamiIndices(a = ISHIGAMI.a, b = ISHIGAMI.b): { first: number[]; total: number[] } {
  const pi4 = Math.PI ** 4;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (b ** 2 * Math.PI ** 8 * 8) / 225;
  const v = v1 + v2 + v13;
  return { first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/** Sobol's G-function: Π (|4xᵢ − 2| + aᵢ)/(1 + aᵢ), xᵢ uniform on [0, 1]; small aᵢ = important factor. */
export const G_COEFFICIENTS = [0, 1, 4.5, 9, 99, 99, 99, 99] as const;

export const gFactors = (a: readonly number[] = G_COEFFICIENTS): SensitivityFactor[] =>
  a.map((_, i) => uniformFactor(`x${i + 1}`, `x${i + 1}`, 0, 1));

export function gFunction(x: ArrayLike<number>, a: readonly number[] = G_COEFFICIENTS): number {
  let product = 1;
  for (let i = 0; i < a.length; i++) product *= (Math.abs(4 * x[i]! - 2) + a[i]!) / (1 + a[i]!);
  return product;
}

/** The G-function's indices: Vᵢ = 1/(3(1 + aᵢ)²), V = Π(1 + Vᵢ) − 1 (Saltelli & Sobol' 1995). */
export function gIndices(a: readonly number[] = G_COEFFICIENTS): { first: number[]; total: number[] } {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const all = vi.reduce((p, v) => p * (1 + v), 1);
  const v = all - 1;
  return { first: vi.map((x) => x / v), total: vi.map((x) => (x * all) / (1 + x) / v) };
}
