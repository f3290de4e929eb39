/**
 * Validation rows of a virtual cohort's spread (shared/cohort): the young-adults preset through
 * the default experiment's baseline night (night A), one run per person, against the spread
 * measured between healthy young adults on one laboratory PSG night. The protocol is the lab's
 * (same lights-off and time in bed for everyone), as in the studies.
 *
 * COHORT-01 is TUNED: the two homeostatic spreads were narrowed against it (shared/cohort/presets.ts)
 * — within what their source allows, which is not enough, so it stays an expected failure.
 * COHORT-02 is not tuned: nothing was set from the spread of wake after sleep onset.
 */
import {
  compilePopulation,
  drawPerson,
  personNoiseSeed,
  personParameters,
  POPULATION_PRESETS,
} from '../../shared/cohort';
import { sortedQuantile } from '../../shared/cohort/statistics';
import { defaultExperiment } from '../../shared/experiment';
import { simulateNight } from '../../shared/model/engine';
import { resolveParameters } from '../../shared/model/scenarios';
import type { ValidationRow } from './row';

/**
 * People and seed of the rows. The TST distribution has a long tail (a few long sleep-onset
 * latencies), so its SD moves with the sample: n = 200 gave 44, 37 and 39 min for seeds 7, 8, 9.
 * 300 people keep the verdict from hanging on a handful of them (≈ 50 s of simulation).
 */
export const COHORT_ROWS_SIZE = { n: 300, seed: 7 } as const;

const MITTERLING =
  'Mitterling, Högl, Schönwald, Hackner, Gabelia, Biermayr & Frauscher 2015, Sleep 38:867 (abstract; 100 healthy sleepers from a population sample, one full-night PSG, AASM scoring; ≤ 30 y given as median (spread))';

interface BaselineNight {
  readonly tst: number;
  readonly waso: number;
}

let memo: readonly BaselineNight[] | null = null;

/** Every person's baseline night (night A of the default experiment), simulated once for all rows. */
function baselineNights(): readonly BaselineNight[] {
  if (memo) return memo;
  const night = defaultExperiment().nights[0];
  const resolved = { params: resolveParameters(night.scenario, night.params), events: night.events };
  const population = compilePopulation(POPULATION_PRESETS['young-adults']);
  const out: BaselineNight[] = [];
  for (let i = 0; i < COHORT_ROWS_SIZE.n; i++) {
    const person = drawPerson(population, COHORT_ROWS_SIZE.seed, i);
    const result = simulateNight(
      personParameters(resolved, person),
      personNoiseSeed(COHORT_ROWS_SIZE.seed, i),
      resolved.events,
    );
    const tst = result.metrics.totalSleepTime_min;
    const waso = result.metrics.waso_min;
    if (typeof tst === 'number' && typeof waso === 'number' && Number.isFinite(tst) && Number.isFinite(waso))
      out.push({ tst, waso });
  }
  memo = out;
  return out;
}

function sd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
}

export const COHORT_ROWS: readonly ValidationRow[] = [
  {
    id: 'COHORT-01',
    kind: 'calibrated',
    kindReason:
      'TUNED: the log spreads of sTauWake_h and sTauSleep_h in the young-adults preset were narrowed against this row, to the narrowest their source (Rusterholz 2010, 8 people) allows; the row stays a failure because that is not enough.',
    check: 'magnitude',
    expectedFailure: true,
    quantity: `Between-person SD of baseline total sleep time, young-adults preset (n = ${COHORT_ROWS_SIZE.n}, seed ${COHORT_ROWS_SIZE.seed}), the default experiment's baseline night`,
    target:
      'SD ≈ 17–32 min: ≤ 30 y TST 413.5 (345.6–451.9) min (Mitterling 2015; ≈ 32 min if the bracket is the 5–95 % range, ≈ 27–29 min if it is the range of its ≈ 20–30 people — the abstract does not say); young adults on an 8-h lab baseline night, sleep efficiency 93.6 ± 3.5 % (n = 26) ⇒ ≈ 17 min',
    tolerance: '15–40 min (the published window, its upper end widened by a quarter for the sampling error of an SD)',
    source: `${MITTERLING}; J Am Geriatr Soc 2009, 57:1245, Table 1 (young subjects 21.9 ± 3.3 y, PMC3122254)`,
    unit: 'min',
    // Fails, at the edge: 40.7 min (49.6 min before the tuning). What remains is sleep-onset
    // latency: a slow build-up (a large sTauWake_h) leaves too little pressure at the lab's
    // lights-off, so a few people lie awake 2–4 h (SOL 95th percentile 116 min, longest 215 min),
    // where measured young adults fall asleep within half an hour. A preset narrower still than
    // its source would hide that; the model's latency is what needs work. Other seeds can land
    // inside 40 min (see COHORT_ROWS_SIZE): the row then passes and must be updated.
    measure: () => sd(baselineNights().map((p) => p.tst)),
    pass: (v) => v !== null && v >= 15 && v <= 40,
  },
  {
    id: 'COHORT-02',
    kind: 'independent',
    kindReason:
      'Nothing in the preset was set from wake after sleep onset; the spread follows from the homeostatic and arousal dynamics across the drawn people.',
    check: 'magnitude',
    expectedFailure: true,
    quantity: `Width of the 5–95 % range across people of wake after sleep onset, as % of the sleep period (WASO / (TST + WASO)), young-adults preset (n = ${COHORT_ROWS_SIZE.n}, seed ${COHORT_ROWS_SIZE.seed}), baseline night`,
    target:
      '≤ 30 y: WASO 6.0 (1.9–22.8) % — a width of ≈ 21 percentage points (Mitterling 2015; the share’s denominator and the bracket’s meaning as the abstract gives them, not re-read in the paper)',
    tolerance: 'within a factor of 2: 10.5–42 percentage points',
    source: MITTERLING,
    unit: 'percentage points',
    // Fails: ≈ 7 points (3.2–10.4 %, median 6.0 % against the published 6.0 %): the model's
    // people differ far less in how often they wake than measured sleepers do, while they differ
    // more in how fast they fall asleep (COHORT-01): its between-person spread sits in the wrong place.
    measure: () => {
      const shares = baselineNights()
        .map((p) => (100 * p.waso) / (p.tst + p.waso))
        .sort((a, b) => a - b);
      return shares.length < 2 ? null : sortedQuantile(shares, 0.95) - sortedQuantile(shares, 0.05);
    },
    pass: (v) => v !== null && v >= 10.5 && v <= 42,
  },
];
