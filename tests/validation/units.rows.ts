/**
 * Validation rows of the hormones' absolute levels: the series are in clinical units (GH µg/L,
 * cortisol nmol/L, TSH mU/L, melatonin pg/mL), so their magnitudes are checked against published
 * reference levels of healthy young adults, not only their shapes. Population values are means
 * over POPULATION_SEEDS of the default (young male) sleeper on his 23:00–07:00 schedule.
 */
import type { ValidationRow } from './row';
import { populationMean, runScenario, type TimelineRun } from './runs';
import { EPOCHS_PER_HOUR } from '../../shared/model/result';
import { argExtreme, focalWindows, mean } from '../../shared/model/restoration/windows';

const H = EPOCHS_PER_HOUR;

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;

function series(run: TimelineRun, id: string): Float32Array {
  const s = run.result.series[id];
  if (!s) throw new Error(`series ${id} missing from the result`);
  return s;
}

/** First epoch at or after `from` whose clock hour is in [hour, hour + 1); null if none. */
function nextClock(run: TimelineRun, from: number, hour: number): number | null {
  const c = run.core.trajectory.clock_h;
  for (let i = Math.max(0, from); i < c.length; i++) if (c[i]! >= hour && c[i]! < hour + 1) return i;
  return null;
}

// An extreme's value, from the restoration windows' argExtreme (windows.ts).
const extremeOf =
  (sign: 1 | -1) =>
  (x: ArrayLike<number>, from: number, to: number): number | null => {
    const i = argExtreme(x, from, to, sign);
    return i === null ? null : x[i]!;
  };
const maxOf = extremeOf(1);
const minOf = extremeOf(-1);

/** Plasma cortisol's highest or lowest value in the 24 h after the focal lights-off. */
function cortisol24h(run: TimelineRun, pick: typeof maxOf): number | null {
  const off = focalWindows(run.core.trajectory).lightsOff;
  return pick(series(run, 'cortisol'), off, off + 24 * H);
}

/** The baseline night of `seed` (default sleeper, 23:00–07:00). */
const baseline = (seed: number): TimelineRun => runScenario('baseline', {}, seed);

/** Mean TSH over the day after the focal night, 11:00–20:00 (the daytime low of REF-04's source). */
function tshDay(run: TimelineRun): number | null {
  const from = nextClock(run, focalWindows(run.core.trajectory).wake, 11);
  return from === null ? null : mean(series(run, 'tsh'), from, from + 9 * H);
}

/** Mean TSH over the focal night, 23:00–07:00 clock (the same hours whether asleep or awake). */
function tshNight(run: TimelineRun): number | null {
  const from = nextClock(run, focalWindows(run.core.trajectory).lightsOff - H, 23);
  return from === null ? null : mean(series(run, 'tsh'), from, from + 8 * H);
}

/** Peak plasma melatonin between the focal lights-off and lights-on. */
function melatoninPeak(run: TimelineRun): number | null {
  const w = focalWindows(run.core.trajectory);
  return maxOf(series(run, 'melatonin'), w.lightsOff, w.lightsOn);
}

const TOUITOU = 'Touitou 2001, Exp Gerontol 36:1083 (night ≈ 10× day)';
const MELATONIN_LEVELS =
  'health.am, "Melatonin – circadian rhythms" (adult nocturnal peak 250–500 pmol/L, daytime often < 40 pmol/L; secondary source)';
const DEBONO = 'Debono et al. 2009, J Clin Endocrinol Metab 94:1548, Fig. 1 (33 healthy subjects, 20-min sampling)';
const REF04_SOURCE =
  'Serum TSH in 8 men + 5 women, half-hourly sampling (scilit.com/publications/f3652cddff2e1303c39e47acb9d6c1c3, J Clin Endocrinol Metab [R]); Brabant et al. 1990, J Clin Endocrinol Metab 70:403';
const BRABANT = 'Brabant et al. 1990, J Clin Endocrinol Metab 70:403';

