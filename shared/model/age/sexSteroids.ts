/**
 * Ovarian sex steroids over the menstrual cycle: estradiol and progesterone as a function of the
 * day of the cycle, and the constant male and postmenopausal levels. A pure description of the
 * published levels (no dynamics, no feedback onto sleep): the restoration module `ovarian`
 * (../restoration/thyroidGonadal) writes them as series and the metrics read the day after.
 *
 * Hook for issue 14 (progesterone's GABA-A effect on sleep): `sexSteroidsAt` is pure and reads
 * only parameters, so the core can call it per epoch (epoch i is i · EPOCH_H hours after the
 * timeline's start) and scale a sleep term by progesterone; its parameters' readBy must then add
 * 'core'. Nothing in the core reads it yet.
 *
 * Shape (design choice; levels calibrated on the phase medians of Anckaert et al. 2021, Pract Lab
 * Med 25:e00211, 85 women 18–37 y): a 28-day textbook cycle, day 1 = first day of menses,
 * LH peak on day 14; estradiol = follicular level + a pre-ovulatory peak (day 12.5) + a
 * mid-luteal hump (day 21); progesterone = follicular level + a mid-luteal peak (day 21). Women
 * at or above menopauseAge_y, and men, have constant levels.
 */
import type { ValuesOf } from '../parameterSpec';
import type { InputParameters } from '../inputs/parameters';
import type { AGE_PARAMETERS } from './parameters';

// Typed from the declarations (not ParameterValues), so the restoration module that reads them
// does not make the catalogue's types circular.
type PersonValues = InputParameters & ValuesOf<typeof AGE_PARAMETERS>;

/** Days of the modelled cycle (design choice: the textbook 28-day cycle, LH peak on day 14). */
export const CYCLE_LENGTH_D = 28;
/** Centre and width (days) of the pre-ovulatory estradiol peak, the day before the LH peak. */
const E2_PEAK_DAY = 12.5;
const E2_PEAK_SD = 1.1;
/** Centre and width (days) of the mid-luteal estradiol hump and progesterone peak (7 d after the LH peak). */
const LUTEAL_DAY = 21;
const E2_LUTEAL_SD = 3;
const P4_LUTEAL_SD = 2.4;

export interface SexSteroids {
  /** Serum estradiol, pmol/L. */
  readonly estradiol_pmolPerL: number;
  /** Serum progesterone, nmol/L. */
  readonly progesterone_nmolPerL: number;
}

export type SexSteroidParameters = Pick<
  PersonValues,
  | 'sex'
  | 'age'
  | 'menstrualCycleDay'
  | 'runInDays'
  | 'menopauseAge_y'
  | 'estradiolFollicular_pmolPerL'
  | 'estradiolPreovulatory_pmolPerL'
  | 'estradiolMidLuteal_pmolPerL'
  | 'progesteroneFollicular_nmolPerL'
  | 'progesteroneMidLuteal_nmolPerL'
  | 'estradiolMale_pmolPerL'
  | 'progesteroneMale_nmolPerL'
  | 'estradiolPostmenopausal_pmolPerL'
  | 'progesteronePostmenopausal_nmolPerL'
>;

/** Whether the sleeper has a menstrual cycle (a woman below menopauseAge_y). */
export function cycles(p: Pick<SexSteroidParameters, 'sex' | 'age' | 'menopauseAge_y'>): boolean {
  return p.sex === 'female' && p.age < p.menopauseAge_y;
}

/**
 * Continuous cycle time in days [0, 28) at `hours` after the timeline's start (noon of day 0).
 * The cycle is anchored to the run-in, not to the focal night, so the run-in (which the engine
 * reuses between protocols) is the same whatever follows it: the day whose evening holds the
 * first night after the run-in (the focal night when there are no prior nights) is cycle day
 * `menstrualCycleDay` (day 1 = [0, 1); that noon is at its middle).
 */
export function cycleTime_d(menstrualCycleDay: number, runInDays: number, hours: number): number {
  const t = menstrualCycleDay - 0.5 + (hours - 24 * runInDays) / 24;
  return ((t % CYCLE_LENGTH_D) + CYCLE_LENGTH_D) % CYCLE_LENGTH_D;
}

/** A Gaussian bump on the cycle's circle (distance wrapped to ±14 days). */
function bump(t: number, centre: number, sd: number): number {
  let d = Math.abs(t - centre) % CYCLE_LENGTH_D;
  if (d > CYCLE_LENGTH_D / 2) d = CYCLE_LENGTH_D - d;
  return Math.exp(-0.5 * (d / sd) ** 2);
}

/** Estradiol (pmol/L) at continuous cycle time `t` (days, [0, 28)): follicular floor, pre-ovulatory peak, mid-luteal level. */
export function cycleEstradiol(follicular: number, preovulatory: number, midLuteal: number, t: number): number {
  return (
    follicular +
    (preovulatory - follicular) * bump(t, E2_PEAK_DAY, E2_PEAK_SD) +
    (midLuteal - follicular) * bump(t, LUTEAL_DAY, E2_LUTEAL_SD)
  );
}

/** Progesterone (nmol/L) at continuous cycle time `t`: follicular floor, mid-luteal peak. */
export function cycleProgesterone(follicular: number, midLuteal: number, t: number): number {
  return follicular + (midLuteal - follicular) * bump(t, LUTEAL_DAY, P4_LUTEAL_SD);
}

/** Levels at continuous cycle time `t` (days, [0, 28)) of a cycling woman. */
export function cycleLevels(p: SexSteroidParameters, t: number): SexSteroids {
  return {
    estradiol_pmolPerL: cycleEstradiol(
      p.estradiolFollicular_pmolPerL,
      p.estradiolPreovulatory_pmolPerL,
      p.estradiolMidLuteal_pmolPerL,
      t,
    ),
    progesterone_nmolPerL: cycleProgesterone(p.progesteroneFollicular_nmolPerL, p.progesteroneMidLuteal_nmolPerL, t),
  };
}

/** The sleeper's levels at `hours` after the timeline's start (the hook for the core, see above). */
export function sexSteroidsAt(p: SexSteroidParameters, hours: number): SexSteroids {
  if (p.sex === 'male')
    return { estradiol_pmolPerL: p.estradiolMale_pmolPerL, progesterone_nmolPerL: p.progesteroneMale_nmolPerL };
  if (!cycles(p))
    return {
      estradiol_pmolPerL: p.estradiolPostmenopausal_pmolPerL,
      progesterone_nmolPerL: p.progesteronePostmenopausal_nmolPerL,
    };
  return cycleLevels(p, cycleTime_d(p.menstrualCycleDay, p.runInDays, hours));
}
