/**
 * Performance state across the protocol, read 2 h after the final awakening for the outcome
 * metrics.
 *
 * Fatigue combines the acute homeostatic load (Process S from the core), a circadian performance
 * rhythm c(ψ) and sleep inertia (both SAFTE, Hursh et al. 2004, Aviat Space Environ Med 75:A44)
 * and a chronic sleep debt D, in the spirit of the two-process performance models (UMP,
 * Ramakrishnan et al. 2016, Sleep 39:249):
 *   F = S·(1 − ε·block) − c_C · c(ψ) + c_D · D / 24 h + I
 * where block = C/(C + K_i) is the core's caffeine antagonism of A1 signalling and ε the share of
 * the homeostatic drive passing through it (the core's parameters), so caffeine masks sleep
 * pressure in performance as it does in the sleep–wake switch (Landolt et al. 2004).
 * D is the excess wakefulness of Van Dongen et al. 2003 (Sleep 26:117): waking beyond the critical
 * duration W_crit = 15.84 h of the current wake episode adds to it hour for hour, and recuperative
 * sleep pays it back in proportion to its size, as SAFTE's reservoir refills in proportion to its
 * deficit (Hursh et al. 2004: f = 0.00312 /min, i.e. τ_R ≈ 5.3 h of sleep):
 *   dD/dt = 𝟙[awake, t_wake > W_crit] − r · D / τ_R,  D ≥ 0
 * A share α of each excess hour goes instead to a slow pool D_s repaid over τ_S ≫ τ_R hours of
 * sleep (dD_s/dt = α·𝟙[…] − r·D_s/τ_S): the slowly adapting component of the UMP (Ramakrishnan et
 * al. 2016) and of adenosine-receptor models (Phillips et al. 2017), which lets restriction
 * accumulate over weeks (Van Dongen 2003) and leaves recovery incomplete after three nights
 * (Belenky et al. 2003). Fatigue reads D + D_s.
 * Recuperative sleep r excludes N1 (Wesensten, Balkin & Belenky 1999, J Sleep Res 8:237) and is
 * weighted by continuity, 1 − exp(−t_cont/τ_cont), so sleep cut into short bouts restores little
 * (Bonnet 1989, sleep continuity theory). A wake episode ends after 30 min of recuperative sleep
 * (a sleep episode after 30 min awake).
 * PVT lapses rise linearly with F above the fatigue of a rested morning (the default baseline
 * night's, 2 h after wake) plus a margin; KSS is linear in F (cf. Postnova et al.
 * 2018, J Biol Rhythms 33:203, where KSS is linear in the homeostatic and circadian drives).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import { PHASE_BINS, phaseBin } from '../cortisol/cortisol';
import { memoTable } from '../tables';
import type { InputParameters } from '../../inputs/parameters';
import type { AdenosineParameters } from '../../homeostat/adenosineParameters';
import type { PharmacologyParameters } from '../../pharmacology/parameters';
import type { OutcomeParameters } from './parameters';

/**
 * Its own constants; the habitual schedule (the circadian reference of the fatigue model); and
 * the A1 share of the sleep drive with caffeine's inhibition constant (caffeine lowers fatigue).
 */
export type OutcomeInputs = OutcomeParameters &
  Pick<InputParameters, 'habitualBedtime' | 'habitualTimeInBed_h'> &
  Pick<AdenosineParameters, 'a1ShareOfDrive'> &
  Pick<PharmacologyParameters, 'caffeineKi_mgPerL'>;

/**
 * SAFTE's circadian performance rhythm (Hursh et al. 2004): c = cos(2π(t − p)/24) + β·cos(4π(t − p − p′)/24),
 * β = 0.5, p′ = 3 h, here placed on the pacemaker's phase (acrophase p hours after CBTmin) and
 * scaled to a maximum of 1. Its trough lies near 05:00–07:00 and its peak in the evening
 * wake-maintenance zone, unlike the core's threshold signal C, which peaks mid-afternoon.
 */
export function performanceRhythmTable(acrophaseAfterCbtMin_h: number): Float64Array {
  const table = new Float64Array(PHASE_BINS);
  let max = -Infinity;
  for (let b = 0; b < PHASE_BINS; b++) {
    const t = (b / PHASE_BINS) * 24 - acrophaseAfterCbtMin_h;
    table[b] = Math.cos((2 * Math.PI * t) / 24) + 0.5 * Math.cos((4 * Math.PI * (t - 3)) / 24);
    if (table[b]! > max) max = table[b]!;
  }
  for (let b = 0; b < PHASE_BINS; b++) table[b] = table[b]! / max;
  return table;
}

