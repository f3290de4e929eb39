/**
 * The recovery test (issue 15): PVT sessions simulated with a known trait vulnerability and rested
 * lapse level, with seeded Poisson noise, over a night awake (sessions every 2.5 h from 09:00 of
 * the focal day to 21:30 of the day after), read back through the PVT importer and fitted; each
 * parameter must be identified and its 95 % interval must hold the truth (in 2 of 3 noise draws). Sessions on rested days
 * only, where fatigue stays under the lapse threshold and vulnerability does not act, must report
 * vulnerability as not identifiable, with no number, while the rested level is still estimated.
 */
import { describe, expect, it } from 'vitest';
import { SLOW_FIT_MS } from './testing/slowFit';
import { resolveParameters } from '../model/scenarios';
import { importPvt } from '../report/import/pvt';
import { fitPvt, freemanTukey, type FitResult } from './fitPvt';
import { FIT_PARAMETERS, PvtModel, type FitParameterId, type FitValues } from './pvtModel';
import { sha256Hex } from './sha256';
import { syntheticPvtText } from './testing/synthetic';

const TRUTH: FitValues = { pvtVulnerability: 1.6, pvtLapsesRested: 2 };
const FOCAL_DATE = '2026-03-10';

function fitSynthetic(scenario: string, hours: readonly number[], seed: number, draws = 0): FitResult {
  // A 5-day run-in keeps the test quick; the fit works on whatever protocol it is given.
  const params = resolveParameters(scenario, { runInDays: 5 });
  const model = new PvtModel(params, 1, []);
  const text = syntheticPvtText(model, TRUTH, hours, FOCAL_DATE, seed);
  const bytes = new TextEncoder().encode(text);
  const pvt = importPvt('synthetic.csv', 'synthetic.csv', text);
  return fitPvt({
    model,
    protocol: { night: 'A', label: scenario, scenario, seed: 1 },
    pvt,
    bytes,
    ...(draws > 0 ? { bootstrap: { draws, seed } } : {}),
  });
}

const every = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let h = from; h <= to; h += step) out.push(h);
  return out;
};

