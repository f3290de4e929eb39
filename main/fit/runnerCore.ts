/**
 * One fit at a time, on a worker of the runner's own (a Node worker thread, runner.ts, or the
 * browser edition's Web Worker, web/), kept between fits. Not the simulation pool: a fit holds its
 * worker for seconds, and a cancelled pool job is left to finish (shared/pool/jobPool.ts), which
 * would keep a slider's simulations waiting behind a fit nobody wants. A new fit cancels the one
 * running (one at a time, as sweeps are).
 *
 * A cancel is cooperative: the runner sets a flag in shared memory that the fit reads before each
 * model evaluation (fitCommon.ts checked), and the worker answers "cancelled" and is free for
 * the next fit, warm. A worker is terminated only between tasks, or when it has not answered a
 * cancel within the pool's timeout (it is hung), or where there is no shared memory (a page that
 * is not cross-origin isolated; a browser's terminate is safe). The caller's promise rejects as
 * cancelled at once either way. Imports no Node.
 */
import type { AnyFitResult } from '../../shared/experiment/fitRecord';
import { DEFAULT_JOB_TIMEOUT_MS, JobError } from '../../shared/pool/jobPool';
import { FitTaskError, type FitTask } from './task';

export type FitWorkerReply =
  | { readonly type: 'progress'; readonly message: string }
  | { readonly type: 'done'; readonly result: AnyFitResult; readonly elapsed_ms: number }
  | { readonly type: 'error'; readonly code: FitTaskError['code']; readonly message: string }
  | { readonly type: 'cancelled' };

/** What a runner posts to its worker: the task, and the flag (Int32 0 or 1) its fit reads to stop. */
export interface FitWorkerRequest {
  readonly task: FitTask;
  readonly cancel: Int32Array | null;
}

/** Whether the runner has set a request's cancel flag: what a worker's fit reads between evaluations. */
export const cancelRequested = (flag: Int32Array): boolean => Atomics.load(flag, 0) === 1;

export interface FitOutcome {
  readonly result: AnyFitResult;
  readonly elapsed_ms: number;
}

/** A fit's worker as the runner drives it; `failed` is called when it crashed or stopped. */
export interface FitWorker {
  post(request: FitWorkerRequest): void;
  terminate(): void;
}
export interface FitWorkerEvents {
  message(reply: FitWorkerReply): void;
  failed(error: JobError): void;
}
export type SpawnFitWorker = (events: FitWorkerEvents) => FitWorker;

/** A worker and what the runner knows of it. */
interface Slot {
  readonly worker: FitWorker;
  /** Null without shared memory: the worker is then terminated to cancel. */
  readonly flag: Int32Array | null;
  /** The running task's handlers; null while the worker is idle. */
  task: FitWorkerEvents | null;
  /** Terminated (or crashed): never posted to again. */
  gone: boolean;
  /** Set while a cancelled task has yet to answer: terminates the worker when it runs out. */
  hung: ReturnType<typeof setTimeout> | null;
}

function sharedFlag(): Int32Array | null {
  // Browsers expose SharedArrayBuffer only to cross-origin isolated pages.
  return typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : null;
}

export class FitRunnerCore {
  private active: { readonly slot: Slot; readonly stop: (error: Error) => void } | null = null;
  /** The worker kept for the next fit, when none is running. */
  private idle: Slot | null = null;
  private closing = false;

  /** @param cancelWaitMs how long a cancelled fit may take to answer before its worker is terminated. */
  constructor(
    private readonly spawn: SpawnFitWorker,
    private readonly cancelWaitMs = DEFAULT_JOB_TIMEOUT_MS,
  ) {}

  get running(): boolean {
    return this.active !== null;
  }

  run(task: FitTask, onProgress: (message: string) => void): Promise<FitOutcome> {
    this.cancel('superseded by a new fit');
    this.closing = false;
    // The kept worker if it is free; a cancelled fit still winding down keeps its own until it answers.
    const slot = this.idle ?? this.start();
    this.idle = null;
    return new Promise<FitOutcome>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: { ok: true; value: FitOutcome } | { ok: false; error: Error }) => {
        if (settled) return;
        settled = true;
        if (this.active?.slot === slot) this.active = null;
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
      };
      slot.task = {
        message: (reply) => {
          if (reply.type === 'progress') return settled ? undefined : onProgress(reply.message);
          // The task's last reply: the worker is free again.
          this.release(slot);
          if (reply.type === 'done')
            settle({ ok: true, value: { result: reply.result, elapsed_ms: reply.elapsed_ms } });
          else if (reply.type === 'cancelled')
            settle({ ok: false, error: new JobError('cancelled', 'the fit was cancelled') });
          else
            settle({
              ok: false,
              error:
                reply.code === 'invalid-file'
                  ? new FitTaskError('invalid-file', reply.message)
                  : new JobError('simulation-failed', `the fit failed: ${reply.message}`),
            });
        },
        failed: (error) => settle({ ok: false, error }),
      };
      this.active = {
        slot,
        stop: (error) => {
          settle({ ok: false, error });
          this.wind(slot);
        },
      };
      if (slot.flag) Atomics.store(slot.flag, 0, 0);
      // Copied, not transferred: a fit's data files are small, and a Buffer read by Node may share its memory.
      slot.worker.post({ task, cancel: slot.flag });
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

  /** Stops any fit and ends the workers once their tasks have answered (quitting). */
  close(): void {
    this.closing = true;
    this.cancel('stopped: the lab is closing');
    if (this.idle) this.end(this.idle);
    this.idle = null;
  }

  private start(): Slot {
    const events: FitWorkerEvents = {
      message: (reply) => slot.task?.message(reply),
      failed: (error) => {
        const task = slot.task;
        slot.gone = true;
        this.release(slot);
        task?.failed(error);
      },
    };
    const slot: Slot = { worker: this.spawn(events), flag: sharedFlag(), task: null, gone: false, hung: null };
    return slot;
  }

  /** Asks a cancelled fit to stop; terminates its worker when it cannot be asked or does not answer in time. */
  private wind(slot: Slot): void {
    if (slot.gone || !slot.task) return;
    if (!slot.flag) return this.end(slot);
    Atomics.store(slot.flag, 0, 1);
    slot.hung = setTimeout(() => this.end(slot), this.cancelWaitMs);
  }

  /** A task has answered (or its worker is gone): keep the worker for the next fit, or end it. */
  private release(slot: Slot): void {
    slot.task = null;
    if (slot.hung) clearTimeout(slot.hung);
    slot.hung = null;
    if (this.active?.slot === slot) this.active = null;
    if (slot.gone) return;
    if (this.closing || (this.idle && this.idle !== slot)) return this.end(slot);
    this.idle = slot;
  }

  private end(slot: Slot): void {
    if (slot.gone) return;
    slot.gone = true;
    slot.task = null;
    if (slot.hung) clearTimeout(slot.hung);
    if (this.idle === slot) this.idle = null;
    slot.worker.terminate();
  }
}
