/**
 * The circadian fit's recovery test (issue 15): DLMOs of a full engine run at a known period and
 * light sensitivity, with seeded noise (SD 15 min), under a light log with three days of dim light,
 * read back through the importers and fitted; both must be identified with the truth inside their
 * 95 % intervals and the estimates near it. DLMOs of an entrained person (no change of light) must
 * report both as not identifiable, with no number. Measured coverage: docs/FIT.md.
 */
import { describe, expect, it } from 'vitest';
import { SLOW_FIT_MS } from './testing/slowFit';
import { CIRCADIAN_FIT_PARAMETERS, type CircadianValues } from './circadianModel';
import { CircadianFitError, fitCircadian, focalDateOfDlmos, type CircadianFitResult } from './fitCircadian';
import { sha256Hex } from './sha256';
import { CIRCADIAN_FOCAL_DATE, circadianCase, DIM_DAYS, type CircadianCase } from './testing/circadianCase';
import { importDlmo } from '../report/import/dlmo';

const TRUTH: CircadianValues = { circadianPeriod_h: 24.4, lightSensitivity: 0.8 };
/** Stated tolerances of the estimates (hours; k): about two interval half-widths of this design. */
const TOLERANCE: CircadianValues = { circadianPeriod_h: 0.2, lightSensitivity: 0.4 };

function fit(c: CircadianCase, bootstrapDraws?: number): CircadianFitResult {
  const enc = new TextEncoder();
  return fitCircadian({
    model: c.model,
    protocol: { night: 'A', label: 'synthetic', scenario: 'baseline', seed: 1 },
    dlmo: c.dlmo,
    dlmoBytes: enc.encode(c.dlmoText),
    light: {
      label: 'light.csv',
      bytes: enc.encode(c.lightText),
      binMinutes: 10,
      measured_h: c.measured_h,
      protocol_h: c.protocol_h,
    },
    focalDate: focalDateOfDlmos(c.dlmo),
    focalDateBy: 'last DLMO',
    ...(bootstrapDraws ? { bootstrap: { draws: bootstrapDraws, seed: 3 } } : {}),
  });
}

describe('fitCircadian', () => {
  it(
    'recovers period and light sensitivity from DLMOs across days in dim light',
    () => {
      const c = circadianCase(TRUTH, DIM_DAYS, [-4, -2, -1, 0], 5);
      const r = fit(c);
      expect(r.data.focalDate).toBe(CIRCADIAN_FOCAL_DATE);
      expect(r.converged).toBe(true);
      expect(r.n).toBe(4);
      for (const p of r.parameters) {
        expect(p.status, `${p.id}: ${p.note}`).toBe('identified');
        const [lo, hi] = p.interval!;
        expect(lo, p.id).toBeLessThan(TRUTH[p.id]);
        expect(hi, p.id).toBeGreaterThan(TRUTH[p.id]);
        expect(Math.abs(p.estimate! - TRUTH[p.id]), p.id).toBeLessThan(TOLERANCE[p.id]);
      }
      // Residuals are measured − model, hours, well inside the circular ±12 h.
      for (const res of r.residuals) {
        expect(res.residual_h).toBeCloseTo(res.slot_h - res.fitted_h!, 3);
        expect(Math.abs(res.residual_h)).toBeLessThan(1);
      }
      // The daily DLMO curve: the band holds it and widens over the dim days, where the period acts.
      const cv = r.curve!;
      cv.fitted.forEach((f, i) => {
        expect(cv.lower[i]!).toBeLessThanOrEqual(f);
        expect(cv.upper[i]!).toBeGreaterThanOrEqual(f);
      });
      expect(Math.max(...cv.fitted.map((_, i) => cv.upper[i]! - cv.lower[i]!))).toBeGreaterThan(0.1);
      expect(r.files.map((f) => [f.role, f.sha256])).toEqual([
        ['light', sha256Hex(new TextEncoder().encode(c.lightText))],
        ['dlmo', sha256Hex(new TextEncoder().encode(c.dlmoText))],
      ]);
    },
    SLOW_FIT_MS,
  );

  it(
    'reports both not identifiable from DLMOs of an entrained person (one phase, a ridge)',
    () => {
      const c = circadianCase(TRUTH, [], [-2, -1, 0], 5);
      const r = fit(c);
      expect(r.converged).toBe(true);
      for (const p of r.parameters) {
        expect(p.status, p.id).toBe('not identifiable');
        expect(p.estimate).toBeNull();
        expect(p.interval).toBeNull();
        expect(p.note).toMatch(/not identifiable/);
      }
      // The profile is flat over much of each range: LR under 0.5 at half its points or more.
      for (const p of r.parameters)
        expect(p.profile.filter((q) => q.lr < 0.5).length, p.id).toBeGreaterThanOrEqual(p.profile.length / 2);
      expect(r.jacobian!.correlation).toBeLessThan(-0.99);
      expect(r.notes.join('\n')).toMatch(/trade off along a ridge/);
      expect(
        CIRCADIAN_FIT_PARAMETERS.map((id) => r.notes.some((n) => n.startsWith(`${id}: not identifiable`))),
      ).toEqual([true, true]);
    },
    SLOW_FIT_MS,
  );

  it('refuses DLMOs outside the protocol, and says when there are too few', () => {
    const c = circadianCase(TRUTH, [], [0], 5);
    const late = importDlmo('late.csv', 'late.csv', 'date,time\n2030-01-01,21:00\n');
    expect(() =>
      fitCircadian({
        model: c.model,
        protocol: { night: 'A', label: 'a', scenario: 'baseline', seed: 1 },
        dlmo: late,
        dlmoBytes: new Uint8Array(),
        light: { label: 'l', bytes: new Uint8Array(), binMinutes: 10, measured_h: 1, protocol_h: 1 },
        focalDate: CIRCADIAN_FOCAL_DATE,
        focalDateBy: 'given',
      }),
    ).toThrow(CircadianFitError);
    const r = fit(c);
    expect(r.converged).toBe(false);
    expect(r.notes.join('\n')).toMatch(/1 DLMO for 2 parameters: too few/);
    for (const p of r.parameters) expect(p).toMatchObject({ status: 'not converged', estimate: null });
  });
});
