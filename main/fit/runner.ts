/**
 * The desktop's fits on worker threads: the runner's rules (one fit at a time, a worker of its
 * own, terminated to cancel) are runnerCore.ts, which the browser edition runs on Web Workers;
 * this file starts the worker thread (worker.ts) for it.
 */
import { Worker } from 'node:worker_threads';
import { JobError } from '../../shared/pool/jobPool';
import { FitRunnerCore, type FitWorkerReply } from './runnerCore';

export { type FitOutcome, type FitWorkerReply } from './runnerCore';

export class FitRunner extends FitRunnerCore {
  /** @param workerPath the built fit worker (out/main/fitWorker.js). */
  constructor(workerPath: string) {
    super((events) => {
      const worker = new Worker(workerPath);
      worker.on('message', (reply: FitWorkerReply) => events.message(reply));
      worker.on('error', (error) =>
        events.failed(new JobError('worker-crashed', `the fit's worker crashed: ${error.message}`)),
      );
      worker.on('exit', (code) =>
        events.failed(new JobError('worker-crashed', `the fit's worker stopped (exit code ${code})`)),
      );
      return { post: (task) => worker.postMessage(task), terminate: () => void worker.terminate() };
    });
  }
}
