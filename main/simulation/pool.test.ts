import { afterEach, describe, expect, it } from 'vitest';
import faultWorkerPath from './testing/faultWorker?modulePath';
import { JobError, SimulationPool, defaultPoolSize, taskSignature } from './pool';
import type { FaultProtocol } from './testing/faultWorker';
import { JobPool, type SpawnWorker } from '../../shared/pool/jobPool';

let pool: SimulationPool<FaultProtocol> | null = null;
const open = (size = 1, timeoutMs = 5_000) =>
  (pool = new SimulationPool<FaultProtocol>({ workerPath: faultWorkerPath, size, timeoutMs }));
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const run = <K extends keyof FaultProtocol>(
  p: SimulationPool<FaultProtocol>,
  kind: K,
  task: FaultProtocol[K]['task'],
  key?: string,
) => p.run(kind, task, key ? { key } : {});

describe('SimulationPool', () => {
  it('runs jobs with increasing ids and reports progress', async () => {
    const p = open();
    const progress: number[] = [];
    const first = p.run(
      'echo',
      { value: 7 },
      {
        onProgress: (f) => progress.push(f),
      },
    );
    const second = run(p, 'echo', { value: 8 });
    expect(second.jobId).toBeGreaterThan(first.jobId);
    expect(await first.result).toBe(7);
    expect(await second.result).toBe(8);
    expect(progress).toEqual([0.5]);
  });

  it('moves typed arrays across the thread', async () => {
    const p = open();
    const values = await run(p, 'array', { length: 1000 }).result;
    expect(values).toBeInstanceOf(Float32Array);
    expect(values.length).toBe(1000);
    expect(values[999]).toBe(1.5);
  });

  it('cancels a queued job when a newer job with the same key arrives', async () => {
    const p = open(1);
    const busy = run(p, 'echo', { value: 1, delayMs: 200 });
    const older = run(p, 'echo', { value: 2 }, 'a');
    const newer = run(p, 'echo', { value: 3 }, 'a');
    const other = run(p, 'echo', { value: 4 }, 'b');
    await expect(older.result).rejects.toMatchObject({
      code: 'cancelled',
      message: expect.stringMatching(/superseded by job/),
    });
    expect(await busy.result).toBe(1);
    expect(await newer.result).toBe(3);
    expect(await other.result).toBe(4);
  });

  it('answers a running job "cancelled" at once and drops its late result', async () => {
    const p = open(1);
    const running = run(p, 'echo', { value: 1, delayMs: 300 }, 'a');
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    expect(p.cancelKey('a')).toBe(true);
    await expect(running.result).rejects.toBeInstanceOf(JobError);
    expect(Date.now() - started).toBeLessThan(100);
    // The worker finishes its old job, then takes the next one.
    expect(await run(p, 'echo', { value: 9 }).result).toBe(9);
    expect(p.stats().restarts).toBe(0);
  });

  it('closes when its workers have exited, a busy one after its cancelled job answered', async () => {
    const p = open(1);
    const running = run(p, 'echo', { value: 1, delayMs: 400 });
    const cancelled = expect(running.result).rejects.toMatchObject({ code: 'cancelled' });
    await new Promise((r) => setTimeout(r, 50));
    const began = Date.now();
    await p.close();
    // Not terminated mid-task (stopThread.ts): the close waited for the job's answer.
    expect(Date.now() - began).toBeGreaterThanOrEqual(300);
    await cancelled;
  });

  it('fails only the job of a crashed worker, replaces the worker, and goes on', async () => {
    const p = open(1);
    const crash = run(p, 'crash', {});
    const next = run(p, 'echo', { value: 5 });
    await expect(crash.result).rejects.toMatchObject({
      code: 'worker-crashed',
      message: expect.stringMatching(/crashed: deliberate crash/),
    });
    expect(await next.result).toBe(5);
    expect(p.stats().restarts).toBe(1);
  });

  it('treats a worker that exits as crashed', async () => {
    const p = open(1);
    await expect(run(p, 'exit', { code: 3 }).result).rejects.toMatchObject({
      code: 'worker-crashed',
      message: expect.stringMatching(/exited unexpectedly \(code 3\)/),
    });
    expect(await run(p, 'echo', { value: 6 }).result).toBe(6);
  });

  it('times out a hung worker, replaces it, and other jobs go on', async () => {
    const p = open(2, 400);
    const hung = run(p, 'hang', {});
    const meanwhile = run(p, 'echo', { value: 11 });
    expect(await meanwhile.result).toBe(11);
    await expect(hung.result).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringMatching(/within 0.4 s/),
    });
    expect(await run(p, 'echo', { value: 12 }).result).toBe(12);
    expect(p.stats().restarts).toBe(1);
  });

  it('passes a worker-reported error through as simulation-failed', async () => {
    const p = open(1);
    await expect(run(p, 'throw', { message: 'bedtime runs into the next lights-off' }).result).rejects.toMatchObject({
      code: 'simulation-failed',
      message: 'bedtime runs into the next lights-off',
    });
  });

  it('hands a prefetched job to the first run of an equal task, once, without running it again', async () => {
    const p = open(1);
    // Echo's delay keeps the prefetched job running when the equal task is asked for.
    p.prefetch('echo', [{ value: 21, delayMs: 150 }]);
    expect(p.stats()).toMatchObject({ busy: 1, queued: 0 });
    const taken = p.run('echo', { delayMs: 150, value: 21 }, { key: 'a' });
    // Not queued to run again behind the prefetched run, as a different task is.
    expect(p.stats().queued).toBe(0);
    const different = run(p, 'echo', { value: 22 });
    expect(p.stats().queued).toBe(1);
    expect(await taken.result).toBe(21);
    expect(await different.result).toBe(22);
    expect(p.stats()).toMatchObject({ prefetched: 1, prefetchesTaken: 1 });
    // Taken once: the same task asked for again runs again.
    expect(await run(p, 'echo', { value: 21, delayMs: 150 }).result).toBe(21);
    expect(p.stats().prefetchesTaken).toBe(1);
  });

  it('answers a prefetched task from a saved answer at once, before or after the take-over, while its worker runs on', async () => {
    const p = open(1);
    const [own, ownLate] = p.prefetch('echo', [
      { value: 1, delayMs: 300 },
      { value: 2, delayMs: 300 },
    ]);
    expect(p.answer('echo', { delayMs: 300, value: 1 }, 10)).toBe(true);
    // Answered once: a second offer finds nothing to answer.
    expect(p.answer('echo', { value: 1, delayMs: 300 }, 11)).toBe(false);
    expect(p.answer('echo', { value: 3 }, 30)).toBe(false);
    const started = performance.now();
    expect(await p.run('echo', { value: 1, delayMs: 300 }).result).toBe(10);
    // Taken over first, answered after: the taker gets the answer too, not the worker's run.
    const late = p.run('echo', { value: 2, delayMs: 300 });
    expect(p.answer('echo', { value: 2, delayMs: 300 }, 20)).toBe(true);
    expect(await late.result).toBe(20);
    expect(performance.now() - started).toBeLessThan(300);
    // The workers' own results still come, for the caller to check the saved answers against.
    expect(await own).toBe(1);
    expect(await ownLate).toBe(2);
    expect(p.stats()).toMatchObject({ prefetched: 2, prefetchesTaken: 2, prefetchesAnswered: 2 });
    // Once its worker has answered, a prefetch takes no saved answer.
    const [done] = p.prefetch('echo', [{ value: 4 }]);
    await done;
    expect(p.answer('echo', { value: 4 }, 40)).toBe(false);
  });

  it('starts one worker, and the others when a job finds it busy or the prefetched jobs are done', async () => {
    // Workers that answer each job 20 ms later (so a second job finds the first one busy), counted as they start.
    let started = 0;
    const echoAfter20ms: SpawnWorker<FaultProtocol> = (events) => {
      started++;
      return {
        post: (request) =>
          setTimeout(
            () =>
              events.message({ type: 'done', jobId: request.jobId, result: (request.task as { value: number }).value }),
            20,
          ),
        terminate: () => undefined,
      };
    };
    const fake = new JobPool<FaultProtocol>(echoAfter20ms, { size: 3 });
    const [prefetched] = fake.prefetch('echo', [{ value: 1 }]);
    expect(started).toBe(1);
    expect(fake.stats().size).toBe(3);
    await prefetched;
    await Promise.resolve();
    expect(started).toBe(3);
    await fake.close();

    started = 0;
    const onDemand = new JobPool<FaultProtocol>(echoAfter20ms, { size: 2 });
    const first = onDemand.run('echo', { value: 1 });
    expect(started).toBe(1);
    const second = onDemand.run('echo', { value: 2 });
    expect(started).toBe(2);
    expect(onDemand.stats()).toMatchObject({ busy: 2, queued: 0 });
    expect(await Promise.all([first.result, second.result])).toEqual([1, 2]);
    await onDemand.close();
  });

  it("forwards a prefetched job's progress and failure to the job that took it over", async () => {
    const p = open(1);
    // The one worker is busy, so the prefetched jobs wait in the queue and report after the take-over.
    const busy = run(p, 'echo', { value: 0, delayMs: 100 });
    p.prefetch('echo', [{ value: 5 }]);
    p.prefetch('throw', [{ message: 'refused' }]);
    const progress: number[] = [];
    const taken = p.run('echo', { value: 5 }, { onProgress: (f) => progress.push(f) });
    const refused = run(p, 'throw', { message: 'refused' });
    expect(await busy.result).toBe(0);
    expect(await taken.result).toBe(5);
    expect(progress).toEqual([0.5]);
    await expect(refused.result).rejects.toMatchObject({ code: 'simulation-failed', message: 'refused' });
    expect(p.stats()).toMatchObject({ prefetched: 2, prefetchesTaken: 2 });
  });

  it('cancels a job that took over a prefetch at once, and the pool goes on', async () => {
    const p = open(1);
    p.prefetch('echo', [{ value: 1, delayMs: 200 }]);
    const taken = run(p, 'echo', { value: 1, delayMs: 200 }, 'a');
    const newer = run(p, 'echo', { value: 2 }, 'a');
    await expect(taken.result).rejects.toMatchObject({ code: 'cancelled' });
    expect(await newer.result).toBe(2);
  });

  it('runs prefetched jobs one after another on the first worker, leaving the others free', async () => {
    const p = open(2);
    p.prefetch('echo', [
      { value: 1, delayMs: 150 },
      { value: 2, delayMs: 150 },
    ]);
    // The second waits for the first worker, not for the idle second one...
    expect(p.stats()).toMatchObject({ busy: 1, queued: 1 });
    // ...which takes any other job at once.
    expect(await run(p, 'echo', { value: 3 }).result).toBe(3);
    expect(p.stats()).toMatchObject({ busy: 1, queued: 1 });
    const second = run(p, 'echo', { value: 2, delayMs: 150 });
    const first = run(p, 'echo', { value: 1, delayMs: 150 });
    expect(await second.result).toBe(2);
    expect(await first.result).toBe(1);
    expect(p.stats()).toMatchObject({ prefetched: 2, prefetchesTaken: 2 });
  });

  it('tells tasks apart by value, whatever the order of their fields, and 0 from -0', () => {
    expect(taskSignature('night', { a: 1, b: { c: 2, d: [1, 2] } })).toBe(
      taskSignature('night', { b: { d: [1, 2], c: 2 }, a: 1 }),
    );
    expect(taskSignature('night', { a: 1 })).not.toBe(taskSignature('night', { a: 2 }));
    expect(taskSignature('night', { a: 0 })).not.toBe(taskSignature('night', { a: -0 }));
    expect(taskSignature('night', { a: [1, 2] })).not.toBe(taskSignature('night', { a: [2, 1] }));
    expect(taskSignature('night', { a: 1 })).not.toBe(taskSignature('sweep-batch', { a: 1 }));
  });

  it('sizes itself from the CPU count, at least 1', () => {
    expect(defaultPoolSize(0)).toBe(1);
    expect(defaultPoolSize(2)).toBe(2);
    expect(defaultPoolSize(64)).toBe(8);
  });
});
