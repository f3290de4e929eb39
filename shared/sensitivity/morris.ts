/**
 * Morris screening (Morris 1991, Technometrics 33:161) for when runs are few: r trajectories of
 * d + 1 points each, every step moving one factor by Δ on a grid of p levels, so each trajectory
 * gives one elementary effect per factor for r·(d + 1) runs in all (a Sobol' analysis needs
 * N·(d + 2) with N in the hundreds). Per factor: μ* = mean |EE| (Campolongo, Cariboni & Saltelli
 * 2007, Environ Model Softw 22:1509: it ranks factors as the total index does, and effects of
 * opposite sign do not cancel as in μ), μ, and σ (interaction or non-linearity).
 *
 * The grid is in probability: level k of p sits at u = (k + ½)/p, so a factor with an unbounded
 * inverse CDF is never asked for its 0 or 1 quantile; a step is p/2 levels (p even), Δu = ½, the
 * choice Morris recommends. An elementary effect is the output's change per unit of u, so μ* is
 * in the output's unit (per the factor's whole spread) and comparable across factors.
 */
import { percentile } from '../fit/fitCommon';
import { createRandom } from '../model/random';
import { checkFactors, type SensitivityFactor } from './factors';
import type { EstimateOptions, Interval } from './sobol';
import { DEFAULT_BOOTSTRAP, factorValues } from './sobol';

/** Grid levels: 4 is Morris's and Campolongo's usual choice. */
export const MORRIS_LEVELS = 4;
export const MIN_MORRIS_TRAJECTORIES = 2;

export function morrisRunCount(trajectories: number, factors: number): number {
  return trajectories * (factors + 1);
}

export interface MorrisDesign {
  readonly r: number;
  readonly d: number;
  /** Points in the unit cube, row-major, trajectory after trajectory (d + 1 rows each). */
  readonly u: Float64Array;
  /** Per trajectory and step s (1…d): the factor step s moved, and its signed Δu. */
  readonly moved: Uint16Array;
  readonly delta: Float64Array;
}

export function morrisDesign(d: number, r: number, seed: number, levels = MORRIS_LEVELS): MorrisDesign {
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`a Morris screening needs at least one factor, got ${d}`);
  if (!Number.isInteger(r) || r < MIN_MORRIS_TRAJECTORIES) {
    throw new RangeError(`Morris needs at least ${MIN_MORRIS_TRAJECTORIES} trajectories, got ${r}`);
  }
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) {
    throw new RangeError(`Morris levels must be an even whole number ≥ 2, got ${levels}`);
  }
  const random = createRandom(seed, 'sensitivity:morris');
  const half = levels / 2;
  const level = (k: number) => (k + 0.5) / levels;
  const u = new Float64Array(morrisRunCount(r, d) * d);
  const moved = new Uint16Array(r * d);
  const delta = new Float64Array(r * d);
  for (let t = 0; t < r; t++) {
    // Each factor starts on a level from which a step of p/2 levels up or down stays on the grid.
    const start = Array.from({ length: d }, () => Math.floor(random.next() * half));
    const up = Array.from({ length: d }, () => random.next() < 0.5);
    const at = start.map((k, i) => (up[i] ? k : k + half));
    // A random order of the factors (Fisher–Yates).
    const order = Array.from({ length: d }, (_, i) => i);
    for (let i = d - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const row0 = t * (d + 1);
    for (let i = 0; i < d; i++) u[row0 * d + i] = level(at[i]!);
    order.forEach((factor, s) => {
      at[factor] = up[factor] ? at[factor]! + half : at[factor]! - half;
      const row = row0 + s + 1;
      for (let i = 0; i < d; i++) u[row * d + i] = level(at[i]!);
      moved[t * d + s] = factor;
      delta[t * d + s] = up[factor] ? half / levels : -half / levels;
    });
  }
  return { r, d, u, moved, delta };
}

export interface MorrisEffect {
  /** Mean |EE| with its bootstrap interval over trajectories. */
  readonly muStar: Interval;
  readonly mu: number;
  /** Standard deviation of the EEs (n − 1). */
  readonly sigma: number;
  /** Elementary effects this factor had (trajectories whose two runs both gave an output). */
  readonly effects: number;
}

export interface MorrisIndices {
  readonly factors: readonly MorrisEffect[];
  readonly trajectories: number;
}

/** μ*, μ, σ per factor from a morrisDesign's outputs in its row order (null or NaN: no output). */
export function morrisIndices(
  outputs: ArrayLike<number | null>,
  design: MorrisDesign,
  options: EstimateOptions = {},
): MorrisIndices {
  const { r, d } = design;
  if (outputs.length !== morrisRunCount(r, d)) {
    throw new RangeError(`expected ${morrisRunCount(r, d)} outputs (r·(d + 1)), got ${outputs.length}`);
  }
  const effects = Array.from({ length: d }, () => [] as number[]);
  for (let t = 0; t < r; t++) {
    for (let s = 0; s < d; s++) {
      const before = outputs[t * (d + 1) + s];
      const after = outputs[t * (d + 1) + s + 1];
      if (typeof before !== 'number' || typeof after !== 'number') continue;
      if (!Number.isFinite(before) || !Number.isFinite(after)) continue;
      effects[design.moved[t * d + s]!]!.push((after - before) / design.delta[t * d + s]!);
    }
  }
  const draws = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const alpha = (1 - (options.confidence ?? 0.95)) / 2;
  const random = createRandom(options.seed ?? 0, 'sensitivity:morris-bootstrap');
  const meanAbs = (values: readonly number[]) => values.reduce((sum, v) => sum + Math.abs(v), 0) / values.length;
  return {
    trajectories: r,
    factors: effects.map((ee) => {
      if (ee.length === 0) {
        return {
          muStar: { value: Number.NaN, low: Number.NaN, high: Number.NaN },
          mu: Number.NaN,
          sigma: Number.NaN,
          effects: 0,
        };
      }
      const muStar = meanAbs(ee);
      const mu = ee.reduce((sum, v) => sum + v, 0) / ee.length;
      const sigma =
        ee.length > 1 ? Math.sqrt(ee.reduce((sum, v) => sum + (v - mu) ** 2, 0) / (ee.length - 1)) : Number.NaN;
      const samples: number[] = [];
      for (let b = 0; b < draws; b++) {
        let sum = 0;
        for (let k = 0; k < ee.length; k++) sum += Math.abs(ee[Math.floor(random.next() * ee.length)]!);
        samples.push(sum / ee.length);
      }
      samples.sort((p, q) => p - q);
      const interval =
        draws === 0
          ? { value: muStar, low: muStar, high: muStar }
          : { value: muStar, low: percentile(samples, alpha), high: percentile(samples, 1 - alpha) };
      return { muStar: interval, mu, sigma, effects: ee.length };
    }),
  };
}

/** Morris screening of a plain function of the factors' values (validation functions, quick models). */
export function morrisAnalysis(
  factors: readonly SensitivityFactor[],
  model: (x: Float64Array) => number | null,
  options: { readonly r: number; readonly seed?: number; readonly levels?: number } & EstimateOptions,
): MorrisIndices {
  checkFactors(factors);
  const d = factors.length;
  const design = morrisDesign(d, options.r, options.seed ?? 0, options.levels);
  const x = factorValues(factors, design.u);
  const outputs = Array.from({ length: morrisRunCount(options.r, d) }, (_, k) => model(x.subarray(k * d, (k + 1) * d)));
  return morrisIndices(outputs, design, options);
}
