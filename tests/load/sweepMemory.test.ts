/**
 * Load: a 10,000-run sweep (the largest a sweep may be) through the real pool, workers and engine,
 * without memory growing by more than 10 % between the first ~1,000 runs and the end.
 *
 * Heap in use is read after a full garbage collection, so what is measured is what is still
 * reachable (a leak), not garbage waiting to be collected: in this process at every 1,000 runs
 * done, and in each worker after every batch (tests/load/memoryWorker.ts, the app's worker with a
 * heap reading added). The sweep's own result (10,000 rows of metrics) legitimately grows with the
 * runs done and counts against the 10 %: it is small (about 1 MB) next to the heap of a process
 * that has the model and the test runner loaded.
 *
 * About 100–150 s on 2 idle cores (far longer on a loaded machine: it prints its progress); the
 * one such test (npm test runs it, and so CI). NOCTURNE_LOAD_RUNS=1000 (a multiple of 100) runs a
 * smaller sweep for a quick local check of the test itself; CI runs the full 10,000.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadavg } from 'node:os';
import memoryWorkerPath from './memoryWorker?modulePath';
import { SimulationPool } from '../../main/simulation/pool';
import type { SweepBatchOutcome, SweepBatchTask } from '../../main/simulation/task';
import { runSweep, type SweepPool } from '../../main/sweep/runSweep';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  return getHeapStatistics().used_heap_size;
};

const RUNS = Number(process.env.NOCTURNE_LOAD_RUNS ?? 10_000);
if (!Number.isInteger(RUNS / 100) || RUNS < 1000 || RUNS > 10_000) {
  throw new Error(`NOCTURNE_LOAD_RUNS must be a multiple of 100 from 1000 to 10000, got ${RUNS}`);
}
/** The baseline: the level after the first tenth of the runs (~1,000 of 10,000). */
const BASELINE_AT = RUNS / 10;
const MAX_GROWTH = 0.1;

interface WorkerHeap {
  threadId: number;
  heapUsed: number;
}

/** The simulation worker's sweep batches, with the heap reading memoryWorker.ts adds to some results. */
type MemoryProtocol = {
  readonly 'sweep-batch': {
    readonly task: SweepBatchTask;
    readonly result: SweepBatchOutcome & { readonly workerHeap?: WorkerHeap };
  };
};

const pool = new SimulationPool<MemoryProtocol>({ workerPath: memoryWorkerPath, size: 2, timeoutMs: 120_000 });
afterAll(() => pool.close());

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** Growth from the first sample at or after `BASELINE_AT` runs to the last one. */
function growth(samples: readonly { done: number; bytes: number }[]) {
  const base = samples.find((s) => s.done >= BASELINE_AT)!;
  const last = samples.at(-1)!;
  return { base, last, ratio: last.bytes / base.bytes - 1 };
}

describe(`load: a ${RUNS}-run sweep`, () => {
  it('runs to the end with main and worker heaps within 10 % of their level after ~1,000 runs', async () => {
    let done = 0;
    const main: { done: number; bytes: number }[] = [];
    const workers = new Map<number, { done: number; bytes: number }[]>();
    // The pool as the sweep sees it, reading the heap the memory worker adds to each batch.
    const measured: SweepPool = {
      stats: () => pool.stats(),
      run(kind, task, options) {
        const handle = pool.run(kind, task, options);
        void handle.result.then(
          (outcome) => {
            const heap = outcome.workerHeap;
            if (!heap) return;
            const list = workers.get(heap.threadId) ?? [];
            list.push({ done, bytes: heap.heapUsed });
            workers.set(heap.threadId, list);
          },
          () => undefined,
        );
        return handle;
      },
    };
    let nextSample = BASELINE_AT;
    const started = performance.now();
    // In a function, so the sweep's result is unreachable once it returns and can be collected.
    const sweep = async () => {
      const result = await runSweep(
        measured,
        {
          scenario: 'baseline',
          params: {},
          seed: 20260707,
          definition: {
            param: 'nightLight_lux',
            from: 0,
            to: 99,
            steps: 100,
            second: { param: 'circadianPeriod_h', from: 23.5, to: 23.5 + (RUNS / 100 - 1) * 0.01, steps: RUNS / 100 },
          },
        },
        {
          onProgress: (n) => {
            done = n;
            while (n >= nextSample) {
              main.push({ done: n, bytes: heapUsed() });
              nextSample += BASELINE_AT;
              const s = ((performance.now() - started) / 1000).toFixed(0);
              console.log(`load: ${n} of ${RUNS} runs, ${s} s, main heap ${mb(main.at(-1)!.bytes)}`);
            }
          },
        },
      );
      // The sweep really ran every point (refusals would make it cheap and prove nothing).
      expect(result.values).toHaveLength(RUNS);
      expect(result.refused).toEqual([]);
      expect(result.values.every((row) => row.some((v) => v !== null))).toBe(true);
    };
    await sweep();
    const seconds = (performance.now() - started) / 1000;
    // After 10,000 runs, with the sweep's result released: what is left over is what the pool, the
    // sweep machinery and the IPC-free plumbing kept. (During the sweep the heap also holds the
    // result's rows, ~200 bytes a run: legitimate growth that is printed but not judged.)
    const after = { done: RUNS, bytes: heapUsed() };

    const during = growth(main);
    const mainGrowth = growth([...main, after]);
    const lines = [
      `${RUNS} runs in ${seconds.toFixed(1)} s (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
      `main heap after gc: ${mb(mainGrowth.base.bytes)} at ${mainGrowth.base.done} runs → ` +
        `${mb(after.bytes)} after all ${RUNS}, result released (${(mainGrowth.ratio * 100).toFixed(1)} %); ` +
        `${mb(during.last.bytes)} at ${during.last.done} with the result's rows held (${(during.ratio * 100).toFixed(1)} %)`,
    ];
    expect(workers.size).toBeGreaterThan(0);
    const workerGrowth = [...workers].map(([id, samples]) => ({ id, ...growth(samples), count: samples.length }));
    for (const w of workerGrowth) {
      lines.push(
        `worker ${w.id} heap after gc: ${mb(w.base.bytes)} at ${w.base.done} runs → ${mb(w.last.bytes)} at ` +
          `${w.last.done} (${(w.ratio * 100).toFixed(1)} %, ${w.count} batches)`,
      );
    }
    console.log(lines.join('\n'));

    expect(main.length).toBeGreaterThanOrEqual(RUNS / BASELINE_AT);
    expect(during.last.done).toBe(RUNS);
    expect(mainGrowth.ratio, lines[1]).toBeLessThanOrEqual(MAX_GROWTH);
    for (const w of workerGrowth) {
      // Each worker did a real share of the sweep after its baseline, so its last reading means something.
      expect(w.last.done - w.base.done, `worker ${w.id}`).toBeGreaterThan(RUNS / 4);
      expect(w.ratio, `worker ${w.id}`).toBeLessThanOrEqual(MAX_GROWTH);
    }
  }, 2_700_000);
});
