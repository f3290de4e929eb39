/**
 * A fit request of the lab carried out, once its night is resolved and checked: its data files
 * gathered (each by its caller's means: a path or a dialog on the desktop, a picker in the
 * browser), a light log told from DLMOs by its columns, progress reported, the fit run, and the
 * record the file keeps made. The desktop's handler (main/ipc/handlers.ts) and the browser
 * edition (web/labApi.ts) both call it. Imports no Node.
 */
import type { z } from 'zod';
import type { EventPayloads, FitRequestSchema, FitResponse } from '../../shared/ipc';
import type { ParameterValues } from '../../shared/model/parameters';
import { FIT_PARAMETERS } from '../../shared/fit/pvtModel';
import { CIRCADIAN_FIT_PARAMETERS } from '../../shared/fit/circadianModel';
import { detectDataKind } from '../../shared/report/import/dataKind';
import { decodeText } from '../../shared/report/import/text';
import { sha256Hex } from '../../shared/fit/sha256';
import { fitRecordOf, nightFingerprint } from '../../shared/experiment/fitRecord';
import { NIGHT_LABELS } from '../../shared/nights';
import { FitProgress } from './progress';
import type { FitTask, FitTaskFile } from './task';
import type { FitOutcome } from './runnerCore';

/** Which data file of a fit a dialog asks for. */
export type FitFileRole = 'pvt' | 'light' | 'dlmo';

export interface FitIo {
  /** One data file: the bytes of a dropped file, the file at `path`, or the one the person picks. */
  file(
    path: string | undefined,
    bytes: Uint8Array | undefined,
    fileName: string | undefined,
    role: FitFileRole,
  ): Promise<FitTaskFile>;
  run(task: FitTask, report: (message: string) => void): Promise<FitOutcome>;
  progress(payload: EventPayloads['fitProgress']): void;
  readonly modelVersion: string;
}

export async function carryOutFit(
  request: z.output<typeof FitRequestSchema>,
  values: ParameterValues,
  io: FitIo,
): Promise<FitResponse> {
  const kind = request.kind ?? 'pvt';
  let first = await io.file(request.path, request.bytes, request.fileName, kind === 'pvt' ? 'pvt' : 'light');
  let second =
    kind === 'circadian' ? await io.file(request.dlmoPath, request.dlmoBytes, request.dlmoFileName, 'dlmo') : null;
  // Two files dropped together come in either order: the light log is the one with its columns.
  if (second && !isLightLog(first) && isLightLog(second)) [first, second] = [second, first];
  const sha256 = sha256Hex(first.bytes);
  const fileName = first.fileName;
  // Stages the fit reports: reading, simulating, the fit, one profile per parameter, the curve.
  const parameters = kind === 'pvt' ? FIT_PARAMETERS.length : CIRCADIAN_FIT_PARAMETERS.length;
  const progress = new FitProgress(parameters + 4, request.bootstrap ?? 0);
  const report = (message: string) =>
    io.progress({ night: request.night, message, fraction: progress.next(message), fileName, sha256 });
  report(second ? `reading ${fileName} and ${second.fileName}` : `reading ${fileName}`);
  const base = {
    night: NIGHT_LABELS[request.night],
    label: request.spec.label,
    scenario: request.spec.scenario,
    values,
    events: request.spec.events,
    seed: request.spec.seed,
    ...(request.focalDate ? { focalDate: request.focalDate } : {}),
    ...(request.bootstrap ? { bootstrap: request.bootstrap } : {}),
  };
  const outcome = await io.run(
    second ? { ...base, kind: 'circadian', light: first, dlmo: second } : { ...base, kind: 'pvt', pvt: first },
    report,
  );
  return {
    night: request.night,
    fileName,
    result: outcome.result,
    record: fitRecordOf(outcome.result, {
      night: request.night,
      fileNames: second ? [first.fileName, second.fileName] : [first.fileName],
      fittedAt: new Date(),
      modelVersion: io.modelVersion,
      against: nightFingerprint(kind, values, request.spec.events, request.spec.seed),
    }),
    elapsed_ms: outcome.elapsed_ms,
  };
}

/** Whether a fit's data file reads as a light log by its columns (an unreadable one is not; the fit says why). */
function isLightLog(file: FitTaskFile): boolean {
  try {
    return detectDataKind(decodeText(file.fileName, file.bytes)) === 'lightLog';
  } catch {
    return false;
  }
}