describe('fitPvt recovers a known sleeper', () => {
  const held: Record<FitParameterId, boolean[]> = { pvtVulnerability: [], pvtLapsesRested: [] };
  it.each([11, 12, 13])('over a night awake (noise seed %i)', (seed) => {
    const r = fitSynthetic('one-night-awake', every(9, 45.5, 2.5), seed);
    expect(r.converged).toBe(true);
    expect(r.n).toBe(15);
    for (const p of r.parameters) {
      expect(p.status, `${p.id}: ${p.note}`).toBe('identified');
      const [lo, hi] = p.interval!;
      held[p.id].push(lo < TRUTH[p.id] && TRUTH[p.id] < hi);
      expect(lo).toBeLessThan(p.estimate!);
      expect(hi).toBeGreaterThan(p.estimate!);
      // Informative: narrower than half its declared range.
      expect(hi - lo).toBeLessThan((p.range[1] - p.range[0]) / 2);
    }
    // The band holds the fitted curve and widens where lapses rise (the night awake).
    const c = r.curve!;
    c.fitted.forEach((f, i) => {
      expect(c.lower[i]!).toBeLessThanOrEqual(f);
      expect(c.upper[i]!).toBeGreaterThanOrEqual(f);
    });
    const widths = c.fitted.map((_, i) => c.upper[i]! - c.lower[i]!);
    expect(Math.max(...widths)).toBeGreaterThan(2);
    // Residuals are observed − fitted, on both scales.
    for (const res of r.residuals) {
      expect(res.residual).toBeCloseTo(res.observed - res.fitted, 3);
      expect(res.residualFT).toBeCloseTo(freemanTukey(res.observed) - freemanTukey(res.fitted), 3);
    }
  });

  it('holds the truth in at least 2 of the 3 intervals of each parameter', () => {
    // A 95 % interval misses the truth now and then: over noise seeds 100–139 of this protocol the
    // intervals held vulnerability 38 times of 40 and the rested lapses 37 of 40, all 40 fits
    // converged and identified (docs/FIT.md). 2 of 3 fails by chance with probability ≈ 0.7 % at
    // nominal coverage, and nearly surely for a biased fit.
    for (const id of FIT_PARAMETERS) {
      expect(held[id], id).toHaveLength(3);
      expect(held[id].filter(Boolean).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports vulnerability as not identifiable from rested days alone', () => {
    const hours = [...every(9, 21, 2), ...every(33, 45, 2)];
    const r = fitSynthetic('baseline', hours, 11);
    expect(r.converged).toBe(true);
    const [v, rested] = r.parameters;
    expect(v!.id).toBe('pvtVulnerability');
    expect(v!.status).toBe('not identifiable');
    expect(v!.estimate).toBeNull();
    expect(v!.interval).toBeNull();
    expect(v!.note).toMatch(/profile stays under the 95 % threshold \(LR 3\.84\) over its whole range/);
    expect(r.notes.join('\n')).toMatch(/pvtVulnerability: not identifiable/);
    // The Jacobian agrees: vulnerability moves no modelled session.
    expect(r.jacobian!.norms.pvtVulnerability).toBe(0);
    expect(rested!.status).toBe('identified');
    expect(rested!.interval![0]).toBeLessThan(TRUTH.pvtLapsesRested);
    expect(rested!.interval![1]).toBeGreaterThan(TRUTH.pvtLapsesRested);
  });

  it(
    'gives bootstrap intervals beside the profile ones, and flags a not-identifiable one it looks sure of',
    () => {
      const r = fitSynthetic('one-night-awake', every(9, 45.5, 2.5), 11, 6);
      expect(r.bootstrap).toEqual({ draws: 6, seed: 11 });
      for (const p of r.parameters) {
        const b = p.bootstrap!;
        expect(b.draws).toBe(6);
        // Both intervals hold the estimate and overlap the profile interval.
        expect(b.interval[0]).toBeLessThanOrEqual(p.estimate!);
        expect(b.interval[1]).toBeGreaterThanOrEqual(p.estimate!);
        expect(b.interval[0]).toBeLessThan(p.interval![1]);
        expect(b.interval[1]).toBeGreaterThan(p.interval![0]);
      }
      const rested = fitSynthetic('baseline', [...every(9, 21, 2), ...every(33, 45, 2)], 11, 4);
      const v = rested.parameters[0]!;
      expect(v.status).toBe('not identifiable');
      // Vulnerability moves no session, so every refit stays where it starts: a zero-width interval
      // the note must not let pass as knowledge.
      expect(v.bootstrap!.interval[1] - v.bootstrap!.interval[0]).toBeLessThan(1e-9);
      expect(v.note).toMatch(/narrower than the flat or open profile suggests/);
    },
    SLOW_FIT_MS,
  );

  it("records the data's hash and where the sessions were placed", () => {
    const params = resolveParameters('baseline', { runInDays: 2 });
    const model = new PvtModel(params, 1, []);
    // A fifth session two days after the protocol's end.
    const text = `${syntheticPvtText(model, TRUTH, [10, 14, 18, 20], FOCAL_DATE, 1)}2026-03-13 18:00,300,2\n`;
    const bytes = new TextEncoder().encode(text);
    const pvt = importPvt('s.csv', 's.csv', text);
    const r = fitPvt({
      model,
      protocol: { night: 'B', label: 'b', scenario: 'baseline', seed: 1 },
      pvt,
      bytes,
      focalDate: FOCAL_DATE,
    });
    expect(r.data).toMatchObject({
      sha256: sha256Hex(bytes),
      sessions: 4,
      outside: 1,
      focalDate: FOCAL_DATE,
      placement: 'given',
    });
    expect(r.notes[0]).toMatch(/1 of 5 sessions lie outside the simulated protocol .*lines 6\)/);
    const late = importPvt('late.csv', 'late.csv', 'timestamp,mean rt,lapses\n2030-01-01 10:00,300,2\n');
    expect(() =>
      fitPvt({
        model,
        protocol: { night: 'A', label: 'a', scenario: 'baseline', seed: 1 },
        pvt: late,
        bytes,
        focalDate: FOCAL_DATE,
      }),
    ).toThrow(/none of its 1 sessions lies inside the simulated protocol/);
  });

  it('gives no number when there are no more sessions than parameters', () => {
    const params = resolveParameters('baseline', { runInDays: 2 });
    const model = new PvtModel(params, 1, []);
    const text = syntheticPvtText(model, TRUTH, [10, 14], FOCAL_DATE, 1);
    const pvt = importPvt('two.csv', 'two.csv', text);
    const r = fitPvt({
      model,
      protocol: { night: 'A', label: 'a', scenario: 'baseline', seed: 1 },
      pvt,
      bytes: new Uint8Array(),
    });
    expect(r.converged).toBe(false);
    for (const p of r.parameters) expect(p).toMatchObject({ status: 'not converged', estimate: null, interval: null });
    expect(r.curve).toBeNull();
    expect(r.notes.join('\n')).toMatch(/2 sessions for 2 parameters: too few/);
  });
});
