/**
 * A PVT fit as the experiment file keeps it (FitRecord, shared/experiment/format.ts): what the lab
 * saves after a fit, so a reopened file shows the same intervals and band, and the data file's
 * name and hash, so the lab can tell whether the data at hand are the ones fitted. Outside
 * shared/fit so the fitting code does not depend on the file format.
 */
import type { FitRecord } from './format';
import type { FitResult } from '../fit/fitPvt';
import type { NightId } from '../nights';

/** The role of a PVT fit's one data file, as the record names it. */
export const PVT_DATA_ROLE = 'PVT sessions';

export interface FitRecordContext {
  readonly night: NightId;
  /** The data file's name, without its folder. */
  readonly fileName: string;
  readonly fittedAt: Date;
  readonly modelVersion: string;
}

/** A file name without its folder (a saved file names no folder of the user's). */
export const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;

export function fitRecordOf(result: FitResult, context: FitRecordContext): FitRecord {
  return {
    kind: 'pvt',
    night: context.night,
    // Whole seconds: the file format's UTC time.
    fittedAt: `${context.fittedAt.toISOString().slice(0, 19)}Z`,
    model: context.modelVersion,
    method: result.method,
    data: [{ role: PVT_DATA_ROLE, fileName: baseName(context.fileName), sha256: result.data.sha256 }],
    converged: result.converged,
    n: result.n,
    rss: result.rss,
    parameters: result.parameters.map((p) => ({
      id: p.id,
      status: p.status,
      estimate: p.estimate,
      interval: p.interval ? [p.interval[0], p.interval[1]] : null,
      // A bootstrap interval, where the fit made one (optional on the result and the record alike).
      ...('bootstrap' in p && isInterval(p.bootstrap) ? { bootstrap: p.bootstrap } : {}),
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
  };
}

function isInterval(value: unknown): value is readonly [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number');
}
