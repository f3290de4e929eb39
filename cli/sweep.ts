/**
 * `nocturne sweep FILE --night a|b --param ID --from X --to Y --steps N [--param2 … --steps2 M] --out CSV`:
 * runs one night of an experiment file over a range of one parameter (or a grid of two) on the
 * app's worker pool and engine, and writes one CSV row per run. Everything is checked before any
 * run starts; the CSV is written atomically at the end, so a failed or interrupted sweep leaves
 * no file (or the old one) behind.
 */
import { dirname } from 'node:path';
import { csvNumber, csvRow } from '../shared/export';
import { parameterSpec, type ParameterId } from '../shared/model/parameters';
import { resolveParameters } from '../shared/model/scenarios';
import { SweepError, expandGrid, runSweep, type SweepPool, type SweepResult } from '../main/sweep/runSweep';
import type { SweepAxis } from '../shared/experiment/format';
import type { SweepGrid } from '../main/sweep/grid';
import { parseArgs } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { readExperimentFile } from './experimentFile';
import { EventArgError, parseEventArg, withCommandLineEvents } from './eventArg';

export const SWEEP_USAGE = `Usage: nocturne sweep FILE --night a|b --param ID --from X --to Y --steps N
                      [--param2 ID --from2 X --to2 Y --steps2 M] --out results.csv

Runs one night of an experiment file over a range of a parameter (or a grid of two) on the
worker pool, with the night's own seed for every run, and writes one CSV row per run.

  FILE            the experiment file (*.nocturne; *.nocturne.json and .json also open)
  --night a|b     which night of the file to vary (A or B)
  --param ID      the parameter to sweep (a numeric parameter id, e.g. caffeine_mg)
  --from X        first value (a number; clock parameters also take hh:mm)
  --to Y          last value
  --steps N       number of runs, both ends included (2–1000)
  --param2 ID     optional second parameter for a grid, with --from2, --to2, --steps2 (at most
                  10,000 runs in all; the first parameter is the outer loop)
  --out FILE      the CSV to write: night, the swept parameter id(s), then every metric id in
                  the contract's order; empty cells where a metric is undefined
  --event SPEC    add a protocol event to the swept night (repeatable; see nocturne simulate
                  --help for SPEC); the night's events in the file apply to every run
  -h, --help      show this help

Progress goes to stderr. Exit codes: 0 done; 1 failed while running (a worker crashed, the disk is
full); 2 bad arguments or a bad file (nothing is written).
`;

const COMMAND = 'nocturne sweep';

/** What the sweep needs beyond CliIo: a pool, opened only once the arguments are known to be good. */
export interface SweepDeps {
  openPool(): Promise<{ readonly pool: SweepPool; close(): Promise<void> }>;
  /** Clock for progress lines (ms). */
  now(): number;
}

const realDeps: SweepDeps = {
  openPool: async () =>
    (await import('./sweepPool')).openWorkerPool({
      interruptMessage: `${COMMAND}: interrupted; nothing was written`,
    }),
  now: () => performance.now(),
};

const FLAGS = {
  '--night': 'value',
  '--param': 'value',
  '--from': 'value',
  '--to': 'value',
  '--steps': 'value',
  '--param2': 'value',
  '--from2': 'value',
  '--to2': 'value',
  '--steps2': 'value',
  '--out': 'value',
  '--event': 'list',
  '--help': 'boolean',
  '-h': 'boolean',
} as const;

