/**
 * Worker-thread entry: runs simulation tasks for the pool. Must not import electron.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './messages';
import { runSimulationTask, transferablesOf, type SimulationTask } from './task';

const port = parentPort;
if (!port) throw new Error('the simulation worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  const { jobId } = request;
  try {
    port.postMessage({ type: 'progress', jobId, fraction: 0 } satisfies WorkerReply);
    const outcome = runSimulationTask(request.task as SimulationTask);
    port.postMessage({ type: 'done', jobId, result: outcome } satisfies WorkerReply, transferablesOf(outcome.result));
  } catch (error) {
    const err = error as Error & { field?: string };
    const reply: WorkerReply = { type: 'error', jobId, message: err.message ?? String(error) };
    port.postMessage(err.field ? { ...reply, field: err.field } : reply);
  }
});
