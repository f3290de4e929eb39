/**
 * Brain energy store: ATP and glycogen lumped as one relative store E (1 = full), drawn down in
 * wake and restored in NREM sleep (the energy hypothesis of sleep, Benington & Heller 1995, Prog
 * Neurobiol 45:347). Brain glycogen falls with time awake and recovery sleep restores it (Kong et
 * al. 2002, J Neurosci 22:5581: ≈ −40% after 12–24 h awake, rats); ATP surges in the first hours
 * of spontaneous sleep, in proportion to NREM delta, and not when sleep is prevented (Dworak et al.
 * 2010, J Neurosci 30:9007, rats). Not every study finds cortical glycogen depleted (Gip et al.
 * 2002; Franken et al. 2003): the store is a model quantity, not a measured level.
 *
 *   use:     a = d · m · u(stage),  m = 1 + g_T3 · (T3 − 1) + g_L · (learningLoad − 1)
 *            u = 1 in wake and REM, u_N in NREM (cerebral glucose use, Maquet et al. 1990)
 *   refill:  b = r · SWA in NREM (N1–N3), 0 in wake and REM
 *   dE/dt = −a · E + b · (1 − E)
 *
 * High-energy phosphates are buffered by the reserve: in humans the cerebral PCr/Pi ratio falls
 * only ≈ 5 % over a night awake (Gordji-Nejad et al. 2024, 31P-MRS), and β-NTP showed no
 * significant change the morning after one (Dorsey et al. 2003), so the model's phosphate read-out
 *   P = 1 − β · (1 − E)
 * is a fraction β of the reserve's deficit (a read-out of E, not a state).
 *
 * Each epoch is an exact step with a and b held over it: E∞ = b/(a + b),
 * E ← E∞ + (E − E∞) · exp(−(a + b) Δt). Couplings: thyroid → energy (T3 sets the metabolic rate,
 * hypothesis, energyT3Gain), sleep → energy (NREM refills, supported, energySleepRestoreRate_perSwaH),
 * learning → energy (waking activity, hypothesis, energyLearningUse).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H } from '../../result';
import type { InputParameters } from '../../inputs/parameters';
import type { EnergyParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants, and the day's learning load (waking activity). */
export type EnergyInputs = EnergyParameters & Pick<InputParameters, 'learningLoad'>;

export class Energy {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  /** The store, relative (1 = full). */
  readonly store: Float32Array;
  /** High-energy phosphates (PCr/Pi-like read-out), relative (1 = full reserve). */
  readonly phosphates: Float32Array;
  private e = 1;
  private readonly wakeUse: number = 0;
  private readonly nremUse: number = 0;
  private readonly t3Gain: number = 0;
  private readonly restore: number = 0;
  private readonly buffering: number = 0;

  constructor(core: CoreTrajectory, p: EnergyInputs) {
    this.stage = core.stage;
    this.swa = core.swa;
    this.store = outputEpochs(core.epochs);
    this.phosphates = outputEpochs(core.epochs);
    this.buffering = p.energyPhosphateBuffering;
    // Waking activity: the learning load scales waking use (a constant of the protocol).
    this.wakeUse = p.energyWakeUse_perH * (1 + p.energyLearningUse * (p.learningLoad - 1)) * EPOCH_H;
    this.nremUse = p.energyNremUse;
    this.t3Gain = p.energyT3Gain;
    this.restore = p.energySleepRestoreRate_perSwaH * EPOCH_H;
  }

  /** Advances epochs [from, to), reading relative T3 from the thyroid's trace of that range. */
  run(from: number, to: number, t3Trace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const store = this.store;
    const wakeUse = this.wakeUse;
    const nremUse = this.nremUse;
    const t3Gain = this.t3Gain;
    const restore = this.restore;
    const phosphates = this.phosphates;
    const buffering = this.buffering;
    let e = this.e;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      // thyroid → energy (hypothesis): T3 above its rested level raises the metabolic rate.
      const rate = 1 + t3Gain * (t3Trace[i - from]! - 1);
      const m = rate > 0 ? rate : 0;
      if (stage <= 1) {
        // Wake and REM: use only (REM's cerebral glucose use is as high as wake's).
        e *= Math.exp(-wakeUse * m);
      } else {
        // sleep → energy (supported, Dworak 2010; Kong 2002): NREM refills with SWA.
        const a = wakeUse * m * nremUse;
        const b = restore * swaOf[i]!;
        const k = a + b;
        if (k > 0) {
          const eInf = b / k;
          e = eInf + (e - eInf) * Math.exp(-k);
        }
      }
      store[i] = e;
      phosphates[i] = 1 - buffering * (1 - e);
    }
    this.e = e;
  }
}
