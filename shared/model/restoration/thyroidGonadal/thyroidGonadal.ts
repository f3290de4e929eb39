/**
 * TSH and testosterone.
 *
 * TSH: a circadian drive that rises in the evening, several hours before habitual sleep, and is
 * inhibited by sleep itself and further by slow-wave sleep, so it drops at sleep onset and stays
 * high through a night spent awake (Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508) and
 * falls during SWS episodes (Goichot et al. 1992, J Sleep Res 1:186; Brabant et al. 1990, J Clin
 * Endocrinol Metab 70:403):
 *   secretion = s · [b + (1 − b) · exp(κ(cos(ψ − ψ_peak) − 1))] · max(0, 1 − i_sleep·𝟙sleep − i_SWS·min(1, SWA))
 *   dTSH/dt = secretion − ln2/t½ · TSH
 *
 * Thyroid hormones (T4, T3), relative to the person's rested levels (1 = rested). TSH drives the
 * thyroid's T4 output and, on the hours' scale, the peripheral T4 → T3 conversion: after one night
 * awake TSH and free T3 rise while free T4 does not change (Goichot et al. 1994, J Endocrinol Invest
 * 17:181; 48 h awake raise T3 and T4, Palmblad et al. 1979, Acta Endocrinol 90:233). With
 * u = TSH / TSH_ref (TSH_ref the rested 24-h mean, so u ≈ 1 on average in a rested person):
 *   dT4/dt = (u − T4)/τ4                                  slow thyroidal output (T4 half-life ≈ 7 d)
 *   dT3/dt = (T4 · (1 + c · (u − 1)) − T3)/τ3              conversion stimulated by TSH
 * τ3 and c are design choices that let one night awake raise T3 by several per cent (Goichot 1994
 * gives the direction, not a size the stored abstract states). T3 is the `t3` trace the energy
 * module reads as a metabolic rate.
 *
 * Testosterone: LH pulses and testosterone rise across sleep and need hours of it (Luboshitzky et
 * al. 1999, J Clin Endocrinol Metab 84:4361; 2001, 86:1134), then fall through the waking day.
 * A sleep drive Z follows sleep with τ_Z; testosterone relaxes with an effective time constant τ_T
 * (SHBG-bound pool) toward a production level raised by Z:
 *   dZ/dt = (𝟙sleep − Z)/τ_Z,   dT/dt = (T_wake · (1 + g · Z) − T)/τ_T
 * T_wake is the person's (supported): a man's level falls by testosteroneAgeDecline per year above
 * 25 y (Harman et al. 2001; contested by Kelsey et al. 2014, who find no fall after 40 y); a woman
 * has her own, ~15× lower level (Haring et al. 2012) with the same sleep-related rise (hypothesis:
 * the sleep dependence is shown in men, Luboshitzky 1999/2001).
 *
 * Estradiol and progesterone (`Ovarian`): the published levels of ../../age/sexSteroids.ts over the
 * menstrual cycle (women below the menopause age) or constant (men, postmenopausal women),
 * written epoch by epoch as series and as the traces `estradiol` and `progesterone`, which the memory
 * module reads (progesterone raises spindles; estradiol, a hypothesis, raises consolidation).
 */
import type { CoreTrajectory } from '../../trajectory';
import { EPOCH_H, EPOCH_S } from '../../result';
import { phaseBin } from '../cortisol/cortisol';
import { canon } from '../../canon';
import { memoTable } from '../tables';
import type { InputParameters } from '../../inputs/parameters';
import {
  cycleEstradiol,
  cycleProgesterone,
  cycleTime_d,
  cycles,
  type SexSteroidParameters,
} from '../../age/sexSteroids';
import type { TestosteroneParameters, TshParameters } from './parameters';
import { outputEpochs } from '../module';

/** Its constants, and the sleeper's age and sex. */
export type TestosteroneInputs = TestosteroneParameters & Pick<InputParameters, 'age' | 'sex'>;

/** Age from which a man's testosterone declines (the model's reference sleeper). */
const TESTOSTERONE_REFERENCE_AGE = 25;

