/**
 * The ultradian NREM/REM cycle, NREM depth and slow-wave activity.
 *
 * REM pressure P (a phenomenological reduction of the reciprocal-interaction REM oscillator of
 * McCarley & Massaquoi 1986, with Process S inhibiting REM as in Massaquoi & McCarley 1992)
 * builds during NREM and discharges during REM:
 *   NREM: dP/dt = (1 − β_S·S + g_C·c(θ))/T_N / (1 + k_alc·BAC)     → REM when P ≥ 1
 *   REM:  dP/dt = −(1 + γ_S·S − g_C·c(θ))/T_R                       → NREM when P ≤ 0
 * so high S early in the night lengthens NREM episodes and shortens REM episodes, and the
 * circadian REM propensity c(θ) (peak ≈ 1 h after CBTmin, Dijk & Czeisler 1995) lengthens REM
 * toward morning. A small random walk jitters cycle lengths.
 *
 * SWA follows Achermann et al. 1993 on the S scale: in N2/N3 a logistic rise toward its ceiling
 * (S after caffeine, age and acoustic suppression) at rate r_c·S₀/S_U; in REM, N1 and wake an
 * exponential fall toward a floor. NREM epochs with SWA above the N3 threshold are scored N3
 * (AASM: ≥ 20 % slow waves), so N3 concentrates early in the night as S falls. Age lowers the
 * recorded SWA (and so N3), not the homeostatic discharge.
 */
import type { ParameterValues } from '../parameters';
import type { AgeFactors } from '../age/age';
import { EPOCH_H, STAGE_CODE } from '../result';
import { SWITCH } from '../switch/sleepSwitch';

// Imported bindings are getter calls under the dev and test module loaders (tsx, vitest: a
// measurable share of the per-epoch time); module-local copies, same values, avoid them.
const { wake: SW_WAKE, brief: SW_BRIEF, onset: SW_ONSET, resume: SW_RESUME, arousal: SW_AROUSAL } = SWITCH;
const { W: STAGE_W, R: STAGE_R, N1: STAGE_N1, N2: STAGE_N2, N3: STAGE_N3 } = STAGE_CODE;

/** SWA floor on the S scale (Achermann's SWA_L), design choice. */
export const SWA_FLOOR = 0.03;
/** N1 epochs after a brief awakening (1 min), design choice. */
const RESUME_N1_EPOCHS = 2;
/** Knock-down of SWA by one imposed arousal (design choice). */
const AROUSAL_SWA_KEEP = 0.8;
/** Minimum NREM before REM can start, min (no sleep-onset REM in healthy sleepers). */
const MIN_NREM_EPOCHS = 2 * 20;
const SQRT12 = Math.sqrt(12);

export class Ultradian {
  remPressure = 0;
  inRem = false;
  /** Homeostatic SWA on the S scale: what discharges S. */
  swa = SWA_FLOOR;
  private n1Left = 0;
  private nremEpochs = 0;
  private readonly buildPerEpoch: number;
  private readonly sInhibitBuild: number;
  private readonly dischargePerEpoch: number;
  private readonly sShortenRem: number;
  private readonly circadianGain: number;
  private readonly noise: number;
  private readonly onsetN1Epochs: number;
  private readonly swaRiseDecay: number;
  private readonly remDecay: number;
  private readonly wakeDecay: number;
  private readonly n3Threshold: number;
  private readonly alcoholRem: number;
  private readonly alcoholSwa: number;
  private readonly ageSwa: number;

  constructor(params: ParameterValues, age: AgeFactors) {
    const epochMin = EPOCH_H * 60;
    this.buildPerEpoch = epochMin / params.nremBuild_min;
    this.sInhibitBuild = params.nremSInhibition;
    this.dischargePerEpoch = epochMin / (params.remDischarge_min * age.remLength);
    this.sShortenRem = params.remSInhibition;
    this.circadianGain = params.remCircadianGain;
    this.noise = params.ultradianNoise * Math.sqrt(EPOCH_H) * SQRT12;
    this.onsetN1Epochs = Math.max(1, Math.round(params.onsetN1_min / epochMin));
    this.swaRiseDecay = Math.exp(-params.swaRiseRate_perMin * epochMin);
    this.remDecay = Math.exp(-params.swaDecayRem_perMin * epochMin);
    this.wakeDecay = Math.exp(-params.swaDecayWake_perMin * epochMin);
    this.n3Threshold = params.n3Threshold;
    this.alcoholRem = params.alcoholRemSuppression;
    this.alcoholSwa = params.alcoholSedation;
    this.ageSwa = age.swaCeiling;
  }

