/**
 * The sleep–wake switch inside time in bed: two-process thresholds modulated by the pacemaker
 * (as in Skeldon et al. 2023, HCL), made soft. Out of bed the sleeper is awake. In bed and in
 * wake mode, sleep starts with hazard λ_on·e^{(D − H⁺)/σ}; in sleep mode, the final awakening
 * comes with hazard λ_off·e^{(H⁻ − δ·max(0, D̄ − D̄₀) − D)/σ}, where D is the homeostatic drive
 * after caffeine and A1 receptor adaptation, H± = H₀± + a·C(θ), and D̄ the sleep debt (running
 * mean of S over about a day): a debt above the ordinary postpones the final awakening, so
 * recovery sleep runs long (hypothesis, sized on Dijk et al. 1990 and Rosenthal et al. 1991).
 * Between the thresholds the switch keeps its state (the hysteresis of the two-process model),
 * so a long time in bed ends when the sleeper is rested.
 *
 * A daytime opportunity (hypothesis): until the first bout of a time in bed ends, the onset
 * threshold is H⁺ − Δ·w, w a circadian weight peaking at 14:00 (nil at night): falling asleep
 * in the biological day is easy (MSLT). A bout begun below H⁺ this way is a nap and ends at its
 * first awakening once D is below its onset threshold: staying asleep in the day is hard.
 *
 * Inside sleep mode, brief awakenings (stage-dependent: most from N1 and REM, fewest from N3)
 * and imposed arousals fragment sleep without flipping the switch; sleep resumes through N1.
 *
 * Arousability (what makes a brief awakening likely) has these channels:
 * - debt and phase: the hazard scales as (D̄₀/D̄)^k·e^{g·(c − c₀)}, D̄ the sleep debt and c the
 *   circadian drive of the thresholds. A slow debt, not S itself: S decays exponentially within
 *   a night, so S alone left the late recovery night as fragmented as baseline and fed back on
 *   every fragmentation (fewer awakenings as less SWA left S higher) strongly enough to cancel
 *   the effects of age and caffeine. Sleep after sleep loss (recovery, short nights) is
 *   consolidated, sleep where the clock opposes it (day sleep) fragile (supported: Williams et
 *   al. 1964 [R]; Åkerstedt et al. 1997; Dijk & Czeisler 1995 [R]; Yamazaki et al. 2021);
 * - caffeine: × (1 + g·u), u its uncompensated A1 block (supported: Clark & Landolt 2017;
 *   Gardiner et al. 2023 WASO +12 min, N1 +6.1 min);
 * - alcohol withdrawal in the second half of the night (Ebrahim et al. 2013);
 * - light at the closed eyes: extra micro-arousals, saturating in lux and weighted by stage
 *   (supported direction: Cho et al. 2013, 2016; size a hypothesis). Light at the open eyes
 *   also slows sleep onset (alerting, Cajochen et al. 2000; supported).
 * One uniform draw per stream and epoch, whatever happens, keeps two nights with the same seed
 * on the same noise (common random numbers).
 */
import type { ParameterValues } from '../parameters';
import type { AgeFactors } from '../age/age';
import { EPOCH_H, STAGE_CODE } from '../result';

// Imported bindings are getter calls under the dev and test module loaders (tsx, vitest: a
// measurable share of the per-epoch time); module-local copies, same values, avoid them.
const EPOCH = EPOCH_H;

/** Probability of at least one event in an epoch with expected count `h` (1 − e^{−h}, cheap when small). */
function chance(h: number): number {
  return h < 1e-3 ? h * (1 - 0.5 * h) : 1 - Math.exp(-h);
}

/** What the switch decided for this epoch. */
export const SWITCH = {
  /** Awake in wake mode, or out of bed. */
  wake: 0,
  /** First sleep epoch after wake mode. */
  onset: 1,
  /** Asleep, continuing. */
  sleep: 2,
  /** Awake briefly inside sleep mode. */
  brief: 3,
  /** First sleep epoch after a brief awakening. */
  resume: 4,
  /** Imposed arousal that lightens sleep to N1 without waking. */
  arousal: 5,
} as const;

/** Relative brief-awakening hazard by the previous epoch's stage (W, R, N1, N2, N3). */
const AWAKENING_BY_STAGE = new Float64Array([0, 1.5, 3, 1, 0.2]);
/** Share of imposed arousals long enough (≥ 15 s) to be scored as a wake epoch (design choice). */
const AROUSAL_WAKE_SHARE = 0.35;
/**
 * Sleep debt D̄₀ (S scale) at which the debt factor is 1: a little above its value over the
 * default baseline night (≈ 0.40), set so that night keeps ARCH-08's WASO and awakeningRate_perH
 * its meaning of "an ordinary night" (calibrated with ARCH-08).
 */
