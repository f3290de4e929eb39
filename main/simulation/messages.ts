/**
 * The simulation worker's protocol (worker.ts). The generic envelope (Protocol, WorkerRequest,
 * WorkerReply) is shared/pool/workerProtocol.ts, which the browser edition's Web Workers speak too.
 */
import type { SimulationTask, SweepBatchOutcome, SweepBatchTask, TaskOutcome } from './task';
import type { CohortBatchOutcome, CohortBatchTask } from '../cohort/batch';
import type { CohortLabBatchOutcome, CohortLabBatchTask } from '../cohort/labBatch';

export type { Protocol, TaskKind, WorkerReply, WorkerRequest } from '../../shared/pool/workerProtocol';

/** What the simulation worker (worker.ts) runs: one night, a batch of sweep points, or a batch of a cohort's persons. */
export type SimulationProtocol = {
  readonly night: { readonly task: SimulationTask; readonly result: TaskOutcome };
  readonly 'sweep-batch': { readonly task: SweepBatchTask; readonly result: SweepBatchOutcome };
  readonly 'cohort-batch': { readonly task: CohortBatchTask; readonly result: CohortBatchOutcome };
  readonly 'cohort-lab-batch': { readonly task: CohortLabBatchTask; readonly result: CohortLabBatchOutcome };
};
