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

/** % change of the high-energy phosphates (ATP) from `onset` to 3 h later in a scenario's run. */
function atpChange3h(scenario: string, seed: number): number | null {
  const onset = onsetOf(seed);
  if (onset === null) return null;
  const e = series(runScenario(scenario, {}, seed), 'highEnergyPhosphates');
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
/** Epoch of a clock time `h` hours after the focal lights-off (23:00 in these scenarios). */
const atHour = (run: TimelineRun, h: number): number => focalWindows(run.core.trajectory).lightsOff + Math.round(h * H);

/** Pooled 00:00, 02:00, 04:00 of a night awake against 18:00 before it, % (Gordji-Nejad's design). */
function phosphatesOverNightAwake(seed: number): number | null {
  const run = runScenario('one-night-awake', {}, seed);
  const p = series(run, 'highEnergyPhosphates');
  const base = p[atHour(run, -5)]!;
  const night = (p[atHour(run, 1)]! + p[atHour(run, 3)]! + p[atHour(run, 5)]!) / 3;
  return base > 0 ? (night / base - 1) * 100 : null;
}

/** Phosphates at 07:30 after the recovery night against 07:30 after the night awake before it, %. */
function phosphatesAfterRecovery(seed: number): number | null {
  const run = runScenario('recovery-after-deprivation', {}, seed);
  const p = series(run, 'highEnergyPhosphates');
  const afterAwake = p[atHour(run, 8.5 - 24)]!;
  return afterAwake > 0 ? (p[atHour(run, 8.5)]! / afterAwake - 1) * 100 : null;
}

const GORDJI_NEJAD =
  'Gordji-Nejad et al. 2024, Sci Rep, doi 10.1038/s41598-024-54249-9 (15 young adults, 31P-MRS at 18:00 then 00:00, 02:00, 04:00 of 21 h awake; placebo arm; excerpt of the results and the Fig 1 legend, PMC10902318)';
const DORSEY =
  'Dorsey, Lukas, Moore, Tartarini, Parow, Villafuerte & Renshaw 2003, Sleep (11 young men, 31P-MRS at 07:00–08:00 after baseline, a night awake and recovery; abstract)';

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
    quantity:
      'change of the high-energy phosphates (ATP read-out) over the first 3 h after sleep onset (baseline, population)',
    target: 'ATP surges in the initial hours of spontaneous sleep in wake-active regions (rats)',
    tolerance: '> 0 %',
    source: DWORAK,
    unit: '%',
    measure: () => populationMean((seed) => atpChange3h('baseline', seed)),
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
      'change of the high-energy phosphates over the same 3 h (from the habitual sleep onset) in a night awake (one-night-awake, population)',
    target: 'preventing sleep by gentle handling for 3 or 6 h prevents the ATP surge (rats)',
    tolerance: '< 0 % (no surge)',
    source: DWORAK,
    unit: '%',
    measure: () => populationMean((seed) => atpChange3h('one-night-awake', seed)),
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
    id: 'ENERGY-06',
    kind: 'calibrated',
    kindReason:
      'energyPhosphateBuffering (0.37) was set so this row lands on −4.7 %; the reserve’s own fall over the night (energyWakeUse_perH, ENERGY-02) sets the rest.',
    check: 'magnitude',
    quantity:
      'high-energy phosphates pooled at 00:00, 02:00 and 04:00 of a night awake against 18:00 before it (one-night-awake, population)',
    target: 'cerebral PCr/Pi −4.7 ± 1.0 % (SE) pooled over the three night scans against the 18:00 baseline',
    tolerance: '−6.7 % to −2.7 % (±2 SE)',
    source: GORDJI_NEJAD,
    unit: '%',
    measure: () => populationMean(phosphatesOverNightAwake),
    pass: (v) => v !== null && v >= -6.7 && v <= -2.7,
  },
  {
    id: 'ENERGY-07',
    // One phosphate read-out of one reserve: calibrated to PCr/Pi over the night awake (ENERGY-06),
    // it falls ≈ 14 % by the next morning, where Dorsey et al. saw no significant change in β-NTP
    // (ATP is more buffered than PCr; the model has no separate ATP and PCr pools).
    expectedFailure: true,
    kind: 'independent',
    kindReason:
      'Nothing was tuned on it; the buffering was set from ENERGY-06, a different measure (PCr/Pi, at night).',
    check: 'magnitude',
    quantity:
      'high-energy phosphates at 07:30 the morning after a night awake against after a slept night (population)',
    target: 'no significant change in any measure of brain chemistry (β-NTP, PCr) the morning after a night awake',
    tolerance: 'within ±5 % [P] (a change 11 subjects would not detect)',
    source: DORSEY,
    unit: '%',
    measure: () =>
      populationMean((seed) => {
        const slept = runScenario('baseline', {}, seed);
        const awake = runScenario('one-night-awake', {}, seed);
        const a = series(awake, 'highEnergyPhosphates')[atHour(awake, 8.5)]!;
        const b = series(slept, 'highEnergyPhosphates')[atHour(slept, 8.5)]!;
        return b > 0 ? (a / b - 1) * 100 : null;
      }),
    pass: (v) => v !== null && Math.abs(v) <= 5,
  },
  {
    id: 'ENERGY-07b',
    kind: 'independent',
    kindReason: 'Nothing was tuned on it: it follows from the SWA-driven refill of the recovery night.',
    check: 'direction',
    publishedMagnitude: 'not read (the abstract states significant increases of total and β-NTP after recovery sleep)',
    quantity:
      'high-energy phosphates at 07:30 after a recovery night against 07:30 after the night awake before it (recovery-after-deprivation, population)',
    target:
      'after the recovery night, significant increases in total and β-NTP (Dorsey 2003); PCr rose in grey matter after recovery sleep, with SWA (Plante et al. 2014, Sleep, PMID 25325507)',
    tolerance: '> 0 %',
    source: DORSEY,
    unit: '%',
    measure: () => populationMean(phosphatesAfterRecovery),
    pass: (v) => v !== null && v > 0,
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