const LN_DEPTH_REFERENCE = Math.log(0.43);
/** Mean circadian drive c over the sleep of the default baseline night (measured): where the circadian factor is 1. */
const CIRCADIAN_REFERENCE = -0.88;
/**
 * Sleep debt (running mean of S) of an ordinary entrained day, ≈ 0.40 over the baseline night
 * (measured): only a debt above it postpones the final awakening (design choice: a rested
 * sleeper given a long opportunity is not woken earlier, RECOV-06).
 */
const DEBT_NEUTRAL = 0.4;
/** Debts below this count as this (design choice: no runaway after a long rest). */
const DEPTH_FLOOR = 0.02;
/** The depth factor is capped at e^4 (design choice). */
const DEPTH_MAX_EXPONENT = 4;
/** How far (S) the drive falls below a nap's onset threshold before the nap ends (design choice, hypothesis). */
const NAP_WAKE_MARGIN = 0.02;
/** Light at the open eyes giving half the alerting response (Cajochen et al. 2000: ≈ 100 lux). */
const ALERTING_HALF_LUX = 100;

export class SleepSwitch {
  sleepMode = false;
  briefWake = false;
  private readonly onsetPerEpoch: number;
  private readonly offPerEpoch: number;
  private readonly invSoftness: number;
  private readonly awakeningPerEpoch: number;
  private readonly resumeProbability: number;
  private readonly sedation: number;
  private readonly reboundGain: number;
  private readonly depthExponent: number;
  private readonly debtShift: number;
  private readonly circadianArousal: number;
  private readonly cafAwakeningGain: number;
  private readonly lightArousalRate: number;
  private readonly lightArousalHalf: number;
  private readonly lightAlerting: number;
  private readonly napDrop: number;
  /** A sleep bout has ended since the sleeper went to bed (the opportunity's lowered onset threshold is spent). */
  private opportunitySpent = false;
  /** The current bout began only through the lowered threshold (a nap a rested sleeper would not take spontaneously). */
  private napBout = false;

  constructor(params: ParameterValues, age: AgeFactors) {
    this.onsetPerEpoch = params.sleepOnsetRate_perH * EPOCH_H;
    this.offPerEpoch = params.finalWakeRate_perH * EPOCH_H;
    this.invSoftness = 1 / params.switchSoftness;
    this.awakeningPerEpoch = params.awakeningRate_perH * age.awakeningRate * EPOCH_H;
    this.resumeProbability = 1 - Math.exp(-(EPOCH_H * 60) / (params.awakeningDuration_min * age.awakeningDuration));
    this.sedation = params.alcoholSedation;
    this.reboundGain = params.alcoholRebound;
    this.depthExponent = params.awakeningDepthExponent;
    this.debtShift = params.debtWakeThresholdShift;
    this.circadianArousal = params.awakeningCircadianGain;
    this.cafAwakeningGain = params.caffeineAwakeningGain;
    this.lightArousalRate = params.lightArousalRate_perH;
    this.lightArousalHalf = params.lightArousalHalf_lux;
    this.lightAlerting = params.lightAlerting;
    // The daytime propensity is a circadian signal: it shrinks with the circadian amplitude of
    // the thresholds in older sleepers, whose daytime sleep propensity is lower (supported
    // direction: Dijk et al. 2010, Sleep 33:211, longer MSLT latencies in older adults).
    this.napDrop = params.napOnsetThresholdDrop * age.circadianAmplitude;
  }

  // Inputs of the epoch, written by the core before `step` (fields, not arguments: a call that is
  // not inlined would box every floating-point argument, an allocation per epoch).
  /** Homeostatic drive and the thresholds now (S scale). */
  drive = 0.5;
  upper = 0.5;
  lower = 0.5;
  /** Blood alcohol (g/L) and the alcohol elimination rate (g/L/h). */
  bac = 0.5;
  rebound = 0.5;
  /** Imposed arousals per hour. */
  arousalRate = 0.5;
  /** Sleep debt: the running mean of S over about a day (Homeostat.debt). */
  debt = 0.5;
  /** Circadian drive of the thresholds now (−1..1; high = the clock opposes sleep). */
  circadian = 0.5;
  /** Caffeine's A1 block not compensated by receptors (Homeostat.caffeineDeficit). */
  caffeine = 0.5;
  /** Daytime sleep-propensity weight (0..1; 0 from 20:00 to 08:00, 1 near 14:00 by the clock). */
  napWeight = 0.5;
  /** Light at the retina this epoch, lux (eyelid-attenuated while asleep). */
  lux = 0.5;
  /** This epoch's uniform draws, one per stream. */
  uSwitch = 0.5;
  uWake = 0.5;
  uArousal = 0.5;

