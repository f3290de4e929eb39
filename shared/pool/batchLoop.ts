/**
 * Many runs fanned out over a pool in batches, as a sweep (main/sweep/runSweep.ts) and the lab's
 * cohort (main/cohort/labRun.ts) both do: never more batches in flight than workers, so the pool's
 * queue, shared with the lab's own nights, holds at most one batch per worker and a cancel has
 * nothing queued to drop; an abort or a failure cancels what is running and rejects once; an
 * answer that arrives after that is thrown away. What a batch holds, how its outcome is kept and
 * when the run is complete are the caller's (`BatchLoopSpec`).
 */
import type { JobHandle, RunOptions } from './poolTypes';

/** The part of a pool a batched run needs: one kind of job, and the workers' count (tests pass a stand-in). */
export interface BatchPool<Kind extends string, Task, Outcome> {
  run(kind: Kind, task: Task, options?: RunOptions): JobHandle<Outcome>;
  stats(): { readonly size: number };
}

/** Items [start, end) of a run, sent to the pool as one job. */
export interface Batch {
  readonly start: number;
  readonly end: number;
}

export interface BatchLoopSpec<O> {
  /** How many items the run has. */
  readonly total: number;
  /** How many batches may be in flight at once (the pool's workers). */
  readonly workers: number;
  readonly signal?: AbortSignal | undefined;
  /** The next batch's size, with `remaining` items not yet sent (≥ 1). */
  nextSize(remaining: number): number;
  /** Sends a batch to the pool; a throw stops the run with that error (`failed` makes it one's own). */
  send(batch: Batch): JobHandle<O>;
  /** Keeps a batch's outcome; it launches more batches and finishes the run when it is due. */
  received(outcome: O, batch: Batch): void;
  /** The error a batch's failure (its send throwing, or its job rejecting) stops the run with. */
  failed(error: unknown, batch: Batch): Error;
  /** The error an abort stops the run with, made when it aborts (so it can say how far it got). */
  cancelled(): Error;
  /** Told once the abort listener is in place, before the first batch goes out (the 0-done progress). */
  started?(): void;
}

/** A run's loop: `start()` once; `spec.received` calls `launch`, `resolve` or `stop` on it. */
export class BatchLoop<O, R> {
  private readonly inFlight = new Set<JobHandle<O>>();
  private next = 0;
  private done = false;
  private settle: { resolve(result: R): void; reject(error: Error): void } | null = null;
  private readonly onAbort = () => this.stop(this.spec.cancelled());

  constructor(private readonly spec: BatchLoopSpec<O>) {}

  /** True once the run resolved or stopped: whatever arrives later is dropped. */
  get finished(): boolean {
    return this.done;
  }

  start(): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.settle = { resolve, reject };
      const { signal } = this.spec;
      if (signal?.aborted) return this.onAbort();
      signal?.addEventListener('abort', this.onAbort, { once: true });
      this.spec.started?.();
      this.launch();
    });
  }

  /** Sends batches until every worker has one or every item is sent. */
  launch(): void {
    const { spec } = this;
    while (!this.done && this.inFlight.size < spec.workers && this.next < spec.total) {
      const start = this.next;
      const end = start + spec.nextSize(spec.total - start);
      this.next = end;
      const batch: Batch = { start, end };
      let handle: JobHandle<O>;
      try {
        handle = spec.send(batch);
      } catch (error) {
        return this.stop(spec.failed(error, batch));
      }
      this.inFlight.add(handle);
      handle.result.then(
        (outcome) => {
          if (this.done) return;
          this.inFlight.delete(handle);
          spec.received(outcome, batch);
        },
        (error: unknown) => this.stop(spec.failed(error, batch)),
      );
    }
  }

  /** Finishes the run with its result. */
  resolve(result: R): void {
    if (this.done) return;
    this.done = true;
    this.spec.signal?.removeEventListener('abort', this.onAbort);
    this.settle?.resolve(result);
  }

  /** Ends the run with an error: running batches are cancelled (the pool answers them at once). */
  stop(error: Error): void {
    if (this.done) return;
    this.done = true;
    this.spec.signal?.removeEventListener('abort', this.onAbort);
    for (const handle of this.inFlight) handle.cancel();
    this.inFlight.clear();
    this.settle?.reject(error);
  }
}

/** Seconds left at the pace so far: null until something is done. */
export function etaSeconds(startedMs: number, done: number, total: number): number | null {
  if (done === 0) return null;
  const elapsed_s = (performance.now() - startedMs) / 1000;
  return (elapsed_s * (total - done)) / done;
}