export const UNITS_ROWS: ValidationRow[] = [
  {
    id: 'REF-01',
    kind: 'echo',
    kindReason:
      'Returns melatoninPeak_pgPerMl (70 pg/mL), the plateau that sets the synthesis rate: an unsuppressed night reaches it.',
    check: 'magnitude',
    quantity: 'Peak plasma melatonin over the focal night (baseline, dim bedroom)',
    target: 'adult nocturnal peak 250–500 pmol/L ≈ 58–116 pg/mL',
    tolerance: '50–120 pg/mL',
    source: MELATONIN_LEVELS,
    unit: 'pg/mL',
    measure: () => populationMean((s) => melatoninPeak(baseline(s))),
    pass: between(50, 120),
  },
  {
    id: 'REF-01b',
    kind: 'independent',
    kindReason:
      'No parameter was set from the day level or the ratio; the synthesis window (calibrated on MEL-04 timing) closes by day.',
    check: 'magnitude',
    // Fails: by day the model's plasma melatonin falls to ≈ 0.12 pg/mL (synthesis is off and
    // clearance empties the pool; there is no daytime floor), where young adults measure
    // 10–20 pg/mL by day. Part of that floor may be assay background (RIA), so the published
    // ratio may understate the true one, but no source read gives a ratio near the model's ≈ 500.
    // Why no floor was added (round 2): the baseline day is lit at 500 lux (07:00–19:00), where the
    // suppression logistic (ED50 106 lux, Hill 1.6) removes ≈ 92 % of synthesis, so a basal secretion
    // suppressed by light like the nocturnal one would need ≈ 80 pg/mL unsuppressed to show
    // 6–7 pg/mL by day, more than the night's plateau. An unsuppressed floor F (extrapineal or assay
    // background) gives a ratio (69.8 + F)/(0.12 + F), inside 4–12 only for F ≥ 6.4 pg/mL, but it
    // also dilutes the masked-curve suppression that MEL-03 reads (Gooley 2011, a pass at 56.0 %):
    // 1 − (27.1 + F)/(61.6 + F) falls below its 50 % for F > 7.4 pg/mL (48.2 % at the published
    // 10 pg/mL). The window 6.4–7.4 pg/mL lies below the published 10–20 pg/mL and would be tuned
    // on both rows at once; it would also move CIRC-09 (Zeitzer ED50, already failing) further, and
    // DLMO and the half-maximum duration would have to be read above the floor. Doing it properly
    // needs the floor in the suppression measures (Gooley's and Zeitzer's RIA values include it)
    // and the light-suppression constants refitted with it.
    expectedFailure: true,
    quantity: 'Night/day plasma melatonin: peak over the focal night ÷ mean 11:00–20:00 the day after (baseline)',
    target:
      'nocturnal levels ≈ 10 times the daytime levels (Touitou 2001); young adults rise from 10–20 pg/mL by day to 80–120 pg/mL at night (ratio 4–12)',
    tolerance: '4–12× (the extremes of the young-adult ranges: 80 ÷ 20 and 120 ÷ 10); Touitou’s 10× lies inside',
    source: `${TOUITOU} (abstract: "secreted primarily at night, when it reaches levels 10 times higher than those present in the daytime"); ageing-map.org DAA921 (young: 10–20 → 80–120 pg/mL; secondary source); ${MELATONIN_LEVELS}`,
    unit: 'ratio',
    measure: () =>
      populationMean((s) => {
        const run = baseline(s);
        const peak = melatoninPeak(run);
        const from = nextClock(run, focalWindows(run.core.trajectory).wake, 11);
        const day = from === null ? null : mean(series(run, 'melatonin'), from, from + 9 * H);
        // A day level of exactly 0 would make the ratio infinite: floor it at 0.1 pg/mL (below any assay).
        return peak === null || day === null ? null : peak / Math.max(day, 0.1);
      }),
    pass: between(4, 12),
  },
  {
    id: 'REF-02',
    kind: 'calibrated',
    kindReason:
      'cortisolPeakSecretion_nmolPerLPerH was scaled so that the morning peak is ≈ 400 nmol/L (its citation names this source).',
    check: 'magnitude',
    quantity: 'Highest plasma cortisol in the 24 h after the focal lights-off (baseline)',
    target: 'peak 15.5 µg/dL ≈ 428 nmol/L (95 % reference range 11.7–20.6 µg/dL ≈ 323–568 nmol/L) at 08:32',
    tolerance: '323–568 nmol/L',
    source: DEBONO,
    unit: 'nmol/L',
    measure: () => populationMean((s) => cortisol24h(baseline(s), maxOf)),
    pass: between(323, 568),
  },
  {
    id: 'REF-02b',
    kind: 'calibrated',
    kindReason:
      'cortisolQuiescentShare was raised from 0.08 (nadir 28 nmol/L) to 0.16 so that the night nadir lies in this reference range.',
    check: 'magnitude',
    quantity: 'Lowest plasma cortisol in the 24 h after the focal lights-off (baseline)',
    target: 'nadir < 2.0 µg/dL (95 % reference range 1.5–2.5 µg/dL ≈ 41–69 nmol/L) at 00:18',
    tolerance: '41–69 nmol/L',
    source: DEBONO,
    unit: 'nmol/L',
    measure: () => populationMean((s) => cortisol24h(baseline(s), minOf)),
    pass: between(41, 69),
  },
  {
    id: 'REF-04',
    kind: 'calibrated',
    kindReason:
      'tshBasalShare was lowered from 0.35 (day 1.25 mU/L) to 0.2 so that the day and night means match this source.',
    check: 'magnitude',
    quantity: 'Mean TSH 11:00–20:00 the day after the focal night (baseline)',
    target: 'daytime mean 0.85 µU/mL (mU/L)',
    tolerance: '0.5–1.2 mU/L',
    source: REF04_SOURCE,
    unit: 'mU/L',
    measure: () => populationMean((s) => tshDay(baseline(s))),
    pass: between(0.5, 1.2),
  },
  {
    id: 'REF-04b',
    kind: 'calibrated',
    kindReason:
      'tshBasalShare was lowered from 0.35 (day 1.25 mU/L) to 0.2 so that the day and night means match this source.',
    check: 'magnitude',
    quantity: 'Mean TSH 23:00–07:00 over the focal night (baseline, asleep)',
    target: 'night mean 1.34 µU/mL; 1.3 ± 0.5 mU/L with sleep (Brabant 1990)',
    tolerance: '0.9–2.0 mU/L',
    source: REF04_SOURCE,
    unit: 'mU/L',
    measure: () => populationMean((s) => tshNight(baseline(s))),
    pass: between(0.9, 2.0),
  },
  {
    id: 'HORM-06',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to the sleep-deprived night; the ratio follows from tshSleepInhibition and tshSwsInhibition (design choices from other sources).',
    check: 'magnitude',
    quantity: 'Mean TSH 23:00–07:00 on a night awake ÷ on a night asleep (same seeds)',
    target: 'night TSH 2.1 ± 1.3 mU/L awake vs 1.3 ± 0.5 mU/L asleep (ratio 1.6; 6 men)',
    tolerance: '1.3–2.2',
    source: BRABANT,
    unit: 'ratio',
    measure: () =>
      populationMean((s) => {
        const awake = tshNight(runScenario('one-night-awake', {}, s));
        const asleep = tshNight(baseline(s));
        return awake === null || asleep === null ? null : awake / asleep;
      }),
    pass: between(1.3, 2.2),
  },
  {
    id: 'HORM-06b',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to the recovery night; the ratio follows from the SWS inhibition of TSH (tshSwsInhibition, Goichot 1992) and the deeper recovery sleep.',
    check: 'magnitude',
    quantity: 'Mean TSH 23:00–07:00 of a recovery night after a night awake ÷ of a normal night (same seeds)',
    target:
      'sleep after sleep withdrawal almost completely suppressed the circadian variation: mean TSH 1.1 ± 0.7 vs 1.3 ± 0.5 mU/L in normal sleep (6 men), ratio 0.85',
    tolerance:
      '0.85 ± 1 SE of the ratio: 0.59–1.10 (SE 0.26 by the delta method, taking the ± as SDs of 6 men, SD/√6 per condition)',
    source: `${BRABANT} (abstract, PMID 2105332)`,
    unit: 'ratio',
    measure: () =>
      populationMean((s) => {
        const recovery = tshNight(runScenario('recovery-after-deprivation', {}, s));
        const normal = tshNight(baseline(s));
        return recovery === null || normal === null ? null : recovery / normal;
      }),
    pass: between(0.59, 1.1),
  },
  {
    id: 'HORM-07',
    kind: 'independent',
    kindReason:
      'TSH was scaled on REF-04 (whose night/day ratio is 1.34/0.85 = 1.58), not on this study; the two sources disagree.',
    check: 'magnitude',
    // The model follows REF-04 (ratio 1.64): meeting both would need a day level below REF-04's
    // range or a night above it, so this row stays as a failure until a third source settles it.
    expectedFailure: true,
    quantity: 'Mean TSH 23:00–07:00 (asleep) ÷ mean 11:00–20:00 the day after (baseline)',
    target: 'night vs day TSH +140 % (ratio 2.4; 5 young men, 30-min sampling over 24 h)',
    tolerance: '1.8–3.0',
    source: 'Weeke & Gundersen 1978, Acta Endocrinol 89:659',
    unit: 'ratio',
    measure: () =>
      populationMean((s) => {
        const run = baseline(s);
        const night = tshNight(run);
        const day = tshDay(run);
        return night === null || day === null ? null : night / day;
      }),
    pass: between(1.8, 3.0),
  },
  {
    id: 'REF-06',
    kind: 'calibrated',
    kindReason:
      'ghPulseMass_ugPerL was scaled to sleep-onset peak concentrations of young men (Van Cauter & Plat 1996), the quantity this row checks; the band comes from two other studies.',
    check: 'magnitude',
    quantity: 'Largest plasma GH from sleep onset to the end of the first NREM–REM cycle + 30 min (young men)',
    target:
      'first SWS stage accompanied by GH rise to 2.5–31.8 ng/mL (9 of 10 adults); mean nocturnal peak 19.9 ± 8.4 µg/L (16 young men sleeping)',
    tolerance: '5–30 µg/L (and the mean ± 1 SD of the second study, 11.5–28.3, lies inside it)',
    source:
      'Sleep-onset GH and EEG in 10 adults (scilit.net/publications/6e414ef9405535e638e0a21146af3fd2, J Clin Endocrinol Metab, late 1960s [R]); Mullington et al. 1996, Neuroendocrinology 64:233',
    unit: 'µg/L',
    measure: () =>
      populationMean((s) => {
        const run = baseline(s);
        const h = run.measures.hypnogram;
        const cycle = h.cycles[0];
        if (h.sleepOnset === null || !cycle) return null;
        return maxOf(series(run, 'growthHormone'), h.sleepOnset, cycle.end + H / 2);
      }),
    pass: between(5, 30),
  },
  {
    id: 'HORM-02',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to an integrated GH level; the area follows from the pulse mass (scaled on peaks), the burst kinetics and the GH half-life.',
    check: 'magnitude',
    quantity: 'Integrated plasma GH over the first 3 h of the night (lights-off + 3 h; young men, baseline)',
    target: 'young men 21 ± 4.2 ng·h/mL (mean ± SEM, n = 14; 20-min sampling)',
    tolerance: '12.6–29.4 µg·h/L (mean ± 2 SEM)',
    source: 'Prinz et al. 1983, J Gerontol 38:519 [R] (scilit.net/publications/d093e5aec5c296fc80aa68eb6220e68c)',
    unit: 'µg·h/L',
    measure: () =>
      populationMean((s) => {
        const run = baseline(s);
        const off = focalWindows(run.core.trajectory).lightsOff;
        const m = mean(series(run, 'growthHormone'), off, off + 3 * H);
        return m === null ? null : m * 3;
      }),
    pass: between(12.6, 29.4),
  },
  {
    id: 'HORM-02b',
    kind: 'independent',
    kindReason:
      'ghAgeDecline_perYear and ghAgeFloor were set from Van Cauter, Leproult & Plat 2000 (and GH-07), not from this study.',
    check: 'magnitude',
    quantity:
      'Integrated plasma GH over the first 3 h of the night, young (25 y) ÷ aged (70 y) men (the aged cohort’s ages are not in the abstract; the model gives the same ratio from 60 to 75 y)',
    target: 'young 21 ± 4.2 vs aged 5.0 ± 1.2 ng·h/mL (mean ± SEM; ratio 4.2)',
    tolerance: '2.5–6',
    source: 'Prinz et al. 1983, J Gerontol 38:519 [R] (scilit.net/publications/d093e5aec5c296fc80aa68eb6220e68c)',
    unit: 'ratio',
    // The model's aged value (≈ 2.4 µg·h/L) is below the published 5.0 ± 1.2: capacity falls to
    // its late-life floor (0.2 of young) and the aged sleeper has less SWS on top of it. Raising
    // the floor enough would break GH-07 (the 2–3-fold fall from 30 to 40 y), so the row stays.
    expectedFailure: true,
    measure: () =>
      populationMean((s) => {
        const first3h = (run: TimelineRun): number | null => {
          const off = focalWindows(run.core.trajectory).lightsOff;
          const m = mean(series(run, 'growthHormone'), off, off + 3 * H);
          return m === null ? null : m * 3;
        };
        const young = first3h(baseline(s));
        const aged = first3h(runScenario('baseline', { age: 70 }, s));
        return young === null || aged === null || aged <= 0 ? null : young / aged;
      }),
    pass: between(2.5, 6),
  },
];
