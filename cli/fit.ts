/**
 * `nocturne fit EXPERIMENT --pvt FILE | --light FILE --dlmo FILE [--night a|b] [--focal-date D]
 * [--seed N] [--bootstrap B] [--json]`: fits the trait vulnerability and the rested lapse level of
 * a night's protocol to a person's PVT sessions, or the intrinsic circadian period and the light
 * sensitivity to their DLMOs under their light log (cli/fitCircadian.ts) (shared/fit/,
 * docs/FIT.md), and prints the estimates with their 95 % intervals, or says plainly that the fit
 * did not converge or a parameter is not identifiable. Progress goes to stderr; nothing is written.
 */
import { formatBytes } from '../shared/experiment';
import { FitInputError, fitPvt, type FitResult } from '../shared/fit/fitPvt';
import { dayOfDate } from '../shared/fit/placement';
import { PvtModel } from '../shared/fit/pvtModel';
import { MODEL_INFO } from '../shared/model/engine';
import { resolveParameters } from '../shared/model/scenarios';
import { importPvt } from '../shared/report/import/pvt';
import { decodeText } from '../shared/report/import/text';
import { HypnogramImportError } from '../shared/report/import/types';
import { SEED_LIMIT } from '../shared/experiment/format';
import { parseArgs } from './args';
import { readExperimentFile } from './experimentFile';
import { CliError, cannotSimulate, EXIT_OK, whyUnreadable, type CliIo } from './io';
import { MAX_DATA_BYTES } from './reportData';
import { fitCircadianCommand } from './fitCircadian';
import { fmt, parameterTable } from './fitTable';
import { DEFAULT_BOOTSTRAP_DRAWS } from '../shared/fit/fitCommon';
import { DRIVE_LIGHT_BIN_MIN, DRIVE_LIGHT_BINS_MIN } from '../shared/report/drive';

/** Most bootstrap refits a command runs (each refit re-runs the model a few dozen times). */
const MAX_BOOTSTRAP = 10_000;

export const FIT_USAGE = `Usage: nocturne fit EXPERIMENT --pvt FILE [options]
       nocturne fit EXPERIMENT --light FILE --dlmo FILE [--bin MIN] [options]

Fits a sleeper to measured data on one night's protocol, by least squares with profile-likelihood
95 % intervals (docs/FIT.md). A parameter the data do not determine is reported as not
identifiable, with no number.

  --pvt FILE        PVT sessions (a time, a mean RT and a lapses column): fits the trait
                    vulnerability to sleep loss (pvtVulnerability) and the rested lapse level
                    (pvtLapsesRested), on Freeman–Tukey-transformed lapses
  --light FILE      a light log (timestamp, lux; ActLumus zip, LYS, Actiwatch), laid over the
                    protocol wherever it has readings, run-in included
  --dlmo FILE       measured DLMOs: date,time (or datetime) and an optional threshold_pg_ml;
                    with --light, fits the intrinsic circadian period (circadianPeriod_h) and the
                    light sensitivity (lightSensitivity) on DLMO clock times (circular)
  EXPERIMENT        the experiment file whose night gives the protocol (its scenario, parameters
                    and events: the schedule the data were taken on)
  --night a|b       which night's protocol (default a)
  --focal-date D    the calendar date of the focal night's evening (YYYY-MM-DD), which places
                    the data on the protocol; default for PVT: the date that puts the most
                    sessions inside the protocol, as late as they go; for DLMOs: the evening of
                    the last DLMO
  --bin MIN         light bin length, one of ${DRIVE_LIGHT_BINS_MIN.join(', ')} min (default ${DRIVE_LIGHT_BIN_MIN})
  --bootstrap B     also a parametric-bootstrap 95 % interval from B refits (${DEFAULT_BOOTSTRAP_DRAWS} is a good
                    start; at most ${MAX_BOOTSTRAP}), beside the profile interval; seeded by the seed
  --seed N          the simulation's seed (default: the night's own)
  --json            print JSON (the shape is in docs/FIT.md)
  -h, --help        show this help

Exit codes: 0 fitted (whether or not it converged: the output says); 1 failed while running;
2 bad arguments or a bad file (the message names the file, the line and the problem), or no
session or DLMO inside the protocol.
`;

