/**
 * npm run bench: milliseconds per default protocol (14-day run-in + focal night + day after,
 * 30-s epochs) on one core: warm-up, then ≥ 30 timed runs; median and spread. Budget: ≤ 25 ms
 * median (docs/DESIGN budgets). `benchEngine` is exported so other figures (the worker pool)
 * can be added beside it.
 */
import { cpus, loadavg } from 'node:os';
import { resolveParameters } from '../shared/model/scenarios';
import { simulateNight } from '../shared/model/engine';
import { compileProtocol, runInEnd } from '../shared/model/protocol';
import { simulateCore } from '../shared/model/core';
import { clearRunInCache, configureRunInCache, runInCacheStats } from '../shared/model/runInCache';
import { runRestoration } from '../shared/model/restoration';

export interface BenchFigure {
  readonly label: string;
  readonly runs: number;
  readonly median_ms: number;
  readonly p10_ms: number;
  readonly p90_ms: number;
  readonly min_ms: number;
  readonly max_ms: number;
}

export function summarize(label: string, times: readonly number[]): BenchFigure {
  const s = [...times].sort((a, b) => a - b);
  const q = (f: number) => s[Math.min(s.length - 1, Math.floor(f * (s.length - 1) + 0.5))]!;
  return {
    label,
    runs: s.length,
    median_ms: q(0.5),
    p10_ms: q(0.1),
    p90_ms: q(0.9),
    min_ms: s[0]!,
    max_ms: s[s.length - 1]!,
  };
}

/**
 * Wall-clock and CPU milliseconds per call. CPU time (user + system of this process) is the
 * fairer single-core figure on a shared machine; wall time is what a user waits.
 */
function time(fn: (i: number) => void, warmup: number, runs: number): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(warmup + i);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

/**
 * The single-core engine figures: whole engine (core + restoration + metrics) and the core alone,
 * each cold (run-in cache off: the whole protocol is integrated, the figure before the cache) and
 * warm (cache on, a different caffeine dose every run, so only the run-in is reused: a sweep or
 * a slider move on the focal night; both the core and the restoration pass resume at the
 * run-in boundary). Also: a cold night with the cache on (a new seed every run: each run misses
 * and stores its run-in), a warm night whose restoration parameters change (the core resumes,
 * the restoration pass runs in full and stores its state), and the restoration pass alone.
 */
export function benchEngine(runs = 40, warmup = 10): BenchFigure[] {
  const params = resolveParameters('baseline');
  const timeline = compileProtocol(params);
  const dosed = (i: number) => ({ ...params, caffeine_mg: 5 * (i % 80) });
  const ghVaried = (i: number) => ({ ...params, ghHalfLife_min: 15 + (i % 10) });
  try {
    configureRunInCache({ enabled: false });
    const night = time((i) => simulateNight(params, 1 + (i % 10)), warmup, runs);
    const core = time((i) => simulateCore(timeline, params, 1 + (i % 10)), warmup, runs);
    // The restoration pass alone, over every epoch (no run-in to resume from).
    const trajectory = simulateCore(timeline, params, 1).trajectory;
    const restoration = time((i) => runRestoration(trajectory, params, 1 + (i % 10)), warmup, runs);
    configureRunInCache({ enabled: true });
    clearRunInCache();
    const coldCached = time((i) => simulateNight(params, 1000 + i), warmup, runs);
    clearRunInCache();
    simulateNight(params, 1);
    const warmNight = time((i) => simulateNight(dosed(i), 1), warmup, runs);
    const warmCore = time(
      (i) => {
        const p = dosed(i);
        simulateCore(compileProtocol(p), p, 1, runInEnd(p));
      },
      warmup,
      runs,
    );
    const resumedCore = simulateCore(timeline, params, 1, runInEnd(params));
    const resumedRestoration = time(
      () => runRestoration(resumedCore.trajectory, params, 1, resumedCore.runIn),
      warmup,
      runs,
    );
    const newRestoration = time((i) => simulateNight(ghVaried(i), 1), warmup, runs);
    const stats = runInCacheStats();
    if (stats.hits === 0 || stats.attachments.hits === 0) throw new Error('bench: the run-in cache never hit');
    return [
      summarize('simulateNight, default protocol (core + restoration + metrics), cold (no cache), wall', night.wall),
      summarize('simulateNight, cold, CPU time of this process', night.cpu),
      summarize(
        'simulateNight, cold with the cache on (new seed: a miss that stores the run-in), wall',
        coldCached.wall,
      ),
      summarize('simulateNight, warm (run-in reused, caffeine dose varied), wall', warmNight.wall),
      summarize('simulateNight, warm, CPU time', warmNight.cpu),
      summarize(
        'simulateNight, restoration parameter varied (core resumed, restoration in full), wall',
        newRestoration.wall,
      ),
      summarize('core only (simulateCore on a compiled timeline), cold, wall', core.wall),
      summarize('core only, cold, CPU time', core.cpu),
      summarize('core only, warm (compileProtocol + simulateCore from the cache), wall', warmCore.wall),
      summarize('core only, warm, CPU time', warmCore.cpu),
      summarize('restoration pass alone, full (every epoch), wall', restoration.wall),
      summarize('restoration pass alone, full, CPU time', restoration.cpu),
      summarize('restoration pass alone, resumed at the run-in boundary, wall', resumedRestoration.wall),
    ];
  } finally {
    configureRunInCache({ enabled: true });
  }
}

export function formatFigure(f: BenchFigure): string {
  return `${f.label}: median ${f.median_ms.toFixed(1)} ms (p10 ${f.p10_ms.toFixed(1)}, p90 ${f.p90_ms.toFixed(1)}, min ${f.min_ms.toFixed(1)}, max ${f.max_ms.toFixed(1)}; ${f.runs} runs)`;
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench.ts');
if (isMain) {
  const epochs = compileProtocol(resolveParameters('baseline')).epochs;
  console.log(`Default protocol: ${epochs} epochs of 30 s. Budget: ≤ 25 ms median per protocol on one core.`);
  console.log(
    `Load average (1 min) at start: ${(loadavg()[0] ?? 0).toFixed(2)} on ${cpus().length} cores; on a busy machine read the CPU-time figures.`,
  );
  for (const f of benchEngine()) console.log(formatFigure(f));
}
