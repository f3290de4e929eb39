/**
 * The preset populations. Every distribution names its source and how sure it is (see Certainty
 * in types.ts); docs/COHORT.md tabulates them. Numbers were read in the sources named (the
 * project's science notes: /work/shared/science LITERATURE.md and TARGETS-v2.md rows given in
 * brackets), never recalled.
 *
 * What the presets do not vary: the experiment's protocol (bedtimes, doses, light of the focal
 * night) is the lab's and applies to every person alike, as in a lab study; the person brings
 * their habit (habitual schedule, through the run-in) and their physiology.
 */
import type { ParameterDistribution, PopulationSpec } from './types';

export const POPULATION_PRESET_IDS = ['young-adults', 'older-adults', 'adolescents', 'mixed'] as const;
export type PopulationPresetId = (typeof POPULATION_PRESET_IDS)[number];

const sex: ParameterDistribution = {
  param: 'sex',
  marginal: { kind: 'choice', weights: { male: 0.5, female: 0.5 } },
  source: 'Design choice: a balanced sample (women and men differ in the model through their own parameters)',
  certainty: 'assumed',
};

// Duffy et al. 2011, PNAS 108 Suppl 3:15602 [TARGETS CIRC-01]: 157 people 18–74 y, 24.15 ± 0.2 h;
// men 24.19 ± 0.2 h, women 24.09 ± 0.2 h; Czeisler et al. 1999, Science 284:2177: unchanged with
// age. The engine shortens a woman's period by femalePeriodDifference_h (0.1 h), so the value drawn
// is the men's distribution and women come out at 24.09 ± 0.2 h. Truncated at ±3 SD.
const period: ParameterDistribution = {
  param: 'circadianPeriod_h',
  marginal: { kind: 'normal', mean: 24.19, sd: 0.2, min: 23.59, max: 24.79 },
  source:
    'Duffy et al. 2011, PNAS 108 Suppl 3:15602 (men 24.19 ± 0.2 h; the engine subtracts 0.1 h for women, who measured 24.09 ± 0.2 h); Czeisler et al. 1999, Science 284:2177 (no change with age)',
  certainty: 'measured',
};

// Rusterholz, Dürr & Achermann 2010, Sleep 33:491 [LITERATURE SWA-04]: build-up τ 14.1–26.4 h over 8
// young men, a log range of ln(26.4/14.1) = 0.63. The range of 8 normal draws is 2.85 SD on
// average but anywhere from 1.6 to 4.3 SD in 90 % of samples, so these 8 people allow a log SD
// from 0.63/4.3 ≈ 0.15 to 0.63/1.6 ≈ 0.39 (0.22 at the average ratio). TUNED within that: the
// narrowest value, 0.15, because the young adults' baseline TST spread came out too wide
// (validation row COHORT-01, Mitterling et al. 2015; docs/COHORT.md). Centred on the model's 18.2 h
// (the relative spread, not the absolute values, carried over).
const sTauWake: ParameterDistribution = {
  param: 'sTauWake_h',
  marginal: { kind: 'lognormal', median: 18.2, sdLog: 0.15, min: 11, max: 29.5 },
  source:
    'Rusterholz, Dürr & Achermann 2010, Sleep 33:491 (build-up τ 14.1–26.4 h, n = 8: a log SD of 0.15–0.39 in 90 % of samples of 8); tuned to 0.15, the narrowest the range allows, against the baseline TST spread of young adults (COHORT-01)',
  certainty: 'derived',
};

// Rusterholz 2010: decline τ 1.2–2.9 h (a formulation other than the model's 4.2 h, LITERATURE
// notes); only the log spread is carried over: ln(2.9/1.2) = 0.88 over 8 people allows 0.21–0.55
// (as above). TUNED to the narrowest, 0.21, with the build-up constant (COHORT-01).
const sTauSleep: ParameterDistribution = {
  param: 'sTauSleep_h',
  marginal: { kind: 'lognormal', median: 4.2, sdLog: 0.21, min: 2, max: 8 },
  source:
    'Rusterholz, Dürr & Achermann 2010, Sleep 33:491 (decline τ 1.2–2.9 h, n = 8, in another formulation: only the log spread is carried over, 0.21–0.55 in 90 % of samples of 8); tuned to 0.21, the narrowest, against the baseline TST spread of young adults (COHORT-01)',
  certainty: 'derived',
};

