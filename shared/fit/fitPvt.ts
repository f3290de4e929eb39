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
import type { LsProblem } from './leastSquares';
import {
  profileBand,
  round,
  type BootstrapOptions,
  type FitFile,
  type FitProtocol,
  type FitResultCommon,
  type FittedParameter as CommonFittedParameter,
  checked,
} from './fitCommon';
import { estimate, fitMethod, parameterSpace } from './estimate';
import { placeSessions, type PlacedSession, type Placement } from './placement';
import { FIT_PARAMETERS, PvtModel, type FitParameterId } from './pvtModel';
import { sha256Hex } from './sha256';
import { EPOCHS_PER_HOUR } from '../model/result';
import { slotHour } from '../time/axis';

/** Freeman–Tukey transform of a count (negative model values, possible only in a difference step, read as 0). */
export const freemanTukey = (x: number): number => {
  const v = x > 0 ? x : 0;
  return Math.sqrt(v) + Math.sqrt(v + 1);
};

export { FIT_ITERATIONS, PROFILE_ITERATIONS, PROFILE_STEPS } from './fitCommon';

export interface FitInput {
  readonly model: PvtModel;
  /** Which night of which experiment, for the result's record. */
  readonly protocol: FitProtocol;
  readonly pvt: PvtSessions;
  /** The PVT file's bytes, hashed into the result. */
  readonly bytes: Uint8Array;
  readonly focalDate?: string;
  /** Called between stages (the profiles take most of the time). */
  readonly progress?: (message: string) => void;
  /** Read before every model evaluation: true stops the fit with FitCancelled (fitCommon.ts checked). */
  readonly cancelled?: () => boolean;
  /** A parametric bootstrap beside the profile intervals (fitCommon.ts); none when absent. */
  readonly bootstrap?: BootstrapOptions;
}

/** A fitted parameter of the PVT fit (the shape both fits share, fitCommon.ts). */
export type FittedParameter = CommonFittedParameter<FitParameterId>;
export type { FitFile };

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

/** The PVT fit's result: the fields every fit has (fitCommon.ts) and its own data and residuals. */
export interface FitResult extends FitResultCommon<'pvt', FitParameterId> {
  readonly data: {
    readonly label: string;
    readonly sha256: string;
    readonly sessions: number;
    readonly outside: number;
    readonly focalDate: string;
    readonly placement: Placement['by'];
  };
  readonly parameters: readonly FittedParameter[];
  /** Residual SD on the Freeman–Tukey scale. */
  readonly sigmaFT: number;
  readonly residuals: readonly FitResidual[];
  readonly curveOf: { readonly id: 'pvtLapses'; readonly label: string; readonly unit: string };
}

export class FitInputError extends Error {
  override readonly name = 'FitInputError';
}

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
  const epochs = sessions.map((s) => s.epoch);
  const { valuesOf, bounds } = parameterSpace(FIT_PARAMETERS);
  // Every model evaluation, the estimate's and the residuals' and curve's after it, reads the cancel.
  const lapsesAt = checked(input.cancelled, (theta: readonly number[]) => model.lapsesAt(valuesOf(theta), epochs));
  const seriesTo = checked(input.cancelled, (theta: readonly number[], to: number) =>
    model.series(valuesOf(theta), to),
  );
  const problem: LsProblem = {
    y: Float64Array.from(sessions, (s) => freemanTukey(s.lapses)),
    predict: (theta) => lapsesAt(theta).map(freemanTukey),
    bounds,
  };
  const n = sessions.length;
  if (n <= FIT_PARAMETERS.length)
    notes.push(`${n} sessions for ${FIT_PARAMETERS.length} parameters: too few to estimate a residual variance`);
  const start = FIT_PARAMETERS.map((id) => model.params[id]);
  // The Jacobian at the estimate is taken on the FT scale: a column near zero is a parameter the
  // data do not see; a correlation near ±1 two that trade off.
  const est = estimate(problem, FIT_PARAMETERS, start, { progress: input.progress, bootstrap: input.bootstrap });
  const { fit, profiles, converged } = est;
  notes.push(...est.notes);

  const fitted = lapsesAt(fit.theta);
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
    const best = seriesTo(fit.theta, last + 1);
    const fittedAt = at.map((k) => best[k]!);
    const band = profileBand(profiles, fittedAt, (theta) => {
      const c = seriesTo(theta, last + 1);
      return at.map((k) => c[k]!);
    });
    curve = {
      slot_h: at.map((i) => round(slotHour(model.grid, i), 4)),
      fitted: fittedAt.map((v) => round(v, 4)),
      lower: band.lower.map((v) => round(v!, 4)),
      upper: band.upper.map((v) => round(v!, 4)),
    };
  }
  const sha256 = sha256Hex(input.bytes);
  return {
    kind: 'pvt',
    method: fitMethod(
      'least squares on Freeman–Tukey-transformed lapses (Levenberg–Marquardt, ml-levenberg-marquardt)',
      input.bootstrap,
    ),
    data: {
      label: pvt.label,
      sha256,
      sessions: n,
      outside: placement.outside.length,
      focalDate: placement.focalDate,
      placement: placement.by,
    },
    files: [{ role: 'pvt', label: pvt.label, sha256 }],
    protocol: input.protocol,
    converged,
    parameters: est.parameters,
    rss: est.rss,
    sigmaFT: est.sigma,
    n,
    jacobian: est.jacobian,
    residuals,
    curve,
    curveOf: { id: 'pvtLapses', label: 'PVT lapses', unit: 'lapses' },
    bootstrap: input.bootstrap ?? null,
    notes,
  };
}
