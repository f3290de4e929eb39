/**
 * Growth hormone: pulsatile secretion with a slow-wave-linked sleep-onset pulse.
 *
 * GH is secreted in bursts; in young men the largest burst follows sleep onset during the first
 * slow-wave episode, and the amount secreted tracks slow-wave sleep (Van Cauter & Plat 1996,
 * J Pediatr 128:S32; Van Cauter & Copinschi 2000, Growth Horm IGF Res 10 Suppl B:S57). Minimal
 * formulation of our own, a stochastic burst process:
 *   - burst hazard λ = R · (λ_spont(sex) + λ_SWS · SWA · gate(stage)), gate 1 in N3, g_N2 in N2
 *   - burst mass  M · R · tone, tone = t_wake awake (high somatostatin tone), 1 + m·SWA asleep
 *   - releasable pool R drops by a fraction d at each burst and refills with τ_R (refractoriness)
 *   - each burst is secreted with time constant τ_b; plasma GH is cleared with half-life t½
 * Women have more frequent daytime bursts (Van Cauter et al. 1998, Sleep 21:553). Secretory
 * capacity falls with age, ≈75% from 16–25 y to 36–50 y, in parallel with SWS (Van Cauter,
 * Leproult & Plat 2000, JAMA 284:861) and changes little from midlife to late life, so
 * capacity = max(f, exp(−k_age · max(0, age − 25))).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import { createRandom, type Random } from '../../random';
import type { InputParameters } from '../../inputs/parameters';
import type { GrowthHormoneParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants, and the sleeper's age and sex. */
export type GrowthHormoneInputs = GrowthHormoneParameters & Pick<InputParameters, 'age' | 'sex'>;

const N3_GATE_BY_STAGE = [0, 0, 0, 0, 1];
/** Epochs per hour: secretion per epoch → rate per hour. */
const PER_HOUR = 1 / EPOCH_H;

export class GrowthHormone {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  /** Plasma GH, µg/L. */
  readonly concentration: Float32Array;
  /** Secretion per epoch, µg/L (amount entering plasma in the epoch). */
  readonly secretion: Float32Array;
  private readonly rng: Random;
  private pool = 1;
  private burst = 0;
  /** Integrated hazard since the last burst, and the Exp(1) level at which the next one fires. */
  private cumulativeHazard = 0;
  private nextBurstAt = 1;
  private gh = 0;
  private readonly spontHazard: number = 0;
  private readonly swsHazard: number = 0;
  private readonly n2Gate: number;
  private readonly mass: number = 0;
  private readonly wakeTone: number = 0;
  private readonly swaGain: number = 0;
  private readonly depletion: number = 0;
  private readonly poolRefill: number = 0;
  private readonly burstRelease: number = 0;
  private readonly clearanceDecay: number = 0;
  private readonly basal: number = 0;

  constructor(core: CoreTrajectory, p: GrowthHormoneInputs, seed: number) {
    this.stage = core.stage;
    this.swa = core.swa;
    this.concentration = outputEpochs(core.epochs);
    this.secretion = outputEpochs(core.epochs);
    this.rng = createRandom(seed, 'growth-hormone-pulses');
    this.nextBurstAt = this.exponential();
    const female = p.sex === 'female';
    this.spontHazard = (female ? p.ghSpontaneousPulsesFemale_perH : p.ghSpontaneousPulsesMale_perH) * EPOCH_H;
    this.swsHazard = p.ghSwsPulseHazard_perH * EPOCH_H;
    this.n2Gate = p.ghN2Gate;
    const floor = p.ghAgeFloor;
    const capacity = Math.max(floor, Math.exp(-p.ghAgeDecline_perYear * Math.max(0, p.age - 25)));
    this.mass = p.ghPulseMass_ugPerL * capacity;
    this.basal = p.ghBasalSecretion_ugPerLPerH * capacity * EPOCH_H;
    this.wakeTone = p.ghWakeTone;
    this.swaGain = p.ghSwaAmplitudeGain;
    this.depletion = p.ghPoolDepletion;
    this.poolRefill = Math.exp(-EPOCH_H / p.ghRefractory_h);
    this.burstRelease = 1 - Math.exp(-EPOCH_S / (60 * p.ghBurstTimeConstant_min));
    this.clearanceDecay = Math.exp((-Math.LN2 * EPOCH_S) / (60 * p.ghHalfLife_min));
  }

  private exponential(): number {
    return -Math.log(1 - this.rng.next());
  }

  /** Advances epochs [from, to), writing the secretion rate (µg/L per h) to the range's `ghSecretion` trace. */
  run(from: number, to: number, trace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const secretion = this.secretion;
    const concentration = this.concentration;
    const n2Gate = this.n2Gate;
    const spontHazard = this.spontHazard;
    const swsHazard = this.swsHazard;
    const wakeTone = this.wakeTone;
    const swaGain = this.swaGain;
    const mass = this.mass;
    const depletion = this.depletion;
    const poolRefill = this.poolRefill;
    const burstRelease = this.burstRelease;
    const basal = this.basal;
    const clearanceDecay = this.clearanceDecay;
    let pool = this.pool;
    let burst = this.burst;
    let cumulativeHazard = this.cumulativeHazard;
    let nextBurstAt = this.nextBurstAt;
    let gh = this.gh;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      const swa = swaOf[i]!;
      const gate = stage === 3 ? n2Gate : N3_GATE_BY_STAGE[stage]!;
      // Time-varying hazard by integrated-hazard thresholds: a burst fires when the integrated
      // hazard reaches an Exp(1) draw. One draw per burst (not per epoch), and the same seed gives
      // the same thresholds whatever the parameters (common random numbers).
      // slow-wave sleep → GH (established, Van Cauter & Plat 1996): the SWA-gated hazard
      // (ghSwsPulseHazard_perH, 0 removes the coupling) on top of spontaneous bursts.
      cumulativeHazard += pool * (spontHazard + swsHazard * swa * gate);
      if (cumulativeHazard >= nextBurstAt) {
        const tone = stage === 0 ? wakeTone : 1 + swaGain * swa;
        burst += mass * pool * tone;
        pool *= 1 - depletion;
        cumulativeHazard = 0;
        nextBurstAt = this.exponential();
      }
      pool = 1 - (1 - pool) * poolRefill;
      const released = burst * burstRelease + basal;
      burst -= burst * burstRelease;
      gh = gh * clearanceDecay + released;
      secretion[i] = released;
      concentration[i] = gh;
      trace[i - from] = released * PER_HOUR;
    }
    this.pool = pool;
    this.burst = burst;
    this.cumulativeHazard = cumulativeHazard;
    this.nextBurstAt = nextBurstAt;
    this.gh = gh;
  }
}