// No published individual spread of the two-process thresholds was found in the sources read; the
// SD is chosen small (≈5 % of the upper threshold) and marked assumed. Van Dongen, Bender & Dinges
// 2012 [TARGETS PERF-19] report individual differences in the homeostatic process of ≈60 % of the
// group effect, which supports variation without giving its size on this scale.
const thresholds: ParameterDistribution[] = [
  {
    param: 'sUpperThreshold',
    marginal: { kind: 'normal', mean: 0.67, sd: 0.03, min: 0.58, max: 0.76 },
    source:
      'Assumed SD 0.03 around Skeldon et al. 2025 (0.67); individual homeostatic differences exist (Van Dongen, Bender & Dinges 2012) but no spread on this scale was found',
    certainty: 'assumed',
  },
  {
    param: 'sLowerThreshold',
    marginal: { kind: 'normal', mean: 0.17, sd: 0.03, min: 0.08, max: 0.26 },
    source: 'Assumed SD 0.03 around Skeldon et al. 2025 (0.17), as the upper threshold',
    certainty: 'assumed',
  },
];

// Phillips et al. 2019, PNAS 116:12019: >50-fold difference in the evening-light illuminance
// that halves melatonin across individuals. A log-normal whose central 95 % spans 50-fold has
// sdLog = ln 50 / 3.92 ≈ 1.0; centred on the model's ED50 (Zeitzer 2000, 106 lux), not on their
// group ED50 (< 30 lux), so the cohort's median person is the model's calibrated one. This is
// the melatonin-suppression sensitivity only: Rahman et al. 2018 (J Physiol 596:2147) found
// suppression and phase resetting decoupled, so the pacemaker's light constants are not tied to it.
const lightSensitivity: ParameterDistribution = {
  param: 'melatoninSuppressionEd50_lux',
  marginal: { kind: 'lognormal', median: 106, sdLog: 1, min: 6, max: 1000 },
  source:
    'Phillips et al. 2019, PNAS 116:12019 (>50-fold spread of the ED50 of melatonin suppression by evening light ⇒ sdLog ≈ ln 50 / 3.92 ≈ 1.0), centred on the model ED50',
  certainty: 'derived',
};

// IOM 2001 ch. 2 [LITERATURE CAF-01]: mean ≈ 5 h, range 1.5–9.5 h in healthy adults. A range of a
// large sample spans ≈ 6 SD on the log scale: ln(9.5/1.5)/6 ≈ 0.31.
const caffeineHalfLife: ParameterDistribution = {
  param: 'caffeineHalfLife_h',
  marginal: { kind: 'lognormal', median: 5, sdLog: 0.3, min: 1.5, max: 9.5 },
  source: 'Institute of Medicine 2001, ch. 2 (mean ≈ 5 h, range 1.5–9.5 h ⇒ sdLog ≈ ln(9.5/1.5)/6 ≈ 0.3)',
  certainty: 'derived',
};

// Van Dongen, Baynard, Maislin & Dinges 2004, Sleep 27:423 [TARGETS PERF-17]: a stable trait;
// Van Dongen, Bender & Dinges 2012 [PERF-19]: SD of individual differences ≈ 60 % of the group
// effect ⇒ CV 0.6 ⇒ sdLog = √ln(1 + 0.6²) ≈ 0.55; median 1 (the model's population value).
const vulnerability: ParameterDistribution = {
  param: 'pvtVulnerability',
  marginal: { kind: 'lognormal', median: 1, sdLog: 0.55, min: 0.2, max: 3 },
  source:
    'Van Dongen et al. 2004, Sleep 27:423 (trait-like vulnerability); Van Dongen, Bender & Dinges 2012 (SD of individual differences ≈ 60 % of the group effect ⇒ sdLog ≈ 0.55)',
  certainty: 'derived',
};

