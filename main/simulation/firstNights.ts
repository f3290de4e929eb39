/**
 * The nights a fresh lab asks for first: the default experiment's two nights, in the window the
 * default view shows. The app prefetches them when its pool starts (pool.ts `prefetch`: both on
 * one worker, A first), so the slow first run overlaps the window and the page loading instead
 * of following them, and B's run after it is a warm one.
 * A launch that opens a file asks for other nights; then these runs only warm the first worker up.
 */
import { defaultExperiment } from '../../shared/experiment';
import { resolveParameters } from '../../shared/model/scenarios';
import type { SimulationTask } from './task';

/**
 * As main's handler builds them from the page's first requests (handlers.ts 'sim:run'): the
 * scenario's values with the night's overrides, its events, its seed, and the focal window,
 * which the page asks for unless the view shows the whole protocol (stores/runs.ts); a browser
 * test (e2e/browser/lab.spec.ts) checks that the page's first two requests take these over.
 */
export function firstNightTasks(): SimulationTask[] {
  return defaultExperiment().nights.map((night) => ({
    values: resolveParameters(night.scenario, night.params),
    events: night.events,
    seed: night.seed,
    window: 'focal',
  }));
}