const COMMAND = 'nocturne fit';

export function fitTable(r: FitResult): string {
  const lines = [
    `Fit of night ${r.protocol.night} ("${r.protocol.label}", scenario ${r.protocol.scenario}, seed ${r.protocol.seed}) to ${r.data.label}`,
    `  sha256 ${r.data.sha256}`,
    `  ${r.n} sessions on the protocol (focal date ${r.data.focalDate}, ${r.data.placement === 'given' ? 'as given' : 'chosen: most sessions inside'}); ${r.data.outside} outside, left out`,
    r.converged
      ? `  converged; residual SD ${fmt(r.sigmaFT)} on the Freeman–Tukey scale (≈1 for Poisson-like counts)`
      : '  DID NOT CONVERGE: no estimate is given',
    '',
  ];
  lines.push(...parameterTable(r.parameters));
  if (r.notes.length > 0) lines.push('', 'notes:', ...r.notes.map((n) => `  ${n}`));
  lines.push('', 'session  time                 observed  fitted  residual');
  for (const s of r.residuals)
    lines.push(
      `${String(s.line).padStart(7)}  ${s.time}  ${String(s.observed).padStart(8)}  ${fmt(s.fitted).padStart(6)}  ${fmt(s.residual).padStart(8)}${s.asleep ? '  (simulated asleep)' : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

export async function fitCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(
    argv,
    {
      '--pvt': 'value',
      '--light': 'value',
      '--dlmo': 'value',
      '--bin': 'value',
      '--bootstrap': 'value',
      '--night': 'value',
      '--focal-date': 'value',
      '--seed': 'value',
      '--json': 'boolean',
      '--help': 'boolean',
      '-h': 'boolean',
    },
    COMMAND,
  );
  if (flags['--help'] || flags['-h']) {
    io.stdout(FIT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new CliError(
      positionals.length === 0
        ? `${COMMAND}: missing EXPERIMENT (the experiment file whose night gives the protocol); try ${COMMAND} --help`
        : `${COMMAND}: expected one EXPERIMENT, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  const pvtPath = flags['--pvt'];
  const lightPath = flags['--light'];
  const dlmoPath = flags['--dlmo'];
  const circadian = lightPath !== undefined || dlmoPath !== undefined;
  if (pvtPath !== undefined && circadian)
    throw new CliError(`${COMMAND}: --pvt or --light with --dlmo: one fit at a time`);
  if (circadian && (typeof lightPath !== 'string' || typeof dlmoPath !== 'string'))
    throw new CliError(
      `${COMMAND}: ${typeof lightPath === 'string' ? 'missing --dlmo FILE (the measured DLMOs to fit)' : 'missing --light FILE (the light log the DLMOs were measured under)'}`,
    );
  if (!circadian && typeof pvtPath !== 'string')
    throw new CliError(
      `${COMMAND}: missing --pvt FILE (the PVT sessions to fit) or --light FILE --dlmo FILE (a light log and measured DLMOs)`,
    );
  const bootstrapText = flags['--bootstrap'];
  let bootstrap = 0;
  if (bootstrapText !== undefined) {
    bootstrap = Number(bootstrapText);
    if (typeof bootstrapText !== 'string' || !/^\d+$/.test(bootstrapText) || bootstrap < 1 || bootstrap > MAX_BOOTSTRAP)
      throw new CliError(
        `${COMMAND}: --bootstrap ${String(bootstrapText)}: expected a whole number of refits from 1 to ${MAX_BOOTSTRAP}`,
      );
  }
  const binText = flags['--bin'];
  let bin: number | undefined;
  if (binText !== undefined) {
    bin = Number(binText);
    if (!circadian) throw new CliError(`${COMMAND}: --bin needs --light (it bins the light log)`);
    if (typeof binText !== 'string' || !(DRIVE_LIGHT_BINS_MIN as readonly number[]).includes(bin))
      throw new CliError(
        `${COMMAND}: --bin ${String(binText)}: expected one of ${DRIVE_LIGHT_BINS_MIN.join(', ')} (minutes)`,
      );
  }
  const nightFlag = flags['--night'] ?? 'a';
  if (nightFlag !== 'a' && nightFlag !== 'b' && nightFlag !== 'A' && nightFlag !== 'B')
    throw new CliError(`${COMMAND}: --night ${String(nightFlag)}: expected a or b`);
  const key = nightFlag === 'b' || nightFlag === 'B' ? 'B' : 'A';
  const focalDate = flags['--focal-date'];
  if (focalDate !== undefined && (typeof focalDate !== 'string' || dayOfDate(focalDate) === null))
    throw new CliError(`${COMMAND}: --focal-date ${String(focalDate)}: expected a date YYYY-MM-DD`);
  const seedText = flags['--seed'];
  let seed: number | undefined;
  if (seedText !== undefined) {
    seed = Number(seedText);
    if (typeof seedText !== 'string' || !/^\d+$/.test(seedText) || seed >= SEED_LIMIT)
      throw new CliError(`${COMMAND}: --seed ${String(seedText)}: expected a whole number from 0 to ${SEED_LIMIT - 1}`);
  }

  const experiment = await readExperimentFile(COMMAND, positionals[0]!, io);
  if (circadian)
    return fitCircadianCommand(
      {
        experiment,
        key,
        lightPath: lightPath as string,
        dlmoPath: dlmoPath as string,
        focalDate: typeof focalDate === 'string' ? focalDate : undefined,
        seed,
        bin,
        bootstrap,
        json: flags['--json'] === true,
      },
      io,
    );
  if (typeof pvtPath !== 'string') throw new CliError(`${COMMAND}: missing --pvt FILE`);
  let bytes: Uint8Array;
  try {
    const size = await io.fs.size(pvtPath);
    if (size > MAX_DATA_BYTES)
      throw new CliError(
        `${COMMAND}: "${pvtPath}" is too large (${formatBytes(size)}); measured data are read up to ${formatBytes(MAX_DATA_BYTES)}`,
      );
    bytes = await io.fs.readFile(pvtPath);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${COMMAND}: cannot read "${pvtPath}": ${whyUnreadable(error)}`);
  }
  const label = pvtPath.split(/[\\/]/).pop() ?? pvtPath;
  let pvt;
  try {
    pvt = importPvt(pvtPath, label, decodeText(pvtPath, bytes));
  } catch (error) {
    if (error instanceof HypnogramImportError)
      throw new CliError(`${COMMAND}: not a file of PVT sessions: ${error.message}`);
    throw error;
  }
  for (const note of pvt.notes) io.stderr(`${COMMAND}: note: ${pvtPath}: ${note}\n`);

  const night = experiment.nights[key === 'A' ? 0 : 1];
  const runSeed = seed ?? night.seed;
  let model: PvtModel;
  try {
    io.stderr(`${COMMAND}: simulating night ${key}'s protocol (${night.scenario})\n`);
    model = new PvtModel(resolveParameters(night.scenario, night.params), runSeed, night.events);
  } catch (error) {
    throw cannotSimulate(COMMAND, `night ${key} ("${night.label}")`, error);
  }
  let result: FitResult;
  try {
    result = fitPvt({
      model,
      protocol: { night: key, label: night.label, scenario: night.scenario, seed: runSeed },
      pvt,
      bytes,
      ...(typeof focalDate === 'string' ? { focalDate } : {}),
      progress: (message) => io.stderr(`${COMMAND}: ${message}\n`),
      ...(bootstrap > 0 ? { bootstrap: { draws: bootstrap, seed: runSeed } } : {}),
    });
  } catch (error) {
    if (error instanceof FitInputError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  }
  for (const note of result.notes) io.stderr(`${COMMAND}: note: ${note}\n`);
  io.stdout(flags['--json'] ? `${JSON.stringify({ model: MODEL_INFO, ...result }, null, 2)}\n` : fitTable(result));
  return EXIT_OK;
}
