/**
 * Emotional processing: an amygdala-reactivity state, sensitised by time awake and depotentiated
 * by REM sleep in a low-noradrenaline state (Walker & van der Helm 2009, Psychol Bull 135:731,
 * "sleep to forget, sleep to remember"; a minimal formulation of our own, no published
 * dynamical model exists). The state is the day's emotional load X ≥ 0 above the trait level;
 * reactivity is A = 1 + X (1 = fully depotentiated):
 *
 *   wake:  dX/dt = k_W · S · (1 + g_C · C / 100 nmol/L)
 *   REM:   dX/dt = −k_R · max(0, 1 − g_NE · NE) · X
 *   NREM:  dX/dt = 0
 *
 * S is Process S (sensitisation grows with time awake, and faster after sleep loss: Yoo et al.
 * 2007, Curr Biol 17:R877, amygdala hyper-reactivity after ≈ 35 h awake), C the plasma cortisol
 * trace (hypothesis: glucocorticoids sensitise the amygdala, Mitra & Sapolsky 2008; contrary
 * acute human data, Henckens et al. 2010), NE the locus-coeruleus noradrenaline trace (REM's
 * near silence of LC is the gate, van der Helm et al. 2011, Curr Biol 21:2029). Exact on the 30-s
 * grid: the wake step is the integral of a constant input over the epoch, the REM step the exact
 * exponential decay.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, STAGE_CODE } from '../../result';
import type { EmotionParameters } from './parameters';
import { outputEpochs } from '../module';

export type EmotionInputs = EmotionParameters;

/** Cortisol scale of the glucocorticoid gain, nmol/L (the gain is per 100 nmol/L). */
const CORTISOL_SCALE_NMOL_PER_L = 100;

export class Emotion {
  private readonly stage: Uint8Array;
  private readonly processS: Float32Array;
  /** Amygdala reactivity, 1 = trait level (no load left). */
  readonly amygdala: Float32Array;
  private load = 0;
  private readonly wakeRate: number = 0;
  private readonly cortisolGain: number = 0;
  private readonly remRate: number = 0;
  private readonly neGate: number = 0;

  constructor(core: CoreTrajectory, p: EmotionInputs) {
    this.stage = core.stage;
    this.processS = core.processS;
    this.amygdala = outputEpochs(core.epochs);
    this.wakeRate = p.emotionSensitisation_perH * EPOCH_H;
    this.cortisolGain = p.emotionCortisolGain_per100nmolPerL / CORTISOL_SCALE_NMOL_PER_L;
    this.remRate = p.emotionRemDepotentiation_perH * EPOCH_H;
    this.neGate = p.emotionNoradrenalineGate;
  }

  /** Advances epochs [from, to); cortisol and NE of epoch i at index i − from. */
  run(from: number, to: number, cortisol: Float64Array, noradrenaline: Float64Array): void {
    const stageOf = this.stage;
    const processS = this.processS;
    const out = this.amygdala;
    const wakeRate = this.wakeRate;
    const cortisolGain = this.cortisolGain;
    const remRate = this.remRate;
    const neGate = this.neGate;
    let x = this.load;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      if (stage === STAGE_CODE.W) {
        // Sensitisation by time awake (supported: Yoo 2007), scaled by cortisol (hypothesis).
        x += wakeRate * processS[i]! * (1 + cortisolGain * cortisol[i - from]!);
      } else if (stage === STAGE_CODE.R) {
        // REM depotentiation (supported: van der Helm 2011), gated by noradrenaline (supported).
        const efficacy = 1 - neGate * noradrenaline[i - from]!;
        if (efficacy > 0) x *= Math.exp(-remRate * efficacy);
      }
      out[i] = 1 + x;
    }
    this.load = x;
  }
}
