/**
 * Web Worker entry of the browser edition's simulation pool: the same requests and replies as the
 * desktop's worker thread (main/simulation/serve.ts), result buffers transferred, not copied.
 */
import type { SimulationProtocol, WorkerRequest } from '../main/simulation/messages';
import { serveSimulation } from '../main/simulation/serve';
import { workerScope } from './workerScope';

const scope = workerScope<WorkerRequest<SimulationProtocol>>();
scope.onmessage = (event) =>
  serveSimulation(event.data, (message, transfer = []) => scope.postMessage(message, transfer));
