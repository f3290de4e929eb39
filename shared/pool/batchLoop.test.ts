import { describe, expect, it } from 'vitest';
import { BatchLoop, etaSeconds, type Batch, type BatchLoopSpec } from './batchLoop';
import type { JobHandle } from './poolTypes';

/** A job the test answers by hand. */
interface Job {
  readonly batch: Batch;
  cancelled: boolean;
  answer(outcome: number[]): void;
  fail(error: Error): void;
}

/** A loop over `total` items in batches of `size`, each outcome the batch's items; completes when all arrived. */
function harness(total: number, workers: number, size: number, extra: Partial<BatchLoopSpec<number[]>> = {}) {
  const jobs: Job[] = [];
  const got: number[] = [];
  let maxInFlight = 0;
  const running = () => jobs.filter((j) => !j.cancelled && !settled.has(j)).length;
  const settled = new Set<Job>();
  const loop: BatchLoop<number[], number[]> = new BatchLoop<number[], number[]>({
    total,
    workers,
    nextSize: (remaining) => Math.min(size, remaining),
    send: (batch): JobHandle<number[]> => {
      let job!: Job;
      const result = new Promise<number[]>((resolve, reject) => {
        job = {
          batch,
          cancelled: false,
          answer: (o) => (settled.add(job), resolve(o)),
          fail: (e) => (settled.add(job), reject(e)),
        };
      });
      jobs.push(job);
      maxInFlight = Math.max(maxInFlight, running());
      return { jobId: jobs.length, result, cancel: () => (job.cancelled = true) };
    },
    received: (outcome) => {
      got.push(...outcome);
      if (got.length < total) return loop.launch();
      loop.resolve([...got].sort((a, b) => a - b));
    },
    failed: (error, batch) => new Error(`items ${batch.start}–${batch.end}: ${(error as Error).message}`),
    cancelled: () => new Error(`cancelled after ${got.length} of ${total}`),
    ...extra,
  });
  const items = (b: Batch) => Array.from({ length: b.end - b.start }, (_, i) => b.start + i);
  return { loop, jobs, items, maxInFlight: () => maxInFlight };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('a batch loop', () => {
  it('keeps no more batches in flight than workers, covers every item once and resolves with the result', async () => {
    const h = harness(10, 2, 3);
    const run = h.loop.start();
    for (let answered = 0; answered < h.jobs.length; answered++) {
      h.jobs[answered]!.answer(h.items(h.jobs[answered]!.batch));
      await tick();
    }
    await expect(run).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(h.jobs.map((j) => [j.batch.start, j.batch.end])).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(h.maxInFlight()).toBe(2);
    expect(h.loop.finished).toBe(true);
  });

  it('on abort cancels the running batches, rejects with the error made then, and drops a late answer', async () => {
    const controller = new AbortController();
    let received = 0;
    const h = harness(10, 2, 3, { signal: controller.signal, received: () => received++ });
    const run = h.loop.start();
    h.jobs[0]!.answer([0, 1, 2]);
    await tick();
    controller.abort();
    await expect(run).rejects.toThrow('cancelled after 0 of 10');
    expect(h.jobs.filter((j) => j.cancelled).map((j) => j.batch.start)).toEqual([3]);
    h.jobs[1]!.answer([3, 4, 5]);
    await tick();
    expect(received).toBe(1);
  });

  it('rejects at once, sending nothing, when the signal has already aborted; tells `started` only otherwise', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = 0;
    const h = harness(4, 2, 2, { signal: controller.signal, started: () => started++ });
    await expect(h.loop.start()).rejects.toThrow('cancelled after 0 of 4');
    expect(h.jobs).toHaveLength(0);
    expect(started).toBe(0);
    const fresh = harness(4, 2, 2, { started: () => started++ });
    void fresh.loop.start();
    expect(started).toBe(1);
  });

  it('stops with the caller’s error for a failed batch, cancelling the others', async () => {
    const h = harness(9, 3, 3);
    const run = h.loop.start();
    h.jobs[1]!.fail(new Error('worker crashed'));
    await expect(run).rejects.toThrow('items 3–6: worker crashed');
    expect([h.jobs[0]!.cancelled, h.jobs[2]!.cancelled]).toEqual([true, true]);
  });

  it('stops with the caller’s error when sending throws', async () => {
    const h = harness(4, 2, 2, {
      send: () => {
        throw new Error('the pool is closed');
      },
    });
    await expect(h.loop.start()).rejects.toThrow('items 0–2: the pool is closed');
  });
});

describe('etaSeconds', () => {
  it('is null before anything is done and scales the time so far by what is left', () => {
    expect(etaSeconds(performance.now(), 0, 10)).toBeNull();
    const eta = etaSeconds(performance.now() - 2000, 4, 10)!;
    expect(eta).toBeGreaterThanOrEqual(3);
    expect(eta).toBeLessThan(3.1);
    expect(etaSeconds(performance.now() - 2000, 10, 10)).toBe(0);
  });
});
