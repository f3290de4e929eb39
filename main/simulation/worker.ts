/**
 * Worker-thread entry: runs simulation tasks for the pool (SimulationProtocol in messages.ts;
 * what a request does is serve.ts, shared with the browser edition's Web Worker).
 * Must not import electron.
 */
import { parentPort } from 'node:worker_threads';
import type { SimulationProtocol, WorkerRequest } from './messages';
import { serveSimulation } from './serve';

if (!parentPort) throw new Error('the simulation worker must run in a worker thread');
const port = parentPort;

port.on('message', (request: WorkerRequest<SimulationProtocol>) =>
  serveSimulation(request, (message, transfer = []) => port.postMessage(message, transfer)),
);
