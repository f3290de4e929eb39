/**
 * The browser edition's fits: the desktop runner's rules (main/fit/runnerCore.ts: one at a time,
 * a worker kept between fits, a cancel the fit answers when the page has shared memory) on a module
 * Web Worker from the site's own origin.
 */
import { FitRunnerCore, type FitWorkerReply } from '../main/fit/runnerCore';
import { JobError } from '../shared/pool/jobPool';

export function createFitRunner(): FitRunnerCore {
  return new FitRunnerCore((events) => {
    const worker = new Worker(new URL('./fitWorker.ts', import.meta.url), { type: 'module', name: 'nocturne-fit' });
    worker.onmessage = (event: MessageEvent<FitWorkerReply>) => events.message(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      events.failed(new JobError('worker-crashed', `the fit's worker crashed: ${event.message || 'no message'}`));
    };
    return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
  });
}
