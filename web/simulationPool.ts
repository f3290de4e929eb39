/**
 * The browser edition's simulation pool: the desktop's pool rules (shared/pool/jobPool.ts: keys,
 * cancel, timeout, replacing a dead worker) on module Web Workers served from the page's own
 * origin (the CSP's worker-src 'self').
 */
import { JobError, JobPool, defaultPoolSize, type PoolWorker, type PoolWorkerEvents } from '../shared/pool/jobPool';
import type { SimulationProtocol, WorkerReply } from '../main/simulation/messages';
import simulationWorkerUrl from './simulationWorker.ts?worker&url';

/**
 * The worker's bundled script (the engine and all it imports): in a build, a name with the hash
 * of its content, which keys the saved first nights to the engine build (firstNightStore.ts).
 */
export const SIMULATION_WORKER_URL = new URL(simulationWorkerUrl, import.meta.url);

function webWorker(events: PoolWorkerEvents<SimulationProtocol>): PoolWorker<SimulationProtocol> {
  const worker = new Worker(SIMULATION_WORKER_URL, {
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

/** One worker per core, at least 1 and at most 8: the desktop's rule (defaultPoolSize). */
export function createSimulationPool(cores = navigator.hardwareConcurrency || 1): JobPool<SimulationProtocol> {
  return new JobPool<SimulationProtocol>(webWorker, { size: defaultPoolSize(cores) });
}
