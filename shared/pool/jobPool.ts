/**
 * The rules of a pool of workers, whatever the workers are (Node worker threads in main, Web
 * Workers in the browser edition); each edition gives it a way to start one (`SpawnWorker`).
 *
 * - Jobs have ids and an optional key (the night): a newer job with the same key cancels the
 *   older one. A queued job is dropped at once; a running one is answered "cancelled" at once and
 *   its late result thrown away. Terminating a busy worker would cost a respawn (≈ 50 ms) on
 *   every slider move, so the worker is left to finish its 20-ms run.
 * - A worker that crashes, exits, or runs past the timeout is terminated and replaced; only its
 *   own job fails, with a message that says what happened. Other jobs go on.
 *
 * - Jobs can be started before anyone asks for them (`prefetch`): the app starts the default
 *   experiment's nights with the pool, so the slow first run (a fresh worker's engine is not
 *   compiled yet: ≈ 0.7 s against ≈ 30 ms later) overlaps the window and page loading, and the
 *   page's first requests, when they ask for exactly those tasks, take the running jobs over
 *   instead of queueing behind them.
 *
 * - Generic over its worker's protocol (workerProtocol.ts): `run(kind, task)` takes that kind's
 *   task and promises that kind's result.
 */
import type { Protocol, TaskKind, WorkerReply, WorkerRequest } from './workerProtocol';
import {
  JobError,
  taskSignature,
  type JobHandle,
  type JobPoolOptions,
  type PoolStats,
  type PoolWorker,
  type RunOptions,
  type SpawnWorker,
} from './poolTypes';

export {
  JobError,
  defaultPoolSize,
  taskSignature,
  type JobHandle,
  type JobPoolOptions,
  type PoolStats,
  type PoolWorker,
  type PoolWorkerEvents,
  type RunOptions,
  type SpawnWorker,
} from './poolTypes';

/** How long a job may run before its worker is counted as hung, unless the pool or the job says otherwise. */
export const DEFAULT_JOB_TIMEOUT_MS = 30_000;

interface Job<M extends Protocol> {
  readonly id: number;
  readonly request: WorkerRequest<M>;
  readonly key: string | undefined;
  readonly timeoutMs: number;
  /** The slot (index) that must run it, or undefined for any: prefetched jobs share one worker. */
  readonly slot: number | undefined;
  /** Mutable: a prefetched job reports to the job that takes it over. */
  onProgress: ((fraction: number) => void) | undefined;
  resolve(value: unknown): void;
  reject(error: Error): void;
  settled: boolean;
}

interface Slot<M extends Protocol> {
  worker: PoolWorker<M>;
  job: Job<M> | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** Set once the slot's worker is being replaced, so its late events are ignored. */
  retired: boolean;
}

/** A prefetched job not yet taken over, by its task's signature. */
interface Prefetch<M extends Protocol> {
  readonly job: Job<M>;
  /** What a taker gets: the job's result, or a saved answer offered before it (`answer`). */
  readonly result: Promise<unknown>;
  /** Settles `result` with a saved answer, if the job has not answered yet. */
  readonly offer: (value: unknown) => void;
  /** The worker's own result, whatever was offered. */
  readonly own: Promise<unknown>;
}

/** How long an answered prefetch that nobody took over is kept (then its result is dropped). */
const PREFETCH_KEEP_MS = 60_000;

export class JobPool<M extends Protocol> {
  private readonly slots: Slot<M>[] = [];
  private readonly queue: Job<M>[] = [];
  private readonly latestByKey = new Map<string, Job<M>>();
  private nextId = 1;
  private restarts = 0;
  private closed = false;
  private readonly prefetches = new Map<string, Prefetch<M>>();
  /** Prefetches whose worker has not answered yet, taken over or not: `answer` may still settle them. */
  private readonly answerable = new Map<string, Prefetch<M>>();
  private prefetchCount = 0;
  private prefetchesTaken = 0;
  private prefetchesAnswered = 0;
  private readonly timeoutMs: number;
  private readonly size: number;
  /** Prefetched jobs not yet answered by their worker: the other workers start when none is left. */
  private prefetchesRunning = 0;

  constructor(
    private readonly spawnWorker: SpawnWorker<M>,
    options: JobPoolOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    this.size = Math.max(1, Math.floor(options.size));
    // One worker now; the others when a job finds it busy, or once the prefetched jobs are done:
    // starting a worker (loading and compiling its script) takes a core for ≈ 0.1 s, which at a
    // start is the one the first, cold run needs (measured: that run 455 → 596 ms with a second
    // worker starting beside it, median of 8 at load 16).
    this.slots.push(this.spawn());
  }

  /** Starts the workers not started yet (the pool's full size). */
  private grow(): void {
    if (this.closed || this.slots.length >= this.size) return;
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    this.dispatch();
  }