const CONTINUITY_TABLE = 480;
/** A 10-min PVT with 2–10-s inter-stimulus intervals presents ≈100 stimuli (Basner & Dinges 2011). */
export const PVT_STIMULI = 100;
/** 30 min: the recuperative sleep that ends a wake episode, and the wake that ends a sleep episode. */
const EPISODE_H = 0.5;
const WAKE_EPISODE_EPOCHS = Math.round(EPISODE_H / EPOCH_H);

/** A PVT lapse is a reaction time above 500 ms (Belenky et al. 2003; Basner & Dinges 2011). */
export const PVT_LAPSE_THRESHOLD_MS = 500;

export class Performance {
  private readonly stage: Uint8Array;
  private readonly processS: Float32Array;
  private readonly caffeine: Float32Array;
  readonly fatigue: Float32Array;
  readonly sleepDebt: Float32Array;
  readonly pvtLapses: Float32Array;
  readonly kss: Float32Array;
  /** Continuity weight of each epoch (0 awake or N1), for the sleep-quality part. */
  readonly recuperation: Float32Array;
  private debt = 0;
  private slowDebt = 0;
  /** Epochs of the current sleep run (continuity weight index). */
  private sleepRun = 0;
  /** Hours awake in the current wake episode, recuperative hours of the current sleep episode. */
  private awakeFor = 0;
  private asleepFor = 0;
  private wakeRun = 0;
  private inertia = 0;
  private wasAsleep = false;
  private readonly continuity: Float64Array;
  private readonly rhythm: Float64Array;
  private readonly circadianPhase_rad: Float32Array;
  private readonly criticalWake: number = 0;
  private readonly repayment: number = 0;
  private readonly inertiaMax: number = 0;
  private readonly inertiaDecay: number = 0;
  private readonly circWeight: number = 0;
  private readonly debtWeight: number = 0;
  private readonly slowShare: number = 0;
  private readonly slowRepayment: number = 0;
  private readonly lapsesRested: number = 0;
  private readonly lapseRoom: number = 0;
  private readonly lapsesPerFatigue: number = 0;
  private readonly lapseThreshold: number = 0;
  private readonly kssIntercept: number = 0;
  private readonly kssSlope: number = 0;
  private readonly caffeineKi: number = 0;
  private readonly a1Share: number = 0;

  /**
   * `restedFatigue` is the fatigue of the default baseline night at its test time (the rested
   * reference, RESTORATION_BASELINE.fatigueAtTest): lapses rise above their rested count only
   * with fatigue beyond it.
   */
  constructor(core: CoreTrajectory, p: OutcomeInputs, restedFatigue: number) {
    this.stage = core.stage;
    this.processS = core.processS;
    this.caffeine = core.caffeine_mgPerL;
    // The core's A1 antagonism (block = C/(C + K_i)) and the share of the homeostatic drive that
    // passes through A1 signalling: caffeine masks that share of Process S in performance too.
    this.caffeineKi = p.caffeineKi_mgPerL;
    this.a1Share = p.a1ShareOfDrive;
    const n = core.epochs;
    this.fatigue = new Float32Array(n);
    this.sleepDebt = new Float32Array(n);
    this.pvtLapses = new Float32Array(n);
    this.kss = new Float32Array(n);
    this.recuperation = new Float32Array(n);
    this.circadianPhase_rad = core.circadianPhase_rad;
    const acrophase = p.outcomeCircadianAcrophaseAfterCbtMin_h;
    this.rhythm = memoTable('performance-rhythm', [acrophase], () => performanceRhythmTable(acrophase));
    this.continuity = memoTable('continuity', [p.outcomeContinuityTime_min], () => {
      const continuity = new Float64Array(CONTINUITY_TABLE + 1);
      const tau = (60 * p.outcomeContinuityTime_min) / EPOCH_S;
      for (let k = 0; k <= CONTINUITY_TABLE; k++) continuity[k] = 1 - Math.exp(-k / tau);
      return continuity;
    });
    this.criticalWake = p.outcomeCriticalWake_h;
    // The protocol starts in an entrained day: awake since the habitual lights-on.
    const habitualWake = (p.habitualBedtime + p.habitualTimeInBed_h) % 24;
    this.awakeFor = ((((core.clock_h[0] ?? 12) - habitualWake) % 24) + 24) % 24;
    this.repayment = EPOCH_H / p.outcomeDebtRepayment_h;
    this.inertiaMax = p.outcomeInertia;
    this.inertiaDecay = Math.exp(-EPOCH_S / (60 * p.outcomeInertiaTime_min));
    this.circWeight = p.outcomeCircadianWeight;
    this.debtWeight = p.outcomeDebtWeight;
    this.slowShare = p.outcomeSlowDebtShare;
    this.slowRepayment = EPOCH_H / p.outcomeSlowDebtRepayment_h;
    this.lapsesRested = p.pvtLapsesRested;
    this.lapseRoom = PVT_STIMULI - p.pvtLapsesRested;
    this.lapsesPerFatigue = p.pvtLapsesPerFatigue;
    this.lapseThreshold = restedFatigue + p.pvtFatigueMargin;
    this.kssIntercept = p.kssIntercept;
    this.kssSlope = p.kssPerFatigue;
  }

