/**
 * The protocol between a pool and its workers (structured clone; results carry transferables).
 *
 * A protocol is a map from a task kind to the task a job sends and the result its worker answers.
 * The pool is generic over it, so a caller names the kind and gets the result's type back, and a
 * worker switches on the request's `kind` and gets the task's type, with no cast on either side.
 * The kind travels on the envelope, beside the task, so tasks stay the plain data their runners
 * take (runSimulationTask, runSweepBatch).
 */
import type { SimulationTask, SweepBatchOutcome, SweepBatchTask, TaskOutcome } from './task';
import type { CohortBatchOutcome, CohortBatchTask } from '../cohort/batch';
import type { CohortLabBatchOutcome, CohortLabBatchTask } from '../cohort/labBatch';

/** Task kind → { task, result }. A type alias, not an interface, so a literal map fits the index signature. */
export type Protocol = Readonly<Record<string, { readonly task: unknown; readonly result: unknown }>>;

export type TaskKind<M extends Protocol> = keyof M & string;

/** What the simulation worker (worker.ts) runs: one night, a batch of sweep points, or a batch of a cohort's persons. */
export type SimulationProtocol = {
  readonly night: { readonly task: SimulationTask; readonly result: TaskOutcome };
  readonly 'sweep-batch': { readonly task: SweepBatchTask; readonly result: SweepBatchOutcome };
  readonly 'cohort-batch': { readonly task: CohortBatchTask; readonly result: CohortBatchOutcome };
  readonly 'cohort-lab-batch': { readonly task: CohortLabBatchTask; readonly result: CohortLabBatchOutcome };
};

/** A job as it reaches a worker: for each kind K, its kind and a task of that kind. */
export type WorkerRequest<M extends Protocol, K extends TaskKind<M> = TaskKind<M>> = {
  readonly [P in K]: { readonly type: 'run'; readonly jobId: number; readonly kind: P; readonly task: M[P]['task'] };
}[K];

export type WorkerReply<M extends Protocol> =
  | { readonly type: 'progress'; readonly jobId: number; readonly fraction: number }
  | { readonly type: 'done'; readonly jobId: number; readonly result: M[TaskKind<M>]['result'] }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string; readonly field?: string };