  /** Runs a task of this kind on the pool. The task and result must be structured-cloneable. */
  run<K extends TaskKind<M>>(kind: K, task: M[K]['task'], options: RunOptions = {}): JobHandle<M[K]['result']> {
    return this.submit(kind, task, options, undefined).handle;
  }

  private submit<K extends TaskKind<M>>(
    kind: K,
    task: M[K]['task'],
    options: RunOptions,
    slot: number | undefined,
  ): { handle: JobHandle<M[K]['result']>; job: Job<M> } {
    if (this.closed) throw new Error('the simulation pool is closed');
    const prefetch = this.prefetches.size > 0 && slot === undefined ? this.takePrefetch(kind, task) : null;
    const id = this.nextId++;
    let resolve!: (value: unknown) => void;
    let reject!: (error: Error) => void;
    const result = new Promise<M[K]['result']>((res, rej) => {
      // The one place the protocol is taken on trust: the worker answers a job of kind K with
      // M[K]['result'], which no type can check across the thread boundary.
      resolve = res as (value: unknown) => void;
      reject = rej;
    });
    const request: WorkerRequest<M, K> = { type: 'run', jobId: id, kind, task };
    const job: Job<M> = {
      id,
      request,
      key: options.key,
      slot,
      timeoutMs: options.timeoutMs ?? this.timeoutMs,
      onProgress: options.onProgress,
      resolve,
      reject,
      settled: false,
    };
    if (job.key !== undefined) {
      const older = this.latestByKey.get(job.key);
      if (older) this.cancelJob(older, `superseded by job ${id}`);
      this.latestByKey.set(job.key, job);
    }
    if (prefetch) {
      // The same task is already queued or running: this job answers with its result. Cancelling
      // this job settles it at once; the prefetched run finishes unseen (as a superseded one does).
      prefetch.job.onProgress = (fraction) => {
        if (!job.settled) job.onProgress?.(fraction);
      };
      prefetch.result.then(
        (value) => this.settle(job, null, value),
        (error: unknown) => this.settle(job, error instanceof Error ? error : new Error(String(error))),
      );
    } else {
      this.queue.push(job);
      this.dispatch();
    }
    return { handle: { jobId: id, result, cancel: () => this.cancelJob(job, 'cancelled by request') }, job };
  }

  /**
   * Starts jobs before anyone asks for them, one after another on the first worker (no key:
   * nothing supersedes them). On one worker, the first run compiles the engine for the next
   * ones, which then take a warm run's time, and the other workers and cores stay free (for the
   * page that is loading meanwhile); run side by side, each fresh worker would pay the slow first
   * run, competing for the same cores. The first `run` of the same kind with an equal task (by
   * value) takes a prefetched job over instead of running the task again; its
   * result goes to that one caller only (its buffers were transferred once). Unclaimed, it is
   * forgotten a minute after it answers, and its failure is reported to no one.
   */
  prefetch<K extends TaskKind<M>>(kind: K, tasks: readonly M[K]['task'][]): Promise<M[K]['result']>[] {
    return tasks.map((task) => this.prefetchOne(kind, task));
  }

  /**
   * Offers a saved answer for a prefetched task (equal by value) that its worker has not answered
   * yet: whoever takes the prefetch over gets it at once. The worker's run goes on (it warms the
   * engine for the next runs, and its result, from `prefetch`, checks the saved one). The caller
   * vouches that the answer is the engine's for this task (firstNightAnswers.ts keys it by the
   * engine's build and checks its bytes). False when there is no such prefetch, or it has answered.
   */
  answer<K extends TaskKind<M>>(kind: K, task: M[K]['task'], value: M[K]['result']): boolean {
    const entry = this.answerable.get(taskSignature(kind, task));
    if (!entry) return false;
    this.answerable.delete(taskSignature(kind, task));
    entry.offer(value);
    this.prefetchesAnswered++;
    return true;
  }

  private prefetchOne<K extends TaskKind<M>>(kind: K, task: M[K]['task']): Promise<M[K]['result']> {
    const signature = taskSignature(kind, task);
    const running = this.prefetches.get(signature);
    if (running) return running.own as Promise<M[K]['result']>;
    if (this.closed) return Promise.reject(new JobError('cancelled', 'the simulation pool is closed'));
    const { handle, job } = this.submit(kind, task, {}, 0);
    let offer!: (value: unknown) => void;
    const offered = new Promise<unknown>((resolve) => (offer = resolve));
    const result = Promise.race([handle.result, offered]);
    // A prefetch nobody takes over fails unseen, as its job does (handled below).
    result.catch(() => undefined);
    const entry: Prefetch<M> = { job, result, offer, own: handle.result };
    this.prefetches.set(signature, entry);
    this.answerable.set(signature, entry);
    this.prefetchCount++;
    this.prefetchesRunning++;
    const forget = () => {
      if (--this.prefetchesRunning === 0) this.grow();
      if (this.answerable.get(signature) === entry) this.answerable.delete(signature);
      const timer = setTimeout(() => {
        if (this.prefetches.get(signature) === entry) this.prefetches.delete(signature);
      }, PREFETCH_KEEP_MS);
      // In Node a pending timer keeps the process (CLI, tests) alive; browsers have no unref.
      (timer as { unref?: () => void }).unref?.();
    };
    handle.result.then(forget, forget);
    return handle.result;
  }

