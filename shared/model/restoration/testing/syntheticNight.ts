/**
 * Synthetic core trajectories for unit tests of the restoration modules: a few days of
 * 23:00–07:00 nights with canonical NREM–REM cycles (SWS early, REM late; Carskadon & Dement),
 * Process S from the two-process equations (τ_w 18.2 h, τ_s 4.2 h), a sinusoidal clock with
 * CBTmin at 04:30. Not a model of anything; a fixed, readable input.
 */
import { EPOCHS_PER_HOUR, EPOCH_H, STAGE_CODE } from '../../result';
import type { CoreTrajectory } from '../../trajectory';

export interface SyntheticOptions {
  /** Nights before the focal one (habitual 23:00–07:00). */
  readonly nightsBefore?: number;
  /** Focal time in bed, h (0 = a night awake). */
  readonly focalTimeInBed_h?: number;
  /** Scale of N3 durations and SWA in the focal night (slow-wave suppression < 1). */
  readonly focalSwsScale?: number;
  /** Arousals per hour imposed in the focal night (one-epoch wake each). */
  readonly focalArousalsPerHour?: number;
  /**
   * Clock time of the focal lights-off on the focal slot's 12–36 scale (default 23). Later than
   * 23 means the habitual night before it is spent awake (33 = day sleep at 09:00 after a night
   * awake).
   */
  readonly focalLightsOff_clock_h?: number;
}

const CYCLE_N3_MIN = [40, 25, 10, 0, 0, 0];
const CYCLE_REM_MIN = [10, 18, 22, 28, 30, 30];

export function syntheticTrajectory(options: SyntheticOptions = {}): CoreTrajectory {
  const nightsBefore = options.nightsBefore ?? 3;
  const tib = options.focalTimeInBed_h ?? 8;
  const swsScale = options.focalSwsScale ?? 1;
  const arousals = options.focalArousalsPerHour ?? 0;
  const focalClock = options.focalLightsOff_clock_h ?? 23;
  const shift = focalClock - 23; // hours from the habitual 23:00 of the focal slot to lights-off
  // Start at 12:00 nightsBefore days before the focal day; end at midnight after the day after.
  const start_h = -11 - 24 * nightsBefore - shift;
  const end_h = 25 + 24; // 24:00 of the day after
  const epochs = Math.round((end_h - start_h) * EPOCHS_PER_HOUR);
  const clock_h = new Float64Array(epochs);
  const stage = new Uint8Array(epochs);
  const inBed = new Uint8Array(epochs);
  const processS = new Float32Array(epochs);
  const adenosine = new Float32Array(epochs);
  const circadianAlerting = new Float32Array(epochs);
  const circadianPhase_rad = new Float32Array(epochs);
  const melatonin = new Float32Array(epochs);
  const swa = new Float32Array(epochs);
  const zeros = new Float32Array(epochs);
  const lightOut = new Float32Array(epochs);
  for (let i = 0; i < epochs; i++) {
    const t = start_h + i * EPOCH_H;
    const clock = (((focalClock + t) % 24) + 24) % 24;
    clock_h[i] = clock;
    circadianPhase_rad[i] = (2 * Math.PI * (clock - 4.5)) / 24;
    circadianAlerting[i] = Math.cos((2 * Math.PI * (clock - 20.5)) / 24);
  }
  const toEpoch = (t: number): number => Math.round((t - start_h) * EPOCHS_PER_HOUR);
  const nights: { off: number; tib: number; focal: boolean }[] = [];
  for (let k = nightsBefore; k >= 1; k--) nights.push({ off: -24 * k - shift, tib: 8, focal: false });
  nights.push({ off: 0, tib, focal: true });
  let onsetFocal: number | null = null;
  let wakeFocal: number | null = null;
  for (const night of nights) {
    if (night.tib <= 0) continue;
    const a = toEpoch(night.off);
    const b = toEpoch(night.off + night.tib);
    for (let i = a; i < b; i++) inBed[i] = 1;
    let i = a + 30; // 15-min latency
    const scale = night.focal ? swsScale : 1;
    for (let c = 0; i < b; c++) {
      const n3 = Math.round(2 * (CYCLE_N3_MIN[c] ?? 0) * scale);
      const rem = 2 * (CYCLE_REM_MIN[c] ?? 30);
      const segments: [number, number][] = [
        [STAGE_CODE.N1, 10],
        [STAGE_CODE.N2, 30],
        [STAGE_CODE.N3, n3],
        [STAGE_CODE.N2, 180 - 40 - n3 - rem],
        [STAGE_CODE.R, rem],
      ];
      for (const [code, len] of segments) for (let k = 0; k < len && i < b; k++) stage[i++] = code;
    }
    if (night.focal) {
      onsetFocal = a + 30;
      wakeFocal = b;
      if (arousals > 0) {
        const every = Math.max(2, Math.round(EPOCHS_PER_HOUR / arousals));
        for (let j = a + 30 + every; j < b; j += every) stage[j] = STAGE_CODE.W;
      }
    }
  }
  // Process S (two-process model) and SWA tied to S.
  let s = 0.25;
  const up = Math.exp(-EPOCH_H / 18.2);
  const down = Math.exp(-EPOCH_H / 4.2);
  for (let i = 0; i < epochs; i++) {
    const st = stage[i]!;
    s = st === STAGE_CODE.W ? 1 - (1 - s) * up : s * down;
    processS[i] = s;
    adenosine[i] = 0.8 + 0.5 * s;
    const focalNight = i >= toEpoch(0) && i < toEpoch(24);
    const depth = st === STAGE_CODE.N3 ? 1.25 : st === STAGE_CODE.N2 ? 0.45 : st === STAGE_CODE.N1 ? 0.15 : 0;
    swa[i] = ((depth * s) / 0.6) * (focalNight ? swsScale : 1);
    lightOut[i] = st === STAGE_CODE.W ? 300 : 0;
  }
  return {
    epochs,
    start_h,
    focalLightsOff_clock_h: focalClock,
    clock_h,
    stage,
    inBed,
    processS,
    adenosine,
    circadianAlerting,
    circadianPhase_rad,
    melatonin,
    swa,
    light_lux: lightOut,
    caffeine_mgPerL: zeros,
    alcohol_gPerL: zeros,
    focal: {
      lightsOff: toEpoch(0),
      lightsOn: toEpoch(tib > 0 ? tib : 8),
      sleepOnset: onsetFocal,
      finalWake: wakeFocal,
      awakeNight: tib <= 0,
      nextMidnight: toEpoch(25 - shift),
    },
  };
}
