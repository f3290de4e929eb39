/**
 * Glymphatic exchange: interstitial volume fraction, CSF pulsation, clearance, amyloid-β and tau.
 *
 * Volume: the interstitial space expands from ≈0.14 in wake to ≈0.23 in sleep, and blocking
 * noradrenergic tone in awake mice expands it the same way (Xie et al. 2013, Science 342:373), so
 * the volume fraction v relaxes toward a target set by NE:
 *     v* = v_wake + (v_sleep − v_wake) · clamp((1 − NE) / (1 − NE_N3), 0, 1)
 * CSF pulsation: large ≈0.05 Hz CSF inflow waves appear in NREM, coupled to slow waves (Fultz et
 * al. 2019, Science 366:628). The oscillation is faster than the 30-s grid, so its amplitude is
 * carried: A* = gate(stage) · (a₀ + SWA), near zero in wake and REM.
 * Clearance: convective interstitial flow through a porous medium scales with its hydraulic
 * conductivity, which Kozeny–Carman puts at K(v) ∝ v³/(1 − v)²; pulsation adds pumping. The
 * convective share of waking clearance is a parameter (f_w), the rest (enzymatic degradation,
 * transport across the blood–brain barrier) is state-independent:
 *     k(t) = (1 − f_w) + f_w · K(v)/K(v_wake) · (1 + g·A)/(1 + g·A_wake)      (1 in quiet wake)
 * Solutes: dX/dt = P_X · (1 + p_X·(activity − 1)) − κ_X · k(t) · X, with release rising with
 * synaptic activity (Cirrito et al. 2005, Neuron 48:913 for Aβ; Yamada et al. 2014, J Exp Med
 * 211:387 for tau); activity is the mean of NE and ACh tone (1 in wake).
 * Lumbar CSF, where human studies sample (Lucey et al. 2018, Ann Neurol 83:197; Holth et al.
 * 2019), mixes the interstitial pools with the CSF turnover time: dX_csf/dt = (X − X_csf)/τ_csf.
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import type { InputParameters } from '../../inputs/parameters';
import type { GlymphaticParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants, and age (convective exchange declines with it). */
export type GlymphaticInputs = GlymphaticParameters & Pick<InputParameters, 'age'>;

/** Kozeny–Carman hydraulic conductivity of a porous medium with porosity v (unnormalized). */
export function kozenyCarman(v: number): number {
  return (v * v * v) / ((1 - v) * (1 - v));
}

/** Relative convective exchange (quiet wake = 1) from volume fraction and pulsation amplitude. */
export function convectiveExchange(v: number, pulsation: number, p: GlymphaticInputs): number {
  const g = p.glyPulsationGain;
  return (kozenyCarman(v) / kozenyCarman(p.isfVolumeWake)) * ((1 + g * pulsation) / (1 + g * p.csfPulsationWake));
}

// Pulsation gate by STAGE_CODE order W, R, N1, N2, N3: the slow CSF waves are a NREM phenomenon,
// strongest with slow waves (Fultz 2019); N1 shows some, REM and wake little.
const PULSATION_GATE = [0, 0, 0.3, 1, 1];

export class Glymphatic {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  readonly volumeFraction: Float32Array;
  readonly pulsation: Float32Array;
  readonly clearance: Float32Array;
  readonly abeta: Float32Array;
  readonly tau: Float32Array;
  /** Lumbar CSF Aβ and tau, lagging the interstitial pools by the CSF turnover time. */
  readonly csfAbeta: Float32Array;
  readonly csfTau: Float32Array;
  private csfAb = 1;
  private csfTu = 1;
  private csfMix: number = 0;
  private v: number = 0;
  private a: number = 0;
  private ab = 1;
  private tu = 1;
  private readonly vWake: number = 0;
  private readonly vSpan: number = 0;
  private readonly neDeep: number = 0;
  private readonly neGain: number = 0;
  private readonly vDecay: number = 0;
  private readonly aDecay: number = 0;
  private readonly aWake: number = 0;
  private readonly aBase: number = 0;
  private readonly diffusive: number = 0;
  private readonly convScale: number = 0;
  private readonly pulseGain: number = 0;
  private readonly abProd: number = 0;
  private readonly abAct: number = 0;
  private readonly abClear: number = 0;
  private readonly tauProd: number = 0;
  private readonly tauAct: number = 0;
  private readonly tauClear: number = 0;

