/**
 * Fitting a sleeper to PVT sessions: the trait vulnerability and the rested lapse level of one
 * night's protocol, by least squares on the Freeman–Tukey transform of the lapses, with profile-
 * likelihood 95 % intervals, the fitted lapse curve with its band, and plain notes where the fit
 * did not converge or a parameter is not identifiable. docs/FIT.md is the same in prose.
 *
 * Why the transform. Lapses are counts whose spread grows with their mean (Van Dongen et al. 2004,
 * Sleep 27:423), so unweighted least squares on raw lapses would let the sleep-deprived sessions
 * decide everything. Basner & Dinges 2011 (Sleep 34:581) analyse lapses as √x + √(x + 1)
 * (Freeman & Tukey 1950), which makes a count's variance nearly constant; the residuals are taken
 * on that scale, model and data alike.
 */
import type { PvtSessions } from '../report/import/pvt';
import { parameterSpec } from '../model/parameters';
import { CHI2_1_95, leastSquares, profile, rss, type LsProblem, type Profile } from './leastSquares';
import { placeSessions, type PlacedSession, type Placement } from './placement';
import { FIT_PARAMETERS, PvtModel, type FitParameterId, type FitValues } from './pvtModel';
import { sha256Hex } from './sha256';
import { EPOCHS_PER_HOUR } from '../model/result';
import { slotHour } from '../time/axis';

/** Freeman–Tukey transform of a count (negative model values, possible only in a difference step, read as 0). */
export const freemanTukey = (x: number): number => {
  const v = x > 0 ? x : 0;
  return Math.sqrt(v) + Math.sqrt(v + 1);
};

/** Iterations of the full fit, of each profile point's re-optimisation, and the profile's grid. */
export const FIT_ITERATIONS = 40;
export const PROFILE_ITERATIONS = 6;
export const PROFILE_STEPS = 24;

export interface FitInput {
  readonly model: PvtModel;
  /** Which night of which experiment, for the result's record. */
  readonly protocol: {
    readonly night: 'A' | 'B';
    readonly label: string;
    readonly scenario: string;
    readonly seed: number;
  };
  readonly pvt: PvtSessions;
  /** The PVT file's bytes, hashed into the result. */
  readonly bytes: Uint8Array;
  readonly focalDate?: string;
  /** Called between stages (the profiles take most of the time). */
  readonly progress?: (message: string) => void;
}

export interface FittedParameter {
  readonly id: FitParameterId;
  readonly label: string;
  readonly unit: string;
  readonly range: readonly [number, number];
  readonly start: number;
  readonly status: 'identified' | 'not identifiable' | 'not converged';
  /** Null unless identified. */
  readonly estimate: number | null;
  readonly interval: readonly [number, number] | null;
  /** Why it is not identified, in words; null when it is. */
  readonly note: string | null;
  /** The profile: value and LR statistic at each grid point (the estimate's LR is 0). */
  readonly profile: readonly { readonly value: number; readonly lr: number }[];
}

export interface FitResidual {
  readonly line: number;
  readonly time: string;
  readonly slot_h: number;
  readonly observed: number;
  readonly fitted: number;
  /** observed − fitted lapses. */
  readonly residual: number;
  /** The same on the Freeman–Tukey scale the fit minimised. */
  readonly residualFT: number;
  /** The simulated sleeper was asleep at the session's time. */
  readonly asleep: boolean;
}

export interface FitResult {
  readonly method: string;
  readonly data: {
    readonly label: string;
    readonly sha256: string;
    readonly sessions: number;
    readonly outside: number;
    readonly focalDate: string;
    readonly placement: Placement['by'];
  };
  readonly protocol: FitInput['protocol'];
  readonly converged: boolean;
  readonly parameters: readonly FittedParameter[];
  /** RSS and residual SD on the Freeman–Tukey scale; the number of sessions fitted. */
  readonly rss: number;
  readonly sigmaFT: number;
  readonly n: number;
  /** Sensitivities ∂(FT lapses)/∂θ summed in quadrature at the estimate, and their correlation. */
  readonly jacobian: { readonly norms: Readonly<Record<FitParameterId, number>>; readonly correlation: number } | null;
  readonly residuals: readonly FitResidual[];
  /** The fitted lapse curve and its 95 % band (the envelope over the profiles' points inside their intervals); null when not converged. */
  readonly curve: {
    readonly slot_h: readonly number[];
    readonly fitted: readonly number[];
    readonly lower: readonly number[];
    readonly upper: readonly number[];
  } | null;
  readonly notes: readonly string[];
}

