/**
 * The homeostat: Process S on the two-process 0–1 scale, extracellular adenosine and A1
 * receptor adaptation (sleep debt, caffeine tolerance).
 *
 * - Wake: dS/dt = (μ − S)/χ_w, exact per epoch (Daan, Beersma & Borbély 1984).
 * - Sleep: S is discharged by slow-wave activity, dS/dt = −SWA/(χ_s·φ̄) (Achermann et al. 1993
 *   couple S to SWA this way); φ̄ is the mean SWA/S over a typical night, so an ordinary night
 *   decays S with the two-process time constant χ_s while REM, N1 and suppressed slow waves
 *   discharge less.
 * - Adenosine follows S while awake and is 15–20 % lower asleep (Porkka-Heiskanen et al. 2000).
 * - A1 receptors up-regulate over days with adenosine excess (Elmenhorst et al. 2017) and with
 *   chronic caffeine blockade (tolerance), after the receptor–ligand idea of Phillips, Klerman &
 *   Butler 2017. The share ε of the sleep drive that passes through A1 signalling is what
 *   caffeine can block and what receptor debt amplifies.
 */
import type { ParameterValues } from '../parameters';
import { EPOCH_H } from '../result';

/**
 * Share of a chronic caffeine blockade that A1 up-regulation compensates (design choice,
 * calibrated: CAF-06 null effect of habitual caffeine, without a withdrawal-like excess).
 */
const TOLERANCE_SHARE = 0.8;

/**
 * Time constant of the running mean of S that stands for the sleep debt the arousal system
 * reads (design choice: about a day, so one night awake raises it for the whole recovery night
 * while the fall of S within a night, or a few awakenings, barely move it).
 */
const DEBT_TAU_H = 24;

/** S around which adenosine is 1 (mean waking S of an entrained day, ≈ 0.4). */
const ADENOSINE_REFERENCE_S = 0.4;

export class Homeostat {
  S: number;
  adenosine = 1;
  a1Receptor = 1;
  /** The two factors of a1Receptor: up-regulation by adenosine (sleep debt) and by caffeine (tolerance). */
  a1Adenosine = 1;
  a1Tolerance = 1;
  /** Running mean of S over about a day: the sleep debt that deepens sleep (see DEBT_TAU_H). */
  debt: number;
  private readonly mu: number;
  private readonly debtDecay: number;
  private readonly wakeDecay: number;
  private readonly dischargePerSwa: number;
  private readonly adenosineDecay: number;
  private readonly adenosineGain: number;
  private readonly sleepDrop: number;
  private readonly a1Decay: number;
  private readonly a1Gain: number;
  private readonly share: number;
  private readonly onsetShare: number;
  private readonly swaShare: number;

  constructor(params: ParameterValues, initialS: number, asymptote: number) {
    this.S = initialS;
    this.debt = ADENOSINE_REFERENCE_S;
    this.debtDecay = Math.exp(-EPOCH_H / DEBT_TAU_H);
    this.mu = asymptote;
    this.wakeDecay = Math.exp(-EPOCH_H / params.sTauWake_h);
    this.dischargePerSwa = EPOCH_H / (params.sTauSleep_h * params.swaDischargeShare);
    this.adenosineDecay = Math.exp(-EPOCH_H / params.adenosineTau_h);
    this.adenosineGain = params.adenosineGain;
    this.sleepDrop = params.adenosineSleepDrop;
    this.a1Decay = Math.exp(-EPOCH_H / (24 * params.a1AdaptationTau_d));
    this.a1Gain = params.a1AdenosineGain;
    this.share = params.a1ShareOfDrive;
    this.onsetShare = params.caffeineOnsetShare;
    this.swaShare = params.caffeineSwaShare;
  }

  /** One epoch awake. */
  wake(): void {
    this.S = this.mu - (this.mu - this.S) * this.wakeDecay;
  }

  /** One epoch asleep with slow-wave activity `swa` (on the S scale). */
  sleep(swa: number): void {
    const s = this.S - this.dischargePerSwa * swa;
    this.S = s > 0 ? s : 0;
  }

