/**
 * Cortisol: circadian HPA drive, inhibition by slow-wave sleep, the awakening response and a
 * carry-over of sleep loss (a minimal formulation of our own; no published dynamical model exists).
 *
 *   secretion = s_max · [b + (1 − b) · γ·g(ψ)] · (1 − i_SWS · min(1, SWA)·𝟙NREM) · (1 + g_S · max(0, S − S_ref))
 *             + A_CAR · γ·g(ψ) · (readiness released on waking)
 *   dC/dt = secretion − ln2/t½ · C
 * γ (cortisolCircadianGain, 1) scales the clock's drive; g(ψ) is the circadian drive against the phase ψ (hours from CBTmin): a half-Gaussian rise to a
 * peak after CBTmin, then an exponential fall through the day, so the 24-h profile has a quiet
 * period in the late evening and early night and a maximum around habitual wake (Weitzman et al.
 * 1971, J Clin Endocrinol Metab 33:14; Balbo, Leproult & Van Cauter 2010, Int J Endocrinol).
 * Slow-wave sleep inhibits HPA secretion (Bierwolf et al. 1997, J Clin Endocrinol Metab 82:3859),
 * which gives the inhibition over the first hours of sleep at any clock time (Weitzman et al.
 * 1983). The awakening response draws on a readiness that builds during sleep and is released
 * over the first minutes awake (Wilhelm et al. 2007, Psychoneuroendocrinology 32:358: CAR needs
 * prior sleep). Elevated Process S raises the next evening's cortisol (Leproult et al. 1997,
 * Sleep 20:865: +37–45% after sleep deprivation). Ageing raises the quiescent level (Van Cauter,
 * Leproult & Kupfer 1996, J Clin Endocrinol Metab 81:2468).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import { memoTable } from '../tables';
import type { InputParameters } from '../../inputs/parameters';
import type { CortisolParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its own constants, and the sleeper's age and sex. */
export type CortisolInputs = CortisolParameters & Pick<InputParameters, 'age' | 'sex'>;

/** Bins of the tables tabulated over one circadian cycle (1 per minute of phase). */
export const PHASE_BINS = 1440;
const TABLE_BINS = PHASE_BINS;

/** Circadian drive g(ψ), 0–1, tabulated over one cycle of phase (bin 0 = CBTmin). */
export function cortisolDriveTable(p: CortisolInputs): Float64Array {
  const table = new Float64Array(TABLE_BINS);
  const peak = p.cortisolPeakAfterCbtMin_h;
  for (let b = 0; b < TABLE_BINS; b++) {
    let h = (b / TABLE_BINS) * 24; // hours after CBTmin
    if (h > peak + 16) h -= 24; // the rise lies before the peak, the fall after it
    table[b] =
      h < peak
        ? Math.exp(-((h - peak) ** 2) / (2 * p.cortisolRiseWidth_h ** 2))
        : Math.exp(-(h - peak) / p.cortisolFallTime_h);
  }
  return table;
}

const BINS_PER_RAD = TABLE_BINS / (2 * Math.PI);

/** Table bin of a circadian phase (any real; the core wraps it to [0, 2π) already). */
export function phaseBin(phase_rad: number): number {
  let b = (phase_rad * BINS_PER_RAD) | 0;
  if (b < 0 || b >= TABLE_BINS) {
    const u = phase_rad / (2 * Math.PI);
    b = ((u - Math.floor(u)) * TABLE_BINS) | 0;
    if (b >= TABLE_BINS) b = 0;
  }
  return b;
}

export class Cortisol {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  private readonly processS: Float32Array;
  private readonly circadianPhase_rad: Float32Array;
  /** Plasma cortisol, nmol/L. */
  readonly concentration: Float32Array;
  private readonly drive: Float64Array;
  private c: number = 0;
  private readiness = 0;
  private readonly basalShare: number = 0;
  private readonly circadianGain: number = 0;
  private readonly smax: number = 0;
  private readonly swsInhibition: number = 0;
  private readonly sleepLossGain: number = 0;
  private readonly sleepLossRef: number = 0;
  private readonly carAmount: number = 0;
  private readonly readinessBuild: number = 0;
  private readonly readinessRelease: number = 0;
  private readonly decay: number = 0;