/** The habitual schedule: assumed spreads, as lab studies recruit regular sleepers near the protocol's times. */
function habit(meanBedtime: number, sdBedtime: number, why: string): ParameterDistribution[] {
  return [
    {
      param: 'habitualBedtime',
      marginal: {
        kind: 'normal',
        mean: meanBedtime,
        sd: sdBedtime,
        min: meanBedtime - 2 * sdBedtime,
        max: Math.min(24, meanBedtime + 2 * sdBedtime),
      },
      source: why,
      certainty: 'assumed',
    },
    {
      param: 'habitualTimeInBed_h',
      marginal: { kind: 'normal', mean: 8, sd: 0.5, min: 7, max: 9 },
      source: 'Assumed: regular sleepers of 7–9 h in bed, as lab studies screen for',
      certainty: 'assumed',
    },
  ];
}

const cycleDay: ParameterDistribution = {
  param: 'menstrualCycleDay',
  marginal: { kind: 'integer', min: 1, max: 28 },
  source: 'Assumed: women taken at any day of a 28-day cycle (ignored for men and after the menopause)',
  certainty: 'assumed',
};

function age(min: number, max: number, why: string): ParameterDistribution {
  return { param: 'age', marginal: { kind: 'uniform', min, max }, source: why, certainty: 'assumed' };
}

const physiology = [period, sTauWake, sTauSleep, ...thresholds, lightSensitivity, caffeineHalfLife, vulnerability];

export const POPULATION_PRESETS: Readonly<Record<PopulationPresetId, PopulationSpec>> = {
  'young-adults': {
    id: 'young-adults',
    label: 'Young adults (18–30 y)',
    description: 'Healthy young women and men, as in most sleep-laboratory studies.',
    distributions: [
      age(18, 30, 'Design choice: the age span of young-adult lab samples'),
      sex,
      ...physiology,
      ...habit(23, 0.5, 'Assumed: habitual lights-off 23:00 ± 30 min (22:00–24:00), regular sleepers'),
      cycleDay,
    ],
    correlations: [],
  },
  'older-adults': {
    id: 'older-adults',
    label: 'Older adults (60–80 y)',
    description:
      'Healthy older women and men: the same intrinsic period (Czeisler 1999), an earlier habitual schedule (Duffy et al. 1998, direction only); the engine ages sleep itself.',
    distributions: [
      age(60, 80, 'Design choice: the age span of older-adult lab samples'),
      sex,
      ...physiology,
      ...habit(
        22.5,
        0.5,
        'Assumed size, published direction: older adults keep earlier schedules (Duffy et al. 1998, Am J Physiol 275:R1478)',
      ),
    ],
    correlations: [],
  },
  adolescents: {
    id: 'adolescents',
    label: 'Late adolescents (18–19 y)',
    description:
      "The model is defined from age 18 (the age parameter's range), so this is late adolescence only, with a later habitual schedule; younger adolescents cannot be simulated.",
    distributions: [
      age(18, 19.99, 'Bounded by the model: the age parameter starts at 18'),
      sex,
      ...physiology,
      ...habit(23.5, 0.25, 'Assumed: a later habitual lights-off (23:30 ± 15 min) in late adolescence'),
      cycleDay,
    ],
    correlations: [],
  },
  mixed: {
    id: 'mixed',
    label: 'Mixed adults (18–80 y)',
    description:
      "Women and men of every adult age the model covers, with the young adults' physiology (the engine ages it).",
    distributions: [
      age(18, 80, 'Design choice: every adult age from 18 to 80, evenly'),
      sex,
      ...physiology,
      ...habit(23, 0.5, 'Assumed: habitual lights-off 23:00 ± 30 min, as the young adults'),
      cycleDay,
    ],
    correlations: [],
  },
};

export function isPopulationPresetId(id: string): id is PopulationPresetId {
  return (POPULATION_PRESET_IDS as readonly string[]).includes(id);
}
