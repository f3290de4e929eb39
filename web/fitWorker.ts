/**
 * Web Worker entry of the fits: each task handled as the desktop fit worker does (main/fit/serve.ts).
 * A request carries a cancel flag in shared memory when the page is cross-origin isolated; without
 * one the page terminates the worker to cancel (runnerCore.ts).
 */
import { cancelRequested, type FitWorkerRequest } from '../main/fit/runnerCore';
import { serveFit } from '../main/fit/serve';
import { workerScope } from './workerScope';

const scope = workerScope<FitWorkerRequest>();
scope.onmessage = ({ data: { task, cancel } }) =>
  serveFit(task, (message) => scope.postMessage(message), cancel ? () => cancelRequested(cancel) : undefined);
