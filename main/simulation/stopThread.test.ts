// Stopping a worker thread: after its running task has answered, at once when idle, and when a
// hung task reaches the limit; the promise settles when the thread has exited.
import { afterEach, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import faultWorkerPath from './testing/faultWorker?modulePath';
import type { FaultProtocol } from './testing/faultWorker';
import type { WorkerReply, WorkerRequest } from './messages';
import { stoppableThread } from './stopThread';

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

/** The fault worker, online, with what happened to it in order: its tasks' last messages and its exit. */
async function started(limitMs?: number) {
  const worker = new Worker(faultWorkerPath);
  workers.push(worker);
  const log: string[] = [];
  const thread = stoppableThread(worker, (m) => (m as WorkerReply<FaultProtocol>).type !== 'progress', limitMs);
  worker.on('message', (reply: WorkerReply<FaultProtocol>) => {
    thread.answered(reply);
    if (reply.type !== 'progress') log.push(reply.type);
  });
  worker.on('exit', () => log.push('exit'));
  await new Promise((resolve) => worker.once('online', resolve));
  const post = (request: WorkerRequest<FaultProtocol>) => {
    thread.posted();
    worker.postMessage(request);
  };
  return { thread, log, post };
}

describe('stoppableThread', () => {
  it('terminates a busy worker only once its task has answered, and settles on its exit', async () => {
    const { thread, log, post } = await started();
    post({ type: 'run', jobId: 1, kind: 'echo', task: { value: 1, delayMs: 300 } });
    const began = Date.now();
    await thread.stop();
    expect(Date.now() - began).toBeGreaterThanOrEqual(250);
    expect(log).toEqual(['done', 'exit']);
  });

  it('terminates an idle worker at once; a second stop is the same stop', async () => {
    const { thread, log, post } = await started();
    post({ type: 'run', jobId: 1, kind: 'echo', task: { value: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const began = Date.now();
    const stop = thread.stop();
    expect(thread.stop()).toBe(stop);
    await stop;
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(log).toEqual(['done', 'exit']);
  });

  it('terminates a hung worker when its task reaches the limit, without an answer', async () => {
    const { thread, log, post } = await started(300);
    post({ type: 'run', jobId: 1, kind: 'hang', task: {} });
    const began = Date.now();
    await thread.stop();
    const took = Date.now() - began;
    expect(took).toBeGreaterThanOrEqual(280);
    expect(took).toBeLessThan(5_000);
    expect(log).toEqual(['exit']);
  });

  it('does not wait for a task already past the limit (the pool timed it out)', async () => {
    const { thread, log, post } = await started(200);
    post({ type: 'run', jobId: 1, kind: 'echo', task: { value: 1, delayMs: 1_000 } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const began = Date.now();
    await thread.stop();
    expect(Date.now() - began).toBeLessThan(500);
    expect(log).toEqual(['exit']);
  });

  it('settles at once for a worker that already died', async () => {
    const { thread, log, post } = await started();
    post({ type: 'run', jobId: 1, kind: 'exit', task: { code: 2 } });
    while (!log.includes('exit')) await new Promise((resolve) => setTimeout(resolve, 10));
    const began = Date.now();
    await thread.stop();
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
