/**
 * Stopping a worker thread that may be running a task: the stop waits for the running task to
 * answer and then terminates the worker. Node 20 can abort the whole process when a worker's
 * isolate is torn down while V8 optimises its code on a background thread ("NodePlatform::ForIsolate
 * … (data.first) != nullptr"); every thread main starts is started without that background
 * compiler (main/threads/spawnThread.ts, which says why and what it costs), which is the cure.
 * Not terminating a worker mid-task stays as a second guard, and because a task cut off mid-way
 * is wasted work the pool has already agreed to finish (a cancelled job is left to finish).
 *
 * It waits only as long as the pool would wait for the task anyway: a task that has run past
 * `limitMs` (the pool's timeout) counts as hung and its worker is terminated at once, as the pool's
 * timeout does. The returned promise settles once the thread has exited, so a pool's close() is
 * over when its threads are.
 */
import type { Worker } from 'node:worker_threads';

/** How long a task may run before a stop no longer waits for it: the pool's default job timeout (jobPool.ts). */
export const STOP_WAIT_LIMIT_MS = 30_000;

export interface StoppableThread {
  /** Call when a task is posted to the worker. */
  posted(): void;
  /** Call with every message from the worker: a task's last message makes it idle. */
  answered(message: unknown): void;
  /** Terminates the worker once its running task has answered (or has run past the limit); settles on exit. */
  stop(): Promise<void>;
}

/**
 * @param isLast whether a message is a task's last (its result or its error), not progress.
 * @param limitMs how long a task may have run before a stop terminates it without waiting.
 */
export function stoppableThread(
  worker: Worker,
  isLast: (message: unknown) => boolean,
  limitMs = STOP_WAIT_LIMIT_MS,
): StoppableThread {
  let running = 0;
  /** When the worker last went from idle to busy. */
  let busySince = 0;
  let exited = false;
  let stopping: Promise<void> | null = null;
  let idle: (() => void) | null = null;
  worker.once('exit', () => {
    exited = true;
    idle?.();
  });
  return {
    posted: () => {
      if (running++ === 0) busySince = Date.now();
    },
    answered: (message) => {
      if (running > 0 && isLast(message) && --running === 0) idle?.();
    },
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        const left = busySince + limitMs - Date.now();
        if (running === 0 || exited || left <= 0) return resolve();
        const timer = setTimeout(resolve, left);
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      }).then(async () => {
        await worker.terminate();
      });
      return stopping;
    },
  };
}
