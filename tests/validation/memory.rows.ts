/**
 * Validation rows of memory consolidation (issue 14): learning's local slow-wave rise, retention
 * after sleep against a night awake, spindles and SO–spindle coupling with age, and spindles over
 * the menstrual cycle. The sources were read as abstracts (docs/MODEL-restoration.md, "Memory",
 * names them); where an abstract gives no size the row tests a direction and says so. Population
 * targets use the mean over POPULATION_SEEDS.
 */
import type { ValidationRow } from './row';
import { scenarioMean } from './runs';

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b <= 0 ? null : a / b;

const HUBER = 'Huber, Ghilardi, Massimini & Tononi 2004, Nature 430:78 (n = 11, rotation adaptation vs no rotation)';

export const MEMORY_ROWS: readonly ValidationRow[] = [
  {
    id: 'MEM-01',
    kind: 'calibrated',
    kindReason:
      'memoryLocalSwaGain was set so that an ordinary learning day (learningLoad 1) gives ≈ +25 % here; the stored abstract confirms the local rise and its correlation with the next-morning gain, the ≈ 25 % size is the one usually cited for the paper (not read in a stored full text).',
    check: 'magnitude',
    quantity:
      'Local SWA over the trained cortex in the first 30 min of NREM, learningLoad 1 against the model’s no-learning level, default night',
    target: 'local SWA rise after learning ≈ +25 % over the task-engaged (right parietal) cortex, first NREM period',
    tolerance: '+15 to +35 %',
    source: HUBER,
    unit: '%',
    measure: () => scenarioMean('baseline', 'localSwaIncrease_pct'),
    pass: between(15, 35),
  },
  {
    id: 'MEM-02',
    kind: 'independent',
    kindReason:
      'No parameter was fitted to it: the labile store’s forgetting time constants and the consolidation scale are design choices, set before this row was measured.',
    check: 'direction',
    publishedMagnitude:
      'the abstract gives no size: sleep within a few hours of learning enhanced vocabulary recall; sleep deprivation the night after learning impaired it, significant after a recovery night',
    quantity: "Retained share of the day's learning at the morning test, default night minus a night spent awake",
    target: 'declarative memory is better retained when sleep follows learning than after a night of sleep deprivation',
    tolerance: 'sleep − awake > 3 points',
    source:
      'Gais, Lucas & Born 2006, Learn Mem 13:259 (abstract); Stickgold, James & Hobson 2000, Nat Neurosci 3:1237 (procedural, direction)',
    unit: 'points',
    measure: () => {
      const slept = scenarioMean('baseline', 'memoryRetained_pct');
      const awake = scenarioMean('one-night-awake', 'memoryRetained_pct');
      return slept === null || awake === null ? null : slept - awake;
    },
    pass: (v) => v !== null && v > 3,
  },
  {
    id: 'MEM-03',
    kind: 'echo',
    kindReason:
      'spindleAgeDecline_perDecade scales spindle density directly (linear per decade above 25 y); the ratio returns that factor, blurred only by the N2/N3 mix.',
    check: 'direction',
    publishedMagnitude: 'not in the abstract: whole-night spindle density significantly higher in the young',
    quantity: 'Spindle density in N2/N3, 71 y ÷ 21 y (men, default night)',
    target: 'whole-night spindle density lower in older (71.2 y) than young (20.8 y) adults',
    tolerance: 'ratio < 0.9',
    source:
      'Peters, Ray, Fogel, Smith & Smith 2014, PLoS ONE 9:e91047 (24 young, 24 older, home PSG); Purcell et al. 2017, Nat Commun 8:15930',
    unit: 'ratio',
    measure: () =>
      ratio(
        scenarioMean('baseline', 'spindleDensity_perMin', { age: 71 }),
        scenarioMean('baseline', 'spindleDensity_perMin', { age: 21 }),
      ),
    pass: (v) => v !== null && v < 0.9,
  },
  {
    id: 'MEM-04',
    kind: 'echo',
    kindReason:
      'couplingAgeDecline_perDecade lowers the share of nested spindles directly; the lower SO rate of older sleepers (less SWA, from the core) adds to it.',
    check: 'direction',
    publishedMagnitude:
      'not in the abstract: older adults’ spindles are dispersed in (peak early in) the slow wave, predicted by medial frontal atrophy, and the coupling predicts overnight retention',
    quantity: 'Share of N2/N3 spindles nested in SO up-states, 70 y ÷ 21 y (default night)',
    target: 'SO–spindle coupling weaker and mistimed in older adults',
    tolerance: 'ratio < 0.9',
    source:
      'Helfrich, Mander, Jagust, Knight & Walker 2018, Neuron 97:221; Mander, Winer & Walker 2017, Neuron 94:19 (review)',
    unit: 'ratio',
    measure: () =>
      ratio(
        scenarioMean('baseline', 'soSpindleCoupling_pct', { age: 70 }),
        scenarioMean('baseline', 'soSpindleCoupling_pct', { age: 21 }),
      ),
    pass: (v) => v !== null && v < 0.9,
  },
  {
    id: 'MEM-05',
    kind: 'echo',
    kindReason:
      'progesteroneSpindleGain raises spindle density with the progesterone trace directly; the ratio returns its luteal factor (the cycle’s levels are SEXAGE rows’).',
    check: 'direction',
    publishedMagnitude:
      'not in the abstract: NREM power density at 14.25–15 Hz (upper spindle frequency) varied largely over the cycle, maximal in the luteal phase',
    quantity: 'Spindle density in N2/N3, cycle day 21 ÷ day 7 (woman, 25 y, default night)',
    target: 'spindle frequency activity highest in the luteal phase',
    tolerance: 'ratio > 1.05',
    source: 'Driver, Dijk, Werth, Biedermann & Borbély 1996, J Clin Endocrinol Metab 81:728 (9 women, 138 nights)',
    unit: 'ratio',
    measure: () =>
      ratio(
        scenarioMean('baseline', 'spindleDensity_perMin', { sex: 'female', menstrualCycleDay: 21 }),
        scenarioMean('baseline', 'spindleDensity_perMin', { sex: 'female', menstrualCycleDay: 7 }),
      ),
    pass: (v) => v !== null && v > 1.05,
  },
];
