/**
 * Net synaptic strength under the synaptic homeostasis hypothesis (SHY; Tononi & Cirelli 2014,
 * Neuron 81:12). W is the mean strength of cortical synapses, relative; W_min is the part that
 * sleep does not scale (the largest ~20% of synapses are spared, de Vivo et al. 2017, Science
 * 355:507), W_max the saturation that waking learning approaches.
 *
 *   wake:  dW/dt = +k_w · learningLoad · NE · (W_max − W)        potentiation needs NE-permissive wake
 *   NREM:  dW/dt = −k_s · SWA · (1 − NE) · (W − W_min)             multiplicative down-scaling
 *
 * Down-scaling is proportional to slow-wave activity (Vyazovskiy et al. 2008, Nat Neurosci 11:200)
 * and gated by low noradrenaline: NE keeps Homer1a out of synapses, so AMPAR removal starts only
 * once NE falls at sleep onset (Diering et al. 2017, Science 355:511). REM and wake do not scale
 * down. Slow-wave slope, a cortical read-out of synaptic strength (Esser, Hill & Tononi 2007,
 * Sleep 30:1617), is carried in NREM as W relative to its rested level.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H } from '../../result';
import type { InputParameters } from '../../inputs/parameters';
import type { SynapseParameters } from './parameters';

/** Its own constants, and the day's learning load. */
export type SynapseInputs = SynapseParameters & Pick<InputParameters, 'learningLoad'>;

export class Synapses {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  readonly strength: Float32Array;
  readonly slowWaveSlope: Float32Array;
  w: number = 0;
  /** ∫ SWA·(1 − NE) dt of the current sleep, h — the scaling "work" done, read by the outcome. */
  private readonly wMin: number = 0;
  private readonly wMax: number = 0;
  private readonly potentiation: number = 0;
  private readonly downscaling: number = 0;

  constructor(core: CoreTrajectory, p: SynapseInputs) {
    this.stage = core.stage;
    this.swa = core.swa;
    this.strength = new Float32Array(core.epochs);
    this.slowWaveSlope = new Float32Array(core.epochs);
    this.wMin = p.synapseSparedFraction;
    this.wMax = p.synapseSaturation;
    this.potentiation = p.synapsePotentiationRate_perH * p.learningLoad * EPOCH_H;
    this.downscaling = p.synapseDownscalingRate_perH * EPOCH_H;
    this.w = 1;
  }

  /** Advances epochs [from, to), reading NE from the neurotransmitters' trace of that range. */
  run(from: number, to: number, neTrace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const strength = this.strength;
    const slope = this.slowWaveSlope;
    const potentiation = this.potentiation;
    const downscaling = this.downscaling;
    const wMax = this.wMax;
    const wMin = this.wMin;
    let w = this.w;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      const ne = neTrace[i - from]!;
      if (stage === 0) {
        w += potentiation * ne * (wMax - w);
      } else if (stage >= 2) {
        const swa = swaOf[i]!;
        w -= downscaling * swa * (1 - ne > 0 ? 1 - ne : 0) * (w - wMin);
      }
      strength[i] = w;
      slope[i] = stage >= 3 ? w : 0;
    }
    this.w = w;
  }
}
