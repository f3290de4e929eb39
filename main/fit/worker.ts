/**
 * Worker-thread entry of a fit (runner.ts starts one per fit and terminates it to cancel): a fit
 * runs for seconds in one synchronous call, so it must not run on main's event loop, and only
 * terminating its thread stops it. Must not import electron.
 */
import { parentPort } from 'node:worker_threads';
import { FitTaskError, runFitTask, type FitTask } from './task';
import type { FitWorkerReply } from './runner';

if (!parentPort) throw new Error('the fit worker must run in a worker thread');
const port = parentPort;
const reply = (message: FitWorkerReply) => port.postMessage(message);

port.once('message', (task: FitTask) => {
  const started = performance.now();
  try {
    const result = runFitTask(task, (message) => reply({ type: 'progress', message }));
    reply({ type: 'done', result, elapsed_ms: performance.now() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply({ type: 'error', code: error instanceof FitTaskError ? error.code : 'simulation-failed', message });
  }
});
