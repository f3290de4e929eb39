/**
 * One fit at a time, each on a worker of its own started for the fit and terminated when it ends
 * or is cancelled, whatever the worker is: a Node worker thread (runner.ts) or the browser
 * edition's Web Worker (web/). Not the simulation pool: a fit holds its worker for seconds, and a
 * cancelled pool job is left to finish (shared/pool/jobPool.ts), which would keep a slider's
 * simulations waiting behind a fit nobody wants; terminating the fit's own worker stops it at
 * once. A new fit cancels the one running (one at a time, as sweeps are). Imports no Node.
 */
import type { AnyFitResult } from '../../shared/experiment/fitRecord';
import { JobError } from '../../shared/pool/jobPool';
import { FitTaskError, type FitTask } from './task';

export type FitWorkerReply =
  | { readonly type: 'progress'; readonly message: string }
  | { readonly type: 'done'; readonly result: AnyFitResult; readonly elapsed_ms: number }
  | { readonly type: 'error'; readonly code: FitTaskError['code']; readonly message: string };

export interface FitOutcome {
  readonly result: AnyFitResult;
  readonly elapsed_ms: number;
}

/** A fit's worker as the runner drives it; `failed` is called when it crashed or stopped. */
export interface FitWorker {
  post(task: FitTask): void;
  terminate(): void;
}
export interface FitWorkerEvents {
  message(reply: FitWorkerReply): void;
  failed(error: JobError): void;
}
export type SpawnFitWorker = (events: FitWorkerEvents) => FitWorker;

export class FitRunnerCore {
  private active: { readonly worker: FitWorker; readonly stop: (error: Error) => void } | null = null;

  constructor(private readonly spawn: SpawnFitWorker) {}

  get running(): boolean {
    return this.active !== null;
  }

  run(task: FitTask, onProgress: (message: string) => void): Promise<FitOutcome> {
    this.cancel('superseded by a new fit');
    return new Promise<FitOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: { ok: true; value: FitOutcome } | { ok: false; error: Error }) => {
        if (settled) return;
        settled = true;
        if (this.active?.worker === worker) this.active = null;
        worker.terminate();
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
      };
      const worker: FitWorker = this.spawn({
        message: (reply) => {
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
        },
        failed: (error) => finish({ ok: false, error }),
      });
      this.active = { worker, stop: (error) => finish({ ok: false, error }) };
      // Copied, not transferred: a fit's data files are small, and a Buffer read by Node may share its memory.
      worker.post(task);
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
