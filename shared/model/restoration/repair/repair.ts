/**
 * Anabolic repair (a hypothesis of this model, each coupling with a strength and a switch): a
 * repair need N (tissue wear) accrues in wake and is met at a rate set by the anabolic hormones,
 * GH above all, whose largest pulse follows sleep onset in slow-wave sleep (Takahashi, Kipnis &
 * Daughaday 1968, J Clin Invest 47:2079; Van Cauter, Leproult & Plat 2000, JAMA 284:861), and
 * testosterone, which rises over sleep (Luboshitzky et al. 2001) and is anabolic in a
 * dose-dependent way (Bhasin et al. 2001, Am J Physiol Endocrinol Metab 281:E1172):
 *
 *   ρ = s_GH · k_GH · G / G_ref + s_T · k_T · T / T_wake        (G: GH secretion rate, T: testosterone)
 *   dN/dt = w · 𝟙wake − ρ · N
 *
 * T_wake is the person's own waking testosterone (a woman's far lower level is not read as a
 * repair deficit: sex differences of anabolic pathways are beyond this model). Each epoch is an
 * exact step with ρ held over it: the repair done in the epoch is N · (1 − exp(−ρ Δt)), then the
 * wake's wear is added. A night awake removes the GH pulse and the nocturnal testosterone rise,
 * so the need is met less and carried into the next day.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H } from '../../result';
import { testosteroneWakeLevel, type TestosteroneInputs } from '../thyroidGonadal/thyroidGonadal';
import type { RepairParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants, and the person's testosterone inputs (their waking level). */
export type RepairInputs = RepairParameters & TestosteroneInputs;

export class Repair {
  private readonly stage: Uint8Array;
  /** Repair need, in waking days' wear. */
  readonly need: Float32Array;
  /** Repair done per epoch (need met), the quantity the metrics sum. */
  readonly done: Float32Array;
  /** Anabolic repair rate ρ, 1/h. */
  readonly rate: Float32Array;
  private n = 0;
  private readonly wear: number = 0;
  private readonly ghCoefficient: number = 0;
  private readonly tCoefficient: number = 0;

  constructor(core: CoreTrajectory, p: RepairInputs) {
    this.stage = core.stage;
    this.need = outputEpochs(core.epochs);
    this.done = outputEpochs(core.epochs);
    this.rate = outputEpochs(core.epochs);
    this.wear = p.repairWearRate_perH * EPOCH_H;
    // GH → repair (hypothesis) and testosterone → repair (hypothesis), their strengths folded in.
    this.ghCoefficient = (p.repairGhGain * p.repairGhRate_perH) / p.repairGhReference_ugPerLPerH;
    this.tCoefficient = (p.repairTestosteroneGain * p.repairTestosteroneRate_perH) / testosteroneWakeLevel(p);
  }

  /** Advances epochs [from, to), reading GH secretion (µg/L/h) and testosterone (nmol/L) traces. */
  run(from: number, to: number, ghTrace: Float64Array, tTrace: Float64Array): void {
    const stageOf = this.stage;
    const needOut = this.need;
    const doneOut = this.done;
    const rateOut = this.rate;
    const wear = this.wear;
    const ghCoefficient = this.ghCoefficient;
    const tCoefficient = this.tCoefficient;
    let n = this.n;
    for (let i = from; i < to; i++) {
      const k = i - from;
      const rho = ghCoefficient * ghTrace[k]! + tCoefficient * tTrace[k]!;
      const met = n * (1 - Math.exp(-rho * EPOCH_H));
      n -= met;
      if (stageOf[i] === 0) n += wear;
      needOut[i] = n;
      doneOut[i] = met;
      rateOut[i] = rho;
    }
    this.n = n;
  }
}
