/**
 * What a fit's worker does with each task, whatever the worker is: a Node worker thread
 * (worker.ts) or the browser edition's Web Worker (web/fitWorker.ts). Every task ends in one last
 * reply (done, error or cancelled), after which the worker is free for the next. Imports no Node.
 */
import { FitCancelled } from '../../shared/fit/fitCommon';
import { FitTaskError, runFitTask, type FitTask } from './task';
import type { FitWorkerReply } from './runnerCore';

/** @param cancelled read between the fit's model evaluations (a flag the runner sets while the fit runs). */
export function serveFit(task: FitTask, reply: (message: FitWorkerReply) => void, cancelled?: () => boolean): void {
  const started = performance.now();
  try {
    const result = runFitTask(task, (message) => reply({ type: 'progress', message }), cancelled);
    reply({ type: 'done', result, elapsed_ms: performance.now() - started });
  } catch (error) {
    if (error instanceof FitCancelled) return reply({ type: 'cancelled' });
    const message = error instanceof Error ? error.message : String(error);
    reply({ type: 'error', code: error instanceof FitTaskError ? error.code : 'simulation-failed', message });
  }
}
