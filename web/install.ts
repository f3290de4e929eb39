/**
 * Puts the browser's LabApi on `window.lab` before the app's first module runs (main.ts calls
 * this before it imports the app), as the desktop's preload does before the page.
 */
import { MODEL_INFO } from '../shared/model/engine';
import { productName, version } from '../package.json';
import type { JobPool } from '../shared/pool/jobPool';
import type { SimulationProtocol } from '../main/simulation/messages';
import { createWebLabApi } from './labApi';
import { WebAutosave } from './autosave';
import { createFitRunner } from './fitRunner';

export function installWebLab(pool: JobPool<SimulationProtocol>): void {
  Object.defineProperty(window, 'lab', {
    value: createWebLabApi({
      pool,
      fits: createFitRunner(),
      appInfo: { app: { name: productName, version }, model: MODEL_INFO, platform: 'web' },
      autosave: new WebAutosave(),
    }),
    writable: false,
    configurable: false,
  });
}
