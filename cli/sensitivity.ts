/**
 * `nocturne sensitivity FILE --metric M [--night a|b|diff] [--method sobol|morris] [--n N] [--seed S]
 * [--population P | --ranges | --factors ID,…] [--json]`: global sensitivity of one metric over
 * the person parameters — a population's distributions, or the declared ranges — on the app's
 * worker pool and engine (main/sensitivity), printed as a ranked table or JSON. Everything is
 * checked before a worker starts.
 */
import { metricInfo, type MetricId } from '../shared/model/metrics';
import { formatClock, parameterSpec } from '../shared/model/parameters';
import {
  DEFAULT_FACTOR_IDS,
  SENSITIVITY_METHODS,
  SENSITIVITY_SIZE,
  SENSITIVITY_TARGETS,
  SensitivityInputError,
  checkSensitivitySize,
  modelFactors,
  sensitivityRuns,
  type GlobalSensitivityResult,
  type SensitivityMethod,
  type SensitivityTarget,
} from '../shared/sensitivity/model';
import type { Interval } from '../shared/sensitivity/sobol';
import { isMetricId } from '../shared/model/metrics';
import { resolveParameters } from '../shared/model/scenarios';
import { SweepError, type SweepPool } from '../main/sweep/runSweep';
import { runGlobalSensitivity } from '../main/sensitivity/runGlobalSensitivity';
import { requestFactors, type SensitivityPopulation } from '../shared/sensitivity/population';
import { POPULATION_PRESET_IDS, isPopulationPresetId } from '../shared/cohort/presets';
import type { Experiment } from '../shared/experiment';
import { MODEL_INFO } from '../shared/model/engine';
import { parseArgs } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from './io';
import { readExperimentFile } from './experimentFile';

export const SENSITIVITY_USAGE = `Usage: nocturne sensitivity FILE --metric M [--night a|b|diff] [--method sobol|morris]
                            [--n N] [--seed S] [--population P | --ranges | --factors ID,…] [--json]

Global sensitivity of one metric over the person parameters, on the worker pool: Sobol' first-order
and total indices with 95 % bootstrap intervals, or Morris screening (μ*, σ) when runs are few. The
factors are a population's distributions (each parameter it draws, through its marginal) or the
parameters over their declared ranges. Method and reading: docs/SENSITIVITY.md.

  FILE               the experiment file (*.nocturne; *.nocturne.json and .json also open)
  --metric M         a metric id (e.g. totalSleepTime_min; nocturne simulate --json lists them)
  --night a|b|diff   night A's metric, night B's (default), or the paired difference B − A
                     (both nights run the same points: twice the runs)
  --method M         sobol (default) or morris
  --n N              Sobol': base sample size N, ${SENSITIVITY_SIZE.sobol.min}–${SENSITIVITY_SIZE.sobol.max} (default ${SENSITIVITY_SIZE.sobol.default}; runs N·(d + 2));
                     Morris: trajectories r, ${SENSITIVITY_SIZE.morris.min}–${SENSITIVITY_SIZE.morris.max} (default ${SENSITIVITY_SIZE.morris.default}; runs r·(d + 1))
  --seed S           seed of the sample and the bootstrap (default 1)
  --population P     the factors are population P's distributions: ${POPULATION_PRESET_IDS.join(', ')},
                     or "file" (the file's cohort population, as edited there). Default when
                     the file has a cohort section: its population. Refused if it has correlations
  --ranges           the factors are the person parameters, each uniform over its declared range
                     (default when the file has no cohort section)
  --factors ID,…     parameter ids to vary over their declared ranges (implies --ranges; default:
                     ${DEFAULT_FACTOR_IDS.join(', ')})
  --json             print JSON: the analysis as the lab receives it
  -h, --help         show this help

Progress goes to stderr. Exit codes: 0 done; 1 failed while running; 2 bad arguments or a bad file.
`;

const COMMAND = 'nocturne sensitivity';

