/**
 * Puts the browser's LabApi on `window.lab` before the app's first module runs (main.ts imports
 * this first; ES modules run in import order), as the desktop's preload does before the page.
 */
import { MODEL_INFO } from '../shared/model/engine';
import { productName, version } from '../package.json';
import { createWebLabApi } from './labApi';
import { createSimulationPool } from './simulationPool';
import { WebAutosave } from './autosave';
import { createFitRunner } from './fitRunner';

Object.defineProperty(window, 'lab', {
  value: createWebLabApi({
    pool: createSimulationPool(),
    fits: createFitRunner(),
    appInfo: { app: { name: productName, version }, model: MODEL_INFO, platform: 'web' },
    autosave: new WebAutosave(),
  }),
  writable: false,
  configurable: false,
});
