/**
 * What a fit's worker does with its one task, whatever the worker is: a Node worker thread
 * (worker.ts) or the browser edition's Web Worker (web/fitWorker.ts). Imports no Node.
 */
import { FitTaskError, runFitTask, type FitTask } from './task';
import type { FitWorkerReply } from './runnerCore';

export function serveFit(task: FitTask, reply: (message: FitWorkerReply) => void): void {
  const started = performance.now();
  try {
    const result = runFitTask(task, (message) => reply({ type: 'progress', message }));
    reply({ type: 'done', result, elapsed_ms: performance.now() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply({ type: 'error', code: error instanceof FitTaskError ? error.code : 'simulation-failed', message });
  }
}
