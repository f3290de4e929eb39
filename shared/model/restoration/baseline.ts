/**
 * The default baseline night's raw values, the units of the "relative" metrics (a constant of the
 * model version). Derived by running the default baseline scenario (default seed) through the
 * core and these modules; baseline.test.ts re-derives them, so they cannot drift silently.
 * After a deliberate model change, copy the re-derived values that baseline.test.ts prints.
 */
import type { BaselineQuantities } from './metrics';

/** Seed of the default baseline night that defines the units (the core's SWA unit uses seed 1 too). */
export const RESTORATION_BASELINE_SEED = 1;

export const RESTORATION_BASELINE: BaselineQuantities = {
  ghNight: 59.02873415267095,
  cortisolEvening: 65.12776747385661,
  tshNight: 1.4460723832249642,
  testosteroneDay: 16.579343542598544,
  swaIntegral: 3.1779353792468696,
  synapticHeadroom: 0.6820611119270326,
  abetaFall: 38.72462746587401,
  fatigueAtTest: 0.34257110953330994,
  remMinutes: 103.5,
};
