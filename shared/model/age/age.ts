/**
 * Age effects on the core, relative to a 25-year-old (the default sleeper).
 *
 * - Circadian threshold amplitude and homeostatic asymptote follow the age presets of the HCL
 *   model (Skeldon et al. 2023 code: c_a 2.72 at 30 y, 1.72 at 65 y; μ 18.67 → 17.87),
 *   interpolated linearly in age, as ratios to their values at 25 y.
 * - SWA ceiling falls from young adulthood to midlife, with no further loss after 55 y
 *   (Van Cauter, Leproult & Plat 2000).
 * - Brief awakenings grow more frequent and longer (Boulos et al. 2019: WASO +9.7 min/decade).
 * - REM episodes shorten slightly (Floyd et al. 2007: REM −0.6 %/decade).
 * - The maximal capacity for sleep shrinks (supported: Klerman & Dijk 2008, 16 h of opportunity a
 *   day: 7.4 h of sleep at 68 y against 8.9 h at 22 y): the lower (wake) threshold rises by
 *   ageSleepCapacityPerDecade per decade, so sleep ends at a higher pressure. As a consequence
 *   (not fitted), older sleepers wake at an earlier circadian phase, closer to CBTmin and at
 *   higher relative melatonin (Duffy et al. 1998, 2002: CIRC-11, SEXAGE-04).
 * - Sex (supported): women record more slow-wave sleep than men of the same age, and lose less of
 *   it with age (Redline et al. 2004: +106 % SWS in the SHHS; Walsleben et al. 2004: +6.7 points,
 *   SWS falling with age in men only). Treated like age, as an amplitude effect on recorded SWA
 *   (femaleSwaRatio; part of the difference is attributed to skull and head size, Dijk et al.
 *   1989 [R]), with the men's age decline scaled by femaleSwaAgeDeclineShare in women.
 */
import type { ParameterValues } from '../parameters';

export interface AgeFactors {
  readonly circadianAmplitude: number;
  readonly homeostaticAsymptote: number;
  /** Recorded SWA relative to a 25-year-old man (age and sex). */
  readonly swaCeiling: number;
  readonly awakeningRate: number;
  readonly awakeningDuration: number;
  readonly remLength: number;
  /** Rise of the lower (wake) threshold, S units: a smaller maximal capacity for sleep. */
  readonly lowerThresholdRise: number;
}

// source: Skeldon et al. 2023, default_HCL_parameters (age 30 → 65)
const HCL_CA_30 = 2.72;
const HCL_CA_65 = 1.72;
const HCL_MU_30 = 18.67;
const HCL_MU_65 = 17.87;
const REFERENCE_AGE = 25;
/** Age after which fragmentation accelerates, and the scale of that acceleration (years², design choice). */
const LATE_LIFE_AGE = 50;
const LATE_LIFE_SCALE = 300;

function hcl(at30: number, at65: number, age: number): number {
  return at30 + ((at65 - at30) * (age - 30)) / 35;
}

export function ageFactors(p: ParameterValues): AgeFactors {
  const age = p.age;
  const decades = Math.max(0, age - REFERENCE_AGE) / 10;
  // Sleep fragmentation accelerates in late life: Boulos et al. 2019 find WASO +9.7 min/decade
  // over adulthood, Van Cauter et al. 2000 wake +28 min/decade from midlife to late life.
  const late = Math.max(0, age - LATE_LIFE_AGE);
  const female = p.sex === 'female';
  const swaDecline = p.ageSwaDeclinePerDecade * (female ? p.femaleSwaAgeDeclineShare : 1);
  const awakeningDecades = decades + (late * late) / LATE_LIFE_SCALE;
  return {
    circadianAmplitude: hcl(HCL_CA_30, HCL_CA_65, age) / hcl(HCL_CA_30, HCL_CA_65, REFERENCE_AGE),
    // μ as a ratio to its value at 25 y. (Carrying it over by its distance above the mean
    // threshold, the HCL's own proportion, lowers S at bedtime so much that a 65-year-old takes
    // ≈ 45 min to fall asleep at 23:00, against Boulos et al. 2019: +1.1 min per decade.)
    homeostaticAsymptote: hcl(HCL_MU_30, HCL_MU_65, age) / hcl(HCL_MU_30, HCL_MU_65, REFERENCE_AGE),
    swaCeiling: Math.max(0.2, 1 - swaDecline * Math.min(decades, 3)) * (female ? p.femaleSwaRatio : 1),
    awakeningRate: 1 + p.ageAwakeningPerDecade * awakeningDecades,
    awakeningDuration: 1 + 0.5 * p.ageAwakeningPerDecade * awakeningDecades,
    remLength: Math.max(0.3, 1 - p.ageRemDeclinePerDecade * decades),
    lowerThresholdRise: p.ageSleepCapacityPerDecade * decades,
  };
}