  constructor(core: CoreTrajectory, p: GlymphaticInputs) {
    this.stage = core.stage;
    this.swa = core.swa;
    const n = core.epochs;
    this.volumeFraction = outputEpochs(n);
    this.pulsation = outputEpochs(n);
    this.clearance = outputEpochs(n);
    this.abeta = outputEpochs(n);
    this.tau = outputEpochs(n);
    this.csfAbeta = outputEpochs(n);
    this.csfTau = outputEpochs(n);
    this.csfMix = 1 - Math.exp(-EPOCH_H / p.csfTurnover_h);
    this.vWake = p.isfVolumeWake;
    this.vSpan = p.isfVolumeSleep - p.isfVolumeWake;
    this.neDeep = 0.2; // NE in N3 relative to wake (NE_BY_STAGE of the neurotransmitter module)
    this.neGain = p.glyNoradrenalineGain;
    this.vDecay = Math.exp(-EPOCH_S / (60 * p.isfVolumeTimeConstant_min));
    this.aDecay = Math.exp(-EPOCH_S / 60);
    this.aWake = p.csfPulsationWake;
    this.aBase = p.csfPulsationBase;
    this.diffusive = 1 - p.glyConvectiveShareWake;
    // Ageing impairs CSF–ISF exchange (Kress et al. 2014, Ann Neurol 76:845: ≈40 % less in old
    // mice): the convective part shrinks by a fixed share per decade after 25.
    const ageing = Math.max(0, 1 - (p.glyAgeDecline_perDecade * Math.max(0, p.age - 25)) / 10);
    this.convScale =
      (ageing * p.glyConvectiveShareWake) /
      kozenyCarman(p.isfVolumeWake) /
      (1 + p.glyPulsationGain * p.csfPulsationWake);
    this.pulseGain = p.glyPulsationGain;
    this.v = p.isfVolumeWake;
    this.a = p.csfPulsationWake;
    // Per-epoch production and clearance; production is scaled so that waking steady state is 1.
    this.abClear = (Math.LN2 / p.abetaHalfLife_h) * EPOCH_H;
    this.abProd = this.abClear;
    this.abAct = p.abetaActivityRelease;
    this.tauClear = (Math.LN2 / p.tauHalfLife_h) * EPOCH_H;
    this.tauProd = this.tauClear;
    this.tauAct = p.tauActivityRelease;
  }

  /** Advances epochs [from, to), reading NE and ACh from the neurotransmitters' traces of that range. */
  run(from: number, to: number, neTrace: Float64Array, achTrace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const volumeFraction = this.volumeFraction;
    const pulsation = this.pulsation;
    const clearance = this.clearance;
    const abeta = this.abeta;
    const tau = this.tau;
    const csfAbeta = this.csfAbeta;
    const csfTau = this.csfTau;
    const neDeep = this.neDeep;
    const neGain = this.neGain;
    const vWake = this.vWake;
    const vSpan = this.vSpan;
    const vDecay = this.vDecay;
    const aBase = this.aBase;
    const aWake = this.aWake;
    const aDecay = this.aDecay;
    const diffusive = this.diffusive;
    const convScale = this.convScale;
    const pulseGain = this.pulseGain;
    const abProd = this.abProd;
    const abAct = this.abAct;
    const abClear = this.abClear;
    const tauProd = this.tauProd;
    const tauAct = this.tauAct;
    const tauClear = this.tauClear;
    const csfMix = this.csfMix;
    let vState = this.v;
    let a = this.a;
    let ab = this.ab;
    let tu = this.tu;
    let csfAb = this.csfAb;
    let csfTu = this.csfTu;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      const ne = neTrace[i - from]!;
      // Coupling neurotransmitters → glymphatic [established: Xie et al. 2013]: falling NE
      // expands the interstitial space; its gain (glyNoradrenalineGain, 1 = the model) is 0 in a knockout.
      let drive = (neGain * (1 - ne)) / (1 - neDeep);
      drive = drive < 0 ? 0 : drive > 1 ? 1 : drive;
      const vTarget = vWake + vSpan * drive;
      vState = vTarget + (vState - vTarget) * vDecay;
      const gate = PULSATION_GATE[stage]!;
      const aTarget = gate > 0 ? gate * (aBase + swaOf[i]!) : aWake;
      a = aTarget + (a - aTarget) * aDecay;
      const v = vState;
      const u = 1 - v;
      // convShare · K(v)/K(v_wake) · (1 + g·A)/(1 + g·A_wake), with the constant factors folded.
      const k = diffusive + (convScale * v * v * v * (1 + pulseGain * a)) / (u * u);
      // Cortical synaptic activity: monoaminergic and cholinergic tone (1 in wake).
      const activity = 0.5 * (ne + achTrace[i - from]!);
      ab += abProd * (1 + abAct * (activity - 1)) - abClear * k * ab;
      tu += tauProd * (1 + tauAct * (activity - 1)) - tauClear * k * tu;
      volumeFraction[i] = v;
      pulsation[i] = a;
      clearance[i] = k;
      abeta[i] = ab;
      tau[i] = tu;
      csfAb += (ab - csfAb) * csfMix;
      csfTu += (tu - csfTu) * csfMix;
      csfAbeta[i] = csfAb;
      csfTau[i] = csfTu;
    }
    this.v = vState;
    this.a = a;
    this.ab = ab;
    this.tu = tu;
    this.csfAb = csfAb;
    this.csfTu = csfTu;
  }
}
