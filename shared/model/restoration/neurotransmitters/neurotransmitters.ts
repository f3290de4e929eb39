/**
 * Neurotransmitters by state: monoamines (locus-coeruleus noradrenaline, dorsal-raphe serotonin),
 * acetylcholine (LDT/PPT and basal forebrain) and GABA from the sleep-active VLPO.
 *
 * Each transmitter follows the structure of Schellenberger Costa et al. 2016 (after Diniz Behn &
 * Booth 2012): a population activity f relaxes to a state-dependent drive, and the transmitter
 * concentration C relaxes to that activity, τ_C dC/dt = f − C. The stage itself comes from the
 * core (its sleep–wake switch and ultradian oscillator), so the populations here do not decide
 * the state; they carry its neurochemistry with realistic lags. Orderings by state follow
 * Saper et al. 2010 (Neuron 68:1023): monoamines W > NREM > REM (near silent in REM),
 * acetylcholine high in W and REM, low in NREM; VLPO GABA high in NREM.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_S } from '../../result';
import type { NeurotransmitterParameters } from './parameters';

export type NeurotransmitterInputs = NeurotransmitterParameters;

/** Drive of each population by STAGE_CODE order W, R, N1, N2, N3 (0 = silent, 1 = waking level). */
// Relative firing by state: LC ≈ 1 / 0.5 / 0.3 / 0.2 / ≈0 for W / N1 / N2 / N3 / REM (Aston-Jones &
// Bloom 1981, J Neurosci 1:876); dorsal raphe falls less in NREM (McGinty & Harper 1976, Brain Res
// 101:569); cholinergic LDT/PPT and basal forebrain are as active in REM as in wake (Saper 2010);
// VLPO firing is highest in deep NREM and stays raised in REM (Sherin et al. 1996, Science 271:216).
const NE_BY_STAGE = [1, 0.02, 0.5, 0.3, 0.2];
const SEROTONIN_BY_STAGE = [1, 0.05, 0.6, 0.45, 0.35];
const ACH_BY_STAGE = [1, 1, 0.4, 0.2, 0.1];
const GABA_BY_STAGE = [0.05, 0.7, 0.5, 0.75, 1];

export class Neurotransmitters {
  private readonly stage: Uint8Array;
  private readonly processS: Float32Array;
  private readonly adenosine: Float32Array;
  private readonly circadianAlerting: Float32Array;
  readonly noradrenaline: Float32Array;
  readonly serotonin: Float32Array;
  readonly acetylcholine: Float32Array;
  readonly gaba: Float32Array;
  /** Current values (after the last epoch run). */
  ne = 1;
  private monoFiring = 1;
  private serFiring = 1;
  private achFiring = 1;
  private gabaFiring = 0.05;
  private ser = 1;
  ach = 1;
  private gab = 0.05;
  private readonly popDecay: number = 0;
  private readonly monoDecay: number = 0;
  private readonly fastDecay: number = 0;
  private readonly circGain: number = 0;
  private readonly adoGain: number = 0;
  private readonly vlpoPressureGain: number = 0;

  constructor(core: CoreTrajectory, p: NeurotransmitterInputs) {
    this.stage = core.stage;
    this.processS = core.processS;
    this.adenosine = core.adenosine;
    this.circadianAlerting = core.circadianAlerting;
    const n = core.epochs;
    this.noradrenaline = new Float32Array(n);
    this.serotonin = new Float32Array(n);
    this.acetylcholine = new Float32Array(n);
    this.gaba = new Float32Array(n);
    // Exact exponential relaxation over one 30-s epoch.
    this.popDecay = Math.exp(-EPOCH_S / p.ntPopulationTimeConstant_s);
    this.monoDecay = Math.exp(-EPOCH_S / p.ntMonoamineTimeConstant_s);
    this.fastDecay = Math.exp(-EPOCH_S / p.ntFastTransmitterTimeConstant_s);
    this.circGain = p.ntCircadianGain;
    this.adoGain = p.ntAdenosineInhibition;
    this.vlpoPressureGain = p.ntVlpoPressureGain;
  }

  /**
   * Advances epochs [from, to). Each module runs its own range in one loop with its state in
   * locals (state.ts); the arithmetic is step for step that of a per-epoch update. NE and ACh of
   * epoch i go to neTrace[i - from] and achTrace[i - from] at full precision (the series are
   * float32), for the synapses and the glymphatic system to read over the same range.
   */
  run(from: number, to: number, neTrace: Float64Array, achTrace: Float64Array): void {
    const stageOf = this.stage;
    const processS = this.processS;
    const adenosine = this.adenosine;
    const circadianAlerting = this.circadianAlerting;
    const neOut = this.noradrenaline;
    const serOut = this.serotonin;
    const achOut = this.acetylcholine;
    const gabaOut = this.gaba;
    const pd = this.popDecay;
    const md = this.monoDecay;
    const fd = this.fastDecay;
    const circGain = this.circGain;
    const adoGain = this.adoGain;
    const vlpo = this.vlpoPressureGain;
    let monoFiring = this.monoFiring;
    let serFiring = this.serFiring;
    let achFiring = this.achFiring;
    let gabaFiring = this.gabaFiring;
    let ne = this.ne;
    let ser = this.ser;
    let ach = this.ach;
    let gab = this.gab;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      let monoDrive = NE_BY_STAGE[stage]!;
      let serDrive = SEROTONIN_BY_STAGE[stage]!;
      let gabaDrive = GABA_BY_STAGE[stage]!;
      if (stage === 0) {
        // Waking monoaminergic tone rises with the circadian alerting signal (SCN → DMH → LC,
        // Aston-Jones et al. 2001, Nat Neurosci 4:732) and is damped by adenosine acting on A1
        // receptors of wake-promoting neurons (Porkka-Heiskanen et al. 1997, Science 276:1265).
        const mod = 1 + circGain * circadianAlerting[i]! - adoGain * (adenosine[i]! - 1);
        const m = mod > 0.2 ? mod : 0.2;
        monoDrive *= m;
        serDrive *= m;
      } else {
        // Homeostatic drive onto the VLPO (ν_vh·H in Phillips & Robinson 2007): sleep-active GABA
        // is strongest when Process S is high, early in the night.
        gabaDrive *= 1 - vlpo + 2 * vlpo * processS[i]!;
      }
      monoFiring = monoDrive + (monoFiring - monoDrive) * pd;
      serFiring = serDrive + (serFiring - serDrive) * pd;
      achFiring = ACH_BY_STAGE[stage]! + (achFiring - ACH_BY_STAGE[stage]!) * pd;
      gabaFiring = gabaDrive + (gabaFiring - gabaDrive) * pd;
      ne = monoFiring + (ne - monoFiring) * md;
      ser = serFiring + (ser - serFiring) * md;
      ach = achFiring + (ach - achFiring) * fd;
      gab = gabaFiring + (gab - gabaFiring) * fd;
      neOut[i] = ne;
      serOut[i] = ser;
      achOut[i] = ach;
      gabaOut[i] = gab;
      neTrace[i - from] = ne;
      achTrace[i - from] = ach;
    }
    this.monoFiring = monoFiring;
    this.serFiring = serFiring;
    this.achFiring = achFiring;
    this.gabaFiring = gabaFiring;
    this.ne = ne;
    this.ser = ser;
    this.ach = ach;
    this.gab = gab;
  }
}
