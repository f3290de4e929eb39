/**
 * The parametric bootstrap on a straight line, where the sampling distribution of the slope is
 * known: normal with SD σ/√Sxx, so its 95 % percentile interval is b̂ ± 1.96·σ̂/√Sxx up to Monte
 * Carlo error; the notes where the bootstrap and the profile disagree; and a fit stopped by its
 * cancel check.
 */
import { describe, expect, it } from 'vitest';
import { FitCancelled, bootstrap, checked, percentile, withBootstrap, type FittedParameter } from './fitCommon';
import { leastSquares, type LsProblem } from './leastSquares';

const xs = Float64Array.from({ length: 12 }, (_, i) => i);
const noise = [0.3, -0.2, 0.5, -0.4, 0.1, 0.0, -0.3, 0.2, 0.4, -0.5, 0.1, -0.1];
const y = Float64Array.from(xs, (x, i) => 1 + 0.5 * x + noise[i]!);
const line: LsProblem = {
  y,
  predict: ([a, b]) => xs.map((x) => a! + b! * x),
  bounds: [
    { min: -5, max: 5 },
    { min: -2, max: 2 },
  ],
};

describe('bootstrap', () => {
  it("gives the slope's known 95 % interval on a line, repeatably for a seed", () => {
    const fit = leastSquares(line, [0, 0], 60);
    const [, slope] = bootstrap(line, fit, { draws: 400, seed: 7 });
    const n = xs.length;
    const mx = xs.reduce((s, v) => s + v, 0) / n;
    const sxx = xs.reduce((s, v) => s + (v - mx) ** 2, 0);
    const half = (1.96 * Math.sqrt(fit.rss / (n - 2))) / Math.sqrt(sxx);
    expect(slope!.draws).toBe(400);
    expect(slope!.atBound).toBe(0);
    // Monte Carlo error of a 2.5 % quantile from 400 draws: ≈ 15 % of the half-width.
    expect(Math.abs(slope!.interval[0] - (fit.theta[1]! - half))).toBeLessThan(0.2 * half);
    expect(Math.abs(slope!.interval[1] - (fit.theta[1]! + half))).toBeLessThan(0.2 * half);
    expect(bootstrap(line, fit, { draws: 400, seed: 7 })[1]).toEqual(slope);
    expect(bootstrap(line, fit, { draws: 400, seed: 8 })[1]!.interval).not.toEqual(slope!.interval);
  });

  it('interpolates percentiles between order statistics', () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 12);
  });

  it('says where the bootstrap and the profile disagree', () => {
    const base: FittedParameter = {
      id: 'x',
      label: 'x',
      unit: '',
      range: [0, 10],
      start: 1,
      status: 'identified',
      estimate: 5,
      interval: [4, 6],
      note: null,
      profile: [],
    };
    const agree = withBootstrap([base], [{ interval: [4.1, 5.9], draws: 100, atBound: 0 }]);
    expect(agree.notes).toEqual([]);
    expect(agree.parameters[0]!.bootstrap!.interval).toEqual([4.1, 5.9]);
    const apart = withBootstrap([base], [{ interval: [2, 6], draws: 100, atBound: 0.1 }]);
    expect(apart.parameters[0]!.note).toMatch(
      /disagree by more than half .*10 % of the bootstrap refits end at a bound/,
    );
    expect(apart.notes[0]).toMatch(/^x: the bootstrap interval \(2–6\) and the profile interval \(4–6\) disagree/);
    const none = withBootstrap([base], null);
    expect(none.parameters[0]!.bootstrap).toBeNull();
  });
});

describe('checked', () => {
  it('stops a fit at the first model evaluation after the flag is set, and changes nothing before', () => {
    let evaluations = 0;
    let stopAfter = Infinity;
    const counted = {
      ...line,
      predict: checked(
        () => evaluations >= stopAfter,
        (theta: readonly number[]) => (evaluations++, line.predict(theta)),
      ),
    };
    const whole = leastSquares(counted, [0, 0], 60);
    expect(whole).toEqual(leastSquares(line, [0, 0], 60));
    const all = evaluations;
    evaluations = 0;
    stopAfter = 5;
    expect(() => leastSquares(counted, [0, 0], 60)).toThrow(FitCancelled);
    expect(evaluations).toBe(5);
    expect(all).toBeGreaterThan(5);
  });
});
