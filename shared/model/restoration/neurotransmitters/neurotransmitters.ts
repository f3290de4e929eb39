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
 * acetylcholine high in W and REM, low in NREM; VLPO GABA high in NREM. A gain g_st on the table
 * (ntStageDriveGain) is the coupling's switch: drive = drive_W + g_st·(drive_stage − drive_W).
 *
 * Receptor and reserve homeostasis (issue 14), after the A1-receptor adaptation of the core's
 * homeostat: three slow states, 1 = fully rested, that wake moves away from 1 and sleep restores.
 *   D2/D3 availability D:  wake dD/dt = −r_D·D;  sleep dD/dt = k_s·(1 − D)
 *   5-HT2A binding H:      wake dH/dt = +r_H·H;  sleep dH/dt = k_s·(1 − H)
 *   LC reserve N:          wake dN/dt = −r_N·f_LC·N;  sleep dN/dt = k_s·(1 − N)
 * r_D from Volkow et al. 2012 (J Neurosci 32:6711: ventral-striatal D2/D3 BPND −5 % after a night
 * awake) [supported: the authors read it as down-regulation]; r_H from Elmenhorst et al. 2012
 * (Sleep 35:1615: +9.6 % 5-HT2A binding after 24 h awake) [supported]; the LC reserve is a
 * hypothesis (sustained waking firing depletes releasable NE; size a design choice), and it scales
 * NE release: C_NE relaxes to f_LC·(1 − g_N·(1 − N)), so the noradrenaline trace that the synapses
 * and the glymphatic system read falls across a long wake [hypothesis]. Restoration k_s in any
 * sleep stage is a design choice (2 h; A1 receptors are restored by recovery sleep, Elmenhorst et
 * al. 2017). D and H are read by the neurotransmitter balance (metrics.ts) that the readiness
 * reads; every step is an exact exponential over the 30-s epoch.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import type { NeurotransmitterParameters } from './parameters';
import { outputEpochs } from '../module';

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
  /** Drives by stage after the stage gain (ntStageDriveGain). */
  private readonly neByStage: Float64Array;
  private readonly serByStage: Float64Array;
  private readonly achByStage: Float64Array;
  private readonly gabaByStage: Float64Array;
  readonly d2Availability: Float32Array;
  readonly ht2aBinding: Float32Array;
  readonly lcReserve: Float32Array;
  /** D2/D3 availability, 5-HT2A binding and LC reserve, 1 = rested (after the last epoch run). */
  d2 = 1;
  ht2a = 1;
  reserve = 1;
  private readonly d2WakeFactor: number = 1;
  private readonly ht2aWakeFactor: number = 1;
  private readonly reserveDepletion: number = 0;
  private readonly sleepRestore: number = 1;
  private readonly reserveToneGain: number = 0;

  constructor(core: CoreTrajectory, p: NeurotransmitterInputs) {
    this.stage = core.stage;
    this.processS = core.processS;
    this.adenosine = core.adenosine;
    this.circadianAlerting = core.circadianAlerting;
    const n = core.epochs;
    this.noradrenaline = outputEpochs(n);
    this.serotonin = outputEpochs(n);
    this.acetylcholine = outputEpochs(n);
    this.gaba = outputEpochs(n);
    // Exact exponential relaxation over one 30-s epoch.
    this.popDecay = Math.exp(-EPOCH_S / p.ntPopulationTimeConstant_s);
    this.monoDecay = Math.exp(-EPOCH_S / p.ntMonoamineTimeConstant_s);
    this.fastDecay = Math.exp(-EPOCH_S / p.ntFastTransmitterTimeConstant_s);
    this.circGain = p.ntCircadianGain;
    this.adoGain = p.ntAdenosineInhibition;
    this.vlpoPressureGain = p.ntVlpoPressureGain;
    const g = p.ntStageDriveGain;
    const scaled = (table: readonly number[]): Float64Array =>
      Float64Array.from(table, (x) => Math.max(0, table[0]! + g * (x - table[0]!)));
    this.neByStage = scaled(NE_BY_STAGE);
    this.serByStage = scaled(SEROTONIN_BY_STAGE);
    this.achByStage = scaled(ACH_BY_STAGE);
    this.gabaByStage = scaled(GABA_BY_STAGE);
    this.d2Availability = outputEpochs(n);
    this.ht2aBinding = outputEpochs(n);
    this.lcReserve = outputEpochs(n);
    this.d2WakeFactor = Math.exp(-p.ntD2WakeLoss_perH * EPOCH_H);
    this.ht2aWakeFactor = Math.exp(p.nt5ht2aWakeGain_perH * EPOCH_H);
    this.reserveDepletion = p.ntLcReserveDepletion_perH * EPOCH_H;
    this.sleepRestore = Math.exp(-p.ntSleepRestoration_perH * EPOCH_H);
    this.reserveToneGain = p.ntReserveToneGain;
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
    const neByStage = this.neByStage;
    const serByStage = this.serByStage;
    const achByStage = this.achByStage;
    const gabaByStage = this.gabaByStage;
    const d2Out = this.d2Availability;
    const ht2aOut = this.ht2aBinding;
    const reserveOut = this.lcReserve;
    const d2Wake = this.d2WakeFactor;
    const ht2aWake = this.ht2aWakeFactor;
    const depletion = this.reserveDepletion;
    const restore = this.sleepRestore;
    const toneGain = this.reserveToneGain;
    let d2 = this.d2;
    let ht2a = this.ht2a;
    let reserve = this.reserve;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      let monoDrive = neByStage[stage]!;
      let serDrive = serByStage[stage]!;
      let gabaDrive = gabaByStage[stage]!;
      const achDrive = achByStage[stage]!;
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
      achFiring = achDrive + (achFiring - achDrive) * pd;
      gabaFiring = gabaDrive + (gabaFiring - gabaDrive) * pd;
      if (stage === 0) {
        // Wake moves the receptors away from rest: D2/D3 down-regulated (Volkow 2012) [supported],
        // 5-HT2A up-regulated (Elmenhorst 2012) [supported]; LC firing depletes the reserve
        // [hypothesis]. Exact exponentials over the epoch.
        d2 *= d2Wake;
        ht2a *= ht2aWake;
        reserve *= Math.exp(-depletion * monoFiring);
      } else {
        // Any sleep stage restores them (design choice).
        d2 = 1 + (d2 - 1) * restore;
        ht2a = 1 + (ht2a - 1) * restore;
        reserve = 1 + (reserve - 1) * restore;
      }
      // NE release scales with the reserve [hypothesis]: what the synapses and the glymphatic
      // system read through the noradrenaline trace.
      const release = 1 - toneGain * (1 - reserve);
      const neTarget = release > 0 ? monoFiring * release : 0;
      ne = neTarget + (ne - neTarget) * md;
      ser = serFiring + (ser - serFiring) * md;
      ach = achFiring + (ach - achFiring) * fd;
      gab = gabaFiring + (gab - gabaFiring) * fd;
      neOut[i] = ne;
      serOut[i] = ser;
      achOut[i] = ach;
      gabaOut[i] = gab;
      d2Out[i] = d2;
      ht2aOut[i] = ht2a;
      reserveOut[i] = reserve;
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
    this.d2 = d2;
    this.ht2a = ht2a;
    this.reserve = reserve;
  }
}
