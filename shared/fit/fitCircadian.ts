/**
 * Fitting a sleeper's clock to measured DLMOs: the intrinsic circadian period and the light
 * sensitivity k of the pacemaker (circadianModel.ts), by least squares on the DLMO clock times
 * under the person's own light (lightProtocol.ts), with the intervals, statuses and bootstrap
 * every fit shares (fitCommon.ts). docs/FIT.md is the same in prose.
 *
 * Why a clock time is circular. A DLMO measured at 23:30 and a model DLMO at 00:10 differ by 40
 * min, not 23 h 20 min: the model's DLMO for a measured one is the onset nearest it within ±12 h,
 * so every residual is the difference wrapped to ±12 h.
 *
 * What one DLMO can tell. Under a steady light schedule the clock settles at the phase where the
 * light's daily shift cancels its drift (τ − 24 h): a longer period entrains later and a larger
 * light sensitivity earlier, so any period has a light sensitivity that puts DLMO at the measured
 * time. DLMOs of an entrained person, however many, fix that one phase. DLMOs across days on
 * which the clock drifts at its own period (dim light) separate the two; in this model, bright-
 * light evenings or mornings and a shifted light schedule move DLMO by amounts whose sensitivities
 * to the two stay in nearly the ratio of the entrained phase's, so they do not (docs/FIT.md). The profiles say
 * which case a data set is.
 */
import type { DlmoSet } from '../report/import/dlmo';
import { dateOfSeconds, isoOfSeconds } from '../report/import/tables';
import { EPOCHS_PER_HOUR } from '../model/result';
import { slotHour } from '../time/axis';
import { CIRCADIAN_FIT_PARAMETERS, type CircadianModel, type CircadianParameterId } from './circadianModel';
import type { LsProblem } from './leastSquares';
import {
  checked,
  profileBand,
  round,
  type BootstrapOptions,
  type FitProtocol,
  type FitResultCommon,
} from './fitCommon';
import { estimate, fitMethod, parameterSpace } from './estimate';
import { dayOfDate } from './placement';
import { sha256Hex } from './sha256';

const DAY_S = 86_400;
/** A model DLMO missing near a measured one counts as this far off (the largest circular difference). */
const MISSING_DLMO_H = 12;
/** Days from the protocol's start within which a DLMO is noted as carrying the starting phase. */
const EARLY_DAYS = 4;
/**
 * The circadian profiles' grid and inner iterations: coarser than the PVT fit's (fitCommon.ts),
 * because each evaluation re-steps the pacemaker over the whole protocol (≈ 30 000 epochs) where
 * the PVT fit re-steps one restoration module; 13 points over each range still place the ends
 * of an interval by interpolation between neighbours.
 */
export const CIRCADIAN_PROFILE = { steps: 12, iterations: 5 } as const;

export interface CircadianFitInput {
  /** The protocol with the person's light, simulated once (lightProtocol.ts, then CircadianModel). */
  readonly model: CircadianModel;
  readonly protocol: FitProtocol;
  readonly dlmo: DlmoSet;
  /** The DLMO file's and the light log's bytes, hashed into the result. */
  readonly dlmoBytes: Uint8Array;
  readonly light: {
    readonly label: string;
    readonly bytes: Uint8Array;
    readonly binMinutes: number;
    readonly measured_h: number;
    readonly protocol_h: number;
  };
  /** The focal evening's date (YYYY-MM-DD) the light and the DLMOs were placed by. */
  readonly focalDate: string;
  readonly focalDateBy: 'given' | 'last DLMO';
  readonly progress?: (message: string) => void;
  /** Read before every model evaluation: true stops the fit with FitCancelled (fitCommon.ts checked). */
  readonly cancelled?: () => boolean;
  readonly bootstrap?: BootstrapOptions;
}

export interface CircadianResidual {
  readonly line: number;
  /** The measured DLMO, ISO local time, and on the protocol's slot-hour axis. */
  readonly time: string;
  readonly slot_h: number;
  /** The model's DLMO nearest it (slot hour), null where the model's melatonin does not cross the threshold within ±12 h. */
  readonly fitted_h: number | null;
  /** Measured − model, hours, wrapped to ±12 h. */
  readonly residual_h: number;
  readonly threshold_pgPerMl: number;
}

