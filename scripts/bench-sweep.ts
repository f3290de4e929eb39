/**
 * Sweep throughput on the worker pool: `tsx scripts/bench-sweep.ts [--workers N] [--json]`.
 *
 * Runs a 1-D sweep of the default experiment's baseline night (caffeine_mg 0 → 400 mg, its own
 * seed for every run) through runSweep, the pool and the bundled worker, exactly as the CLI does.
 * It times a sample of SAMPLE_RUNS runs first; when 1,000 runs at that pace would take longer than
 * FULL_LIMIT_S, the 1,000-run time is extrapolated from the sample (and the output says so),
 * otherwise the full 1,000 runs are measured. The issue's budget: 1,000 default runs ≤ 10 s on 2 cores.
 *
 * Workers are started and warmed (WARMUP_RUNS_PER_WORKER runs each, not timed) first: the figure
 * is the sweep, not the process start and the JIT's first optimizations, which a long-lived app
 * pays once (a fresh worker's first nights run several times slower while V8 optimizes the
 * engine's loops).
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { openWorkerPool } from '../cli/sweepPool';
import { runSweep, type SweepNight } from '../main/sweep/runSweep';
import { defaultExperiment } from '../shared/experiment';
import { defaultPoolSize } from '../main/simulation/pool';

export const SAMPLE_RUNS = 50;
export const TARGET_RUNS = 1000;
export const FULL_LIMIT_S = 60;
export const BUDGET_S = 10;
export const WARMUP_RUNS_PER_WORKER = 10;

export interface SweepBench {
  readonly workers: number;
  readonly cores: number;
  readonly sampleRuns: number;
  readonly sampleSeconds: number;
  readonly runsPerSecond: number;
  /** Time for TARGET_RUNS runs: measured when `extrapolated` is false. */
  readonly targetSeconds: number;
  readonly extrapolated: boolean;
  /** Simulation time per run inside the workers (ms), from the sample: the engine's share of the figure. */
  readonly engineMsPerRun: number;
  /** runs/s ÷ (workers ÷ engine s per run): 1 when the workers never wait and nothing else takes the cores. */
  readonly parallelEfficiency: number;
  /** The 1-min load average at the start, as os.loadavg() gives it (0 on Windows). */
  readonly load: number;
}

const definition = (steps: number) => ({ param: 'caffeine_mg' as const, from: 0, to: 400, steps });

export async function benchSweep(options: { workers?: number } = {}): Promise<SweepBench> {
  const baseline = defaultExperiment().nights[0];
  const night: SweepNight = { scenario: baseline.scenario, params: baseline.params, seed: baseline.seed };
  const workers = options.workers ?? defaultPoolSize(availableParallelism());
  const load = loadavg()[0] ?? 0;
  const { pool, close } = await openWorkerPool({ size: workers });
  try {
    await runSweep(pool, { ...night, definition: definition(Math.max(2, workers * WARMUP_RUNS_PER_WORKER)) });
    const timed = async (steps: number) => {
      const started = performance.now();
      const result = await runSweep(pool, { ...night, definition: definition(steps) });
      if (result.refused.length > 0) throw new Error(`the bench sweep had refused runs: ${result.refused[0]!.message}`);
      return { seconds: (performance.now() - started) / 1000, compute_ms: result.compute_ms };
    };
    const sample = await timed(SAMPLE_RUNS);
    const sampleRate = SAMPLE_RUNS / sample.seconds;
    const engineMsPerRun = sample.compute_ms / SAMPLE_RUNS;
    const estimate = TARGET_RUNS / sampleRate;
    const extrapolated = estimate > FULL_LIMIT_S;
    const targetSeconds = extrapolated ? estimate : (await timed(TARGET_RUNS)).seconds;
    return {
      workers,
      cores: cpus().length,
      sampleRuns: SAMPLE_RUNS,
      sampleSeconds: sample.seconds,
      runsPerSecond: TARGET_RUNS / targetSeconds,
      targetSeconds,
      extrapolated,
      engineMsPerRun,
      parallelEfficiency: (sampleRate * engineMsPerRun) / 1000 / workers,
      load,
    };
  } finally {
    await close();
  }
}

export function formatSweepBench(b: SweepBench): string {
  const lines = [
    `sweep throughput: ${b.workers} worker${b.workers === 1 ? '' : 's'} on ${b.cores} core${b.cores === 1 ? '' : 's'}; baseline night, caffeine_mg 0 → 400 mg, one seed; workers warmed by ${WARMUP_RUNS_PER_WORKER} untimed runs each`,
    `  sample: ${b.sampleRuns} runs in ${b.sampleSeconds.toFixed(2)} s (${(b.sampleRuns / b.sampleSeconds).toFixed(1)} runs/s); engine ${b.engineMsPerRun.toFixed(1)} ms per run in a worker, parallel efficiency ${Math.round(100 * b.parallelEfficiency)} %`,
    b.extrapolated
      ? `  ${TARGET_RUNS} runs: ≈ ${b.targetSeconds.toFixed(1)} s, extrapolated from the ${b.sampleRuns}-run sample (the full sweep would take more than ${FULL_LIMIT_S} s)`
      : `  ${TARGET_RUNS} runs: ${b.targetSeconds.toFixed(2)} s measured (${b.runsPerSecond.toFixed(1)} runs/s)`,
    `  budget: ${TARGET_RUNS} default runs ≤ ${BUDGET_S} s on 2 cores: ${
      b.targetSeconds <= BUDGET_S ? 'met' : `not met (${(b.targetSeconds / BUDGET_S).toFixed(1)}× over)`
    }${b.cores === 2 ? '' : ` (this machine has ${b.cores} cores)`}`,
  ];
  if (b.load > b.cores * 0.75) {
    lines.push(
      `  note: the machine's load average was ${b.load.toFixed(1)} on ${b.cores} cores; other processes shared the CPU, so these figures are pessimistic`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function flagValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const workersText = flagValue(argv, '--workers');
  const workers = workersText === undefined ? undefined : Number(workersText);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
    process.stderr.write(`bench-sweep: --workers must be a whole number from 1 to 64, got "${workersText}"\n`);
    process.exit(2);
  }
  const result = await benchSweep(workers === undefined ? {} : { workers });
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : formatSweepBench(result));
}
