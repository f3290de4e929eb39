/**
 * Stopping a worker thread that may be running a task. Node 20 aborts the whole process
 * ("NodePlatform::ForIsolate … Assertion (data.first) != nullptr") when a worker is terminated
 * while V8 is optimising its hot code on a background thread: the compile job asks the platform
 * for the isolate's task runner after the isolate was unregistered. A worker terminated between
 * tasks does not hit it: two simulation workers given nights and terminated 50–650 ms later,
 * fifteen times a process, aborted 7 processes of 10 (1 of 8 when each round awaited the exits);
 * terminated once their nights had answered, with the exits awaited, none of 16.
 *
 * So a stop waits for the task the worker runs to answer, up to a grace, and then terminates it;
 * a worker that hangs past the grace is terminated anyway (nothing else stops it). The returned
 * promise settles once the thread has exited, so a pool's close() is over when its threads are.
 */
import type { Worker } from 'node:worker_threads';

/**
 * How long a stop waits for a running task: longer than a pool batch or a single night takes
 * (tens to hundreds of ms), short enough that a closing pool is not held up by much.
 */
export const STOP_GRACE_MS = 2_000;

export interface StoppableThread {
  /** Call when a task is posted to the worker. */
  posted(): void;
  /** Call with every message from the worker: a task's last message makes it idle. */
  answered(message: unknown): void;
  /** Terminates the worker once its running task has answered (or the grace has passed); settles on exit. */
  stop(): Promise<void>;
}

/**
 * @param isLast whether a message is a task's last (its result or its error), not progress.
 */
export function stoppableThread(
  worker: Worker,
  isLast: (message: unknown) => boolean,
  graceMs = STOP_GRACE_MS,
): StoppableThread {
  let running = 0;
  let exited = false;
  let stopping: Promise<void> | null = null;
  let idle: (() => void) | null = null;
  worker.once('exit', () => {
    exited = true;
    idle?.();
  });
  return {
    posted: () => void running++,
    answered: (message) => {
      if (running > 0 && isLast(message) && --running === 0) idle?.();
    },
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        if (running === 0 || exited) return resolve();
        const timer = setTimeout(resolve, graceMs);
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
