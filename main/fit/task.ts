/**
 * The fit a fit worker runs (worker.ts), as a plain function so tests can call it in-process: the
 * PVT file's bytes read by the one importer, the night's protocol simulated once (PvtModel), and
 * fitPvt with its progress messages. The night's values arrive checked and resolved by main
 * (handlers.ts), as a simulation task's do.
 */
import { FitInputError, fitPvt, type FitResult } from '../../shared/fit/fitPvt';
import { PvtModel } from '../../shared/fit/pvtModel';
import type { ParameterValues } from '../../shared/model/parameters';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';
import { HypnogramImportError } from '../../shared/report/import';
import { importPvt } from '../../shared/report/import/pvt';
import { decodeText } from '../../shared/report/import/text';
import type { NightLabel } from '../../shared/nights';

export interface FitTask {
  readonly night: NightLabel;
  readonly label: string;
  readonly scenario: string;
  readonly values: ParameterValues;
  readonly events: readonly ProtocolEvent[];
  readonly seed: number;
  /** The data file's name (no folder): what messages and the record call it. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly focalDate?: string;
}

/** Why a fit gave no result, as a reply code: the file (unreadable, or no session on the protocol) or the model. */
export class FitTaskError extends Error {
  override readonly name = 'FitTaskError';
  constructor(
    readonly code: 'invalid-file' | 'simulation-failed',
    message: string,
  ) {
    super(message);
  }
}

export function runFitTask(task: FitTask, progress: (message: string) => void): FitResult {
  let pvt;
  try {
    pvt = importPvt(task.fileName, task.fileName, decodeText(task.fileName, task.bytes));
  } catch (error) {
    if (error instanceof HypnogramImportError)
      throw new FitTaskError('invalid-file', `not a file of PVT sessions: ${error.message}`);
    throw error;
  }
  progress(`simulating night ${task.night}'s protocol (${task.scenario})`);
  const model = new PvtModel(task.values, task.seed, task.events);
  try {
    return fitPvt({
      model,
      protocol: { night: task.night, label: task.label, scenario: task.scenario, seed: task.seed },
      pvt,
      bytes: task.bytes,
      ...(task.focalDate ? { focalDate: task.focalDate } : {}),
      progress,
    });
  } catch (error) {
    if (error instanceof FitInputError) throw new FitTaskError('invalid-file', error.message);
    throw error;
  }
}
