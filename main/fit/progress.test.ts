import { describe, expect, it } from 'vitest';
import { bootstrapMessage } from '../../shared/fit/fitCommon';
import { BOOTSTRAP_SHARE, FitProgress, MAX_BEFORE_REPLY } from './progress';

describe('FitProgress', () => {
  it('counts stages when there is no bootstrap, and never reaches 1 before the reply', () => {
    const p = new FitProgress(4, 0);
    expect(p.next('reading')).toBe(0.25);
    expect(p.next('simulating')).toBe(0.5);
    expect(p.next('fitting')).toBe(0.75);
    expect(p.next('curve')).toBe(MAX_BEFORE_REPLY);
    expect(p.next('a profile point fits better')).toBe(MAX_BEFORE_REPLY);
  });

  it('gives the bootstrap most of the bar, moving by refit: not near done when the refits start', () => {
    const p = new FitProgress(6, 200);
    const stages = ['reading', 'simulating', 'fitting', 'profiling a', 'profiling b'].map((m) => p.next(m));
    const beforeRefits = stages.at(-1)!;
    expect(beforeRefits).toBeCloseTo((1 - BOOTSTRAP_SHARE) * (5 / 6), 10);
    expect(beforeRefits).toBeLessThan(0.25);
    const refits = [10, 20, 100, 200].map((k) => p.next(bootstrapMessage(k, 200)));
    expect(refits[0]).toBeCloseTo(beforeRefits + BOOTSTRAP_SHARE * 0.05, 10);
    expect(refits[2]).toBeCloseTo(beforeRefits + BOOTSTRAP_SHARE * 0.5, 10);
    // Monotone throughout, and the curve after the refits ends it below 1.
    const all = [...stages, ...refits, p.next('drawing the curve')];
    for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThanOrEqual(all[i - 1]!);
    expect(all.at(-1)).toBe(MAX_BEFORE_REPLY);
  });
});
