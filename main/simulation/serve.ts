/**
 * What a simulation worker does with a request, whatever the worker is: a Node worker thread
 * (worker.ts) or the browser edition's Web Worker (web/simulationWorker.ts). Each passes its own
 * `reply` (postMessage with the buffers to transfer). Imports no Node, so the browser bundles it.
 */
import type { SimulationProtocol, WorkerReply, WorkerRequest } from './messages';
import { batchTransferables, runSimulationTask, runSweepBatch, transferablesOf } from './task';
import { runCohortBatch } from '../cohort/batch';
import { labBatchTransferables, runCohortLabBatch } from '../cohort/labBatch';

/** Sweep batches report progress per point, but at most this often, so progress never costs more than the runs. */
const PROGRESS_INTERVAL_MS = 100;

export type SimulationReply = (message: WorkerReply<SimulationProtocol>, transfer?: ArrayBuffer[]) => void;

export function serveSimulation(request: WorkerRequest<SimulationProtocol>, reply: SimulationReply): void {
  const { jobId } = request;
  try {
    reply({ type: 'progress', jobId, fraction: 0 });
    switch (request.kind) {
      case 'sweep-batch': {
        let lastReport = performance.now();
        const outcome = runSweepBatch(request.task, (done, total) => {
          const now = performance.now();
          if (done === total || now - lastReport < PROGRESS_INTERVAL_MS) return;
          lastReport = now;
          reply({ type: 'progress', jobId, fraction: done / total });
        });
        reply({ type: 'done', jobId, result: outcome }, batchTransferables(outcome));
        return;
      }
      case 'cohort-batch': {
        reply({ type: 'done', jobId, result: runCohortBatch(request.task) });
        return;
      }
      case 'cohort-lab-batch': {
        const outcome = runCohortLabBatch(request.task);
        reply({ type: 'done', jobId, result: outcome }, labBatchTransferables(outcome));
        return;
      }
      case 'night': {
        const outcome = runSimulationTask(request.task);
        reply({ type: 'done', jobId, result: outcome }, transferablesOf(outcome.result));
        return;
      }
    }
  } catch (error) {
    reply(failureReply(jobId, error));
  }
}

/**
 * The error reply: the thrown message (or the thrown value as text) and, for a parameter error,
 * the field it names.
 */
function failureReply(jobId: number, error: unknown): WorkerReply<SimulationProtocol> {
  const thrown = typeof error === 'object' && error !== null ? error : {};
  const message = 'message' in thrown && typeof thrown.message === 'string' ? thrown.message : String(error);
  const field = 'field' in thrown && typeof thrown.field === 'string' ? thrown.field : '';
  return field ? { type: 'error', jobId, message, field } : { type: 'error', jobId, message };
}