/** The waking testosterone level of the person, nmol/L. */
export function testosteroneWakeLevel(p: TestosteroneInputs): number {
  if (p.sex === 'female') return p.testosteroneWakeLevelFemale_nmolPerL;
  const fall = p.testosteroneAgeDecline_nmolPerLPerYear * Math.max(0, p.age - TESTOSTERONE_REFERENCE_AGE);
  // Harman's slope would cross zero only past 130 y; the floor keeps a sweep of the slope finite.
  return Math.max(0.1 * p.testosteroneWakeLevel_nmolPerL, p.testosteroneWakeLevel_nmolPerL - fall);
}

const TABLE_BINS = 1440;

export class Thyrotropin {
  private readonly stage: Uint8Array;
  private readonly swa: Float32Array;
  private readonly circadianPhase_rad: Float32Array;
  /** Plasma TSH, mU/L. */
  readonly concentration: Float32Array;
  /** Free T4 and free T3 relative to the person's rested levels. */
  readonly t4: Float32Array;
  readonly t3: Float32Array;
  private readonly drive: Float64Array;
  private tsh = 1;
  private t4Level = 1;
  private t3Level = 1;
  private readonly sleepInhibition: number = 0;
  private readonly swsInhibition: number = 0;
  private readonly decay: number = 0;
  private readonly t4Rate: number = 0;
  private readonly t3Rate: number = 0;
  private readonly conversionGain: number = 0;
  private readonly inverseReference: number = 0;

  constructor(core: CoreTrajectory, p: TshParameters) {
    this.stage = core.stage;
    this.swa = core.swa;
    this.circadianPhase_rad = core.circadianPhase_rad;
    this.concentration = outputEpochs(core.epochs);
    this.t4 = outputEpochs(core.epochs);
    this.t3 = outputEpochs(core.epochs);
    const inputs = [
      p.tshPeakBeforeCbtMin_h,
      p.tshPeakSecretion_mUPerLPerH,
      p.tshBasalShare,
      p.tshCircadianConcentration,
      p.tshCircadianAmplitude,
    ];
    this.drive = memoTable('tsh-drive', inputs, () => {
      const drive = new Float64Array(TABLE_BINS);
      const peak = (p.tshPeakBeforeCbtMin_h / 24) * 2 * Math.PI;
      const s = p.tshPeakSecretion_mUPerLPerH * EPOCH_H;
      const b = p.tshBasalShare;
      // circadian → TSH (established, Allan & Czeisler 1994): the evening rise is the von Mises
      // term, scaled by tshCircadianAmplitude (0 removes it: a flat drive at the basal share).
      const a = p.tshCircadianAmplitude;
      for (let k = 0; k < TABLE_BINS; k++) {
        const psi = (k / TABLE_BINS) * 2 * Math.PI;
        drive[k] = s * (b + a * (1 - b) * Math.exp(p.tshCircadianConcentration * (Math.cos(psi + peak) - 1)));
      }
      return drive;
    });
    this.sleepInhibition = p.tshSleepInhibition;
    this.swsInhibition = p.tshSwsInhibition;
    this.decay = Math.exp((-Math.LN2 * EPOCH_S) / (60 * p.tshHalfLife_min));
    this.t4Rate = 1 - Math.exp((-Math.LN2 * EPOCH_H) / (24 * p.t4HalfLife_d));
    this.t3Rate = 1 - Math.exp(-EPOCH_H / p.t3TimeConstant_h);
    this.conversionGain = p.t3TshConversionGain;
    this.inverseReference = 1 / p.tshRestedMean_mUPerL;
  }

