/**
 * Web Worker entry of a fit: one task, the desktop fit worker's own handling (main/fit/serve.ts);
 * the page terminates the worker to cancel it, as main terminates its thread.
 */
import type { FitTask } from '../main/fit/task';
import { serveFit } from '../main/fit/serve';
import { workerScope } from './workerScope';

const scope = workerScope<FitTask>();
scope.onmessage = (event) => {
  scope.onmessage = null;
  serveFit(event.data, (message) => scope.postMessage(message));
};
