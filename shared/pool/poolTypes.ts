/**
 * What a pool of workers (jobPool.ts) shows its users: its errors, the worker it drives, its
 * options, handles and stats, a task's identity by value and the pool size for a machine. Apart
 * from the pool's rules so each file stays readable; jobPool.ts exports all of it again.
 */
import type { LabErrorCode } from '../ipc';
import type { Protocol, WorkerReply, WorkerRequest } from './workerProtocol';

export class JobError extends Error {
  constructor(
    readonly code: Extract<LabErrorCode, 'cancelled' | 'worker-crashed' | 'timeout' | 'simulation-failed'>,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'JobError';
  }
}

/** One started worker, as the pool drives it. */
export interface PoolWorker<M extends Protocol> {
  post(request: WorkerRequest<M>): void;
  terminate(): void;
  /**
   * Whether the worker has a job: a Node worker thread keeps the process alive only then (an idle
   * one must not keep the CLI or a test running); a Web Worker has nothing to do here.
   */
  hold?(busy: boolean): void;
}

/** What a started worker tells its pool: its replies, and that it died (the error says how). */
export interface PoolWorkerEvents<M extends Protocol> {
  message(reply: WorkerReply<M>): void;
  failed(error: JobError): void;
}

export type SpawnWorker<M extends Protocol> = (events: PoolWorkerEvents<M>) => PoolWorker<M>;

export interface JobPoolOptions {
  /** Number of workers; at least 1. */
  readonly size: number;
  /** A job running longer than this is treated as hung (ms). */
  readonly timeoutMs?: number;
}

export interface RunOptions {
  /** Jobs with the same key supersede each other (e.g. 'a' and 'b' for the two nights). */
  readonly key?: string;
  readonly onProgress?: (fraction: number) => void;
  /** Overrides the pool's timeout for this job (ms). */
  readonly timeoutMs?: number;
}

export interface JobHandle<R> {
  readonly jobId: number;
  readonly result: Promise<R>;
  cancel(): void;
}

export interface PoolStats {
  readonly size: number;
  readonly busy: number;
  readonly queued: number;
  readonly restarts: number;
  /** Prefetched jobs started, and how many of them a later `run` took over. */
  readonly prefetched: number;
  readonly prefetchesTaken: number;
  /** Prefetched jobs answered from a saved answer (`answer`) before their worker did. */
  readonly prefetchesAnswered: number;
}

/**
 * A task's identity by value: kind and task as JSON with every object's keys sorted (a task built
 * elsewhere may list the same fields in another order), and -0 kept apart from 0 (JSON would
 * print both as 0, and the engine may not treat them alike).
 */
export function taskSignature(kind: string, task: unknown): string {
  return JSON.stringify([kind, task], (_key, value: unknown) => {
    if (Object.is(value, -0)) return '-0';
    if (value === null || typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value)) return value;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, record[k]]),
    );
  });
}

/**
 * Pool size for this machine: one worker per core (the page or main process is idle while they
 * run, and the two nights then simulate in parallel), at least 1, at most 8.
 */
export function defaultPoolSize(cpuCount: number): number {
  return Math.min(8, Math.max(1, Math.floor(cpuCount)));
}
