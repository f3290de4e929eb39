/**
 * Validation rows of the brain energy store and the thyroid hormones that set its use (issue 14).
 * The energy targets come from rats (fromMice: rodent data, the flag's meaning); the store is a
 * model quantity (ATP and glycogen as one relative store), so the rows read its direction and
 * relative size, not a concentration. Population targets use the mean over POPULATION_SEEDS.
 */
import type { ValidationRow } from './row';
import { populationMean, runScenario, type TimelineRun } from './runs';
import { EPOCHS_PER_HOUR } from '../../shared/model/result';
import { focalWindows } from '../../shared/model/restoration/windows';

const H = EPOCHS_PER_HOUR;

function series(run: TimelineRun, id: string): Float32Array {
  const s = run.result.series[id];
  if (!s) throw new Error(`series ${id} missing from the result`);
  return s;
}

/** Epoch of the baseline night's sleep onset for this seed (the same clock in the night awake). */
function onsetOf(seed: number): number | null {
  return focalWindows(runScenario('baseline', {}, seed).core.trajectory).sleepOnset;
}

/** % change of the energy store from `onset` to 3 h later in a scenario's run. */
function storeChange3h(scenario: string, seed: number): number | null {
  const onset = onsetOf(seed);
  if (onset === null) return null;
  const e = series(runScenario(scenario, {}, seed), 'energyStore');
  const a = e[onset]!;
  const b = e[onset + 3 * H]!;
  return a > 0 ? ((b - a) / a) * 100 : null;
}

/** Next-morning (test) level of a relative series, night awake against a slept night, %. */
function awakeVsSlept(id: string, seed: number): number | null {
  const slept = runScenario('baseline', {}, seed);
  const awake = runScenario('one-night-awake', {}, seed);
  const a = series(awake, id)[focalWindows(awake.core.trajectory).test]!;
  const b = series(slept, id)[focalWindows(slept.core.trajectory).test]!;
  return b > 0 ? (a / b - 1) * 100 : null;
}

const DWORAK = 'Dworak, McCarley, Kim, Kalinchuk & Basheer 2010, J Neurosci 30(26):9007, PMC2917728 (abstract; rats)';
const KONG =
  'Kong, Shepel, Holden, Mackiewicz, Pack & Geiger 2002, J Neurosci 22(13):5581 (abstract; rats, microwave fixation)';
const GOICHOT =
  'Goichot et al. 1994, J Endocrinol Invest 17(3):181 (8 young men, 10-min sampling, a night of sleep deprivation; abstract)';

export const ENERGY_ROWS: ValidationRow[] = [
  {
    id: 'ENERGY-01',
    kind: 'independent',
    kindReason:
      'Nothing was tuned on the surge: the refill rate was set from ENERGY-02 and the reference night; its direction follows from the refill in NREM exceeding the reduced NREM use (weak evidence: built into the equations).',
    check: 'direction',
    publishedMagnitude:
      'not read: the stored abstract and excerpts state a surge in the first hours of sleep, correlated with NREM delta, not its size',
    fromMice: true,
    quantity: 'change of the brain energy store over the first 3 h after sleep onset (baseline, population)',
    target: 'ATP surges in the initial hours of spontaneous sleep in wake-active regions (rats)',
    tolerance: '> 0 %',
    source: DWORAK,
    unit: '%',
    measure: () => populationMean((seed) => storeChange3h('baseline', seed)),
    pass: (v) => v !== null && v > 0,
  },
  {
    id: 'ENERGY-01b',
    kind: 'independent',
    kindReason: 'Nothing was tuned on it: without sleep there is no refill, so the store can only fall.',
    check: 'direction',
    publishedMagnitude: 'not read (the abstract states the surge is prevented by 3 or 6 h of sleep deprivation)',
    fromMice: true,
    quantity:
      'change of the energy store over the same 3 h (from the habitual sleep onset) in a night awake (one-night-awake, population)',
    target: 'preventing sleep by gentle handling for 3 or 6 h prevents the ATP surge (rats)',
    tolerance: '< 0 % (no surge)',
    source: DWORAK,
    unit: '%',
    measure: () => populationMean((seed) => storeChange3h('one-night-awake', seed)),
    pass: (v) => v !== null && v < 0,
  },
  {
    id: 'ENERGY-02',
    kind: 'calibrated',
    kindReason:
      'energyWakeUse_perH (0.021/h) was set so that this row lands near −40 %; the NREM use (Maquet 1990) and refill shape the rest.',
    check: 'magnitude',
    fromMice: true,
    quantity:
      'brain energy store at the morning test (2 h after wake) after a night awake, against the same test after a slept night (population)',
    target: 'brain glycogen ≈ 40 % lower after 12 or 24 h of sleep deprivation (rats)',
    tolerance: '−55 % to −25 % (TARGETS-v2 ENERGY-02; animal data)',
    source: KONG,
    unit: '%',
    measure: () => populationMean((seed) => awakeVsSlept('energyStore', seed)),
    pass: (v) => v !== null && v >= -55 && v <= -25,
  },
  {
    id: 'HORM-08',
    kind: 'independent',
    kindReason:
      'The direction follows from TSH unchecked by sleep driving T3 production; the conversion gain (0.2) is a design choice of the size, not fitted to this row.',
    check: 'direction',
    publishedMagnitude: 'not read (the abstract states free T3 increased after sleep deprivation, no size)',
    quantity: 'free T3 at the morning test after a night awake against after a slept night (population)',
    target: 'sleep deprivation raised TSH and free T3',
    tolerance: '> 0 %',
    source: GOICHOT,
    unit: '%',
    measure: () => populationMean((seed) => awakeVsSlept('t3', seed)),
    pass: (v) => v !== null && v > 0,
  },
  {
    id: 'HORM-08b',
    // T4 follows TSH linearly with its 7-d half-life, so a night of TSH near twice its rested mean
    // raises it ≈ 3 %, just outside the band; the thyroid's T4 output does not follow TSH that
    // directly within hours (Goichot 1994 found no link of thyroid hormone oscillations to TSH
    // pulses). Kept as an expected failure rather than widening the band after the fact.
    expectedFailure: true,
    kind: 'independent',
    kindReason:
      't4HalfLife_d is the textbook 7 d, not fitted to this row; with it T4 follows one night of doubled TSH by ≈ 3 %.',
    check: 'magnitude',
    quantity: 'free T4 at the morning test after a night awake against after a slept night (population)',
    target: 'no variation in free T4 after sleep deprivation',
    tolerance: 'within ±3 %',
    source: GOICHOT,
    unit: '%',
    measure: () => populationMean((seed) => awakeVsSlept('t4', seed)),
    pass: (v) => v !== null && Math.abs(v) <= 3,
  },
];
