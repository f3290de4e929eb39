/**
 * The web edition's entry: gives the page its LabApi, then starts the same renderer the desktop
 * runs (renderer/src/main.ts). The edition is chosen here and only here, by which `window.lab`
 * the page gets; no component asks which edition it is in.
 *
 * The simulation workers are created first, before any other of the app's code is even loaded,
 * and the page yields once before the rest loads: a browser starts fetching a worker's script
 * only after the task that created it ends, and the app's evaluation and first render are one
 * long task, after which the workers would only begin to load (measured: ≈ 1–2 s later on a
 * loaded 2-core machine, all of it added to the first chart). The first nights' tasks need the
 * experiment's code (its own chunk, with Vue and the schema), so they are sent when it has loaded,
 * while the workers' scripts load beside it.
 */
import { SIMULATION_WORKER_URL, createSimulationPool } from './simulationPool';

const pool = createSimulationPool();
await new Promise((resolve) => setTimeout(resolve, 0));
const [{ startFirstNights }, { savedNightsDatabase, webWorkerBuild }] = await Promise.all([
  import('../main/simulation/firstNights'),
  import('./firstNightStore'),
]);
// As main does at pool start: the default experiment's two nights begin now, on one worker, while
// the app's code loads; the page's first requests, when they ask for exactly these, take them over,
// and from the second visit on the answers saved by the last one answer them at once. Not in the
// dev server, whose worker address does not change with its code, nor without IndexedDB. The
// mark, when the worker's runs are in, tells the benchmark (bench-ui-web.ts) what the start did.
void startFirstNights(
  pool,
  import.meta.env.DEV || typeof indexedDB === 'undefined'
    ? null
    : { store: savedNightsDatabase(), build: webWorkerBuild(SIMULATION_WORKER_URL) },
).then((report) => performance.mark('nocturne:first-nights', { detail: report }));
const { installWebLab } = await import('./install');
installWebLab(pool);
// The one import of the renderer from web/: the app itself, after its LabApi is in place.
await import('../renderer/src/main');
// After the app: the first chart must not wait for the service worker.
const { registerOffline } = await import('./offline');
registerOffline();
