/**
 * `nocturne cohort FILE --n N [--population P] [--seed S] [--shard i/K] --out DIR`: runs shard i of
 * K of a virtual cohort through both nights of an experiment file and writes
 * DIR/part-<i>-of-<K>.csv (one row per person) and DIR/part-<i>-of-<K>.json (its manifest); and
 * `nocturne cohort merge DIR [--threshold METRIC<VALUE …]` (cohortMerge.ts). Everything is checked
 * before a person runs; each file is written atomically, the manifest last, so a part whose
 * manifest exists is whole.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MAX_COHORT_SIZE, type Experiment } from '../shared/experiment/format';
import {
  PART_FORMAT,
  PART_VERSION,
  POPULATION_PRESET_IDS,
  POPULATION_PRESETS,
  PopulationError,
  compilePopulation,
  isPopulationPresetId,
  partName,
  populationSha256,
  sectionPopulation,
  shardRange,
  tableHeader,
  toCsv,
  cohortNight,
  type CohortNight,
  type PartManifest,
  type PopulationSpec,
} from '../shared/cohort';
import { parseArgs } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK, cannotSimulate, type CliIo } from './io';
import { readExperimentFile } from './experimentFile';
import { MERGE_USAGE, mergeCommand } from './cohortMerge';
import type { CohortBatchTask } from '../main/cohort/batch';

export const COHORT_USAGE = `Usage: nocturne cohort FILE --n N [--population ${POPULATION_PRESET_IDS.join('|')}]
                       [--seed S] [--shard i/K] --out DIR
       nocturne cohort merge DIR [--threshold METRIC<VALUE …]

Runs a virtual cohort through both nights of an experiment file: N people drawn from a population,
each simulated in night A and night B with one noise seed (paired), and writes one row per person.

  FILE            the experiment file; its "cohort" section, if any, gives the defaults below
  --n N           how many people in the whole cohort (1–${MAX_COHORT_SIZE})
  --population P  a preset population (default: the file's cohort, else young-adults)
  --seed S        the seed people are drawn from (0 ≤ S < 2^32; default: the file's, else 1);
                  person i depends only on (S, i), never on N or the shard
  --shard i/K     run only shard i of K (0 ≤ i < K): persons [floor(i·N/K), floor((i+1)·N/K));
                  default 0/1, the whole cohort
  --out DIR       where DIR/part-<i>-of-<K>.csv and DIR/part-<i>-of-<K>.json go (made if missing)
  -h, --help      show this help

${MERGE_USAGE}
Progress goes to stderr. Exit codes: 0 done; 1 failed while running; 2 bad arguments, a bad file or
bad parts (nothing is written).
`;

const COMMAND = 'nocturne cohort';

/** How the persons are run: on the worker pool (the real command), or in-process (tests). */
export interface CohortDeps {
  /** The table rows of persons [start, end), in person order, each ending in a newline. */
  runRows(
    task: Omit<CohortBatchTask, 'start' | 'end'>,
    range: readonly [number, number],
    onPersons: (done: number) => void,
    io: CliIo,
  ): Promise<string>;
}

/**
 * The real runner: the app's worker pool, one worker per core (never more than there are
 * batches). The rows do not depend on the number of workers (cohort.test.ts, batch.test.ts).
 */
const realDeps: CohortDeps = {
  async runRows(task, range, onPersons) {
    const [{ openWorkerPool }, { runCohortOnPool, PERSONS_PER_BATCH }, { defaultPoolSize }, { availableParallelism }] =
      await Promise.all([
        import('./sweepPool'),
        import('../main/cohort/batch'),
        import('../main/simulation/pool'),
        import('node:os'),
      ]);
    const batches = Math.ceil((range[1] - range[0]) / PERSONS_PER_BATCH);
    const size = Math.max(1, Math.min(defaultPoolSize(availableParallelism()), batches));
    const { pool, close } = await openWorkerPool({
      size,
      interruptMessage: `${COMMAND}: interrupted; nothing was written`,
    });
    try {
      return (await runCohortOnPool(pool, task, range, onPersons)).rows;
    } finally {
      await close();
    }
  },
};

const FLAGS = {
  '--n': 'value',
  '--population': 'value',
  '--seed': 'value',
  '--shard': 'value',
  '--out': 'value',
  '--help': 'boolean',
  '-h': 'boolean',
} as const;

export interface CohortArgs {
  readonly file: string;
  readonly n: number | null;
  readonly population: string | null;
  readonly seed: number | null;
  readonly shard: { readonly i: number; readonly K: number };
  readonly out: string;
}

function wholeNumber(flag: string, text: string, min: number, max: number, what: string): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new CliError(`${COMMAND}: ${flag} must be ${what}, got "${text}"`);
  }
  return Number(text);
}

