/**
 * Worker-thread entry of the fits (runner.ts keeps one for its fits): a fit runs for seconds in one
 * synchronous call, so it must not run on main's event loop, and a cancel reaches it only through
 * the shared flag its request carries (a message would wait until the fit ends). What it does is
 * serve.ts. Must not import electron.
 */
import { parentPort } from 'node:worker_threads';
import { cancelRequested, type FitWorkerRequest } from './runnerCore';
import { serveFit } from './serve';

if (!parentPort) throw new Error('the fit worker must run in a worker thread');
const port = parentPort;

port.on('message', ({ task, cancel }: FitWorkerRequest) =>
  serveFit(task, (message) => port.postMessage(message), cancel ? () => cancelRequested(cancel) : undefined),
);
