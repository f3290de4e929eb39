/**
 * The fit a fit worker runs (worker.ts), as a plain function so tests can call it in-process: a
 * PVT fit (the sessions' bytes read by their importer, the night's protocol simulated once by
 * PvtModel, fitPvt) or a circadian fit (the light log laid over the night's protocol, the DLMOs
 * read, CircadianModel, fitCircadian), each with its progress messages and an optional bootstrap.
 * The night's values arrive checked and resolved by main (handlers.ts), as a simulation task's do.
 */
import { FitInputError, fitPvt } from '../../shared/fit/fitPvt';
import { CircadianFitError, fitCircadian, focalDateOfDlmos } from '../../shared/fit/fitCircadian';
import { CircadianModel } from '../../shared/fit/circadianModel';
import { lightProtocol } from '../../shared/fit/lightProtocol';
import { PvtModel } from '../../shared/fit/pvtModel';
import type { AnyFitResult } from '../../shared/experiment/fitRecord';
import type { ParameterValues } from '../../shared/model/parameters';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';
import { HypnogramImportError } from '../../shared/report/import';
import { importDlmo } from '../../shared/report/import/dlmo';
import { importLightLog } from '../../shared/report/import/lightLog';
import { importPvt } from '../../shared/report/import/pvt';
import { decodeText } from '../../shared/report/import/text';
import type { NightLabel } from '../../shared/nights';

/** One data file of a fit: its name (no folder), what messages and the record call it, and its bytes. */
export interface FitTaskFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

interface FitTaskBase {
  readonly night: NightLabel;
  readonly label: string;
  readonly scenario: string;
  readonly values: ParameterValues;
  readonly events: readonly ProtocolEvent[];
  readonly seed: number;
  readonly focalDate?: string;
  /** Refits of a parametric bootstrap beside the profile intervals; none when absent. */
  readonly bootstrap?: number;
}

export type FitTask =
  | (FitTaskBase & { readonly kind: 'pvt'; readonly pvt: FitTaskFile })
  | (FitTaskBase & { readonly kind: 'circadian'; readonly light: FitTaskFile; readonly dlmo: FitTaskFile });

/** Why a fit gave no result, as a reply code: the file (unreadable, or no data on the protocol) or the model. */
export class FitTaskError extends Error {
  override readonly name = 'FitTaskError';
  constructor(
    readonly code: 'invalid-file' | 'simulation-failed',
    message: string,
  ) {
    super(message);
  }
}

/** Reads one file with `read`; an import error becomes an invalid-file reply saying what the file was to be. */
function readAs<T>(file: FitTaskFile, what: string, read: (name: string, text: string) => T): T {
  try {
    return read(file.fileName, decodeText(file.fileName, file.bytes));
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new FitTaskError('invalid-file', `not ${what}: ${error.message}`);
    throw error;
  }
}

/** @param cancelled read before every model evaluation: true stops the fit with FitCancelled (a worker's cancel). */
export function runFitTask(
  task: FitTask,
  progress: (message: string) => void,
  cancelled?: () => boolean,
): AnyFitResult {
  const protocol = { night: task.night, label: task.label, scenario: task.scenario, seed: task.seed };
  // The bootstrap's noise is seeded by the night's seed, as the CLI's is: a refit repeats.
  const bootstrap = task.bootstrap ? { bootstrap: { draws: task.bootstrap, seed: task.seed } } : {};
  try {
    if (task.kind === 'pvt') {
      const pvt = readAs(task.pvt, 'a file of PVT sessions', (name, text) => importPvt(name, name, text));
      progress(`simulating night ${task.night}'s protocol (${task.scenario})`);
      return fitPvt({
        model: new PvtModel(task.values, task.seed, task.events),
        protocol,
        pvt,
        bytes: task.pvt.bytes,
        ...(task.focalDate ? { focalDate: task.focalDate } : {}),
        progress,
        ...(cancelled ? { cancelled } : {}),
        ...bootstrap,
      });
    }
    const log = readAs(task.light, 'a light log', (name, text) => importLightLog(name, name, text));
    const dlmo = readAs(task.dlmo, 'a file of DLMOs', (name, text) => importDlmo(name, name, text));
    const focalDate = task.focalDate ?? focalDateOfDlmos(dlmo);
    progress(`simulating night ${task.night}'s protocol (${task.scenario}) under ${log.label}`);
    const lit = lightProtocol(task.values, task.events, log, focalDate);
    const result = fitCircadian({
      model: new CircadianModel(task.values, task.seed, lit.timeline),
      protocol,
      dlmo,
      dlmoBytes: task.dlmo.bytes,
      light: {
        label: log.label,
        bytes: task.light.bytes,
        binMinutes: lit.light.binMinutes,
        measured_h: lit.light.measured_h,
        protocol_h: lit.light.protocol_h,
      },
      focalDate,
      focalDateBy: task.focalDate ? 'given' : 'last DLMO',
      progress,
      ...(cancelled ? { cancelled } : {}),
      ...bootstrap,
    });
    // The light log's and the DLMOs' own notes (gaps, coverage) are the fit's too.
    return { ...result, notes: [...lit.notes, ...dlmo.notes, ...result.notes] };
  } catch (error) {
    if (error instanceof FitInputError || error instanceof CircadianFitError || error instanceof HypnogramImportError)
      throw new FitTaskError('invalid-file', error.message);
    throw error;
  }
}