export function parseCohortArgs(argv: readonly string[]): CohortArgs | 'help' {
  const { positionals, flags } = parseArgs(argv, FLAGS, COMMAND);
  if (flags['--help'] || flags['-h']) return 'help';
  if (positionals.length !== 1) {
    throw new CliError(
      positionals.length === 0
        ? `${COMMAND}: missing experiment FILE; try ${COMMAND} --help`
        : `${COMMAND}: one experiment FILE, got ${positionals.length} (${positionals.join(' ')})`,
    );
  }
  const out = flags['--out'];
  if (typeof out !== 'string') throw new CliError(`${COMMAND}: --out DIR is required`);
  const n =
    typeof flags['--n'] === 'string'
      ? wholeNumber('--n', flags['--n'], 1, MAX_COHORT_SIZE, `a whole number of people from 1 to ${MAX_COHORT_SIZE}`)
      : null;
  const seed =
    typeof flags['--seed'] === 'string'
      ? wholeNumber('--seed', flags['--seed'], 0, 2 ** 32 - 1, 'a whole number, 0 ≤ S < 2^32')
      : null;
  const population = typeof flags['--population'] === 'string' ? flags['--population'] : null;
  if (population !== null && !isPopulationPresetId(population)) {
    throw new CliError(
      `${COMMAND}: --population must be one of ${POPULATION_PRESET_IDS.join(', ')}, got "${population}"`,
    );
  }
  let shard = { i: 0, K: 1 };
  if (typeof flags['--shard'] === 'string') {
    const m = /^(\d+)\/(\d+)$/.exec(flags['--shard']);
    if (!m) throw new CliError(`${COMMAND}: --shard must be i/K (e.g. 0/4), got "${flags['--shard']}"`);
    const [i, K] = [Number(m[1]), Number(m[2])];
    if (K < 1) throw new CliError(`${COMMAND}: --shard ${flags['--shard']}: K must be at least 1`);
    if (i >= K)
      throw new CliError(`${COMMAND}: --shard ${flags['--shard']}: the shard index must be below K (0 to ${K - 1})`);
    shard = { i, K };
  }
  return { file: positionals[0]!, n, population, seed, shard, out };
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The population, people and seed a run uses: flags first, then the file's cohort section, then defaults. */
export function cohortSettings(
  args: CohortArgs,
  experiment: Experiment,
): { population: PopulationSpec; n: number; seed: number } {
  const section = experiment.cohort;
  const population =
    args.population !== null
      ? POPULATION_PRESETS[args.population as keyof typeof POPULATION_PRESETS]
      : section
        ? sectionPopulation(section)
        : POPULATION_PRESETS['young-adults'];
  const n = args.n ?? section?.n;
  if (n === undefined) throw new CliError(`${COMMAND}: --n N is required (the file has no cohort section giving n)`);
  return { population, n, seed: args.seed ?? section?.seed ?? 1 };
}

function resolveNights(experiment: Experiment): [CohortNight, CohortNight] {
  return experiment.nights.map((night, k) => {
    try {
      return cohortNight(night);
    } catch (error) {
      throw new CliError(
        `${COMMAND}: night ${k === 0 ? 'A' : 'B'} ("${night.label}") is refused: ${(error as Error).message}`,
      );
    }
  }) as [CohortNight, CohortNight];
}

/** Progress at most once a second, and the last line. */
function progress(io: CliIo, total: number) {
  let last = Number.NEGATIVE_INFINITY;
  return (done: number) => {
    const t = performance.now();
    if (done !== total && t - last < 1000) return;
    last = t;
    io.stderr(`${COMMAND}: ${done}/${total} persons\n`);
  };
}

export async function cohortCommand(argv: readonly string[], io: CliIo, deps: CohortDeps = realDeps): Promise<number> {
  if (argv[0] === 'merge') return mergeCommand(argv.slice(1), io);
  const args = parseCohortArgs(argv);
  if (args === 'help') {
    io.stdout(COHORT_USAGE);
    return EXIT_OK;
  }
  const experiment = await readExperimentFile(COMMAND, args.file, io);
  const fileBytes = await io.fs.readFile(args.file);
  const { population, n, seed } = cohortSettings(args, experiment);
  let compiled;
  try {
    compiled = compilePopulation(population);
  } catch (error) {
    if (error instanceof PopulationError)
      throw new CliError(`${COMMAND}: population "${population.id}" is refused: ${error.message} (${error.field})`);
    throw error;
  }
  const nights = resolveNights(experiment);
  const { i, K } = args.shard;
  const [start, end] = shardRange(n, i, K);

  const engine = await io.engine();
  const report = progress(io, end - start);
  const started = performance.now();
  let rows: string;
  try {
    rows = await deps.runRows({ nights, population, seed }, [start, end], report, io);
  } catch (error) {
    const refused = cannotSimulate(COMMAND, 'a person', error);
    throw new CliError(`${refused.message}; nothing was written`, refused.exitCode);
  }
  const csv = toCsv([tableHeader(compiled.params)]) + rows;
  const manifest: PartManifest = {
    format: PART_FORMAT,
    version: PART_VERSION,
    n,
    K,
    i,
    seed,
    population: population.id,
    populationSha256: populationSha256(population),
    experimentSha256: sha256(fileBytes),
    model: `${engine.info.name} ${engine.info.version}`,
    persons: { start, end },
    csvSha256: sha256(csv),
    rows: end - start,
    thresholds: experiment.cohort?.thresholds ?? [],
  };
  try {
    await io.fs.mkdir(args.out);
    await io.fs.writeFileAtomic(join(args.out, partName(i, K, 'csv')), csv);
    await io.fs.writeFileAtomic(join(args.out, partName(i, K, 'json')), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`${COMMAND}: cannot write to "${args.out}": ${(error as Error).message}`, EXIT_FAILURE);
  }
  const seconds = (performance.now() - started) / 1000;
  const who = end > start ? `persons ${start}–${end - 1} of ${n}` : `no persons (${K} shards of ${n})`;
  io.stderr(
    `${COMMAND}: ${who} (shard ${i}/${K}) in ${seconds.toFixed(1)} s → ${join(args.out, partName(i, K, 'csv'))}\n`,
  );
  return EXIT_OK;
}
