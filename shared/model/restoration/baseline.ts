/**
 * The default baseline night's raw values, the units of the "relative" metrics (a constant of the
 * model version). Derived by running the default baseline scenario (default seed) through the
 * core and these modules; baseline.test.ts re-derives them, so they cannot drift silently.
 * After a deliberate model change, paste the literal that baseline.test.ts prints (or
 * baselineSource() of deriveBaseline.ts prints).
 */
import type { BaselineQuantities } from './metrics';

/** Seed of the default baseline night that defines the units (the core's SWA unit uses seed 1 too). */
export const RESTORATION_BASELINE_SEED = 1;

export const RESTORATION_BASELINE: BaselineQuantities = {
  ghNight: 61.39632297446951,
  cortisolEvening: 65.09760546366374,
  tshNight: 1.4459936007857324,
  testosteroneDay: 16.579343542598544,
  swaIntegral: 3.1779451660811935,
  synapticHeadroom: 0.6820638537406922,
  abetaFall: 38.72355408643126,
  fatigueAtTest: 0.27074548602104187,
  remMinutes: 103.5,
};
