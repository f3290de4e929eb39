/**
 * Cohort throughput on the worker pool: `tsx scripts/bench-cohort.ts [--persons N] [--lab N] [--json]`.
 *
 * Runs young adults through the default experiment's two nights (baseline against evening
 * caffeine) with runCohortOnPool and the bundled worker, as `nocturne cohort` does, with 1 worker
 * and then 2, and prints persons per second, per core (persons/s ÷ workers) and the scaling from
 * 1 to 2 workers. A person is both nights. Each pool is warmed first (WARMUP_PERSONS_PER_WORKER
 * untimed persons per worker, other persons than the timed ones so no run-in is reused from the
 * warm-up): a fresh worker's first nights run several times slower while V8 optimizes the engine.
 */
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openWorkerPool } from '../cli/sweepPool';
import { runCohortOnPool } from '../main/cohort/batch';
import { runCohortInLab } from '../main/cohort/labRun';
import { POPULATION_PRESETS, cohortNights } from '../shared/cohort';
import { defaultExperiment } from '../shared/experiment';

export const DEFAULT_PERSONS = 20;
export const WARMUP_PERSONS_PER_WORKER = 2;
export const WORKER_COUNTS = [1, 2] as const;
/** The issue's budget: a 200-person cohort, both nights, within about 2 s on 2 cores. */
export const BUDGET = { persons: 200, seconds: 2, cores: 2 } as const;

export interface CohortBenchRow {
  readonly workers: number;
  readonly persons: number;
  readonly seconds: number;
  readonly personsPerSecond: number;
  readonly personsPerSecondPerCore: number;
  /** Simulation time per person inside the workers (ms): the engine's share. */
  readonly engineMsPerPerson: number;
}

/** The lab's path (runCohortInLab with its partial results) on 2 warm workers. */
export interface CohortLabBench {
  readonly workers: number;
  readonly persons: number;
  readonly seconds: number;
  readonly partials: number;
  /** The time from the run's start to its first partial result (s). */
  readonly firstPartialSeconds: number | null;
  /**
   * What the lab shows at the budget's seconds: the people in the last partial result drawn by
   * then, and its share beyond the threshold beside the whole cohort's (null: none by then).
   */
  readonly atBudget: { readonly people: number; readonly share: number | null } | null;
  readonly finalShare: number | null;
  /** The longest the event loop was held (ms): a stand-in for main's. */
  readonly longestBlockMs: number;
  /** The results' builds on main: how many, their mean time and their longest slice (ms, wall). */
  readonly builds: number;
  readonly meanBuildMs: number;
  readonly longestSliceMs: number;
  readonly engineMsPerPerson: number;
  /**
   * CPU time of the whole process (main and workers) per person: unlike the seconds, not
   * inflated by other processes sharing the cores, so two runs on a busy machine still compare.
   */
  readonly cpuMsPerPerson: number;
  readonly load: number;
}

export interface CohortBench {
  readonly cores: number;
  readonly load: number;
  readonly rows: readonly CohortBenchRow[];
  readonly lab?: CohortLabBench;
}