  /**
   * SWA as recorded on the scalp: the homeostatic SWA scaled by age. The age-related fall of slow
   * waves is treated as an amplitude effect (thinner cortex, fewer large waves) that lowers N3
   * scoring but not the homeostatic discharge (design choice; Carrier et al. 2011 [R]).
   */
  observedSwa(): number {
    return this.swa * this.ageSwa;
  }

  // Inputs of the epoch, written by the core before `step` (fields avoid boxing arguments).
  /** Process S, the drive that sets the SWA ceiling, acoustic suppression (0–1), blood alcohol (g/L). */
  S = 0.5;
  swaDrive = 0.5;
  suppression = 0.5;
  bac = 0.5;
  /** Circadian REM propensity (−1..1) and this epoch's uniform draw. */
  circadianRem = 0.5;
  u = 0.5;

  /** One epoch after the switch decided `event` (a SWITCH code). Returns the stage. */
  step(event: number): number {
    const S = this.S;
    const swaDrive = this.swaDrive;
    const suppression = this.suppression;
    const bac = this.bac;
    const circadianRem = this.circadianRem;
    const u = this.u;
    if (event === SW_WAKE || event === SW_BRIEF) {
      this.swa = SWA_FLOOR + (this.swa - SWA_FLOOR) * this.wakeDecay;
      if (event === SW_WAKE) {
        this.inRem = false;
        this.remPressure = 0;
        this.nremEpochs = 0;
      }
      return STAGE_W;
    }
    if (event === SW_ONSET) {
      this.inRem = false;
      this.remPressure = 0;
      this.nremEpochs = 0;
      this.n1Left = this.onsetN1Epochs;
    } else if (event === SW_RESUME) {
      if (this.n1Left < RESUME_N1_EPOCHS) this.n1Left = RESUME_N1_EPOCHS;
    } else if (event === SW_AROUSAL) {
      this.swa = SWA_FLOOR + (this.swa - SWA_FLOOR) * AROUSAL_SWA_KEEP;
      if (this.n1Left < 1) this.n1Left = 1;
    }

    const jitter = this.noise * (u - 0.5);
    if (!this.inRem) {
      const rate = (1 - this.sInhibitBuild * S + this.circadianGain * circadianRem) / (1 + this.alcoholRem * bac);
      this.remPressure += this.buildPerEpoch * (rate > 0.05 ? rate : 0.05) + jitter;
      this.nremEpochs++;
      if (this.remPressure >= 1 && this.n1Left === 0 && this.nremEpochs >= MIN_NREM_EPOCHS) this.inRem = true;
    } else if (this.n1Left === 0) {
      // Only REM sleep itself discharges REM pressure; an arousal inside REM postpones it.
      const rate = 1 + this.sShortenRem * S - this.circadianGain * circadianRem;
      this.remPressure -= this.dischargePerEpoch * (rate > 0.2 ? rate : 0.2) - jitter;
      if (this.remPressure <= 0) {
        this.inRem = false;
        this.remPressure = 0;
        this.nremEpochs = 0;
      }
    }

    let stage: number;
    if (this.n1Left > 0) {
      this.n1Left--;
      stage = STAGE_N1;
    } else if (this.inRem) {
      stage = STAGE_R;
    } else {
      stage = this.swa * this.ageSwa >= this.n3Threshold ? STAGE_N3 : STAGE_N2;
    }

    if (stage === STAGE_N2 || stage === STAGE_N3) {
      // Logistic rise toward the ceiling, exact over the epoch (Achermann et al. 1993).
      const ceiling = Math.max(SWA_FLOOR, swaDrive * (1 - suppression) * (1 + 0.5 * this.alcoholSwa * bac));
      this.swa = ceiling / (1 + (ceiling / this.swa - 1) * this.swaRiseDecay);
    } else {
      this.swa = SWA_FLOOR + (this.swa - SWA_FLOOR) * this.remDecay;
    }
    return stage;
  }
}
