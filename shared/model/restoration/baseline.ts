/**
 * The reference night: the default baseline night (default parameters, seed 1) measured raw, a
 * constant of the model version. Its values are what the readiness parts and composites compare
 * a night with (100 = as much as this night, not capped: a better night scores above it) and the
 * rested reference of the PVT lapse model (fatigueAtTest). The hormone metrics are absolute
 * (µg·h/L, nmol/L, mU/L) and do not read it; testosteroneDay is kept as the reference night's own
 * level, which baseline.test.ts checks the absolute metric against. Derived by running the default baseline scenario through the core and these
 * modules; baseline.test.ts re-derives it, so it cannot drift silently. After a deliberate model
 * change, paste the literal that baseline.test.ts prints (or baselineSource() of deriveBaseline.ts
 * prints).
 */

/** Raw values of the reference night: readiness parts divide by them. */
export interface BaselineQuantities {
  /** GH secreted lights-off → lights-on, µg/L. */
  readonly ghNight: number;
  /** Mean testosterone over the waking day after, nmol/L. */
  readonly testosteroneDay: number;
  /** Σ SWA over focal NREM epochs, SWA·h. */
  readonly swaIntegral: number;
  /** Synaptic headroom at wake, W_max − W: the capacity for new potentiation that sleep restored. */
  readonly synapticHeadroom: number;
  /** Overnight fall of interstitial Aβ, % (positive). */
  readonly abetaFall: number;
  /** REM minutes lights-off → wake. */
  readonly remMinutes: number;
  /** Fatigue 2 h after wake: the rested reference of the PVT lapse model. */
  readonly fatigueAtTest: number;
}

/** Seed of the default baseline night that defines the units (the core's SWA unit uses seed 1 too). */
export const RESTORATION_BASELINE_SEED = 1;

export const RESTORATION_BASELINE: BaselineQuantities = {
  ghNight: 59.507703131530434,
  testosteroneDay: 16.57408313070025,
  swaIntegral: 3.272575437587999,
  synapticHeadroom: 0.6950427055358888,
  abetaFall: 38.6423046646905,
  fatigueAtTest: 0.22863665223121643,
  remMinutes: 102.5,
};