  /** Advances epochs [from, to), writing T3 (relative) to the range's `t3` trace. */
  run(from: number, to: number, t3Trace: Float64Array): void {
    const stageOf = this.stage;
    const swaOf = this.swa;
    const phase = this.circadianPhase_rad;
    const drive = this.drive;
    const concentration = this.concentration;
    const sleepInhibition = this.sleepInhibition;
    const swsInhibition = this.swsInhibition;
    const decay = this.decay;
    const t4Out = this.t4;
    const t3Out = this.t3;
    const t4Rate = this.t4Rate;
    const t3Rate = this.t3Rate;
    const conversionGain = this.conversionGain;
    const inverseReference = this.inverseReference;
    let tsh = this.tsh;
    let t4 = this.t4Level;
    let t3 = this.t3Level;
    for (let i = from; i < to; i++) {
      const stage = stageOf[i]!;
      let secretion = drive[phaseBin(phase[i]!)]!;
      if (stage !== 0) {
        // sleep → TSH (established, Allan & Czeisler 1994; Goichot et al. 1992): inhibition in
        // any sleep stage (tshSleepInhibition, 0 removes it) and further by slow waves.
        const swa = swaOf[i]!;
        const inhibition = sleepInhibition + swsInhibition * (swa < 1 ? swa : 1);
        secretion *= inhibition < 1 ? 1 - inhibition : 0;
      }
      tsh = tsh * decay + secretion;
      concentration[i] = tsh;
      // TSH → T4 (slow) and → T3 (conversion on the hours' scale), exact first-order steps.
      const u = tsh * inverseReference;
      t4 += (u - t4) * t4Rate;
      t3 += (t4 * (1 + conversionGain * (u - 1)) - t3) * t3Rate;
      t4Out[i] = t4;
      t3Out[i] = t3;
      t3Trace[i - from] = t3;
    }
    this.tsh = tsh;
    this.t4Level = t4;
    this.t3Level = t3;
  }
}

export class Testosterone {
  private readonly stage: Uint8Array;
  /** Plasma total testosterone, nmol/L. */
  readonly concentration: Float32Array;
  private z = 0;
  private t: number = 0;
  private readonly zRate: number = 0;
  private readonly tRate: number = 0;
  private readonly wakeLevel: number = 0;
  private readonly sleepGain: number = 0;

  constructor(core: CoreTrajectory, p: TestosteroneInputs) {
    this.stage = core.stage;
    this.concentration = outputEpochs(core.epochs);
    this.zRate = 1 - Math.exp(-EPOCH_H / p.testosteroneSleepDriveTime_h);
    this.tRate = 1 - Math.exp(-EPOCH_H / p.testosteroneTimeConstant_h);
    this.wakeLevel = testosteroneWakeLevel(p);
    this.sleepGain = p.testosteroneSleepGain;
    this.t = this.wakeLevel;
  }

  /** Advances epochs [from, to), writing plasma testosterone to the range's `testosterone` trace. */
  run(from: number, to: number, trace: Float64Array): void {
    const stageOf = this.stage;
    const concentration = this.concentration;
    const zRate = this.zRate;
    const tRate = this.tRate;
    const wakeLevel = this.wakeLevel;
    const sleepGain = this.sleepGain;
    let z = this.z;
    let t = this.t;
    for (let i = from; i < to; i++) {
      const asleep = stageOf[i]! !== 0 ? 1 : 0;
      z += (asleep - z) * zRate;
      // sleep → testosterone (established in men, Luboshitzky et al. 1999, 2001): the sleep
      // drive raises production by testosteroneSleepGain (0 removes the coupling).
      const target = wakeLevel * (1 + sleepGain * z);
      t += (target - t) * tRate;
      concentration[i] = t;
      trace[i - from] = t;
    }
    this.z = z;
    this.t = t;
  }
}

export class Ovarian {
  /** Serum estradiol, pmol/L, and progesterone, nmol/L. */
  readonly estradiol: Float32Array;
  readonly progesterone: Float32Array;
  private readonly cycling: boolean = false;
  private readonly cycleDay: number = 0;
  private readonly runInDays: number = 0;
  // Cycling: the profile's levels; otherwise the constant estradiol and progesterone in e0, p0.
  private readonly e0: number = 0;
  private readonly ePre: number = 0;
  private readonly eLut: number = 0;
  private readonly p0: number = 0;
  private readonly pLut: number = 0;

