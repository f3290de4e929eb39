/**
 * Worker-thread entry: runs simulation tasks for the pool. Must not import electron.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './messages';
import { isSweepBatchTask, runSimulationTask, runSweepBatch, transferablesOf, type SimulationTask } from './task';

const port = parentPort;
if (!port) throw new Error('the simulation worker must run in a worker thread');

/** Sweep batches report progress per point, but at most this often, so progress never costs more than the runs. */
const PROGRESS_INTERVAL_MS = 100;

port.on('message', (request: WorkerRequest) => {
  const { jobId } = request;
  try {
    port.postMessage({ type: 'progress', jobId, fraction: 0 } satisfies WorkerReply);
    if (isSweepBatchTask(request.task)) {
      let lastReport = performance.now();
      const outcome = runSweepBatch(request.task, (done, total) => {
        const now = performance.now();
        if (done === total || now - lastReport < PROGRESS_INTERVAL_MS) return;
        lastReport = now;
        port.postMessage({ type: 'progress', jobId, fraction: done / total } satisfies WorkerReply);
      });
      const buffers = outcome.values.map((row) => row.buffer as ArrayBuffer);
      port.postMessage({ type: 'done', jobId, result: outcome } satisfies WorkerReply, buffers);
      return;
    }
    const outcome = runSimulationTask(request.task as SimulationTask);
    port.postMessage({ type: 'done', jobId, result: outcome } satisfies WorkerReply, transferablesOf(outcome.result));
  } catch (error) {
    const err = error as Error & { field?: string };
    const reply: WorkerReply = { type: 'error', jobId, message: err.message ?? String(error) };
    port.postMessage(err.field ? { ...reply, field: err.field } : reply);
  }
});
