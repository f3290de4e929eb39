/**
 * Performance state across the protocol, read 2 h after the final awakening for the outcome
 * metrics.
 *
 * Fatigue combines the acute homeostatic load (Process S from the core), the circadian alerting
 * signal, sleep inertia (SAFTE, Hursh et al. 2004, Aviat Space Environ Med 75:A44) and a chronic
 * sleep debt D, in the spirit of the two-process performance models (UMP, Ramakrishnan et al.
 * 2016, Sleep 39:249):
 *   F = S − c_C · circadianAlerting + c_D · D / 24 h + I
 * D accumulates wakefulness in excess of the critical daily wake duration of Van Dongen et al.
 * 2003 (Sleep 26:117, 15.84 h/day): per hour, dD/dt = w − W_crit/24 − D/τ_D, floored at 0, where
 * w = 1 awake and 0 in recuperative sleep. Recuperative sleep excludes N1 (Wesensten, Balkin &
 * Belenky 1999, J Sleep Res 8:237) and is weighted by continuity, 1 − exp(−t_cont/τ_cont), so
 * sleep cut into short bouts restores little (Bonnet 1989, sleep continuity theory).
 * PVT lapses rise linearly with F above a threshold; KSS is linear in F (cf. Postnova et al.
 * 2018, J Biol Rhythms 33:203, where KSS is linear in the homeostatic and circadian drives).
 */
import type { CoreTrajectory } from '../trajectory';
import type { ParameterValues } from '../parameters';
import { EPOCH_H, EPOCH_S } from '../result';

const CONTINUITY_TABLE = 480;

export class Performance {
  readonly fatigue: Float32Array;
  readonly sleepDebt: Float32Array;
  readonly pvtLapses: Float32Array;
  readonly kss: Float32Array;
  /** Continuity weight of each epoch (0 awake or N1), for the sleep-quality part. */
  readonly recuperation: Float32Array;
  private debt = 0;
  private run = 0;
  private inertia = 0;
  private wasAsleep = false;
  private readonly continuity: Float64Array;
  private readonly criticalShare: number = 0;
  private readonly leak: number = 0;
  private readonly inertiaMax: number = 0;
  private readonly inertiaDecay: number = 0;
  private readonly circWeight: number = 0;
  private readonly debtWeight: number = 0;
  private readonly lapsesRested: number = 0;
  private readonly lapsesPerFatigue: number = 0;
  private readonly lapseThreshold: number = 0;
  private readonly kssIntercept: number = 0;
  private readonly kssSlope: number = 0;

  constructor(
    private readonly core: CoreTrajectory,
    p: ParameterValues,
  ) {
    const n = core.epochs;
    this.fatigue = new Float32Array(n);
    this.sleepDebt = new Float32Array(n);
    this.pvtLapses = new Float32Array(n);
    this.kss = new Float32Array(n);
    this.recuperation = new Float32Array(n);
    this.continuity = new Float64Array(CONTINUITY_TABLE + 1);
    const tau = (60 * p.outcomeContinuityTime_min) / EPOCH_S;
    for (let k = 0; k <= CONTINUITY_TABLE; k++) this.continuity[k] = 1 - Math.exp(-k / tau);
    this.criticalShare = (p.outcomeCriticalWake_h / 24) * EPOCH_H;
    this.leak = EPOCH_H / (24 * p.outcomeDebtTimeConstant_d);
    this.inertiaMax = p.outcomeInertia;
    this.inertiaDecay = Math.exp(-EPOCH_S / (60 * p.outcomeInertiaTime_min));
    this.circWeight = p.outcomeCircadianWeight;
    this.debtWeight = p.outcomeDebtWeight;
    this.lapsesRested = p.pvtLapsesRested;
    this.lapsesPerFatigue = p.pvtLapsesPerFatigue;
    this.lapseThreshold = p.pvtFatigueThreshold;
    this.kssIntercept = p.kssIntercept;
    this.kssSlope = p.kssPerFatigue;
  }

  step(i: number): void {
    const core = this.core;
    const stage = core.stage[i]!;
    let recup = 0;
    if (stage === 0) {
      if (this.wasAsleep) this.inertia = this.inertiaMax;
      this.wasAsleep = false;
      this.run = 0;
    } else {
      this.wasAsleep = true;
      this.run = this.run < CONTINUITY_TABLE ? this.run + 1 : CONTINUITY_TABLE;
      if (stage !== 2) recup = this.continuity[this.run]!;
    }
    this.debt += (1 - recup) * EPOCH_H - this.criticalShare - this.debt * this.leak;
    if (this.debt < 0) this.debt = 0;
    this.inertia *= this.inertiaDecay;
    const f =
      core.processS[i]! - this.circWeight * core.circadianAlerting[i]! + (this.debtWeight * this.debt) / 24 + this.inertia;
    const excess = f - this.lapseThreshold;
    const kss = this.kssIntercept + this.kssSlope * f;
    this.fatigue[i] = f;
    this.sleepDebt[i] = this.debt;
    this.pvtLapses[i] = this.lapsesRested + (excess > 0 ? this.lapsesPerFatigue * excess : 0);
    this.kss[i] = kss < 1 ? 1 : kss > 9 ? 9 : kss;
    this.recuperation[i] = recup;
  }
}
