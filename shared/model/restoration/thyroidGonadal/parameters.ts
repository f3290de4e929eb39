/**
 * Constants of TSH and testosterone. A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const TSH_PARAMETERS = defineParameters([
  // ── TSH ───────────────────────────────────────────────────────────────────
  // source: Allan & Czeisler 1994 (TSH maximal in the biological night when awake)
  advanced({
    id: 'tshPeakBeforeCbtMin_h',
    label: 'TSH drive peak before CBTmin',
    unit: 'h',
    default: 3,
    min: 0,
    max: 8,
    step: 0.25,
    description: 'Circadian phase of the maximal TSH drive, hours before CBTmin.',
    citation: 'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508',
    readBy: 'restoration',
  }),
  // source: design choice, the scale of TSH in mU/L: with tshBasalShare it gives a daytime mean
  // ≈ 0.85 and a night mean ≈ 1.4 mU/L, the serum levels of young adults (REF-04: day 0.85, night
  // 1.34 µU/mL; Brabant et al. 1990: 1.3 ± 0.5 mU/L at night asleep).
  advanced({
    id: 'tshPeakSecretion_mUPerLPerH',
    label: 'Peak TSH secretion',
    unit: 'mU/L/h',
    default: 2.5,
    min: 0.1,
    max: 20,
    step: 0.1,
    description: 'TSH secretion at the peak of its circadian drive, awake (sets the scale of TSH in mU/L).',
    citation:
      'Design choice, the levels checked by REF-04 (serum TSH of young adults: day 0.85, night 1.34 mU/L); Brabant et al. 1990, J Clin Endocrinol Metab 70:403 (1.3 ± 0.5 mU/L at night asleep)',
    readBy: 'restoration',
  }),
  // source: calibrated (REF-04): 0.2 puts the daytime mean (11:00–20:00) at 0.85 mU/L and the
  // night mean at 1.39 mU/L, against 0.85 and 1.34 µU/mL published (0.35 gave a day of 1.25 mU/L,
  // above the daytime range, and a night/day ratio of only 1.2).
  advanced({
    id: 'tshBasalShare',
    label: 'TSH daytime share',
    unit: 'fraction',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'TSH drive at its circadian trough relative to its peak.',
    citation:
      'Calibrated in this model against REF-04 (serum TSH of young adults: day 0.85, night 1.34 mU/L); Brabant et al. 1990, J Clin Endocrinol Metab 70:403',
    readBy: 'restoration',
  }),
  // source: design choice (rise over the 4–5 h before sleep)
  advanced({
    id: 'tshCircadianConcentration',
    label: 'TSH circadian peak sharpness',
    unit: 'κ',
    default: 1.5,
    min: 0.1,
    max: 10,
    step: 0.1,
    description: 'Von Mises concentration of the TSH circadian drive.',
    citation: 'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508',
    readBy: 'restoration',
  }),
  // source: Allan & Czeisler 1994 (precipitous drop at sleep onset)
  advanced({
    id: 'tshSleepInhibition',
    label: 'TSH inhibition by sleep',
    unit: '0–1',
    default: 0.35,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Fractional inhibition of TSH secretion in any sleep stage.',
    citation: 'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508',
    readBy: 'restoration',
  }),
  // source: Goichot et al. 1992 (TSH falls in SWS)
  advanced({
    id: 'tshSwsInhibition',
    label: 'TSH inhibition by slow waves',
    unit: '0–1',
    default: 0.4,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Additional inhibition of TSH secretion at SWA ≥ 1.',
    citation: 'Goichot et al. 1992, J Sleep Res 1:186',
    readBy: 'restoration',
  }),
  // source: TSH half-life ≈50–60 min
  advanced({
    id: 'tshHalfLife_min',
    label: 'TSH half-life',
    unit: 'min',
    default: 50,
    min: 10,
    max: 180,
    step: 1,
    description: 'Plasma half-life of TSH.',
    citation: 'Odell et al. 1967, J Clin Invest 46:953',
    readBy: 'restoration',
  }),
  // source: the strength of the coupling circadian → TSH (Allan & Czeisler 1994): 1 is the
  // model's evening rise, 0 removes it (a flat drive at tshBasalShare of the peak).
  advanced({
    id: 'tshCircadianAmplitude',
    label: 'TSH circadian rise (coupling strength)',
    unit: '×',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Scales the circadian (evening and night) part of the TSH drive; 0 removes the coupling circadian → TSH.',
    citation: 'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508 (circadian TSH rise, unmasked by a night awake)',
    readBy: 'restoration',
  }),
  // source: design choice, the model's own rested level: the 24-h mean TSH of the default
  // baseline (rested, 23:00–07:00 sleep), so T4 and T3 are 1 in a rested person on average.
  advanced({
    id: 'tshRestedMean_mUPerL',
    label: 'Rested 24-h mean TSH',
    unit: 'mU/L',
    default: 1.15,
    min: 0.1,
    max: 5,
    step: 0.01,
    description:
      'TSH level at which T4 and T3 stay at their rested level (1): the 24-h mean TSH of a rested sleeper in this model.',
    citation:
      'Design choice: the 24-h mean TSH of the default baseline in this model (1.15 mU/L measured; day 0.85, night 1.4 mU/L, REF-04)',
    readBy: 'restoration',
  }),
  // source: T4 plasma half-life ≈ 7 d (textbook thyroid kinetics; Larsen et al., Williams
  // Textbook of Endocrinology): one night changes it little, as Goichot et al. 1994 found.
  advanced({
    id: 't4HalfLife_d',
    label: 'T4 half-life',
    unit: 'd',
    default: 7,
    min: 1,
    max: 14,
    step: 0.5,
    description: 'Half-life of the relative T4 level following TSH (slow thyroidal output).',
    citation:
      'Williams Textbook of Endocrinology, thyroid chapter (T4 half-life ≈ 7 d); Goichot et al. 1994, J Endocrinol Invest 17:181 (free T4 unchanged after a night awake)',
    readBy: 'restoration',
  }),
  // source: design choice: T3's plasma half-life is ≈ 1 d, but free T3 followed TSH within one
  // night awake (Goichot et al. 1994), so the conversion-driven part relaxes on a 12-h scale.
  advanced({
    id: 't3TimeConstant_h',
    label: 'T3 time constant',
    unit: 'h',
    default: 12,
    min: 1,
    max: 48,
    step: 1,
    description: 'Relaxation time of relative free T3 toward its TSH-driven level.',
    citation:
      'Design choice; Goichot et al. 1994, J Endocrinol Invest 17:181 (free T3 rose within one night awake, free T4 did not)',
    readBy: 'restoration',
  }),
  // source: design choice, sized so one night awake raises T3 by ≈ 5–10% the next morning
  // (Goichot et al. 1994 and Palmblad et al. 1979 give the direction; the size is not read).
  advanced({
    id: 't3TshConversionGain',
    label: 'TSH drive of T4 → T3 conversion',
    unit: 'per TSH/TSH_ref',
    default: 0.2,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Relative rise of the T3 production target per unit excess of TSH over its rested mean (peripheral T4 → T3 conversion).',
    citation:
      'Design choice; Goichot et al. 1994, J Endocrinol Invest 17:181 (TSH may drive T4 → T3 conversion); Palmblad et al. 1979, Acta Endocrinol 90:233 (T3 up after 48 h awake)',
    readBy: 'restoration',
  }),
]);

export const TESTOSTERONE_PARAMETERS = defineParameters([
  // ── testosterone ──────────────────────────────────────────────────────────
  // source: Luboshitzky et al. 1999 (the nocturnal rise needs ≈3 h of sleep → τ_Z = 3 h)
  advanced({
    id: 'testosteroneSleepDriveTime_h',
    label: 'Testosterone sleep-drive time constant',
    unit: 'h',
    default: 3,
    min: 0.25,
    max: 8,
    step: 0.25,
    description: 'How fast the sleep-related LH/testosterone drive builds up after sleep onset.',
    citation: 'Luboshitzky et al. 1999, J Clin Endocrinol Metab 84:4361',
    readBy: 'restoration',
  }),
  // source: design choice (effective time constant of the total, SHBG-bound pool)
  advanced({
    id: 'testosteroneTimeConstant_h',
    label: 'Testosterone time constant',
    unit: 'h',
    default: 4,
    min: 0.5,
    max: 24,
    step: 0.25,
    description: 'Effective relaxation time of total plasma testosterone.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (young men ≈15–20 nmol/L; day mean 16.6 nmol/L at 25 y, within REF-05)
  advanced({
    id: 'testosteroneWakeLevel_nmolPerL',
    label: 'Testosterone waking level',
    unit: 'nmol/L',
    default: 14,
    min: 1,
    max: 40,
    step: 0.5,
    description: "Level a 25-year-old man's total testosterone approaches in sustained wake.",
    citation: '',
    readBy: 'restoration',
  }),
  // source: Haring et al. 2012 (985 women, 2.5–97.5 % 0.35–1.97 nmol/L); Braunstein et al. 2011
  // (30-y-old 5–95 % 520–1595 pmol/L); calibrated SEXAGE-09 (daytime mean ≈ 1.0 nmol/L)
  advanced({
    id: 'testosteroneWakeLevelFemale_nmolPerL',
    label: 'Testosterone waking level, women',
    unit: 'nmol/L',
    default: 0.85,
    min: 0.05,
    max: 5,
    step: 0.05,
    description:
      "Level a woman's total testosterone approaches in sustained wake (same sleep-related rise as a man's, a hypothesis); daytime mean ≈ 1 nmol/L.",
    citation:
      'Haring et al. 2012, J Clin Endocrinol Metab [R] (0.35–1.97 nmol/L); Braunstein et al. 2011, J Sex Med (520–1595 pmol/L at 30 y); calibrated SEXAGE-09',
    readBy: 'restoration',
  }),
  // source: Harman et al. 2001, J Clin Endocrinol Metab 86:724 (BLSA, 890 men: −0.124 nmol/L per year,
  // age-invariant). DISAGREEMENT: Kelsey et al. 2014, PLoS ONE 9:e109346 (13 studies) find no fall
  // of the mean after 40 y (15.4 nmol/L at 19 y → 13.0 at 40 y, then flat, rising variance).
  advanced({
    id: 'testosteroneAgeDecline_nmolPerLPerYear',
    label: 'Testosterone decline per year (men)',
    unit: 'nmol/L/yr',
    default: 0.124,
    min: 0,
    max: 0.5,
    step: 0.002,
    description:
      "Fall of a man's waking testosterone level per year above 25 y (Harman et al. 2001, longitudinal). Contested: Kelsey et al. 2014 find no fall of the mean after 40 y; set 0 to follow them beyond 40. Women: no age term (not modelled).",
    citation:
      'Harman et al. 2001, J Clin Endocrinol Metab 86:724 (−0.124 nmol/L/yr); contra Kelsey et al. 2014, PLoS ONE 9:e109346 (no fall after 40 y)',
    readBy: 'restoration',
  }),
  // source: Luboshitzky et al. 2001 (nocturnal rise, absent without sleep)
  advanced({
    id: 'testosteroneSleepGain',
    label: 'Testosterone sleep gain',
    unit: '',
    default: 0.6,
    min: 0,
    max: 3,
    step: 0.05,
    description: 'Relative rise of testosterone production at full sleep drive.',
    citation: 'Luboshitzky et al. 2001, J Clin Endocrinol Metab 86:1134',
    readBy: 'restoration',
  }),
]);

export type TshParameters = ValuesOf<typeof TSH_PARAMETERS>;

export type TestosteroneParameters = ValuesOf<typeof TESTOSTERONE_PARAMETERS>;

/** The ovarian module declares no constants of its own: its levels are the person's (../../age/parameters.ts). */
export const OVARIAN_PARAMETERS = defineParameters([]);