export class FitInputError extends Error {
  override readonly name = 'FitInputError';
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function fitPvt(input: FitInput): FitResult {
  const { model, pvt } = input;
  const notes: string[] = [];
  const placement = placeSessions(pvt.sessions, model.grid, input.focalDate);
  const sessions = placement.inside;
  if (sessions.length === 0)
    throw new FitInputError(
      `${pvt.label}: none of its ${pvt.sessions.length} sessions lies inside the simulated protocol (focal date ${placement.focalDate}, the protocol runs ${round(slotHour(model.grid, 0) / 24, 1)} to ${round(slotHour(model.grid, model.grid.epochs) / 24, 1)} days from its midnight)`,
    );
  if (placement.outside.length > 0)
    notes.push(
      `${placement.outside.length} of ${pvt.sessions.length} sessions lie outside the simulated protocol and are left out (lines ${placement.outside.map((s) => s.line).join(', ')})`,
    );
  const asleep = sessions.filter((s) => model.asleep(s.epoch));
  if (asleep.length > 0)
    notes.push(
      `the simulated sleeper is asleep at ${asleep.length} session time(s) (lines ${asleep.map((s) => s.line).join(', ')}): the protocol's schedule is not the person's there`,
    );
  const specs = FIT_PARAMETERS.map((id) => {
    const spec = parameterSpec(id);
    if (!spec || spec.kind === 'choice') throw new Error(`${id} is not a numeric parameter`);
    return spec;
  });
  const epochs = sessions.map((s) => s.epoch);
  const valuesOf = (theta: readonly number[]): FitValues =>
    Object.fromEntries(FIT_PARAMETERS.map((id, j) => [id, theta[j]!])) as FitValues;
  const problem: LsProblem = {
    y: Float64Array.from(sessions, (s) => freemanTukey(s.lapses)),
    predict: (theta) => model.lapsesAt(valuesOf(theta), epochs).map(freemanTukey),
    bounds: specs.map((s) => ({ min: s.min, max: s.max })),
  };
  const n = sessions.length;
  if (n <= FIT_PARAMETERS.length)
    notes.push(`${n} sessions for ${FIT_PARAMETERS.length} parameters: too few to estimate a residual variance`);
  const start = FIT_PARAMETERS.map((id) => model.params[id]);
  input.progress?.(`fitting ${FIT_PARAMETERS.join(', ')} to ${n} sessions`);
  const fit = leastSquares(problem, start, FIT_ITERATIONS);
  const profiles: Profile[] = FIT_PARAMETERS.map((id, j) => {
    input.progress?.(`profiling ${id}`);
    return profile(problem, fit, j, PROFILE_STEPS, PROFILE_ITERATIONS);
  });
  const better = profiles.map((p) => p.better).find((b) => b !== null) ?? null;
  const converged = Number.isFinite(fit.rss) && better === null && n > FIT_PARAMETERS.length;
  if (better !== null)
    notes.push(
      `did not converge: the profile found a better fit (RSS lower, at ${FIT_PARAMETERS.map((id, j) => `${id} = ${round(better.theta[j]!, 3)}`).join(', ')}) than the optimiser's`,
    );
  const parameters = FIT_PARAMETERS.map((id, j): FittedParameter => {
    const spec = specs[j]!;
    const p = profiles[j]!;
    const base = {
      id,
      label: spec.label,
      unit: spec.unit,
      range: [spec.min, spec.max] as const,
      start: start[j]!,
      profile: p.points.map((q) => ({ value: round(q.value, 4), lr: round(q.lr, 4) })),
    };
    if (!converged)
      return { ...base, status: 'not converged', estimate: null, interval: null, note: 'the fit did not converge' };
    if (p.interval.kind === 'bounded')
      return {
        ...base,
        status: 'identified',
        estimate: fit.theta[j]!,
        interval: [p.interval.lower, p.interval.upper],
        note: null,
      };
    const note =
      p.interval.kind === 'flat'
        ? `not identifiable: its profile stays under the 95 % threshold (LR ${round(CHI2_1_95, 2)}) over its whole range ${spec.min}–${spec.max}, so these sessions do not tell its value`
        : `not identifiable within its range: the 95 % interval reaches the ${p.interval.lower === null ? `lower bound ${spec.min}` : `upper bound ${spec.max}`} without closing`;
    return { ...base, status: 'not identifiable', estimate: null, interval: null, note };
  });
  for (const p of parameters) if (p.note && p.status === 'not identifiable') notes.push(`${p.id}: ${p.note}`);

  // The Jacobian at the estimate (central differences on the FT scale): a column near zero is a
  // parameter the data do not see; a correlation near ±1 two that trade off.
  let jacobian: FitResult['jacobian'] = null;
  if (converged) {
    const cols = FIT_PARAMETERS.map((_, j) => {
      const h = 1e-3 * (problem.bounds[j]!.max - problem.bounds[j]!.min);
      const up = fit.theta.map((v, k) => (k === j ? v + h : v));
      const down = fit.theta.map((v, k) => (k === j ? v - h : v));
      const a = problem.predict(up);
      const b = problem.predict(down);
      return Float64Array.from(a, (v, i) => (v - b[i]!) / (2 * h));
    });
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
    const norms = cols.map((c) => Math.sqrt(dot(c, c)));
    const corr = norms[0]! > 0 && norms[1]! > 0 ? dot(cols[0]!, cols[1]!) / (norms[0]! * norms[1]!) : 0;
    jacobian = {
      norms: Object.fromEntries(FIT_PARAMETERS.map((id, j) => [id, round(norms[j]!, 6)])) as Record<
        FitParameterId,
        number
      >,
      correlation: round(corr, 6),
    };
  }

  const fitted = model.lapsesAt(valuesOf(fit.theta), epochs);
  const residuals = sessions.map((s: PlacedSession, i): FitResidual => ({
    line: s.line,
    time: s.time,
    slot_h: round(s.slot_h, 4),
    observed: s.lapses,
    fitted: round(fitted[i]!, 4),
    residual: round(s.lapses - fitted[i]!, 4),
    residualFT: round(problem.y[i]! - freemanTukey(fitted[i]!), 4),
    asleep: model.asleep(s.epoch),
  }));

  let curve: FitResult['curve'] = null;
  if (converged) {
    input.progress?.('drawing the fitted curve and its band');
    // Every 10 min from an hour before the first session to an hour after the last.
    const step = EPOCHS_PER_HOUR / 6;
    const first = Math.max(0, Math.min(...epochs) - EPOCHS_PER_HOUR);
    const last = Math.min(model.grid.epochs - 1, Math.max(...epochs) + EPOCHS_PER_HOUR);
    const at: number[] = [];
    for (let i = first; i <= last; i += step) at.push(i);
    const best = model.series(valuesOf(fit.theta), last + 1);
    const lower = at.map((i) => best[i]!);
    const upper = lower.slice();
    for (const p of profiles)
      for (const q of p.points) {
        if (q.lr > CHI2_1_95) continue;
        const s = model.series(valuesOf(q.theta), last + 1);
        at.forEach((i, k) => {
          lower[k] = Math.min(lower[k]!, s[i]!);
          upper[k] = Math.max(upper[k]!, s[i]!);
        });
      }
    curve = {
      slot_h: at.map((i) => round(slotHour(model.grid, i), 4)),
      fitted: at.map((i) => round(best[i]!, 4)),
      lower: lower.map((v) => round(v, 4)),
      upper: upper.map((v) => round(v, 4)),
    };
  }
  const totalRss = rss(problem, fit.theta);
  return {
    method:
      'least squares on Freeman–Tukey-transformed lapses (Levenberg–Marquardt, ml-levenberg-marquardt); profile-likelihood 95 % intervals (LR ≤ χ²₁ 0.95)',
    data: {
      label: pvt.label,
      sha256: sha256Hex(input.bytes),
      sessions: n,
      outside: placement.outside.length,
      focalDate: placement.focalDate,
      placement: placement.by,
    },
    protocol: input.protocol,
    converged,
    parameters,
    rss: round(totalRss, 6),
    sigmaFT: round(Math.sqrt(totalRss / Math.max(1, n - FIT_PARAMETERS.length)), 6),
    n,
    jacobian,
    residuals,
    curve,
    notes,
  };
}