  /** Advances epochs [from, to). */
  run(from: number, to: number): void {
    const stageOf = this.stage;
    const processS = this.processS;
    const caffeineOf = this.caffeine;
    const phase = this.circadianPhase_rad;
    const rhythm = this.rhythm;
    const continuity = this.continuity;
    const fatigue = this.fatigue;
    const sleepDebt = this.sleepDebt;
    const pvtLapses = this.pvtLapses;
    const kssOut = this.kss;
    const recuperation = this.recuperation;
    const inertiaMax = this.inertiaMax;
    const criticalWake = this.criticalWake;
    const slowShare = this.slowShare;
    const repayment = this.repayment;
    const slowRepayment = this.slowRepayment;
    const inertiaDecay = this.inertiaDecay;
    const a1Share = this.a1Share;
    const caffeineKi = this.caffeineKi;
    const circWeight = this.circWeight;
    const debtWeight = this.debtWeight;
    const lapseThreshold = this.lapseThreshold;
    const kssIntercept = this.kssIntercept;
    const kssSlope = this.kssSlope;
    const lapsesRested = this.lapsesRested;
    const lapsesPerFatigue = this.lapsesPerFatigue;
    const lapseRoom = this.lapseRoom;
    let debtState = this.debt;
    let slowState = this.slowDebt;
    let run = this.sleepRun;
    let awakeFor = this.awakeFor;
    let asleepFor = this.asleepFor;
    let wakeRun = this.wakeRun;
    let inertia = this.inertia;
    let wasAsleep = this.wasAsleep;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      let recup = 0;
      let debt = debtState;
      let slow = slowState;
      if (stage === 0) {
        if (wasAsleep) inertia = inertiaMax;
        wasAsleep = false;
        run = 0;
        awakeFor += EPOCH_H;
        if (++wakeRun >= WAKE_EPISODE_EPOCHS) asleepFor = 0;
        if (awakeFor > criticalWake) {
          debt += (1 - slowShare) * EPOCH_H;
          slow += slowShare * EPOCH_H;
        }
      } else {
        wasAsleep = true;
        wakeRun = 0;
        run = run < CONTINUITY_TABLE ? run + 1 : CONTINUITY_TABLE;
        if (stage !== 2) recup = continuity[run]!;
        asleepFor += recup * EPOCH_H;
        if (asleepFor >= EPISODE_H) awakeFor = 0;
        debt -= recup * repayment * debt;
        slow -= recup * slowRepayment * slow;
      }
      debtState = debt > 0 ? debt : 0;
      slowState = slow > 0 ? slow : 0;
      inertia *= inertiaDecay;
      const caffeine = caffeineOf[i]!;
      const homeostatic =
        caffeine > 0 ? processS[i]! * (1 - (a1Share * caffeine) / (caffeine + caffeineKi)) : processS[i]!;
      const f =
        homeostatic - circWeight * rhythm[phaseBin(phase[i]!)]! + (debtWeight * (debtState + slowState)) / 24 + inertia;
      const excess = f - lapseThreshold;
      const kss = kssIntercept + kssSlope * f;
      fatigue[i] = f;
      sleepDebt[i] = debtState + slowState;
      // Linear in fatigue while lapses are few, saturating at the number of stimuli of the test:
      // rested + E·M/(M + E), M = stimuli − rested (rational, cheaper than tanh in the hot loop).
      let lapses = lapsesRested;
      if (excess > 0) {
        const e = lapsesPerFatigue * excess;
        lapses += (e * lapseRoom) / (lapseRoom + e);
      }
      pvtLapses[i] = lapses;
      kssOut[i] = kss < 1 ? 1 : kss > 9 ? 9 : kss;
      recuperation[i] = recup;
    }
    this.debt = debtState;
    this.slowDebt = slowState;
    this.sleepRun = run;
    this.awakeFor = awakeFor;
    this.asleepFor = asleepFor;
    this.wakeRun = wakeRun;
    this.inertia = inertia;
    this.wasAsleep = wasAsleep;
  }
}
