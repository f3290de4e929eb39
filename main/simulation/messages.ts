/** Messages between the pool and its workers (structured clone; results carry transferables). */

export interface WorkerRequest {
  readonly type: 'run';
  readonly jobId: number;
  readonly task: unknown;
}

export type WorkerReply =
  | { readonly type: 'progress'; readonly jobId: number; readonly fraction: number }
  | { readonly type: 'done'; readonly jobId: number; readonly result: unknown }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string; readonly field?: string };
