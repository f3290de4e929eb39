/**
 * Least squares and profile intervals on a straight line, where both are known in closed form:
 * RSS with the slope fixed at b is RSS_min + (b − b̂)²·Sxx, so the 95 % profile interval is
 * b̂ ± √(RSS_min·(exp(χ²/n) − 1) / Sxx).
 */
import { describe, expect, it } from 'vitest';
import { CHI2_1_95, leastSquares, profile, type LsProblem } from './leastSquares';

const xs = Float64Array.from({ length: 12 }, (_, i) => i);
const noise = [0.3, -0.2, 0.5, -0.4, 0.1, 0.0, -0.3, 0.2, 0.4, -0.5, 0.1, -0.1];
const y = Float64Array.from(xs, (x, i) => 1 + 0.5 * x + noise[i]!);

const line = (
  bounds = [
    { min: -5, max: 5 },
    { min: -2, max: 2 },
  ],
): LsProblem => ({ y, predict: ([a, b]) => xs.map((x) => a! + b! * x), bounds });

describe('leastSquares and profile', () => {
  it('finds the ordinary least-squares line', () => {
    const n = xs.length;
    const mx = xs.reduce((s, v) => s + v, 0) / n;
    const my = y.reduce((s, v) => s + v, 0) / n;
    const sxx = xs.reduce((s, v) => s + (v - mx) ** 2, 0);
    const b = xs.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0) / sxx;
    const fit = leastSquares(line(), [0, 0], 60);
    expect(fit.theta[1]).toBeCloseTo(b, 6);
    expect(fit.theta[0]).toBeCloseTo(my - b * mx, 5);
    const p = profile(line(), fit, 1, 400, 10);
    const half = Math.sqrt((fit.rss * (Math.exp(CHI2_1_95 / n) - 1)) / sxx);
    expect(p.interval.kind).toBe('bounded');
    if (p.interval.kind !== 'bounded') return;
    expect(p.interval.lower).toBeCloseTo(b - half, 3);
    expect(p.interval.upper).toBeCloseTo(b + half, 3);
    expect(p.better).toBeNull();
  });
  it('calls a parameter the model ignores flat, and one bounded too tightly open', () => {
    const ignored: LsProblem = {
      y,
      predict: ([a]) => xs.map((x) => a! + 0.5 * x),
      bounds: [
        { min: -5, max: 5 },
        { min: 0, max: 1 },
      ],
    };
    const fit = leastSquares(ignored, [0, 0.5], 40);
    expect(profile(ignored, fit, 1, 10, 5).interval.kind).toBe('flat');
    const tight = line([
      { min: -5, max: 5 },
      { min: 0.45, max: 2 },
    ]);
    const p = profile(tight, leastSquares(tight, [0, 1], 60), 1, 40, 10);
    expect(p.interval).toMatchObject({ kind: 'open', lower: null });
  });
  it('notices a profile point that fits better than the fit (not converged)', () => {
    const problem = line();
    const poor = { theta: [0, 0], rss: 1e9, iterations: 0 };
    expect(profile(problem, poor, 1, 8, 10).better).not.toBeNull();
  });
});