  constructor(core: CoreTrajectory, p: SexSteroidParameters) {
    this.estradiol = outputEpochs(core.epochs);
    this.progesterone = outputEpochs(core.epochs);
    // Fields are plain numbers and booleans (the resumable pass snapshots them, resume.ts), and
    // none depends on the protocol after the run-in (the cycle is anchored to the run-in).
    this.cycling = cycles(p);
    this.cycleDay = p.menstrualCycleDay;
    this.runInDays = p.runInDays;
    const levels = {
      male: [p.estradiolMale_pmolPerL, p.progesteroneMale_nmolPerL],
      postmenopausal: [p.estradiolPostmenopausal_pmolPerL, p.progesteronePostmenopausal_nmolPerL],
      cycling: [p.estradiolFollicular_pmolPerL, p.progesteroneFollicular_nmolPerL],
    } as const;
    const [e0, p0] = this.cycling ? levels.cycling : p.sex === 'male' ? levels.male : levels.postmenopausal;
    this.e0 = e0;
    this.p0 = p0;
    this.ePre = p.estradiolPreovulatory_pmolPerL;
    this.eLut = p.estradiolMidLuteal_pmolPerL;
    this.pLut = p.progesteroneMidLuteal_nmolPerL;
  }

  /**
   * Advances epochs [from, to): the levels of each epoch's time in the cycle (cycleLevelsTable,
   * the same calls per epoch), into the series and, at full precision, into this range's traces
   * (read by memory).
   */
  run(from: number, to: number, estradiolTrace: Float64Array, progesteroneTrace: Float64Array): void {
    const { estradiol, progesterone, e0, p0 } = this;
    if (!this.cycling) {
      estradiol.fill(e0, from, to);
      progesterone.fill(p0, from, to);
      estradiolTrace.fill(e0, 0, to - from);
      progesteroneTrace.fill(p0, 0, to - from);
      return;
    }
    const table = cycleLevelsTable(
      this.cycleDay,
      this.runInDays,
      e0,
      this.ePre,
      this.eLut,
      p0,
      this.pLut,
      // All of this timeline's epochs at once (the series' length: not a field, which a resumed
      // pass would take from the snapshot of a run with another length).
      estradiol.length,
    );
    const e = table.estradiol.subarray(from, to);
    const p = table.progesterone.subarray(from, to);
    estradiol.set(e, from);
    progesterone.set(p, from);
    estradiolTrace.set(e);
    progesteroneTrace.set(p);
  }
}

interface CycleLevels {
  readonly estradiol: Float64Array;
  readonly progesterone: Float64Array;
}

/**
 * A cycling woman's levels depend on nothing but the epoch and seven parameters, of which a cohort
 * varies only the cycle day (an integer, presets.ts): so the levels of epoch i (three exponentials
 * each, the costliest part of the pass for a woman) are computed once per parameter set and shared,
 * by the same calls on the same numbers. One entry per day of the cycle; an entry is never written
 * once built (a longer timeline gets a new, longer one), so a run may keep reading it.
 */
const CYCLE_TABLES = 28;
const cycleTables = new Map<string, CycleLevels>();

/** Levels of epochs [0, ≥ epochs) for these parameters (built on a miss, kept most recently used). */
function cycleLevelsTable(
  cycleDay: number,
  runInDays: number,
  e0: number,
  ePre: number,
  eLut: number,
  p0: number,
  pLut: number,
  epochs: number,
): CycleLevels {
  let key = '';
  for (const v of [cycleDay, runInDays, e0, ePre, eLut, p0, pLut]) key += `${canon(v)}|`;
  const kept = cycleTables.get(key);
  if (kept && kept.estradiol.length >= epochs) {
    cycleTables.delete(key);
    cycleTables.set(key, kept);
    return kept;
  }
  const estradiol = new Float64Array(epochs);
  const progesterone = new Float64Array(epochs);
  for (let i = 0; i < epochs; i++) {
    const t = cycleTime_d(cycleDay, runInDays, i * EPOCH_H);
    estradiol[i] = cycleEstradiol(e0, ePre, eLut, t);
    progesterone[i] = cycleProgesterone(p0, pLut, t);
  }
  const built = { estradiol, progesterone };
  cycleTables.delete(key);
  cycleTables.set(key, built);
  while (cycleTables.size > CYCLE_TABLES) cycleTables.delete(cycleTables.keys().next().value!);
  return built;
}
