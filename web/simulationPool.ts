/**
 * The browser edition's simulation pool: the desktop's pool rules (shared/pool/jobPool.ts: keys,
 * cancel, timeout, replacing a dead worker) on module Web Workers served from the page's own
 * origin (the CSP's worker-src 'self').
 */
import { JobError, JobPool, defaultPoolSize, type PoolWorker, type PoolWorkerEvents } from '../shared/pool/jobPool';
import type { SimulationProtocol, WorkerReply } from '../main/simulation/messages';

function webWorker(events: PoolWorkerEvents<SimulationProtocol>): PoolWorker<SimulationProtocol> {
  const worker = new Worker(new URL('./simulationWorker.ts', import.meta.url), {
    type: 'module',
    name: 'nocturne-simulation',
  });
  worker.onmessage = (event: MessageEvent<WorkerReply<SimulationProtocol>>) => events.message(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.failed(new JobError('worker-crashed', `the simulation worker crashed: ${event.message || 'no message'}`));
  };
  worker.onmessageerror = () =>
    events.failed(new JobError('worker-crashed', 'the simulation worker sent a message that could not be read'));
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}

/**
 * One worker per core as on the desktop, less one for the page itself (its Chart.js drawing runs
 * on the page's thread, where on the desktop main's own thread is idle while workers run).
 */
export function createSimulationPool(cores = navigator.hardwareConcurrency || 2): JobPool<SimulationProtocol> {
  return new JobPool<SimulationProtocol>(webWorker, { size: defaultPoolSize(Math.max(2, cores - 1)) });
}
