/**
 * The simulation pool on Node worker threads: the pool's rules (keys, cancel, timeout, replacing a
 * dead worker) are shared/pool/jobPool.ts, which the browser edition runs on Web Workers; this
 * file starts a worker thread for it and tells it when one crashed or exited.
 *
 * Generic over its worker's protocol (messages.ts): the app's pool speaks SimulationProtocol
 * (worker.ts); the tests' fault worker speaks its own. Plain Node: no Electron here, so tests and
 * the CLI use it as it is.
 */
import { spawnThread } from '../threads/spawnThread';
import { JobError, JobPool, type PoolWorker, type PoolWorkerEvents } from '../../shared/pool/jobPool';
import type { Protocol, SimulationProtocol, WorkerReply } from './messages';
import { STOP_WAIT_LIMIT_MS, stoppableThread } from './stopThread';

export {
  JobError,
  defaultPoolSize,
  taskSignature,
  type JobHandle,
  type PoolStats,
  type RunOptions,
} from '../../shared/pool/jobPool';

export interface PoolOptions {
  /** Path of the built worker entry (.js/.mjs). */
  readonly workerPath: string;
  /** Number of workers; at least 1. */
  readonly size: number;
  /** A job running longer than this is treated as hung (ms). */
  readonly timeoutMs?: number;
}

function threadWorker<M extends Protocol>(options: PoolOptions, events: PoolWorkerEvents<M>): PoolWorker<M> {
  const worker = spawnThread(options.workerPath);
  // A cancelled job is left to finish (jobPool.ts), so a closing pool may find its workers busy:
  // each is terminated once its task has answered, unless the task is hung (stopThread.ts says why).
  const thread = stoppableThread(
    worker,
    (reply) => (reply as WorkerReply<M>).type !== 'progress',
    options.timeoutMs ?? STOP_WAIT_LIMIT_MS,
  );
  worker.on('message', (reply: WorkerReply<M>) => {
    thread.answered(reply);
    events.message(reply);
  });
  worker.on('error', (error) =>
    events.failed(new JobError('worker-crashed', `the simulation worker crashed: ${error.message}`)),
  );
  worker.on('exit', (code) =>
    events.failed(new JobError('worker-crashed', `the simulation worker exited unexpectedly (code ${code})`)),
  );
  return {
    post: (request) => {
      thread.posted();
      worker.postMessage(request);
    },
    // The pool's close() awaits this promise, so it ends when the threads have exited.
    terminate: () => thread.stop(),
    // An idle worker must not keep the process (CLI, tests) alive.
    hold: (busy) => (busy ? worker.ref() : worker.unref()),
  };
}

export class SimulationPool<M extends Protocol = SimulationProtocol> extends JobPool<M> {
  constructor(options: PoolOptions) {
    super((events) => threadWorker<M>(options, events), options);
  }
}