export interface CircadianFitResult extends FitResultCommon<'circadian', CircadianParameterId> {
  readonly data: {
    readonly label: string;
    readonly sha256: string;
    readonly dlmos: number;
    readonly outside: number;
    readonly focalDate: string;
    readonly placement: CircadianFitInput['focalDateBy'];
    readonly light: {
      readonly label: string;
      readonly sha256: string;
      readonly binMinutes: number;
      readonly measured_h: number;
      readonly protocol_h: number;
    };
  };
  /** Residual SD, hours. */
  readonly sigma_h: number;
  readonly residuals: readonly CircadianResidual[];
  readonly curveOf: { readonly id: 'dlmo_clock_h'; readonly label: string; readonly unit: string };
}

/** The focal date a DLMO set implies: the noon-to-noon day of its last DLMO (an onset after midnight belongs to the evening before). */
export function focalDateOfDlmos(dlmo: DlmoSet): string {
  const last = dlmo.dlmos[dlmo.dlmos.length - 1]!;
  return dateOfSeconds(Math.floor((last.t - DAY_S / 2) / DAY_S) * DAY_S);
}

export class CircadianFitError extends Error {
  override readonly name = 'CircadianFitError';
}

export function fitCircadian(input: CircadianFitInput): CircadianFitResult {
  const { model, dlmo } = input;
  const notes: string[] = [];
  const day = dayOfDate(input.focalDate);
  if (day === null) throw new RangeError(`focal date "${input.focalDate}" is not a date (YYYY-MM-DD)`);
  const start_h = slotHour(model.grid, 0);
  const end_h = slotHour(model.grid, model.grid.epochs);
  const modelThreshold = model.params.dlmoThreshold_pgPerMl;
  const placed = dlmo.dlmos.map((d) => {
    const slot = (d.t - day * DAY_S) / 3600;
    return { ...d, slot, epoch: (slot - start_h) * EPOCHS_PER_HOUR, threshold: d.threshold_pgPerMl ?? modelThreshold };
  });
  // A model onset needs the 12 h around a measured one inside the protocol.
  const inside = placed.filter((d) => d.slot - 12 >= start_h && d.slot + 12 <= end_h);
  const outside = placed.filter((d) => !inside.includes(d));
  if (inside.length === 0)
    throw new CircadianFitError(
      `${dlmo.label}: none of its ${dlmo.dlmos.length} DLMOs lies inside the simulated protocol with 12 h on either side (focal date ${input.focalDate}; the protocol runs from ${isoOfSeconds(day * DAY_S + start_h * 3600)} to ${isoOfSeconds(day * DAY_S + end_h * 3600)}): lengthen the run-in or set the focal date`,
    );
  if (outside.length > 0)
    notes.push(
      `${outside.length} of ${dlmo.dlmos.length} DLMOs lie outside the simulated protocol (or within 12 h of its ends) and are left out (lines ${outside.map((d) => d.line).join(', ')})`,
    );
  // The clock starts each protocol at the habitual schedule's entrained phase (core.ts), whatever
  // the candidate: a DLMO in the protocol's first days still carries that assumption.
  const early = inside.filter((d) => d.slot - start_h < EARLY_DAYS * 24);
  if (early.length > 0)
    notes.push(
      `${early.length} DLMO(s) lie within ${EARLY_DAYS} days of the protocol's start (lines ${early.map((d) => d.line).join(', ')}), where the model's clock still carries its assumed starting phase: a longer run-in (runInDays) frees them of it`,
    );
  if (dlmo.dlmos.some((d) => d.threshold_pgPerMl === null))
    notes.push(`DLMOs without a threshold are read at the model's DLMO threshold, ${modelThreshold} pg/mL`);

  const ids = CIRCADIAN_FIT_PARAMETERS;
  const { valuesOf, bounds } = parameterSpace(ids);
  const targets = inside.map((d) => d.epoch);
  const thresholds = inside.map((d) => d.threshold);
  const onsets = checked(input.cancelled, (theta: readonly number[]) =>
    model.onsetsNear(valuesOf(theta), targets, thresholds),
  );
  const problem: LsProblem = {
    y: Float64Array.from(inside, (d) => d.slot),
    predict: (theta) =>
      Float64Array.from(onsets(theta), (at, i) =>
        at === null ? inside[i]!.slot - MISSING_DLMO_H : start_h + at / EPOCHS_PER_HOUR,
      ),
    bounds,
  };
  const n = inside.length;
  if (n <= ids.length)
    notes.push(
      `${n} DLMO${n === 1 ? '' : 's'} for ${ids.length} parameters: too few to estimate a residual variance, and a single phase cannot separate the period from the light sensitivity (every period has a sensitivity that entrains the clock at the measured DLMO)`,
    );
  const start = ids.map((id) => model.params[id]);
  const est = estimate(problem, ids, start, {
    progress: input.progress,
    bootstrap: input.bootstrap,
    profile: CIRCADIAN_PROFILE,
  });
  const { fit, profiles, converged, parameters } = est;
  notes.push(...est.notes);
  if (converged && parameters.some((p) => p.status === 'not identifiable'))
    notes.push(
      'period and light sensitivity trade off along a ridge (a longer period entrains later, a larger sensitivity earlier): DLMOs across days on which the clock drifts at its own period (days in dim light) separate them; in this model DLMOs around bright-light evenings or mornings or a shifted light schedule do not (docs/FIT.md)',
    );

  const best = onsets(fit.theta);
  const missing = inside.filter((_, i) => best[i] === null);
  if (missing.length > 0)
    notes.push(
      `at the fitted values the model's melatonin does not cross the threshold within 12 h of ${missing.length} DLMO(s) (lines ${missing.map((d) => d.line).join(', ')}): counted ${MISSING_DLMO_H} h off`,
    );
  const residuals = inside.map((d, i): CircadianResidual => {
    const at = best[i] ?? null;
    const fitted = at === null ? null : start_h + at / EPOCHS_PER_HOUR;
    return {
      line: d.line,
      time: isoOfSeconds(d.t),
      slot_h: round(d.slot, 4),
      fitted_h: fitted === null ? null : round(fitted, 4),
      residual_h: round(fitted === null ? MISSING_DLMO_H : d.slot - fitted, 4),
      threshold_pgPerMl: d.threshold,
    };
  });

  let curve: CircadianFitResult['curve'] = null;
  if (converged) {
    input.progress?.('drawing the fitted DLMO of every day and its band');
    // The curve's threshold: the DLMOs' own when they agree, else the model's.
    const threshold = thresholds.every((t) => t === thresholds[0]) ? thresholds[0]! : modelThreshold;
    const daily = checked(input.cancelled, (theta: readonly number[]) => model.dailyOnsets(valuesOf(theta), threshold));
    const bestDaily = daily(fit.theta);
    const fitted = bestDaily.map((d) => d.clock_h);
    const band = profileBand(profiles, fitted, (theta) => daily(theta).map((d) => d.clock_h));
    // Days on which the best curve has no onset are left out of the curve.
    const keep = fitted.map((v, k) => v !== null && band.lower[k] !== null && band.upper[k] !== null);
    const pick = <T>(xs: readonly T[]) => xs.filter((_, k) => keep[k]);
    curve = {
      slot_h: pick(bestDaily.map((d) => round(d.noon_h, 4))),
      fitted: pick(fitted).map((v) => round(v!, 4)),
      lower: pick(band.lower).map((v) => round(v!, 4)),
      upper: pick(band.upper).map((v) => round(v!, 4)),
    };
  }
  const dlmoSha = sha256Hex(input.dlmoBytes);
  const lightSha = sha256Hex(input.light.bytes);
  return {
    kind: 'circadian',
    method: fitMethod(
      "least squares on DLMO clock times, differences wrapped to ±12 h (Levenberg–Marquardt, ml-levenberg-marquardt; pacemaker and melatonin re-stepped over the protocol's light)",
      input.bootstrap,
    ),
    data: {
      label: dlmo.label,
      sha256: dlmoSha,
      dlmos: n,
      outside: outside.length,
      focalDate: input.focalDate,
      placement: input.focalDateBy,
      light: {
        label: input.light.label,
        sha256: lightSha,
        binMinutes: input.light.binMinutes,
        measured_h: round(input.light.measured_h, 4),
        protocol_h: round(input.light.protocol_h, 4),
      },
    },
    files: [
      { role: 'light', label: input.light.label, sha256: lightSha },
      { role: 'dlmo', label: dlmo.label, sha256: dlmoSha },
    ],
    protocol: input.protocol,
    converged,
    parameters,
    rss: est.rss,
    sigma_h: est.sigma,
    n,
    jacobian: est.jacobian,
    residuals,
    curve,
    curveOf: { id: 'dlmo_clock_h', label: 'DLMO', unit: 'h (clock, 12–36: 25 is 01:00)' },
    bootstrap: input.bootstrap ?? null,
    notes,
  };
}
