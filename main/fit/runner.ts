/**
 * The desktop's fits on a worker thread: the runner's rules (one fit at a time, a worker kept
 * between fits, a cancel the fit answers) are runnerCore.ts, which the browser edition runs on Web
 * Workers; this file starts the worker thread (worker.ts) for it.
 */
import { spawnThread } from '../threads/spawnThread';
import { JobError } from '../../shared/pool/jobPool';
import { FitRunnerCore, type FitWorkerReply, type SpawnFitWorker } from './runnerCore';

export { type FitOutcome, type FitWorkerReply } from './runnerCore';

/** Starts a fit's worker thread (worker.ts built at workerPath) as the runner drives it. */
export function spawnFitThread(workerPath: string): SpawnFitWorker {
  return (events) => {
    const worker = spawnThread(workerPath);
    // A worker kept for the next fit does not hold the process open; a running fit does.
    worker.unref();
    worker.on('message', (reply: FitWorkerReply) => {
      if (reply.type !== 'progress') worker.unref();
      events.message(reply);
    });
    worker.on('error', (error) =>
      events.failed(new JobError('worker-crashed', `the fit's worker crashed: ${error.message}`)),
    );
    worker.on('exit', (code) =>
      events.failed(new JobError('worker-crashed', `the fit's worker stopped (exit code ${code})`)),
    );
    return {
      post: (request) => {
        worker.ref();
        worker.postMessage(request);
      },
      terminate: () => void worker.terminate(),
    };
  };
}

export class FitRunner extends FitRunnerCore {
  /**
   * @param workerPath the built fit worker (out/main/fitWorker.js).
   * @param cancelWaitMs how long a cancelled fit may take to answer before its thread is terminated.
   */
  constructor(workerPath: string, cancelWaitMs?: number) {
    super(spawnFitThread(workerPath), cancelWaitMs);
  }
}