  /** One epoch, given the inputs above and the previous epoch's stage. Returns a SWITCH code. */
  step(inBed: boolean, prevStage: number): number {
    const drive = this.drive;
    const upper = this.upper;
    const lower = this.lower;
    const bac = this.bac;
    const rebound = this.rebound;
    const lux = this.lux;
    const uSwitch = this.uSwitch;
    const uWake = this.uWake;
    const uArousal = this.uArousal;
    if (!inBed) {
      this.sleepMode = false;
      this.briefWake = false;
      this.opportunitySpent = false;
      return SWITCH.wake;
    }
    // The lowered onset threshold of a daytime opportunity (napOnsetThresholdDrop, below).
    const napOnset = upper - this.napDrop * this.napWeight;
    if (!this.sleepMode) {
      // A daytime opportunity in bed lowers the onset threshold until its first sleep bout ends
      // (hypothesis: napOnsetThresholdDrop). Falling asleep in the biological day is easy (MSLT),
      // staying asleep is not: after that bout the sleeper needs the ordinary threshold again,
      // so a long afternoon in bed gives one nap, not hours of dozing (RECOV-02, RECOV-06).
      const onsetThreshold = this.opportunitySpent ? upper : napOnset;
      let hazard =
        this.onsetPerEpoch * Math.exp((drive - onsetThreshold) * this.invSoftness) * (1 + this.sedation * bac);
      if (lux > 0) hazard /= 1 + (this.lightAlerting * lux) / (lux + ALERTING_HALF_LUX);
      if (uSwitch < chance(hazard)) {
        this.sleepMode = true;
        this.briefWake = false;
        this.napBout = this.napWeight > 0 && !this.opportunitySpent && drive < upper;
        return SWITCH.onset;
      }
      return SWITCH.wake;
    }
    // A sleep debt above the ordinary one lowers the threshold of the final awakening, so
    // recovery sleep lasts longer (hypothesis, sized on RECOV-01/02; see the parameter).
    const excessDebt = this.debt > DEBT_NEUTRAL ? this.debt - DEBT_NEUTRAL : 0;
    let wakeThreshold = lower - this.debtShift * excessDebt;
    // A nap ends when the drive has fallen a little below the nap's own onset threshold
    // (hypothesis: the circadian wake signal of the biological day ends daytime sleep early,
    // Dijk & Czeisler 1995 [R]; Åkerstedt), not at the night's lower threshold.
    if (this.napBout) {
      const napWake = napOnset - NAP_WAKE_MARGIN;
      if (napWake > wakeThreshold) wakeThreshold = napWake;
    }
    const offExponent = (wakeThreshold - drive) * this.invSoftness;
    // Below e^-30 the hazard is nil; skip the exponential (most sleeping epochs).
    if (offExponent > -30 && uSwitch < chance(this.offPerEpoch * Math.exp(offExponent))) {
      this.sleepMode = false;
      this.briefWake = false;
      this.opportunitySpent = true;
      this.napBout = false;
      return SWITCH.wake;
    }
    if (this.briefWake) {
      if (uWake < this.resumeProbability) {
        this.briefWake = false;
        return SWITCH.resume;
      }
      return SWITCH.brief;
    }
    // Imposed arousals, plus those driven by light at the closed eyes; these, like spontaneous
    // awakenings, come least from N3, where the arousal threshold is highest (stage weights).
    // Only sleep reads them, so they are computed here, not for every waking epoch.
    let arousalRate = this.arousalRate;
    if (lux > 0)
      arousalRate +=
        ((this.lightArousalRate * lux) / (lux + this.lightArousalHalf)) * (AWAKENING_BY_STAGE[prevStage] ?? 1);
    if (arousalRate > 0) {
      const p = 1 - Math.exp(-arousalRate * EPOCH);
      if (uArousal < p * AROUSAL_WAKE_SHARE) {
        this.briefWake = true;
        return SWITCH.brief;
      }
      if (uArousal < p) return SWITCH.arousal;
    }
    let depth =
      this.depthExponent * (LN_DEPTH_REFERENCE - Math.log(this.debt > DEPTH_FLOOR ? this.debt : DEPTH_FLOOR)) +
      this.circadianArousal * (this.circadian - CIRCADIAN_REFERENCE);
    if (depth > DEPTH_MAX_EXPONENT) depth = DEPTH_MAX_EXPONENT;
    const awakening =
      this.awakeningPerEpoch *
      (AWAKENING_BY_STAGE[prevStage] ?? 1) *
      (1 + this.reboundGain * rebound) *
      (1 + this.cafAwakeningGain * this.caffeine) *
      Math.exp(depth);
    if (uWake < chance(awakening)) {
      // In a nap, an awakening is the end of it: the circadian wake signal of the biological
      // day holds the sleeper awake (hypothesis; daytime sleep is short and fragile: Dijk &
      // Czeisler 1995 [R]; Åkerstedt et al. 1997). Without this a rested sleeper in bed all
      // afternoon dozes in and out for hours (RECOV-02's control).
      if (this.napBout && drive < napOnset) {
        this.sleepMode = false;
        this.opportunitySpent = true;
        this.napBout = false;
        return SWITCH.wake;
      }
      this.briefWake = true;
      return SWITCH.brief;
    }
    return SWITCH.sleep;
  }
}

export const WAKE_STAGE = STAGE_CODE.W;
