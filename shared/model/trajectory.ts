/**
 * CHANGES by the core (issue 3): added `a1Receptor` (A1 receptor density, sleep debt; optional so synthetic test nights need not carry it);
 * `circadianAlerting` is the circadian process C of the two-process thresholds (peaks
 * mid-afternoon, ≈ 10.7 h after CBTmin, amplitude-weighted); `circadianPhase_rad` is wrapped
 * to [0, 2π). Fields were only added, none removed.
 *
 * The seam between the core (protocol, homeostat, circadian clock, melatonin, sleep–wake
 * switch, ultradian stages, pharmacology) and the restoration modules (neurotransmitters,
 * synapses, glymphatic, endocrine, outcome): what every restoration module reads. The modules
 * themselves implement restoration/module.ts.
 *
 * The core integrates the sleep–wake state on the 30-s grid; the restoration modules then run
 * over the same grid, epoch by epoch, reading the core's state. Their feedback onto sleep is
 * carried by the core itself (caffeine and alcohol act on adenosine and architecture there).
 * All arrays are `epochs` long, epoch i at time_h = start_h + i · EPOCH_H.
 */

export interface FocalMarks {
  /** Epoch of the focal lights-off and lights-on (for a night awake: the habitual window). */
  readonly lightsOff: number;
  readonly lightsOn: number;
  /** First epoch of any sleep stage after lights-off, or null if none. */
  readonly sleepOnset: number | null;
  /** First epoch of the final wake (after the last sleep epoch), or null if no sleep. */
  readonly finalWake: number | null;
  /** True when the focal time in bed is 0 (a night spent awake). */
  readonly awakeNight: boolean;
  /** Epoch of midnight that starts the day after the focal night. */
  readonly nextMidnight: number;
}

export interface CoreTrajectory {
  readonly epochs: number;
  /** Hours since the focal lights-off of epoch 0 (negative: the run-in and prior nights). */
  readonly start_h: number;
  /** Focal lights-off on the focal slot's 12–36 clock scale. */
  readonly focalLightsOff_clock_h: number;
  /** Clock hour 0–24 of each epoch. */
  readonly clock_h: Float64Array;
  /** STAGE_CODE per epoch. */
  readonly stage: Uint8Array;
  /** 1 while in bed (lights off), else 0. */
  readonly inBed: Uint8Array;
  /** Process S on the two-process scale (0–1). */
  readonly processS: Float32Array;
  /** Extracellular adenosine, relative (mean waking baseline ≈ 1). */
  readonly adenosine: Float32Array;
  /** A1 adenosine receptor density, relative (1 = rested); rises with sleep debt over days. */
  readonly a1Receptor?: Float32Array;
  /**
   * Circadian drive for alertness ≈ −1..1: the circadian process C that raises both sleep
   * thresholds, peaking mid-afternoon (≈ 10.7 h after CBTmin); flattened when light lowers the
   * pacemaker's amplitude.
   */
  readonly circadianAlerting: Float32Array;
  /** Circadian phase in radians, 0 at the core-body-temperature minimum, wrapped to [0, 2π). */
  readonly circadianPhase_rad: Float32Array;
  /** Plasma melatonin, pg/mL. */
  readonly melatonin: Float32Array;
  /** Slow-wave activity, relative (default baseline first NREM episode ≈ 1); 0 in wake and REM. */
  readonly swa: Float32Array;
  /** Light at the eye, lux (after eyelid attenuation). */
  readonly light_lux: Float32Array;
  /** Brain caffeine concentration, mg/L; blood alcohol, g/L. */
  readonly caffeine_mgPerL: Float32Array;
  readonly alcohol_gPerL: Float32Array;
  readonly focal: FocalMarks;
}
