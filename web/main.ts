/**
 * The web edition's entry: gives the page its LabApi, then starts the same renderer the desktop
 * runs (renderer/src/main.ts). The edition is chosen here and only here, by which `window.lab`
 * the page gets; no component asks which edition it is in.
 *
 * The simulation workers are created first, and the page yields once before the rest loads: a
 * browser starts fetching a worker's script only after the task that created it ends, and the app's
 * evaluation and first render are one long task, after which the workers would only begin to load
 * (measured: ≈ 1–2 s later on a loaded 2-core machine, all of it added to the first chart).
 */
import { SIMULATION_WORKER_URL, createSimulationPool } from './simulationPool';
import { registerOffline } from './offline';
import { startFirstNights } from '../main/simulation/firstNights';
import { savedNightsDatabase, webWorkerBuild } from './firstNightStore';

const pool = createSimulationPool();
// As main does at pool start: the default experiment's two nights begin now, on one worker, while
// the app's code loads; the page's first requests, when they ask for exactly these, take them over,
// and from the second visit on the answers saved by the last one answer them at once. Not in the
// dev server, whose worker address does not change with its code.
void startFirstNights(
  pool,
  import.meta.env.DEV ? null : { store: savedNightsDatabase(), build: webWorkerBuild(SIMULATION_WORKER_URL) },
);
await new Promise((resolve) => setTimeout(resolve, 0));
const { installWebLab } = await import('./install');
installWebLab(pool);
// The one import of the renderer from web/: the app itself, after its LabApi is in place.
await import('../renderer/src/main');
// After the app: the first chart must not wait for the service worker.
registerOffline();
