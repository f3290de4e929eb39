/**
 * Net synaptic strength under the synaptic homeostasis hypothesis (SHY; Tononi & Cirelli 2014,
 * Neuron 81:12). W is the mean strength of cortical synapses, relative; W_min is the part that
 * sleep does not scale (the largest ~20% of synapses are spared, de Vivo et al. 2017, Science
 * 355:507), W_max the saturation that waking learning approaches.
 *
 *   capacity:  C = max(0, (W_max − W)/(W_max − W_min))           headroom for new potentiation
 *   wake:  dW/dt = +k_w · learningLoad · g_NE(NE) · (W_max − W_min) · C^κ
 *   NREM:  dW/dt = −k_s · SWA · max(0, 1 − γ·NE) · (W − W_min)      multiplicative down-scaling
 *   g_NE(NE) = max(0, 1 − γ + γ·NE)
 *
 * With κ = 1 (default) the potentiation is k_w·L·NE·(W_max − W), as before issue 14: the rate of
 * encoding is the capacity that the last sleep restored, so a night awake leaves less headroom and
 * the next day encodes less (Yoo et al. 2007, Nat Neurosci 10:385) [supported]; κ = 0 encodes at
 * the full rate whatever the capacity (a switch; W is then held at W_max). γ = 1 (default) is the
 * NE gating: potentiation needs NE-permissive wake, and down-scaling its absence — NE keeps Homer1a
 * out of synapses, so AMPAR removal starts only once NE falls at sleep onset (Diering et al. 2017,
 * Science 355:511) [supported]. Down-scaling is proportional to slow-wave activity (Vyazovskiy et
 * al. 2008, Nat Neurosci 11:200) [supported]; REM and wake do not scale down.
 *
 * Signal and noise (SHY's signal-to-noise picture, Tononi & Cirelli 2014): the potentiated excess
 * W − W_min = σ + ν is split into a specific part σ (the day's learning, carried by synapses that
 * grow strong) and a nonspecific part ν (incidental potentiation). Waking potentiation adds a
 * share φ to σ and 1 − φ to ν. Down-scaling removes the same total as above, shared in proportion
 * to (1 − ρ)·σ and ν: strong synapses are partly spared (de Vivo et al. 2017: the largest
 * synapses do not shrink) [hypothesis: the split and ρ are design choices], so sleep raises the
 * signal-to-noise ratio σ/ν and wake lowers it towards φ/(1 − φ).
 *
 * Slow-wave slope, a cortical read-out of synaptic strength (Esser, Hill & Tononi 2007, Sleep
 * 30:1617), is carried in N2/N3 as W.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H } from '../../result';
import type { InputParameters } from '../../inputs/parameters';
import type { SynapseParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants, and the day's learning load. */
export type SynapseInputs = SynapseParameters & Pick<InputParameters, 'learningLoad'>;

export class Synapses {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  readonly strength: Float32Array;
  readonly slowWaveSlope: Float32Array;
  readonly capacity: Float32Array;
  readonly encoding: Float32Array;
  readonly signalToNoise: Float32Array;
  w: number = 0;
  /** Specific (signal) and nonspecific (noise) parts of W − W_min. */
  signal: number = 0;
  noise: number = 0;
  private readonly wMin: number = 0;
  private readonly wMax: number = 0;
  private readonly potentiation: number = 0;
  private readonly downscaling: number = 0;
  private readonly neGain: number = 0;
  private readonly capacityGain: number = 0;
  private readonly signalShare: number = 0;
  private readonly signalKept: number = 0;

  constructor(core: CoreTrajectory, p: SynapseInputs) {
    this.stage = core.stage;
    this.swa = core.swa;
    const n = core.epochs;
    this.strength = outputEpochs(n);
    this.slowWaveSlope = outputEpochs(n);
    this.capacity = outputEpochs(n);
    this.encoding = outputEpochs(n);
    this.signalToNoise = outputEpochs(n);
    this.wMin = p.synapseSparedFraction;
    this.wMax = p.synapseSaturation;
    this.potentiation = p.synapsePotentiationRate_perH * p.learningLoad * EPOCH_H * (this.wMax - this.wMin);
    this.downscaling = p.synapseDownscalingRate_perH * EPOCH_H;
    this.neGain = p.synapseNeGain;
    this.capacityGain = p.synapseCapacityEncodingGain;
    this.signalShare = p.synapseSignalShare;
    this.signalKept = 1 - p.synapseSignalSparing;
    this.w = 1;
    // Start with the excess split as fresh potentiation would split it.
    this.signal = this.signalShare * (1 - this.wMin);
    this.noise = (1 - this.signalShare) * (1 - this.wMin);
  }

  /** Advances epochs [from, to), reading NE from the neurotransmitters' trace of that range. */
  run(from: number, to: number, neTrace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const strength = this.strength;
    const slope = this.slowWaveSlope;
    const capOut = this.capacity;
    const encOut = this.encoding;
    const snrOut = this.signalToNoise;
    const potentiation = this.potentiation;
    const downscaling = this.downscaling;
    const wMax = this.wMax;
    const wMin = this.wMin;
    const span = wMax - wMin;
    const neGain = this.neGain;
    const kappa = this.capacityGain;
    const phi = this.signalShare;
    const kept = this.signalKept;
    let w = this.w;
    let signal = this.signal;
    let noise = this.noise;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      const ne = neTrace[i - from]!;
      const headroom = (wMax - w) / span;
      const capacity = headroom > 0 ? headroom : 0;
      // Encoding efficiency: the capacity gates the rate of new potentiation [supported].
      const encoding = kappa === 1 ? capacity : kappa === 0 ? 1 : Math.pow(capacity, kappa);
      if (stage === 0) {
        const permit = 1 - neGain + neGain * ne;
        let dw = permit > 0 ? potentiation * permit * encoding : 0;
        if (w + dw > wMax) dw = wMax - w > 0 ? wMax - w : 0;
        signal += phi * dw;
        noise += (1 - phi) * dw;
        w += dw;
      } else if (stage >= 2) {
        const gate = 1 - neGain * ne;
        const excess = w - wMin;
        const loss = downscaling * swaOf[i]! * (gate > 0 ? gate : 0) * excess;
        // Shared between signal and noise, strong (signal) synapses partly spared [hypothesis].
        const a = kept * signal;
        const weight = a + noise;
        if (weight > 0) {
          const d = loss / weight;
          signal -= a * d;
          noise -= noise * d;
        }
        w -= loss;
      }
      strength[i] = w;
      slope[i] = stage >= 3 ? w : 0;
      // The series carry the state after the epoch, like the strength.
      const after = (wMax - w) / span > 0 ? (wMax - w) / span : 0;
      capOut[i] = after;
      encOut[i] = kappa === 1 ? after : kappa === 0 ? 1 : Math.pow(after, kappa);
      snrOut[i] = noise > 0 ? signal / noise : 0;
    }
    this.w = w;
    this.signal = signal;
    this.noise = noise;
  }
}