  private takePrefetch(kind: string, task: unknown): Prefetch<M> | null {
    const signature = taskSignature(kind, task);
    const entry = this.prefetches.get(signature);
    if (!entry) return null;
    this.prefetches.delete(signature);
    this.prefetchesTaken++;
    return entry;
  }

  /** Cancels the newest job with this key, if it has not finished. */
  cancelKey(key: string): boolean {
    const job = this.latestByKey.get(key);
    if (!job || job.settled) return false;
    this.cancelJob(job, 'cancelled by request');
    return true;
  }

  stats(): PoolStats {
    return {
      size: this.size,
      busy: this.slots.filter((s) => s.job !== null).length,
      queued: this.queue.length,
      restarts: this.restarts,
      prefetched: this.prefetchCount,
      prefetchesTaken: this.prefetchesTaken,
      prefetchesAnswered: this.prefetchesAnswered,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.prefetches.clear();
    this.answerable.clear();
    for (const job of this.queue.splice(0)) this.settle(job, new JobError('cancelled', 'the simulation pool closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.retired = true;
        if (slot.job) this.settle(slot.job, new JobError('cancelled', 'the simulation pool closed'));
        if (slot.timer) clearTimeout(slot.timer);
        await slot.worker.terminate();
      }),
    );
  }

  // ── internals ────────────────────────────────────────────────────────────

  private spawn(): Slot<M> {
    const slot = { job: null, timer: null, retired: false } as Omit<Slot<M>, 'worker'> as Slot<M>;
    slot.worker = this.spawnWorker({
      message: (reply) => this.onMessage(slot, reply),
      failed: (error) => this.replace(slot, error),
    });
    slot.worker.hold?.(false);
    return slot;
  }

  private dispatch(): void {
    for (const [index, slot] of this.slots.entries()) {
      if (this.queue.length === 0) return;
      if (slot.job || slot.retired) continue;
      // The first job this slot may run, in order (a job pinned to another slot waits for it).
      const next = this.queue.findIndex((queued) => queued.slot === undefined || queued.slot === index);
      if (next < 0) continue;
      const job = this.queue.splice(next, 1)[0]!;
      slot.job = job;
      slot.worker.hold?.(true);
      slot.timer = setTimeout(
        () =>
          this.replace(
            slot,
            new JobError(
              'timeout',
              `the simulation did not finish within ${(job.timeoutMs / 1000).toFixed(1)} s and was stopped`,
            ),
          ),
        job.timeoutMs,
      );
      slot.worker.post(job.request);
    }
    // A job any worker may run is waiting: the workers not started yet are needed now.
    if (this.queue.some((job) => job.slot === undefined)) this.grow();
  }

  private onMessage(slot: Slot<M>, reply: WorkerReply<M>): void {
    if (slot.retired) return;
    const job = slot.job;
    if (!job || job.id !== reply.jobId) return;
    if (reply.type === 'progress') {
      if (!job.settled) job.onProgress?.(reply.fraction);
      return;
    }
    this.finish(slot);
    if (reply.type === 'done') this.settle(job, null, reply.result);
    else this.settle(job, new JobError('simulation-failed', reply.message, reply.field));
    this.dispatch();
  }

  /** Frees a slot after its job ended normally. */
  private finish(slot: Slot<M>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.hold?.(false);
  }

  /** Terminates a failed or hung worker, fails its job, and puts a fresh worker in its place. */
  private replace(slot: Slot<M>, error: JobError): void {
    if (slot.retired) return;
    slot.retired = true;
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.worker.terminate();
    if (job) this.settle(job, error);
    if (this.closed) return;
    this.restarts++;
    const index = this.slots.indexOf(slot);
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private cancelJob(job: Job<M>, reason: string): void {
    if (job.settled) return;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    this.settle(job, new JobError('cancelled', `simulation ${job.id} ${reason}`));
  }

  private settle(job: Job<M>, error: Error | null, value?: unknown): void {
    if (job.settled) return;
    job.settled = true;
    if (job.key !== undefined && this.latestByKey.get(job.key) === job) this.latestByKey.delete(job.key);
    if (error) job.reject(error);
    else job.resolve(value);
  }
}
