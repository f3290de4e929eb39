/**
 * The web edition's entry: gives the page its LabApi, then starts the same renderer the desktop
 * runs (renderer/src/main.ts). The edition is chosen here and only here, by which `window.lab`
 * the page gets; no component asks which edition it is in.
 */
import './install';
// The one import of the renderer from web/: the app itself, after its LabApi is in place.
// eslint-disable-next-line no-restricted-imports
import '../renderer/src/main';
import { registerOffline } from './offline';

// After the app: the first chart must not wait for the service worker.
registerOffline();
