/**
 * Worker-thread entry of a fit (runner.ts starts one per fit and terminates it to cancel): a fit
 * runs for seconds in one synchronous call, so it must not run on main's event loop, and only
 * terminating its thread stops it. What it does is serve.ts. Must not import electron.
 */
import { parentPort } from 'node:worker_threads';
import type { FitTask } from './task';
import { serveFit } from './serve';

if (!parentPort) throw new Error('the fit worker must run in a worker thread');
const port = parentPort;

port.once('message', (task: FitTask) => serveFit(task, (message) => port.postMessage(message)));
