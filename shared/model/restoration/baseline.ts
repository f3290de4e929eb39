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
  ghNight: 60.840900234441506,
  cortisolEvening: 65.13262281417846,
  tshNight: 1.3924191078792016,
  testosteroneDay: 16.371236364614397,
  swaIntegral: 3.2949703296646513,
  synapticDownscaling: 22.477163382734144,
  abetaFall: 40.188568475998096,
  remMinutes: 106,
};