export interface SensitivityDeps {
  openPool(): Promise<{ readonly pool: SweepPool; close(): Promise<void> }>;
  now(): number;
}

const realDeps: SensitivityDeps = {
  openPool: async () =>
    (await import('./sweepPool')).openWorkerPool({ interruptMessage: `${COMMAND}: interrupted; nothing was printed` }),
  now: () => performance.now(),
};

const FLAGS = {
  '--metric': 'value',
  '--night': 'value',
  '--method': 'value',
  '--n': 'value',
  '--seed': 'value',
  '--factors': 'value',
  '--population': 'value',
  '--ranges': 'boolean',
  '--json': 'boolean',
  '--help': 'boolean',
  '-h': 'boolean',
} as const;

export interface SensitivityArgs {
  readonly file: string;
  readonly metric: MetricId;
  readonly target: SensitivityTarget;
  readonly method: SensitivityMethod;
  readonly size: number;
  readonly seed: number;
  readonly factors: readonly string[];
  /**
   * Where the factors come from: a preset's or the file's population, the declared ranges
   * (`factors`), or, when no flag says, the file decides (its cohort population if it has one).
   */
  readonly over: { readonly population: PopulationArg } | 'ranges' | 'file-default';
  readonly json: boolean;
}

/** A population named on the command line: a preset id, or the file's own cohort population. */
export type PopulationArg = (typeof POPULATION_PRESET_IDS)[number] | 'file';

function oneOf<T extends string>(
  flag: string,
  value: string | true | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const v = String(value).toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) {
    throw new CliError(`${COMMAND}: ${flag} must be ${allowed.join(', ')}, got "${String(value)}"`);
  }
  return v as T;
}

function wholeFlag(flag: string, value: string | true | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    throw new CliError(`${COMMAND}: ${flag} must be a whole number, got "${String(value)}"`);
  }
  return Number(value);
}

