/**
 * A fit as the experiment file keeps it (FitRecord, shared/experiment/format.ts): what the lab
 * saves after a fit, so a reopened file shows the same intervals, band and observed points; the
 * data files' names and hashes, so the lab can tell whether the data at hand are the ones fitted;
 * and the night it was fitted against, as a hash (`nightFingerprint`), so the lab can tell a fit
 * made against other settings of that night. Outside shared/fit so the fitting code does not
 * depend on the file format.
 */
import type { FitKind, FitRecord } from './format';
import { FIT_PARAMETERS } from '../fit/pvtModel';
import { CIRCADIAN_FIT_PARAMETERS } from '../fit/circadianModel';
import type { FitResult } from '../fit/fitPvt';
import type { CircadianFitResult } from '../fit/fitCircadian';
import type { ParameterValues } from '../model/parameters';
import type { ProtocolEvent } from '../model/protocolEvents';
import { sha256Hex } from '../fit/sha256';
import type { NightId } from '../nights';

/** The role of each data file a fit reads, as the record names it. */
export const PVT_DATA_ROLE = 'PVT sessions';
export const LIGHT_DATA_ROLE = 'light log';
export const DLMO_DATA_ROLE = 'DLMOs';

/** Any fit's result the lab makes a record of. */
export type AnyFitResult = FitResult | CircadianFitResult;

export interface FitRecordContext {
  readonly night: NightId;
  /** The data files' names, without their folders: the PVT file, or the light log and the DLMO file. */
  readonly fileNames: readonly string[];
  readonly fittedAt: Date;
  readonly modelVersion: string;
  /** nightFingerprint of the night as fitted (for the result's kind). */
  readonly against: string;
}

/** A file name without its folder (a saved file names no folder of the user's). */
export const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;

/** JSON with object keys sorted at every level, so equal values hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The parameters each kind of fit estimates. */
export const FITTED_PARAMETERS: Readonly<Record<FitKind, readonly string[]>> = {
  pvt: FIT_PARAMETERS,
  circadian: CIRCADIAN_FIT_PARAMETERS,
};

/**
 * What a night is, for a fit of `kind`: the SHA-256 of its resolved parameter values, its events
 * and its seed (what the fit simulated), less the parameters the fit estimates (their values are
 * only its starting point, so applying a fit's estimates does not make it stale). Resolved, so a
 * scenario and an override that give the same values are the same night; the label is left out
 * (renaming a night does not change its model).
 */
export function nightFingerprint(
  kind: FitKind,
  values: ParameterValues,
  events: readonly ProtocolEvent[],
  seed: number,
): string {
  const fitted = new Set(FITTED_PARAMETERS[kind]);
  const rest = Object.fromEntries(Object.entries(values).filter(([id]) => !fitted.has(id)));
  return sha256Hex(new TextEncoder().encode(canonical({ values: rest, events, seed })));
}

/** DLMO slot hour → its day (the noon before it, as a slot hour) and its clock hour 12–36, the curve's axes. */
export function dlmoOnDay(slot_h: number): { noon_h: number; clock_h: number } {
  const noon_h = 12 + 24 * Math.floor((slot_h - 12) / 24);
  return { noon_h, clock_h: slot_h - noon_h + 12 };
}

function filesOf(result: AnyFitResult, fileNames: readonly string[]): FitRecord['data'] {
  if (result.kind === 'pvt')
    return [{ role: PVT_DATA_ROLE, fileName: baseName(fileNames[0] ?? result.data.label), sha256: result.data.sha256 }];
  return [
    {
      role: LIGHT_DATA_ROLE,
      fileName: baseName(fileNames[0] ?? result.data.light.label),
      sha256: result.data.light.sha256,
    },
    { role: DLMO_DATA_ROLE, fileName: baseName(fileNames[1] ?? result.data.label), sha256: result.data.sha256 },
  ];
}

/** The observed data on the curve's axes. */
function pointsOf(result: AnyFitResult): { x: number[]; y: number[] } {
  if (result.kind === 'pvt')
    return { x: result.residuals.map((r) => r.slot_h), y: result.residuals.map((r) => r.observed) };
  const days = result.residuals.map((r) => dlmoOnDay(r.slot_h));
  return { x: days.map((d) => d.noon_h), y: days.map((d) => Number(d.clock_h.toFixed(4))) };
}

export function fitRecordOf(result: AnyFitResult, context: FitRecordContext): FitRecord {
  return {
    kind: result.kind,
    night: context.night,
    // Whole seconds: the file format's UTC time.
    fittedAt: `${context.fittedAt.toISOString().slice(0, 19)}Z`,
    model: context.modelVersion,
    method: result.method,
    data: filesOf(result, context.fileNames),
    converged: result.converged,
    n: result.n,
    rss: result.rss,
    parameters: result.parameters.map((p) => ({
      id: p.id,
      status: p.status,
      estimate: p.estimate,
      interval: p.interval ? [p.interval[0], p.interval[1]] : null,
      // A bootstrap interval, where the fit ran one (null where it ran one but it gave none).
      ...(p.bootstrap !== undefined
        ? { bootstrap: p.bootstrap ? ([p.bootstrap.interval[0], p.bootstrap.interval[1]] as const) : null }
        : {}),
      note: p.note,
    })),
    curve: result.curve
      ? {
          slot_h: [...result.curve.slot_h],
          fitted: [...result.curve.fitted],
          lower: [...result.curve.lower],
          upper: [...result.curve.upper],
        }
      : null,
    notes: [...result.notes],
    against: context.against,
    points: pointsOf(result),
  };
}
