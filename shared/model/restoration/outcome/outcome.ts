/**
 * Performance (PVT lapses) and sleepiness (KSS) across the protocol; the outcome metrics read them
 * 2 h after the final awakening. docs/MODEL-restoration.md §Outcome has the same equations in
 * prose, with the calibration of each constant.
 *
 * Two sleep-loss stores (hours), stepped on the core's 30-s stages, beside the core's Process S:
 * - X, acute excess wake (Van Dongen et al. 2003, Sleep 26:117; SAFTE reservoir, Hursh et al.
 *   2004, Aviat Space Environ Med 75:A44): waking beyond the critical duration W_c = 15.84 h of the
 *   current wake episode adds to it hour for hour; recuperative sleep r pays it back in proportion
 *   to its size over τ_R = 2 h, but only after the first h_core = 2.5 recuperative hours of the
 *   sleep episode (𝟙[core]):
 *     dX/dt = (1 − α)·𝟙[awake, t_wake > W_c] − 𝟙[core]·r·X/τ_R
 *   It carries the steep cost of a night awake, which one long night repays: one 9-h night
 *   restores the PVT after a night awake (Lamond et al. 2007, J Sleep Res, doi
 *   10.1111/j.1365-2869.2007.00574.x; Yamazaki et al. 2021, Sleep 44(4), PMC8274462: recovery from 36 h
 *   awake after the first recovery night) [supported; τ_R calibrated on Lamond]. Nights shorter
 *   than the core repay none of it, so under 3-h nights it keeps growing and the first full night
 *   removes most of it: the 3-h arm of Belenky et al. 2003 (J Sleep Res 12:1) recovered rapidly
 *   after the first recovery night while the 5-h and 7-h arms did not recover in three [hypothesis:
 *   the first hours of sleep serve the homeostat, Process S, before the acute store ("core sleep",
 *   Horne 1988); h_core calibrated on Belenky]. Beyond a capacity X_max = 24 h (about one night
 *   awake) a share α_over = 0.15 of further excess wake goes to the bank instead, so two nights
 *   awake leave a residual that five 9-h nights do not clear (Lamond et al. 2007) [hypothesis;
 *   calibrated on Lamond's severe arm].
 * - B, the chronic sleep bank: each waking hour deposits q_w = (24 − W_c)/24 h and each
 *   recuperative hour withdraws q_s + B/τ_S; q_s makes the bank balance at the critical wake, so
 *   a day's net deposit is ≈ W − W_c, Van Dongen's cumulative excess wakefulness (the slow
 *   process of the UMP, Ramakrishnan et al. 2016, Sleep 39:249; the critical-threshold
 *   bifurcation of McCauley et al. 2009, J Theor Biol 256:227):
 *     dB/dt = q_w·𝟙[awake] + α·𝟙[awake, t_wake > W_c] − r·(q_s + B/τ_S),  B ≥ 0
 *   Restriction fills it for weeks (lapses keep rising, Van Dongen 2003) and 8-h recovery nights
 *   barely empty it (Belenky et al. 2003; Banks et al. 2010), while a night awake adds only a
 *   day's excess: recovery is fast after total deprivation and slow after restriction (McCauley
 *   et al. 2024, Front Environ Health, doi 10.3389/fenvh.2024.1362755). [supported]
 *   Only the balance beyond a buffer B₀ acts: B⁺ = max(0, B − B₀); the standing balance of a rested
 *   8-h sleeper (≈6–12 h over the day) stays within it. [hypothesis; B₀ a design choice]
 * The sleep-loss weights c_X, c_B and the buffer were set on Van Dongen 2003 (PERF-02/03) together
 * with Belenky 2003 and Banks et al. 2010 (Sleep 33:1013: one 10-h night after 5 × 4 h leaves
 * ≥ 20 % of the deficit; PERF-06/07).
 * Recuperative sleep r excludes N1 (Wesensten, Balkin & Belenky 1999, J Sleep Res 8:237) and is
 * weighted by continuity, 1 − exp(−t_cont/τ_cont) (Bonnet 1989). A wake episode ends after 30 min
 * of recuperative sleep (a sleep episode after 30 min awake).
 *
 * Performance fatigue:
 *   Λ = c_X·X/24 + c_B·B⁺/24                    (the sleep-loss load)
 *   F = S + Λ − c_C·(1 + κ·Λ)·c(ψ) + I + k_A·BAC
 * c(ψ) is SAFTE's circadian performance rhythm; its swing grows with the load (κ; McCauley et al.
 * 2013, Sleep 36:1987), so a night awake is worst in the early morning and partly recovers in the
 * afternoon [established]. I is sleep inertia. BAC is the core's blood alcohol (g/L): an acute
 * term linear in BAC, as performance fell linearly with BAC in Dawson & Reid 1997 (Nature 388:235)
 * [established: direction; k_A calibrated on 0.05 % ≈ 17–19 h awake]. k_A·BAC stands for
 * k_A·BAC + k_H·H, with H the hangover state, fed by the alcohol eliminated (the fall of BAC) and
 * decaying over τ_H = 6 h: dH/dt = max(0, −dBAC/dt) − H/τ_H. It peaks as BAC reaches zero and
 * keeps next-morning sustained attention worse and sleepiness higher after 0.11 % BrAC at night
 * (Rohsenow et al. 2010, Alcohol Clin Exp Res 34:509; Howland et al. 2010, J Addict Res Ther
 * 1:101; Gunn et al. 2018, Addiction 113:2182, sustained attention g = 0.47) [supported:
 * direction; k_H and τ_H design choices].
 *
 * PVT lapses (10-min PVT, RT > 500 ms):
 *   lapses = L₀ + v·k_L·max(0, F − F_rest − m_F)·g(C),  g(C) = 1/(1 + m·C)
 * saturating at the ≈100 stimuli of the test. F_rest is the fatigue of the rested default
 * baseline morning, m_F a margin so the first ≈16 h of a rested day stay near L₀. v is the trait
 * vulnerability (Van Dongen et al. 2004, Sleep 27:423; 1 = the population mean). g is caffeine as
 * a multiplying factor on the impairment (Ramakrishnan et al. 2013, J Theor Biol 319:23) [supported],
 * read on the acting caffeine C = max(0, C_p − θ·A): the core's plasma caffeine C_p (mg/L, with the
 * individual half-life) less a share θ = 0.9 of its lagged level A, dA/dt = (C_p − A)/τ_A, τ_A = 2 h.
 * This acute tolerance makes a dose's benefit fade within hours while plasma caffeine stays high:
 * 600 mg after ≈64 h awake helped for ≈2–4 h (Wesensten, Killgore & Balkin 2005, J Sleep Res
 * 14:255) [hypothesis: the mechanism; θ and τ_A calibrated on Wesensten, m on Hansen et al. 2019].
 *
 * KSS, its own process: subjective sleepiness levels off under chronic restriction while lapses
 * keep rising (Van Dongen 2003), so the bank reaches it only through a saturating term:
 *   Z = g(C)·(S + s_X·c_X·X/24 + P_max·(1 − exp(−B⁺/B_sat))) − c_C·c(ψ) + I + k_A·BAC
 *   KSS = 1 + 8 / (1 + exp(−(K₀ + K_F·Z)))
 * The logistic keeps KSS below 9 however long the wake (Åkerstedt & Gillberg 1990 for the scale).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import { PHASE_BINS, phaseBin } from '../cortisol/cortisol';
import { memoTable } from '../tables';
import type { InputParameters } from '../../inputs/parameters';
import type { OutcomeParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants and the habitual schedule (the circadian reference and the first wake episode). */
export type OutcomeInputs = OutcomeParameters & Pick<InputParameters, 'habitualBedtime' | 'habitualTimeInBed_h'>;

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
  private readonly alcohol: Float32Array;
  readonly fatigue: Float32Array;
  readonly sleepDebt: Float32Array;
  readonly pvtLapses: Float32Array;
  readonly kss: Float32Array;
  /** Continuity weight of each epoch (0 awake or N1), for the sleep-quality part. */
  readonly recuperation: Float32Array;
  /** X (acute excess wake) and B (the chronic bank), hours. */
  private debt = 0;
  private bank = 0;
  /** Acute tolerance to caffeine's performance effect: plasma caffeine followed with a lag, mg/L. */
  private tolerance = 0;
  /** The hangover state H (g/L of blood alcohol eliminated, decaying) and the last epoch's BAC. */
  private hangover = 0;
  private lastAlcohol = 0;
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
  private readonly homeostatGain: number = 0;
  private readonly amplification: number = 0;
  private readonly debtWeight: number = 0;
  private readonly bankWeight: number = 0;
  private readonly slowShare: number = 0;
  private readonly debtCapacity: number = 0;
  private readonly overflowShare: number = 0;
  private readonly coreSleep: number = 0;
  private readonly bankDeposit: number = 0;
  private readonly bankCredit: number = 0;
  private readonly bankRepayment: number = 0;
  private readonly bankBuffer: number = 0;
  private readonly alcoholFatigue: number = 0;
  private readonly hangoverFatigue: number = 0;
  private readonly hangoverDecay: number = 0;
  private readonly caffeinePotency: number = 0;
  private readonly toleranceShare: number = 0;
  private readonly toleranceStep: number = 0;
  private readonly lapsesRested: number = 0;
  private readonly lapseRoom: number = 0;
  private readonly lapsesPerFatigue: number = 0;
  private readonly lapseThreshold: number = 0;
  private readonly kssIntercept: number = 0;
  private readonly kssSlope: number = 0;
  private readonly kssChronicMax: number = 0;
  private readonly kssChronicSaturation: number = 0;
  private readonly kssAcuteShare: number = 0;

  /**
   * `restedFatigue` is the fatigue of the default baseline night at its test time (the rested
   * reference, RESTORATION_BASELINE.fatigueAtTest): lapses rise above their rested count only
   * with fatigue beyond it.
   */
  constructor(core: CoreTrajectory, p: OutcomeInputs, restedFatigue: number) {
    this.stage = core.stage;
    this.processS = core.processS;
    this.caffeine = core.caffeine_mgPerL;
    this.alcohol = core.alcohol_gPerL;
    const n = core.epochs;
    this.fatigue = outputEpochs(n);
    this.sleepDebt = outputEpochs(n);
    this.pvtLapses = outputEpochs(n);
    this.kss = outputEpochs(n);
    this.recuperation = outputEpochs(n);
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
    this.homeostatGain = p.outcomeHomeostatGain;
    this.amplification = p.outcomeCircadianAmplification;
    this.debtWeight = p.outcomeDebtWeight / 24;
    this.bankWeight = p.outcomeBankWeight / 24;
    this.slowShare = p.outcomeSlowDebtShare;
    this.debtCapacity = p.outcomeDebtCapacity_h;
    this.overflowShare = p.outcomeDebtOverflowShare;
    this.coreSleep = p.outcomeCoreSleep_h;
    // Per waking hour the bank takes (24 − W_c)/24 h: a day of W hours awake nets W − W_c when the
    // night's withdrawal balances 24 − W_c hours of sleep opportunity (Van Dongen et al. 2003).
    this.bankDeposit = ((24 - p.outcomeCriticalWake_h) / 24) * EPOCH_H;
    this.bankCredit = p.outcomeBankCredit * EPOCH_H;
    this.bankRepayment = EPOCH_H / p.outcomeSlowDebtRepayment_h;
    this.bankBuffer = p.outcomeBankBuffer_h;
    this.alcoholFatigue = p.outcomeAlcoholFatigue_LPerG;
    this.hangoverFatigue = p.outcomeHangoverFatigue_LPerG;
    this.hangoverDecay = Math.exp(-EPOCH_H / p.outcomeHangoverTime_h);
    this.lastAlcohol = core.alcohol_gPerL[0] ?? 0;
    this.caffeinePotency = p.outcomeCaffeinePotency_LPerMg;
    this.toleranceShare = p.outcomeCaffeineTolerance;
    this.toleranceStep = 1 - Math.exp(-EPOCH_H / p.outcomeCaffeineToleranceTime_h);
    this.lapsesRested = p.pvtLapsesRested;
    this.lapseRoom = PVT_STIMULI - p.pvtLapsesRested;
    this.lapsesPerFatigue = p.pvtLapsesPerFatigue * p.pvtVulnerability;
    this.lapseThreshold = restedFatigue + p.pvtFatigueMargin;
    this.kssIntercept = p.kssIntercept;
    this.kssSlope = p.kssPerFatigue;
    this.kssChronicMax = p.kssChronicMax;
    this.kssChronicSaturation = p.kssChronicSaturation_h;
    this.kssAcuteShare = p.kssAcuteShare;
  }

  /** The chronic bank B now, hours (before the buffer): for diagnostics (scripts/bank-balance.ts). */
  get bankLevel(): number {
    return this.bank;
  }

  /** Advances epochs [from, to). */
  run(from: number, to: number): void {
    const stageOf = this.stage;
    const processS = this.processS;
    const caffeineOf = this.caffeine;
    const alcoholOf = this.alcohol;
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
    const debtCapacity = this.debtCapacity;
    const overflowShare = this.overflowShare;
    const coreSleep = this.coreSleep;
    const repayment = this.repayment;
    const bankDeposit = this.bankDeposit;
    const bankCredit = this.bankCredit;
    const bankRepayment = this.bankRepayment;
    const bankBuffer = this.bankBuffer;
    const inertiaDecay = this.inertiaDecay;
    const circWeight = this.circWeight;
    const homeostatGain = this.homeostatGain;
    const amplification = this.amplification;
    const debtWeight = this.debtWeight;
    const bankWeight = this.bankWeight;
    const alcoholFatigue = this.alcoholFatigue;
    const hangoverFatigue = this.hangoverFatigue;
    const hangoverDecay = this.hangoverDecay;
    const caffeinePotency = this.caffeinePotency;
    const toleranceShare = this.toleranceShare;
    const toleranceStep = this.toleranceStep;
    const lapseThreshold = this.lapseThreshold;
    const kssIntercept = this.kssIntercept;
    const kssSlope = this.kssSlope;
    const kssChronicMax = this.kssChronicMax;
    const kssChronicSaturation = this.kssChronicSaturation;
    const kssAcuteShare = this.kssAcuteShare;
    const lapsesRested = this.lapsesRested;
    const lapsesPerFatigue = this.lapsesPerFatigue;
    const lapseRoom = this.lapseRoom;
    let debt = this.debt;
    let bank = this.bank;
    let tolerance = this.tolerance;
    let hangover = this.hangover;
    let lastAlcohol = this.lastAlcohol;
    let run = this.sleepRun;
    let awakeFor = this.awakeFor;
    let asleepFor = this.asleepFor;
    let wakeRun = this.wakeRun;
    let inertia = this.inertia;
    let wasAsleep = this.wasAsleep;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      let recup = 0;
      if (stage === 0) {
        if (wasAsleep) inertia = inertiaMax;
        wasAsleep = false;
        run = 0;
        awakeFor += EPOCH_H;
        if (++wakeRun >= WAKE_EPISODE_EPOCHS) asleepFor = 0;
        bank += bankDeposit;
        if (awakeFor > criticalWake) {
          // Beyond the acute store's capacity, a share of excess wake goes to the slowly repaid bank
          // (severe loss leaves a residual, Lamond et al. 2007).
          const toBank = debt < debtCapacity ? slowShare : overflowShare;
          debt += (1 - toBank) * EPOCH_H;
          bank += toBank * EPOCH_H;
        }
      } else {
        wasAsleep = true;
        wakeRun = 0;
        run = run < CONTINUITY_TABLE ? run + 1 : CONTINUITY_TABLE;
        if (stage !== 2) recup = continuity[run]!;
        asleepFor += recup * EPOCH_H;
        if (asleepFor >= EPISODE_H) awakeFor = 0;
        // The acute store is repaid only after the episode's core sleep (a full night repays it,
        // a 3-h night does not).
        if (asleepFor > coreSleep) debt -= recup * repayment * debt;
        bank -= recup * (bankCredit + bankRepayment * bank);
        if (debt < 0) debt = 0;
        if (bank < 0) bank = 0;
      }
      inertia *= inertiaDecay;
      const chronic = bank > bankBuffer ? bank - bankBuffer : 0;
      const acute = debtWeight * debt;
      const load = acute + bankWeight * chronic;
      // Coupling homeostat → outcome [established: SAFTE, the UMP]: Process S enters fatigue and
      // sleepiness; its gain (outcomeHomeostatGain, 1 = the model) is 0 in a knockout.
      const S = homeostatGain * processS[i]!;
      const c = rhythm[phaseBin(phase[i]!)]!;
      const caffeine = caffeineOf[i]!;
      // Acute tolerance: the effect reads plasma caffeine minus a share of its lagged level, so it
      // fades within hours of a dose while plasma caffeine stays high (Wesensten et al. 2005).
      tolerance += (caffeine - tolerance) * toleranceStep;
      const acting = caffeine - toleranceShare * tolerance;
      const caffeineFactor = acting > 0 ? 1 / (1 + caffeinePotency * acting) : 1;
      // Hangover [supported: direction, Rohsenow et al. 2010; size a design choice]: a state fed by
      // the alcohol eliminated (the fall of BAC, once absorption is over the whole dose) and
      // decaying over hours, so it peaks as BAC reaches zero and lasts into the next morning,
      // apart from the night's sleep (which did not mediate the effect, Rohsenow et al. 2010).
      const bac = alcoholOf[i]!;
      hangover = hangover * hangoverDecay + (lastAlcohol > bac ? lastAlcohol - bac : 0);
      lastAlcohol = bac;
      const alcohol = alcoholFatigue * bac + hangoverFatigue * hangover;
      const f = S + load - circWeight * (1 + amplification * load) * c + inertia + alcohol;
      fatigue[i] = f;
      // The debt that acts: the acute store and the bank beyond its buffer (a rested person's
      // standing balance is not a debt).
      sleepDebt[i] = debt + chronic;
      // Linear in fatigue while lapses are few, saturating at the number of stimuli of the test:
      // rested + E·M/(M + E), M = stimuli − rested (rational, cheaper than tanh in the hot loop).
      const excess = f - lapseThreshold;
      let lapses = lapsesRested;
      if (excess > 0) {
        const e = lapsesPerFatigue * excess * caffeineFactor;
        lapses += (e * lapseRoom) / (lapseRoom + e);
      }
      pvtLapses[i] = lapses;
      // The chronic bank is empty (inside its buffer) on most epochs: skip the exponential there.
      const perceived = chronic > 0 ? kssChronicMax * (1 - Math.exp(-chronic / kssChronicSaturation)) : 0;
      const z = caffeineFactor * (S + kssAcuteShare * acute + perceived) - circWeight * c + inertia + alcohol;
      kssOut[i] = 1 + 8 / (1 + Math.exp(-(kssIntercept + kssSlope * z)));
      recuperation[i] = recup;
    }
    this.debt = debt;
    this.bank = bank;
    this.tolerance = tolerance;
    this.hangover = hangover;
    this.lastAlcohol = lastAlcohol;
    this.sleepRun = run;
    this.awakeFor = awakeFor;
    this.asleepFor = asleepFor;
    this.wakeRun = wakeRun;
    this.inertia = inertia;
    this.wasAsleep = wasAsleep;
  }
}
