/**
 * Runs one fit at a time on a worker thread of its own (worker.ts), started for the fit and
 * terminated when it ends or is cancelled. Not the simulation pool: a fit holds its thread for
 * seconds, and a cancelled pool job is left to finish (pool.ts), which would keep a slider's
 * simulations waiting behind a fit nobody wants; terminating the fit's own thread stops it at once.
 * A new fit cancels the one running (one at a time, as sweeps are).
 */
import { Worker } from 'node:worker_threads';
import type { AnyFitResult } from '../../shared/experiment/fitRecord';
import { JobError } from '../simulation/pool';
import { FitTaskError, type FitTask } from './task';

export type FitWorkerReply =
  | { readonly type: 'progress'; readonly message: string }
  | { readonly type: 'done'; readonly result: AnyFitResult; readonly elapsed_ms: number }
  | { readonly type: 'error'; readonly code: FitTaskError['code']; readonly message: string };

export interface FitOutcome {
  readonly result: AnyFitResult;
  readonly elapsed_ms: number;
}

export class FitRunner {
  private active: { readonly worker: Worker; readonly stop: (error: Error) => void } | null = null;

  /** @param workerPath the built fit worker (out/main/fitWorker.js). */
  constructor(private readonly workerPath: string) {}

  get running(): boolean {
    return this.active !== null;
  }

  run(task: FitTask, onProgress: (message: string) => void): Promise<FitOutcome> {
    this.cancel('superseded by a new fit');
    const worker = new Worker(this.workerPath);
    return new Promise<FitOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: { ok: true; value: FitOutcome } | { ok: false; error: Error }) => {
        if (settled) return;
        settled = true;
        if (this.active?.worker === worker) this.active = null;
        void worker.terminate();
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
      };
      this.active = { worker, stop: (error) => finish({ ok: false, error }) };
      worker.on('message', (reply: FitWorkerReply) => {
        if (settled) return;
        if (reply.type === 'progress') onProgress(reply.message);
        else if (reply.type === 'done')
          finish({ ok: true, value: { result: reply.result, elapsed_ms: reply.elapsed_ms } });
        else
          finish({
            ok: false,
            error:
              reply.code === 'invalid-file'
                ? new FitTaskError('invalid-file', reply.message)
                : new JobError('simulation-failed', `the fit failed: ${reply.message}`),
          });
      });
      worker.on('error', (error) =>
        finish({ ok: false, error: new JobError('worker-crashed', `the fit's worker crashed: ${error.message}`) }),
      );
      worker.on('exit', (code) =>
        finish({ ok: false, error: new JobError('worker-crashed', `the fit's worker stopped (exit code ${code})`) }),
      );
      // Copied, not transferred: a fit's data files are small, and a Buffer read by Node may share its memory.
      worker.postMessage(task);
    });
  }

  /** Stops the running fit, if any (its promise rejects as cancelled); true when one was running. */
  cancel(reason = 'cancelled by request'): boolean {
    const active = this.active;
    if (!active) return false;
    this.active = null;
    active.stop(new JobError('cancelled', `the fit was ${reason}`));
    return true;
  }

  /** Stops any fit (quitting). */
  close(): void {
    this.cancel('stopped: the lab is closing');
  }
}