export function parseSensitivityArgs(argv: readonly string[]): SensitivityArgs | 'help' {
  const { positionals, flags } = parseArgs(argv, FLAGS, COMMAND);
  if (flags['--help'] || flags['-h']) return 'help';
  if (positionals.length !== 1) {
    throw new CliError(
      positionals.length === 0
        ? `${COMMAND}: missing FILE (an experiment file, *.nocturne); try ${COMMAND} --help`
        : `${COMMAND}: expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const metric = flags['--metric'];
  if (typeof metric !== 'string') throw new CliError(`${COMMAND}: missing --metric M; try ${COMMAND} --help`);
  if (!isMetricId(metric)) throw new CliError(`${COMMAND}: --metric "${metric}" is not a metric of the model`);
  const target = oneOf('--night', flags['--night'], SENSITIVITY_TARGETS, 'b');
  const method = oneOf('--method', flags['--method'], SENSITIVITY_METHODS, 'sobol');
  const size = wholeFlag('--n', flags['--n'], SENSITIVITY_SIZE[method].default);
  const seed = wholeFlag('--seed', flags['--seed'], 1);
  if (seed > 0xffffffff) throw new CliError(`${COMMAND}: --seed must be at most 4294967295, got ${seed}`);
  const named = [
    ['--population', flags['--population']],
    ['--ranges', flags['--ranges']],
    ['--factors', flags['--factors']],
  ].filter(([, v]) => v !== undefined);
  if (named.length > 1 && !(named.length === 2 && flags['--ranges'] && flags['--factors'])) {
    throw new CliError(
      `${COMMAND}: ${named.map(([f]) => f).join(' and ')} exclude each other: a population gives its own factors`,
    );
  }
  const population = flags['--population'];
  if (population !== undefined && (typeof population !== 'string' || !isPopulationArg(population))) {
    throw new CliError(
      `${COMMAND}: --population must be ${POPULATION_PRESET_IDS.join(', ')} or file, got "${String(population)}"`,
    );
  }
  const factors =
    typeof flags['--factors'] === 'string'
      ? flags['--factors'].split(',').map((id) => id.trim())
      : [...DEFAULT_FACTOR_IDS];
  const over: SensitivityArgs['over'] =
    population !== undefined
      ? { population }
      : flags['--ranges'] || flags['--factors'] !== undefined
        ? 'ranges'
        : 'file-default';
  // A population's factor count is known once the file is read (sensitivityCommand checks it then); the size's own range now.
  checkSize(method, size, () => (over === 'ranges' ? modelFactors(factors).length : 1));
  return { file: positionals[0]!, metric, target, method, size, seed, factors, over, json: flags['--json'] === true };
}

const isPopulationArg = (v: string): v is PopulationArg => v === 'file' || isPopulationPresetId(v);

/** The factors (counted by `factors`, which may refuse one) and the size against the method, worded for the command line. */
function checkSize(method: SensitivityMethod, size: number, factors: () => number): void {
  try {
    checkSensitivitySize(method, size, factors());
  } catch (error) {
    if (!(error instanceof SensitivityInputError)) throw error;
    const flag = error.field === 'n' ? '--n' : '--factors';
    throw new CliError(`${COMMAND}: ${flag}: ${error.message}`);
  }
}

/** The population a command's arguments and file name, or null for the declared ranges. */
function chosenPopulation(args: SensitivityArgs, experiment: Experiment): SensitivityPopulation | null {
  if (args.over === 'ranges') return null;
  const cohort = experiment.cohort;
  if (args.over === 'file-default' || args.over.population === 'file') {
    if (!cohort) {
      if (args.over === 'file-default') return null;
      throw new CliError(`${COMMAND}: --population file: ${args.file} has no cohort section`);
    }
    return {
      preset: cohort.population,
      ...(cohort.distributions ? { distributions: cohort.distributions } : {}),
      ...(cohort.correlations ? { correlations: cohort.correlations } : {}),
    };
  }
  return { preset: args.over.population };
}

const fixed = (v: number) => (Math.abs(v) < 0.0005 ? '0.000' : v.toFixed(3));
const interval = (e: Interval | undefined) => (e ? `${fixed(e.value)} [${fixed(e.low)}, ${fixed(e.high)}]` : '—');

/** The ranked table: one factor a line, its span and indices with their 95 % intervals. */
export function sensitivityTable(result: GlobalSensitivityResult, nightWords: string): string {
  const info = metricInfo(result.metric);
  const what = `${result.target === 'diff' ? 'Δ ' : ''}${info?.label ?? result.metric} (${info?.unit ?? ''})`;
  const method =
    result.method === 'sobol' ? `Sobol' N = ${result.size}` : `Morris r = ${result.size}, μ* in ${info?.unit ?? ''}`;
  const over = result.population ? `population ${result.population}` : 'declared ranges';
  const head = `${what}, ${nightWords}: ${method} over ${over}, ${result.runs} runs, seed ${result.seed}\n`;
  const span = (id: string, min: number, max: number, choices?: readonly string[]) => {
    if (choices) return choices.join(' / ');
    const spec = parameterSpec(id)!;
    if (spec.kind === 'number' && spec.clock) return `${formatClock(min)}–${formatClock(max)}`;
    const short = (v: number) => String(Number(v.toPrecision(4)));
    return `${short(min)}–${short(max)}${spec.unit && spec.unit.length <= 8 ? ` ${spec.unit}` : ''}`;
  };
  const columns = result.method === 'sobol' ? ['S_i (95 % CI)', 'S_Ti (95 % CI)'] : ['μ* (95 % CI)', 'μ', 'σ'];
  const rows = result.factors.map((f) => [
    f.label,
    span(f.id, f.min, f.max, f.choices),
    ...(result.method === 'sobol'
      ? [interval(f.first), interval(f.total)]
      : [interval(f.muStar), fixed(f.mu ?? Number.NaN), fixed(f.sigma ?? Number.NaN)]),
  ]);
  const all = [['factor', result.population ? 'span (0.1–99.9 %)' : 'range', ...columns], ...rows];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const lines = all.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  const notes: string[] = [];
  if (result.method === 'sobol' && result.mean !== null && result.variance !== null) {
    notes.push(
      `output mean ${result.mean.toFixed(2)}, SD ${Math.sqrt(result.variance).toFixed(2)} ${info?.unit ?? ''}`,
    );
  }
  if (result.refused > 0) notes.push(`${result.refused} runs refused by the model, first: ${result.firstRefusal}`);
  if (result.rowsDropped > 0) notes.push(`${result.rowsDropped} base rows dropped for a missing output`);
  return `${head}${lines.join('\n')}\n${notes.map((n) => `${n}\n`).join('')}`;
}

export async function sensitivityCommand(
  argv: readonly string[],
  io: CliIo,
  deps: SensitivityDeps = realDeps,
): Promise<number> {
  const args = parseSensitivityArgs(argv);
  if (args === 'help') {
    io.stdout(SENSITIVITY_USAGE);
    return EXIT_OK;
  }
  const experiment = await readExperimentFile(COMMAND, args.file, io);
  const population = chosenPopulation(args, experiment);
  let factorCount: number;
  let over: string;
  try {
    const chosen = requestFactors(population ? { population } : { factors: args.factors });
    factorCount = chosen.factors.length;
    over = chosen.population ? `population ${chosen.population}` : 'the declared ranges';
  } catch (error) {
    if (!(error instanceof SensitivityInputError)) throw error;
    throw new CliError(`${COMMAND}: ${population ? '--population' : '--factors'}: ${error.message}`);
  }
  checkSize(args.method, args.size, () => factorCount);
  const [a, b] = experiment.nights;
  for (const [key, spec] of [['A', a] as const, ['B', b] as const]) {
    if (args.target !== 'diff' && args.target.toUpperCase() !== key) continue;
    try {
      resolveParameters(spec.scenario, spec.params);
    } catch (error) {
      throw new CliError(`${COMMAND}: night ${key} ("${spec.label}") is refused: ${(error as Error).message}`);
    }
  }
  const night = (n: typeof a) => ({ scenario: n.scenario, params: n.params, events: n.events, seed: n.seed });
  const nightWords =
    args.target === 'diff'
      ? `B ("${b.label}") − A ("${a.label}")`
      : `night ${args.target.toUpperCase()} ("${(args.target === 'a' ? a : b).label}")`;
  const runs = sensitivityRuns(args.method, args.size, factorCount, args.target);
  io.stderr(`${COMMAND}: ${runs} runs over ${factorCount} factors (${over})\n`);
  const { pool, close } = await deps.openPool();
  let last = Number.NEGATIVE_INFINITY;
  let result: GlobalSensitivityResult;
  try {
    result = await runGlobalSensitivity(
      pool,
      {
        nights: { a: night(a), b: night(b) },
        metric: args.metric,
        target: args.target,
        method: args.method,
        size: args.size,
        seed: args.seed,
        ...(population ? { population } : { factors: args.factors }),
      },
      {
        onProgress: (done, total, eta) => {
          const t = deps.now();
          if (done !== total && t - last < 1000) return;
          last = t;
          const left = eta === null || done === total ? '' : `, about ${Math.ceil(eta)} s left`;
          io.stderr(`${COMMAND}: ${done}/${total} runs (${Math.floor((100 * done) / total)} %)${left}\n`);
        },
      },
    );
  } catch (error) {
    const isInput = error instanceof SweepError && error.code === 'invalid-parameters';
    throw new CliError(`${COMMAND}: ${(error as Error).message}`, isInput ? EXIT_USAGE : EXIT_FAILURE);
  } finally {
    await close();
  }
  io.stdout(
    args.json ? `${JSON.stringify({ model: MODEL_INFO, ...result }, null, 2)}\n` : sensitivityTable(result, nightWords),
  );
  return EXIT_OK;
}
