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
  /** Mean testosterone over the waking day after, nmol/L. */
  readonly testosteroneDay: number;
  /** Σ SWA over focal NREM epochs, SWA·h. */
  readonly swaIntegral: number;
  /** Synaptic headroom at wake, W_max − W: the capacity for new potentiation that sleep restored. */
  readonly synapticHeadroom: number;
  /** Learning capacity (W_max − W)/(W_max − W_min) at the morning test (synapses.ts). */
  readonly learningCapacity: number;
  /** Neurotransmitter balance at the morning test, % (neurotransmitters/metrics.ts). */
  readonly neurotransmitterBalance: number;
  /** Overnight fall of interstitial Aβ, % (positive). */
  readonly abetaFall: number;
  /** Fatigue 2 h after wake: the rested reference of the PVT lapse model. */
  readonly fatigueAtTest: number;
  /** Amygdala reactivity 2 h after wake (emotion), the rested reference of amygdalaReactivity_pct. */
  readonly amygdalaAtTest: number;
  /** Brain energy store 2 h after wake, relative (1 = full). */
  readonly energyAtTest: number;
  /** Share (0–1) of the night's repair need met lights-off → lights-on (repair/metrics.ts). */
  readonly repairNight: number;
}

/** Seed of the default baseline night that defines the units (the core's SWA unit uses seed 1 too). */
export const RESTORATION_BASELINE_SEED = 1;

export const RESTORATION_BASELINE: BaselineQuantities = {
  testosteroneDay: 16.57408313070025,
  swaIntegral: 3.272575437587999,
  synapticHeadroom: 0.7031500697135926,
  learningCapacity: 0.6067190766334534,
  neurotransmitterBalance: 99.22228852907816,
  abetaFall: 38.3859417225475,
  fatigueAtTest: 0.22863665223121643,
  amygdalaAtTest: 1.0986666679382324,
  energyAtTest: 0.8978440761566162,
  repairNight: 0.7626460272569608,
};
