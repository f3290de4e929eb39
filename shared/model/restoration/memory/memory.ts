/**
 * Memory consolidation as a process (active systems consolidation, Rasch & Born 2013, Physiol Rev
 * 93:681): the day's learning is encoded in a labile store in wake and forgotten there; in N2/N3,
 * slow oscillations (SO) nest thalamic spindles in their up-states, and each coupled event moves a
 * share of the labile store to a stable one.
 *
 *   local plasticity  wake: dP/dt = (learningLoad − P)/τ_build;  N2/N3: dP/dt = −SWA·P/D
 *   local SWA         SWA_loc = SWA · (1 + g_loc · P)                 (Huber et al. 2004)
 *   spindles          d = d_stage · a_sp(age) · f_sex · (1 + g_P · P4/(P4 + P½))   in N2/N3, per min
 *   slow oscillations r_SO = k_SO · SWA_loc                                          in N2/N3, per min
 *   coupling          c = c_max · a_c(age) · r_SO/(r_SO + r½)   share of spindles nested in up-states
 *   coupled events    e = d · c, per min
 *   transfer hazard   h = G · e/(1 event/min) / X₀ · (1 + g_E · E2/(E2 + E½)), per h
 *   labile            dL/dt = enc·𝟙wake − L/τ_wake|sleep − h·L,   enc = learningLoad/16 h
 *   stable            dC/dt = h·L
 *
 * a_sp and a_c fall linearly per decade above 25 y (floored at 0.2). Each step is exact on the
 * 30-s grid for the epoch's constant rates: the transfer and the forgetting are exponentials.
 *
 * Couplings (declared in ./index.ts): sleepWake → memory (G, established: slow waves and spindles
 * consolidate), learning → memory (g_loc, supported: Huber 2004), ovarian → memory (g_P supported:
 * Driver 1996; g_E hypothesis). The metrics (./metrics.ts) follow the focal day's learning alone
 * (a cohort replayed with the same per-epoch rates, `cohortStep`).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, STAGE_CODE } from '../../result';
import type { InputParameters } from '../../inputs/parameters';
import type { MemoryParameters } from './parameters';
import { outputEpochs, outputEpochs64 } from '../module';

/** Its own constants, and the sleeper's age, sex and learning load. */
export type MemoryInputs = MemoryParameters & Pick<InputParameters, 'age' | 'sex' | 'learningLoad'>;

/** Age of the reference sleeper of the young-adult constants. */
const REFERENCE_AGE = 25;
/** Lowest age factor of spindle density and coupling (design choice: keeps a sweep finite). */
const AGE_FLOOR = 0.2;
/** Waking hours over which one ordinary day (learningLoad 1) encodes one unit of memory. */
export const ENCODING_DAY_H = 16;

/** Linear decline per decade above 25 y, floored. */
export function ageFactor(perDecade: number, age: number): number {
  return Math.max(AGE_FLOOR, 1 - (perDecade * Math.max(0, age - REFERENCE_AGE)) / 10);
}

/**
 * One epoch of the labile (L) and stable (C) stores: `transfer` is the share of L moved to C in
 * the epoch, `keep` the share of what is left that survives forgetting, `encoded` the amount
 * encoded. Shared by the module and the metrics' cohort of the focal day, so both follow one rule.
 */
export function cohortStep(
  store: { labile: number; stable: number },
  transfer: number,
  keep: number,
  encoded: number,
): void {
  const moved = store.labile * transfer;
  store.stable += moved;
  store.labile = (store.labile - moved) * keep + encoded;
}

export class Memory {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  /** Local SWA over the trained cortex (relative, as the core's SWA). */
  readonly localSwa: Float32Array;
  /** Spindles, slow oscillations and coupled events per minute (0 outside N2/N3). */
  readonly spindleDensity: Float32Array;
  readonly soRate: Float32Array;
  readonly coupledRate: Float32Array;
  /** Share of L moved to C in each epoch (what the metrics' cohort replays). */
  readonly transfer: Float64Array;
  /** Labile and stable stores, in units of one ordinary day's learning. */
  readonly labileStore: Float32Array;
  readonly stableStore: Float32Array;
  private plasticity = 0;
  private labile = 0;
  private stable = 0;
  private readonly learningLoad: number = 0;
  private readonly buildUp: number = 0;
  private readonly dissipation: number = 0;
  private readonly localGain: number = 0;
  private readonly spindleN2: number = 0;
  private readonly spindleN3: number = 0;
  private readonly soPerSwa: number = 0;
  private readonly couplingMax: number = 0;
  private readonly soHalf: number = 0;
  private readonly progesteroneGain: number = 0;
  private readonly progesteroneHalf: number = 0;
  private readonly estradiolGain: number = 0;
  private readonly estradiolHalf: number = 0;
  /** Transfer hazard per epoch per coupled event/min, before estradiol. */
  private readonly transferPerEvent: number = 0;
  readonly keepWake: number = 0;
  readonly keepSleep: number = 0;
  readonly encodedPerWakeEpoch: number = 0;

