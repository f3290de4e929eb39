/**
 * `nocturne fit EXPERIMENT --light FILE --dlmo FILE`: the intrinsic circadian period and the light
 * sensitivity of a night's protocol under the person's light log, fitted to their measured DLMOs
 * (shared/fit/fitCircadian.ts, docs/FIT.md). cli/fit.ts parses the shared flags and calls this.
 */
import type { Experiment } from '../shared/experiment';
import { formatBytes } from '../shared/experiment';
import { CircadianModel } from '../shared/fit/circadianModel';
import { CircadianFitError, fitCircadian, focalDateOfDlmos, type CircadianFitResult } from '../shared/fit/fitCircadian';
import { lightProtocol, type LitProtocol } from '../shared/fit/lightProtocol';
import { MODEL_INFO } from '../shared/model/engine';
import { resolveParameters } from '../shared/model/scenarios';
import { detectDataKind } from '../shared/report/import/dataKind';
import { importDlmo, type DlmoSet } from '../shared/report/import/dlmo';
import { decodeText } from '../shared/report/import/text';
import { HypnogramImportError } from '../shared/report/import/types';
import { readData } from './drive';
import { CliError, cannotSimulate, EXIT_OK, whyUnreadable, type CliIo } from './io';
import { MAX_DATA_BYTES } from './reportData';
import { fmt, parameterTable } from './fitTable';

const COMMAND = 'nocturne fit';

export interface CircadianFitArgs {
  readonly experiment: Experiment;
  readonly key: 'A' | 'B';
  readonly lightPath: string;
  readonly dlmoPath: string;
  readonly focalDate: string | undefined;
  readonly seed: number | undefined;
  readonly bin: number | undefined;
  readonly bootstrap: number;
  readonly json: boolean;
}

async function readBytes(flag: string, path: string, io: CliIo): Promise<Uint8Array> {
  try {
    const size = await io.fs.size(path);
    if (size > MAX_DATA_BYTES)
      throw new CliError(
        `${COMMAND}: ${flag} "${path}" is too large (${formatBytes(size)}); measured data are read up to ${formatBytes(MAX_DATA_BYTES)}`,
      );
    return await io.fs.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${COMMAND}: cannot read ${flag} "${path}": ${whyUnreadable(error)}`);
  }
}

const KIND_WORDS = { pvt: 'PVT sessions', diary: 'a sleep diary', lightLog: 'a light log' } as const;

function readDlmo(path: string, bytes: Uint8Array): DlmoSet {
  const label = path.split(/[\\/]/).pop() ?? path;
  try {
    const text = decodeText(path, bytes);
    const kind = detectDataKind(text);
    if (kind !== null)
      throw new CliError(
        `${COMMAND}: --dlmo ${path}: ${KIND_WORDS[kind]}, not DLMOs (a date and a time column, or one datetime column, and an optional threshold_pg_ml)`,
      );
    return importDlmo(path, label, text);
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new CliError(`${COMMAND}: not a file of DLMOs: ${error.message}`);
    throw error;
  }
}

export function circadianTable(r: CircadianFitResult): string {
  const light = r.data.light;
  const lines = [
    `Circadian fit of night ${r.protocol.night} ("${r.protocol.label}", scenario ${r.protocol.scenario}, seed ${r.protocol.seed}) to ${r.data.label} under ${light.label}`,
    ...r.files.map((f) => `  sha256 ${f.sha256}  ${f.role} ${f.label}`),
    `  ${r.n} DLMOs on the protocol (focal date ${r.data.focalDate}, ${r.data.placement === 'given' ? 'as given' : 'the evening of the last DLMO'}); ${r.data.outside} outside, left out`,
    `  light: ${light.binMinutes}-min bins of the log cover ${fmt(light.measured_h)} of the protocol's ${fmt(light.protocol_h)} h`,
    r.converged
      ? `  converged; residual SD ${fmt(r.sigma_h)} h (${fmt(r.sigma_h * 60)} min)`
      : '  DID NOT CONVERGE: no estimate is given',
    '',
    ...parameterTable(r.parameters),
  ];
  if (r.notes.length > 0) lines.push('', 'notes:', ...r.notes.map((n) => `  ${n}`));
  lines.push('', '   line  measured DLMO        model DLMO   residual (min)');
  for (const s of r.residuals) {
    const model = s.fitted_h === null ? 'none' : clock(s.fitted_h);
    lines.push(
      `${String(s.line).padStart(7)}  ${s.time.replace('T', ' ').slice(0, 16)}  ${model.padStart(10)}  ${fmt(s.residual_h * 60).padStart(15)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** HH:MM of a slot hour. */
const clock = (slot_h: number): string => {
  const m = Math.round((((slot_h % 24) + 24) % 24) * 60) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

export async function fitCircadianCommand(a: CircadianFitArgs, io: CliIo): Promise<number> {
  const log = await readData(a.lightPath, 'lightLog', io, COMMAND);
  const lightBytes = await readBytes('--light', a.lightPath, io);
  const dlmoBytes = await readBytes('--dlmo', a.dlmoPath, io);
  const dlmo = readDlmo(a.dlmoPath, dlmoBytes);
  for (const note of dlmo.notes) io.stderr(`${COMMAND}: note: ${a.dlmoPath}: ${note}\n`);
  const focalDate = a.focalDate ?? focalDateOfDlmos(dlmo);
  const night = a.experiment.nights[a.key === 'A' ? 0 : 1];
  const runSeed = a.seed ?? night.seed;
  let lit: LitProtocol;
  let model: CircadianModel;
  try {
    const params = resolveParameters(night.scenario, night.params);
    lit = lightProtocol(params, night.events, log, focalDate, a.bin);
    io.stderr(`${COMMAND}: simulating night ${a.key}'s protocol (${night.scenario}) under ${log.label}\n`);
    model = new CircadianModel(params, runSeed, lit.timeline);
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw cannotSimulate(COMMAND, `night ${a.key} ("${night.label}")`, error);
  }
  for (const note of lit.notes) io.stderr(`${COMMAND}: note: ${a.lightPath}: ${note}\n`);
  let result: CircadianFitResult;
  try {
    result = fitCircadian({
      model,
      protocol: { night: a.key, label: night.label, scenario: night.scenario, seed: runSeed },
      dlmo,
      dlmoBytes,
      light: {
        label: log.label,
        bytes: lightBytes,
        binMinutes: lit.light.binMinutes,
        measured_h: lit.light.measured_h,
        protocol_h: lit.light.protocol_h,
      },
      focalDate,
      focalDateBy: a.focalDate === undefined ? 'last DLMO' : 'given',
      progress: (message) => io.stderr(`${COMMAND}: ${message}\n`),
      ...(a.bootstrap > 0 ? { bootstrap: { draws: a.bootstrap, seed: runSeed } } : {}),
    });
  } catch (error) {
    if (error instanceof CircadianFitError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  }
  for (const note of result.notes) io.stderr(`${COMMAND}: note: ${note}\n`);
  io.stdout(a.json ? `${JSON.stringify({ model: MODEL_INFO, ...result }, null, 2)}\n` : circadianTable(result));
  return EXIT_OK;
}