  /** Adenosine, receptors and the running sleep debt after the epoch; `block` = fraction of A1 signalling blocked by caffeine. */
  updateAdenosine(asleep: boolean, block: number): void {
    this.debt = this.S + (this.debt - this.S) * this.debtDecay;
    const target =
      Math.max(0.05, 1 + this.adenosineGain * (this.S - ADENOSINE_REFERENCE_S)) * (asleep ? 1 - this.sleepDrop : 1);
    this.adenosine = target + (this.adenosine - target) * this.adenosineDecay;
    // Up-regulation by adenosine excess (sleep debt) and compensation of chronic blockade
    // (tolerance), kept as two factors that relax with the same time constant, R = R_a·R_c: the
    // caffeine channels read the tolerance R_c alone, the drive the debt R_a alone (design
    // choice; their product is the receptor density the restoration reads).
    const adenosineTarget = 1 + this.a1Gain * (this.adenosine - 1);
    const toleranceTarget = 1 / (1 - TOLERANCE_SHARE * block);
    this.a1Adenosine = adenosineTarget + (this.a1Adenosine - adenosineTarget) * this.a1Decay;
    this.a1Tolerance = toleranceTarget + (this.a1Tolerance - toleranceTarget) * this.a1Decay;
    this.a1Receptor = this.a1Adenosine * this.a1Tolerance;
  }

  /**
   * The part of caffeine's A1 block `block` not yet compensated by tolerance: the deficit of A1
   * signalling below its norm, 1 − R_c·(1 − block), never below 0 nor above the block. Acute
   * caffeine (R_c = 1) gives the block; a habitual user's up-regulated receptors cancel most of
   * it (Weibel et al. 2021, CAF-06). Caffeine's channels on sleep read this.
   */
  caffeineDeficit(block: number): number {
    const d = 1 - this.a1Tolerance * (1 - block);
    return d <= 0 ? 0 : d < block ? d : block;
  }

  /**
   * Homeostatic drive seen by the sleep–wake switch: the A1 share ε of S scaled by the receptor
   * debt R_a, less caffeine's uncompensated deficit u with its own share κ (caffeineOnsetShare).
   * The switch is steep (softness 0.015 on S) and the published latency effect modest
   * (Gardiner et al. 2023: SOL +9 min), so caffeine cannot act through the whole A1 share
   * (supported; κ calibrated). Without caffeine, as before: S·(1 + ε(R − 1)).
   */
  switchDrive(block: number): number {
    return this.S * (1 + this.share * (this.a1Adenosine - 1) - this.onsetShare * this.caffeineDeficit(block));
  }

  /**
   * Drive that sets the SWA ceiling: caffeine's uncompensated deficit lowers it with its own
   * share (slow-wave channel; Landolt et al. 1995; Gardiner et al. 2023: N3 −11.4 min);
   * receptor debt does not raise it (Landolt 2004).
   */
  swaDrive(block: number): number {
    return this.S * (1 - this.swaShare * this.caffeineDeficit(block));
  }
}

/** S at a moment `hoursAwake` after waking with S = sWake (wake branch of the two-process model). */
export function sAfterWake(sWake: number, hoursAwake: number, tauWake_h: number, mu = 1): number {
  return mu - (mu - sWake) * Math.exp(-hoursAwake / tauWake_h);
}

export interface TwoProcessOptions {
  readonly tauWake_h: number;
  readonly tauSleep_h: number;
  readonly upper: number;
  readonly lower: number;
  /** Circadian amplitude a of the thresholds. */
  readonly amplitude: number;
  /** Hour of the peak of C(t) = cos(2π(t − φ)/24). */
  readonly peak_h: number;
  readonly duration_h: number;
  readonly dt_h?: number;
}

/**
 * The classical two-process model (Daan, Beersma & Borbély 1984) on its own, with hard
 * thresholds and exponential S, free of the protocol: for the analytic checks (TPM rows).
 * Returns the sleep onsets and wake times, in hours.
 */
export function runTwoProcess(o: TwoProcessOptions): { onsets: number[]; wakes: number[] } {
  const dt = o.dt_h ?? 1 / 3600;
  const riseDecay = Math.exp(-dt / o.tauWake_h);
  const fallDecay = Math.exp(-dt / o.tauSleep_h);
  let S = (o.upper + o.lower) / 2;
  let asleep = false;
  const onsets: number[] = [];
  const wakes: number[] = [];
  const steps = Math.round(o.duration_h / dt);
  for (let i = 1; i <= steps; i++) {
    const t = i * dt;
    S = asleep ? S * fallDecay : 1 - (1 - S) * riseDecay;
    const c = o.amplitude * Math.cos((2 * Math.PI * (t - o.peak_h)) / 24);
    if (!asleep && S >= o.upper + c) {
      asleep = true;
      onsets.push(t);
    } else if (asleep && S <= o.lower + c) {
      asleep = false;
      wakes.push(t);
    }
  }
  return { onsets, wakes };
}