  constructor(core: CoreTrajectory, p: MemoryInputs) {
    this.stage = core.stage;
    this.swa = core.swa;
    const n = core.epochs;
    this.localSwa = outputEpochs(n);
    this.spindleDensity = outputEpochs(n);
    this.soRate = outputEpochs(n);
    this.coupledRate = outputEpochs(n);
    this.transfer = outputEpochs64(n);
    this.labileStore = outputEpochs(n);
    this.stableStore = outputEpochs(n);
    this.learningLoad = p.learningLoad;
    this.buildUp = 1 - Math.exp(-EPOCH_H / p.memoryLocalBuildUp_h);
    this.dissipation = EPOCH_H / p.memoryLocalDissipation_swaH;
    this.localGain = p.memoryLocalSwaGain;
    const spindleScale =
      ageFactor(p.spindleAgeDecline_perDecade, p.age) * (p.sex === 'female' ? p.spindleFemaleRatio : 1);
    this.spindleN2 = p.spindleDensityN2_perMin * spindleScale;
    this.spindleN3 = p.spindleDensityN3_perMin * spindleScale;
    this.soPerSwa = p.soRatePerSwa_perMin;
    this.couplingMax = p.soSpindleCouplingMax * ageFactor(p.couplingAgeDecline_perDecade, p.age);
    this.soHalf = p.soRateHalfCoupling_perMin;
    this.progesteroneGain = p.progesteroneSpindleGain;
    this.progesteroneHalf = p.progesteroneSpindleHalf_nmolPerL;
    this.estradiolGain = p.estradiolPlasticityGain;
    this.estradiolHalf = p.estradiolPlasticityHalf_pmolPerL;
    this.transferPerEvent = (p.memorySleepTransferGain * EPOCH_H) / p.memoryConsolidationScale_h;
    this.keepWake = Math.exp(-EPOCH_H / p.memoryLabileDecayWake_h);
    this.keepSleep = Math.exp(-EPOCH_H / p.memoryLabileDecaySleep_h);
    this.encodedPerWakeEpoch = (p.learningLoad * EPOCH_H) / ENCODING_DAY_H;
  }

  /** Advances epochs [from, to), reading this range's estradiol and progesterone traces. */
  run(from: number, to: number, estradiolTrace: Float64Array, progesteroneTrace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const { localSwa, spindleDensity, soRate, coupledRate, transfer, labileStore, stableStore } = this;
    const { learningLoad, buildUp, dissipation, localGain, spindleN2, spindleN3, soPerSwa, couplingMax, soHalf } = this;
    const { progesteroneGain, progesteroneHalf, estradiolGain, estradiolHalf, transferPerEvent } = this;
    const { keepWake, keepSleep, encodedPerWakeEpoch } = this;
    let plasticity = this.plasticity;
    const store = { labile: this.labile, stable: this.stable };
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      const swa = swaOf[i]!;
      const nrem = stage === STAGE_CODE.N2 || stage === STAGE_CODE.N3;
      let local = swa;
      let density = 0;
      let so = 0;
      let coupled = 0;
      let moved = 0;
      if (stage === STAGE_CODE.W) {
        plasticity += (learningLoad - plasticity) * buildUp;
      } else if (nrem) {
        // Learning → memory (supported, Huber 2004): the trained cortex's SWA is raised by its
        // plasticity load, which the slow waves dissipate over the first cycle.
        local = swa * (1 + localGain * plasticity);
        plasticity *= Math.exp(-swa * dissipation);
        // Ovarian → memory, progesterone (supported, Driver 1996): GABA-A-mediated rise of spindles.
        const p4 = progesteroneTrace[i - from]!;
        density =
          (stage === STAGE_CODE.N3 ? spindleN3 : spindleN2) * (1 + (progesteroneGain * p4) / (p4 + progesteroneHalf));
        so = soPerSwa * local;
        coupled = (density * couplingMax * so) / (so + soHalf);
        // SleepWake → memory (established direction): coupled SO–spindle events transfer the labile
        // trace; ovarian → memory, estradiol (hypothesis): plasticity raises the transfer.
        const e2 = estradiolTrace[i - from]!;
        const hazard = transferPerEvent * coupled * (1 + (estradiolGain * e2) / (e2 + estradiolHalf));
        moved = 1 - Math.exp(-hazard);
      }
      cohortStep(
        store,
        moved,
        stage === STAGE_CODE.W ? keepWake : keepSleep,
        stage === STAGE_CODE.W ? encodedPerWakeEpoch : 0,
      );
      localSwa[i] = local;
      spindleDensity[i] = density;
      soRate[i] = so;
      coupledRate[i] = coupled;
      transfer[i] = moved;
      labileStore[i] = store.labile;
      stableStore[i] = store.stable;
    }
    this.plasticity = plasticity;
    this.labile = store.labile;
    this.stable = store.stable;
  }
}