/** Field names of the grid's refusals → the flags a user typed. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  param: '--param',
  from: '--from',
  to: '--to',
  steps: '--steps',
  'second.param': '--param2',
  'second.from': '--from2',
  'second.to': '--to2',
  'second.steps': '--steps2',
};

export interface SweepArgs {
  readonly file: string;
  readonly night: 'a' | 'b';
  readonly grid: SweepGrid;
  readonly out: string;
  /** --event values, checked, for the swept night (added after its events in the file). */
  readonly events: readonly string[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const CLOCK = /^(\d{1,2}):([0-5]\d)$/;

function numberFlag(flags: Record<string, string | true>, flag: string, param: string): number {
  const text = flags[flag] as string;
  if (NUMBER.test(text)) return Number(text);
  const clock = CLOCK.exec(text);
  const spec = parameterSpec(param);
  if (clock && spec?.kind === 'number' && spec.clock) return Number(clock[1]) + Number(clock[2]) / 60;
  const accepts = spec?.kind === 'number' && spec.clock ? 'a number of hours or hh:mm' : 'a number';
  throw new CliError(`${COMMAND}: ${flag} must be ${accepts}, got "${text}"`);
}

function stepsFlag(flags: Record<string, string | true>, flag: string): number {
  const text = flags[flag] as string;
  if (!/^\d+$/.test(text)) throw new CliError(`${COMMAND}: ${flag} must be a whole number of runs, got "${text}"`);
  return Number(text);
}

function axisFlags(flags: Record<string, string | true>, suffix: '' | '2'): SweepAxis {
  const names = ['--param', '--from', '--to', '--steps'].map((n) => `${n}${suffix}`);
  const missing = names.filter((n) => flags[n] === undefined);
  if (missing.length > 0) {
    const which = suffix ? `a second axis needs ${names.join(', ')}` : 'a sweep needs';
    throw new CliError(`${COMMAND}: missing ${missing.join(', ')} (${which}); try ${COMMAND} --help`);
  }
  const param = flags[`--param${suffix}`] as string;
  const axis = {
    param: param as ParameterId,
    from: numberFlag(flags, `--from${suffix}`, param),
    to: numberFlag(flags, `--to${suffix}`, param),
    steps: stepsFlag(flags, `--steps${suffix}`),
  };
  if (axis.from === axis.to && parameterSpec(param)) {
    throw new CliError(`${COMMAND}: --from${suffix} and --to${suffix} are both ${axis.from}; a sweep needs a range`);
  }
  return axis;
}

/** Reads and checks the arguments, the grid included; nothing is read from disk yet. */
export function parseSweepArgs(argv: readonly string[]): SweepArgs | 'help' {
  const { positionals, flags, lists } = parseArgs(argv, FLAGS, COMMAND);
  if (flags['--help'] || flags['-h']) return 'help';
  if (positionals.length === 0)
    throw new CliError(`${COMMAND}: missing FILE (an experiment file, *.nocturne); try ${COMMAND} --help`);
  if (positionals.length > 1)
    throw new CliError(`${COMMAND}: expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const night = typeof flags['--night'] === 'string' ? flags['--night'].toLowerCase() : undefined;
  if (night === undefined) throw new CliError(`${COMMAND}: missing --night a|b; try ${COMMAND} --help`);
  if (night !== 'a' && night !== 'b')
    throw new CliError(`${COMMAND}: --night must be a or b, got "${flags['--night'] as string}"`);
  const first = axisFlags(flags, '');
  const hasSecond = ['--param2', '--from2', '--to2', '--steps2'].some((n) => flags[n] !== undefined);
  const grid: SweepGrid = hasSecond ? { ...first, second: axisFlags(flags, '2') } : first;
  const out = flags['--out'];
  if (typeof out !== 'string') throw new CliError(`${COMMAND}: missing --out FILE (the CSV to write)`);
  try {
    expandGrid(grid);
  } catch (error) {
    if (!(error instanceof SweepError)) throw error;
    throw new CliError(`${COMMAND}: ${flagWords(error)}`);
  }
  const events = lists['--event'] ?? [];
  for (const [index, arg] of events.entries()) {
    try {
      const given = parseEventArg(arg).night;
      if (given !== night) {
        throw new EventArgError(`is for night ${given.toUpperCase()}, but the sweep varies ${night.toUpperCase()}`);
      }
    } catch (error) {
      if (!(error instanceof EventArgError)) throw error;
      const which = events.length > 1 ? ` ${index + 1}` : '';
      throw new CliError(`${COMMAND}: --event${which} "${arg}" ${error.message}`);
    }
  }
  return { file: positionals[0]!, night, grid, out, events };
}

/** "second.steps of …" reads "--steps2 of …" on the command line. */
function flagWords(error: SweepError): string {
  const flag = error.field ? FLAG_OF_FIELD[error.field] : undefined;
  return flag && error.message.startsWith(`${error.field} `)
    ? `${flag}${error.message.slice(error.field!.length)}`
    : error.message;
}

/**
 * One row per run: night (A or B, as in the other CSVs), the swept value(s), then every metric in
 * METRICS order. Swept values keep 12 significant digits (they are the grid, exactly as asked);
 * metrics 6, as in metrics.csv.
 */
export function sweepCsv(night: 'a' | 'b', result: SweepResult): string {
  const parts = [csvRow(['night', ...result.axes.map((a) => a.param), ...result.metrics])];
  const key = night.toUpperCase();
  result.points.forEach((point, i) => {
    const swept = point.map((v) => csvNumber(v, 12));
    const metrics = result.values[i]!.map((v) => csvNumber(v));
    parts.push(csvRow([key, ...swept, ...metrics]));
  });
  return parts.join('');
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.ceil(seconds - minutes * 60)).padStart(2, '0')} s`;
}

/** Progress lines at most once a second (a sweep of fast runs would otherwise flood the terminal), and the last one. */
function progressPrinter(io: CliIo, now: () => number) {
  let last = Number.NEGATIVE_INFINITY;
  return (done: number, total: number, eta: number | null) => {
    const t = now();
    if (done !== total && t - last < 1000) return;
    last = t;
    const pct = Math.floor((100 * done) / total);
    const left = eta === null ? '' : done === total ? '' : `, about ${formatSeconds(eta)} left`;
    io.stderr(`${COMMAND}: ${done}/${total} runs (${pct} %)${left}\n`);
  };
}

export async function sweepCommand(argv: readonly string[], io: CliIo, deps: SweepDeps = realDeps): Promise<number> {
  const args = parseSweepArgs(argv);
  if (args === 'help') {
    io.stdout(SWEEP_USAGE);
    return EXIT_OK;
  }
  // Before any file is read or worker started: a missing output folder would otherwise be found only after the sweep.
  const outDir = dirname(args.out);
  try {
    await io.fs.size(outDir);
  } catch {
    throw new CliError(`${COMMAND}: cannot write --out "${args.out}": the folder "${outDir}" does not exist`);
  }
  const experiment = withCommandLineEvents(await readExperimentFile(COMMAND, args.file, io), args.events).experiment;
  const spec = experiment.nights[args.night === 'a' ? 0 : 1];
  const label = `night ${args.night.toUpperCase()} ("${spec.label}")`;
  try {
    resolveParameters(spec.scenario, spec.params);
  } catch (error) {
    throw new CliError(`${COMMAND}: ${label} is refused: ${(error as Error).message}`);
  }

  const { pool, close } = await deps.openPool();
  let result: SweepResult;
  const started = deps.now();
  try {
    result = await runSweep(
      pool,
      { scenario: spec.scenario, params: spec.params, events: spec.events, seed: spec.seed, definition: args.grid },
      { onProgress: progressPrinter(io, deps.now) },
    );
  } catch (error) {
    const isInput = error instanceof SweepError && error.code === 'invalid-parameters';
    const message = error instanceof SweepError && isInput ? flagWords(error) : (error as Error).message;
    throw new CliError(`${COMMAND}: ${label}: ${message}`, isInput ? EXIT_USAGE : EXIT_FAILURE);
  } finally {
    await close();
  }
  const runs = result.points.length;
  if (result.refused.length === runs) {
    // Nothing to write: every setting in the range is one the model refuses, which is the arguments' fault.
    throw new CliError(
      `${COMMAND}: ${label}: the model refuses every run of this sweep: ${result.refused[0]!.message}`,
    );
  }
  if (result.refused.length > 0) {
    io.stderr(
      `${COMMAND}: note: ${result.refused.length} of ${runs} runs could not be simulated and have empty metric cells; first: ${result.refused[0]!.message}\n`,
    );
  }
  try {
    await io.fs.writeFileAtomic(args.out, sweepCsv(args.night, result));
  } catch (error) {
    throw new CliError(`${COMMAND}: ${(error as Error).message}`, EXIT_FAILURE);
  }
  const seconds = (deps.now() - started) / 1000;
  io.stderr(
    `${COMMAND}: ${runs} runs in ${seconds.toFixed(1)} s (${(runs / Math.max(seconds, 1e-9)).toFixed(1)} runs/s) → ${args.out}\n`,
  );
  return EXIT_OK;
}