  constructor(core: CoreTrajectory, p: CortisolInputs) {
    this.stage = core.stage;
    this.swa = core.swa;
    this.processS = core.processS;
    this.circadianPhase_rad = core.circadianPhase_rad;
    this.concentration = outputEpochs(core.epochs);
    const inputs = [p.cortisolPeakAfterCbtMin_h, p.cortisolRiseWidth_h, p.cortisolFallTime_h];
    this.drive = memoTable('cortisol-drive', inputs, () => cortisolDriveTable(p));
    this.basalShare = Math.min(
      0.9,
      p.cortisolQuiescentShare * (1 + (p.cortisolAgeQuiescentRise_perDecade * Math.max(0, p.age - 25)) / 10),
    );
    this.circadianGain = p.cortisolCircadianGain;
    this.smax = p.cortisolPeakSecretion_nmolPerLPerH * EPOCH_H;
    this.swsInhibition = p.cortisolSwsInhibition;
    this.sleepLossGain = p.cortisolSleepLossGain;
    this.sleepLossRef = p.cortisolSleepLossReferenceS;
    this.carAmount = p.cortisolAwakeningAmount_nmolPerL;
    this.readinessBuild = 1 - Math.exp(-EPOCH_H / p.cortisolAwakeningBuildUp_h);
    // The awakening response peaks later in premenopausal women (Wüst et al. 2000).
    const release_min = p.sex === 'female' ? p.cortisolAwakeningReleaseFemale_min : p.cortisolAwakeningRelease_min;
    this.readinessRelease = 1 - Math.exp(-EPOCH_S / (60 * release_min));
    this.decay = Math.exp((-Math.LN2 * EPOCH_S) / (60 * p.cortisolHalfLife_min));
    this.c = 100;
  }

  /** Advances epochs [from, to); cortisol of epoch i goes to trace[i − from] at full precision. */
  run(from: number, to: number, trace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const processS = this.processS;
    const phase = this.circadianPhase_rad;
    const drive = this.drive;
    const concentration = this.concentration;
    const smax = this.smax;
    const basalShare = this.basalShare;
    const circadianGain = this.circadianGain;
    const swsInhibition = this.swsInhibition;
    const sleepLossRef = this.sleepLossRef;
    const sleepLossGain = this.sleepLossGain;
    const readinessRelease = this.readinessRelease;
    const readinessBuild = this.readinessBuild;
    const carAmount = this.carAmount;
    const decay = this.decay;
    let readiness = this.readiness;
    let c = this.c;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      // The clock's drive (established; its strength cortisolCircadianGain, 1 by default).
      const g = circadianGain * drive[phaseBin(phase[i]!)]!;
      let secretion = smax * (basalShare + (1 - basalShare) * g);
      if (stage >= 2) {
        // Slow-wave sleep inhibits the HPA axis (supported; strength cortisolSwsInhibition).
        const swa = swaOf[i]!;
        secretion *= 1 - swsInhibition * (swa < 1 ? swa : 1);
      }
      // Sleep loss raises cortisol (supported; strength cortisolSleepLossGain).
      const excessS = processS[i]! - sleepLossRef;
      if (excessS > 0) secretion *= 1 + sleepLossGain * excessS;
      if (stage === 0) {
        // Awakening response (established; strength cortisolAwakeningAmount_nmolPerL), gated by the circadian drive: full in the morning active phase of
        // the HPA axis, absent in its quiescent period, so brief night awakenings add little.
        const released = readiness * readinessRelease;
        readiness -= released;
        secretion += carAmount * released * g;
      } else {
        readiness += (1 - readiness) * readinessBuild;
      }
      c = c * decay + secretion;
      concentration[i] = c;
      trace[i - from] = c;
    }
    this.readiness = readiness;
    this.c = c;
  }
}
