/**
 * The renderer's only door to main. Stores import `lab()`; components never do.
 */
import type { LabApi } from '../../shared/ipc';

declare global {
  interface Window {
    readonly lab: LabApi;
  }
}

export function lab(): LabApi {
  if (!window.lab) throw new Error('window.lab is missing: the preload (or the test bridge) did not run');
  return window.lab;
}
