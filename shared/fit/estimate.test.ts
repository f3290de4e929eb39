import { describe, expect, it } from 'vitest';
import { estimate, fitMethod, parameterSpace } from './estimate';
import { bootstrap, fitAndProfile, jacobianAt, numericSpec, round, withBootstrap } from './fitCommon';
import { rss, type LsProblem } from './leastSquares';
import { FIT_PARAMETERS } from './pvtModel';

const ids = FIT_PARAMETERS;
const space = parameterSpace(ids);
// A straight line in the two parameters' own ranges: intercept the first, slope the second.
const mid = space.bounds.map((b) => (b.min + b.max) / 2);
const xs = Float64Array.from({ length: 10 }, (_, i) => i / 10);
const noise = [0.02, -0.01, 0.03, -0.02, 0.01, 0, -0.03, 0.01, 0.02, -0.02];
const problem: LsProblem = {
  y: Float64Array.from(xs, (x, i) => mid[0]! + mid[1]! * x + noise[i]!),
  predict: ([a, b]) => xs.map((x) => a! + b! * x),
  bounds: space.bounds,
};
const start = space.bounds.map((b) => b.min + 0.4 * (b.max - b.min));

describe('parameterSpace', () => {
  it('names θ by the parameters in order and bounds each by its declared range', () => {
    expect(space.valuesOf([1.5, 2.5])).toEqual({ [ids[0]]: 1.5, [ids[1]]: 2.5 });
    expect(space.bounds).toEqual(ids.map((id) => ({ min: numericSpec(id).min, max: numericSpec(id).max })));
  });
});

describe('estimate', () => {
  it('is the fit and its profiles, the RSS and the residual SD on n − 2 degrees of freedom, and the Jacobian', () => {
    const est = estimate(problem, ids, start);
    const profiled = fitAndProfile(problem, ids, start);
    expect(est.converged).toBe(true);
    expect(est.parameters).toEqual(profiled.parameters);
    expect(est.notes).toEqual(profiled.notes);
    const total = rss(problem, est.fit.theta);
    expect(est.rss).toBe(round(total, 6));
    expect(est.sigma).toBe(round(Math.sqrt(total / (xs.length - 2)), 6));
    expect(est.jacobian).toEqual(jacobianAt(problem, ids, est.fit.theta));
  });

  it('adds the bootstrap’s intervals when asked, and its notes after the profile’s', () => {
    const options = { draws: 40, seed: 3 };
    const est = estimate(problem, ids, start, { bootstrap: options });
    const profiled = fitAndProfile(problem, ids, start);
    const expected = withBootstrap(profiled.parameters, bootstrap(problem, profiled.fit, options));
    expect(est.parameters).toEqual(expected.parameters);
    expect(est.parameters.every((p) => p.bootstrap !== undefined && p.bootstrap !== null)).toBe(true);
    expect(est.notes).toEqual([...profiled.notes, ...expected.notes]);
  });

  it('has no Jacobian and no bootstrap refits when the fit cannot converge (no more observations than parameters)', () => {
    const two: LsProblem = { ...problem, y: problem.y.slice(0, 2), predict: (t) => problem.predict(t).slice(0, 2) };
    const est = estimate(two, ids, start, { bootstrap: { draws: 40, seed: 3 } });
    expect(est.converged).toBe(false);
    expect(est.jacobian).toBeNull();
    expect(est.parameters.map((p) => p.bootstrap)).toEqual([null, null]);
    expect(est.sigma).toBe(round(Math.sqrt(rss(two, est.fit.theta)), 6));
  });
});

describe('fitMethod', () => {
  it('names the profile intervals, and the bootstrap with its draws and seed when there is one', () => {
    expect(fitMethod('least squares on x', undefined)).toBe(
      'least squares on x; profile-likelihood 95 % intervals (LR ≤ χ²₁ 0.95)',
    );
    expect(fitMethod('least squares on x', { draws: 200, seed: 9 })).toBe(
      'least squares on x; profile-likelihood 95 % intervals (LR ≤ χ²₁ 0.95); parametric-bootstrap 95 % percentile intervals (200 refits, seed 9)',
    );
  });
});