export async function benchCohortLab(persons: number, workers = 2): Promise<CohortLabBench> {
  const population = POPULATION_PRESETS['young-adults'];
  const nights = cohortNights(defaultExperiment().nights);
  const { pool, close } = await openWorkerPool({ size: workers });
  try {
    // Warm, as the lab's workers are after its first nights: persons other than the timed ones.
    await runCohortOnPool(pool, { nights, population, seed: 1 }, [1_000_000, 1_000_000 + 2 * workers]);
    const load = loadavg()[0] ?? 0;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    let partials = 0;
    let firstPartial: number | null = null;
    let atBudget: CohortLabBench['atBudget'] = null;
    let engine_ms = 0;
    const builds: { cost_ms: number; longestSlice_ms: number }[] = [];
    delay.enable();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await runCohortInLab(
      pool,
      {
        nights,
        population,
        n: persons,
        seed: 1,
        thresholds: [{ metric: 'totalSleepTime_min', op: '<', value: -30 }],
        model: 'bench',
      },
      {
        onProgress: (p) => {
          if (!p.partial) return;
          partials++;
          const at = (performance.now() - started) / 1000;
          firstPartial ??= at;
          if (at <= BUDGET.seconds)
            atBudget = { people: p.partial.done, share: p.partial.summary.thresholds[0]?.share ?? null };
        },
        onBatch: (elapsed_ms) => (engine_ms += elapsed_ms),
        onBuild: (build) => builds.push(build),
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    delay.disable();
    return {
      workers,
      persons,
      seconds,
      partials,
      firstPartialSeconds: firstPartial,
      atBudget,
      finalShare: result.summary.thresholds[0]?.share ?? null,
      longestBlockMs: delay.max / 1e6,
      builds: builds.length,
      meanBuildMs: builds.reduce((sum, b) => sum + b.cost_ms, 0) / Math.max(1, builds.length),
      longestSliceMs: Math.max(0, ...builds.map((b) => b.longestSlice_ms)),
      engineMsPerPerson: engine_ms / persons,
      cpuMsPerPerson: (used.user + used.system) / 1000 / persons,
      load,
    };
  } finally {
    await close();
  }
}

export async function benchCohort(persons = DEFAULT_PERSONS): Promise<CohortBench> {
  const task = {
    nights: cohortNights(defaultExperiment().nights),
    population: POPULATION_PRESETS['young-adults'],
    seed: 1,
  };
  const load = loadavg()[0] ?? 0;
  const rows: CohortBenchRow[] = [];
  for (const workers of WORKER_COUNTS) {
    const { pool, close } = await openWorkerPool({ size: workers });
    try {
      const warm = workers * WARMUP_PERSONS_PER_WORKER;
      await runCohortOnPool(pool, task, [1_000_000, 1_000_000 + warm]);
      const started = performance.now();
      const { compute_ms } = await runCohortOnPool(pool, task, [0, persons]);
      const seconds = (performance.now() - started) / 1000;
      rows.push({
        workers,
        persons,
        seconds,
        personsPerSecond: persons / seconds,
        personsPerSecondPerCore: persons / seconds / workers,
        engineMsPerPerson: compute_ms / persons,
      });
    } finally {
      await close();
    }
  }
  return { cores: cpus().length, load, rows };
}

export function formatCohortBench(b: CohortBench): string {
  const lines = [
    `cohort throughput on ${b.cores} core${b.cores === 1 ? '' : 's'}: young adults, baseline vs evening caffeine (a person = both nights)`,
  ];
  for (const r of b.rows) {
    lines.push(
      `  ${r.workers} worker${r.workers === 1 ? ' ' : 's'}: ${r.persons} persons in ${r.seconds.toFixed(2)} s → ${r.personsPerSecond.toFixed(2)} persons/s, ${r.personsPerSecondPerCore.toFixed(2)} per core; engine ${r.engineMsPerPerson.toFixed(0)} ms per person`,
    );
  }
  const [one, two] = b.rows;
  if (one && two)
    lines.push(
      `  scaling 1 → 2 workers: ×${(two.personsPerSecond / one.personsPerSecond).toFixed(2)} (×2 would be perfect)`,
    );
  if (b.rows.length > 0) {
    const best = Math.max(...b.rows.map((r) => r.personsPerSecond));
    const budgetSeconds = BUDGET.persons / best;
    lines.push(
      `  ${BUDGET.persons} persons at the best rate: ≈ ${budgetSeconds.toFixed(1)} s (the lab's budget: about ${BUDGET.seconds} s on ${BUDGET.cores} cores: ${budgetSeconds <= BUDGET.seconds ? 'met' : `not met, ${(budgetSeconds / BUDGET.seconds).toFixed(1)}× over`})`,
    );
  }
  if (b.lab) {
    const l = b.lab;
    lines.push(
      `  the lab's path (runCohortInLab, ${l.workers} warm workers, load ${l.load.toFixed(1)}): ${l.persons} persons in ${l.seconds.toFixed(2)} s; ${l.partials} partial results, the first at ${l.firstPartialSeconds?.toFixed(2) ?? '—'} s; engine ${l.engineMsPerPerson.toFixed(0)} ms per person in the workers, CPU ${l.cpuMsPerPerson.toFixed(0)} ms per person in all; longest event-loop block ${l.longestBlockMs.toFixed(0)} ms; ${l.builds} builds of the result on main, ${l.meanBuildMs.toFixed(0)} ms each, the longest slice ${l.longestSliceMs.toFixed(0)} ms`,
    );
    const pct = (share: number | null) => (share === null ? '—' : `${(100 * share).toFixed(1)} %`);
    lines.push(
      l.atBudget
        ? `  at ${BUDGET.seconds} s the lab shows ${l.atBudget.people} of ${l.persons} people (ΔTST < −30 min: ${pct(l.atBudget.share)} of them; all ${l.persons}: ${pct(l.finalShare)})`
        : `  at ${BUDGET.seconds} s the lab shows no partial result yet (all ${l.persons}: ΔTST < −30 min ${pct(l.finalShare)})`,
    );
  }
  if (b.load > b.cores * 0.75) {
    lines.push(
      `  note: the load average was ${b.load.toFixed(1)} on ${b.cores} cores; other processes shared the CPU, so these figures are pessimistic`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--persons');
  const persons = at >= 0 ? Number(argv[at + 1]) : DEFAULT_PERSONS;
  if (!(Number.isInteger(persons) && persons >= 0 && persons <= 10_000)) {
    process.stderr.write(`bench-cohort: --persons must be a whole number from 0 to 10000, got "${argv[at + 1]}"\n`);
    process.exit(2);
  }
  const labAt = argv.indexOf('--lab');
  const labPersons = labAt >= 0 ? Number(argv[labAt + 1]) : BUDGET.persons;
  if (!(Number.isInteger(labPersons) && labPersons >= 0 && labPersons <= 10_000)) {
    process.stderr.write(`bench-cohort: --lab must be a whole number from 0 to 10000, got "${argv[labAt + 1]}"\n`);
    process.exit(2);
  }
  const result = {
    ...(persons > 0 ? await benchCohort(persons) : { cores: cpus().length, load: loadavg()[0] ?? 0, rows: [] }),
    ...(labPersons > 0 ? { lab: await benchCohortLab(labPersons) } : {}),
  };
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : formatCohortBench(result));
}
