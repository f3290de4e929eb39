/**
 * Validation rows of exogenous melatonin (issue 14): on the clock, the phase-response curve to a
 * single oral dose (MPRC-*); on sleep, a bedtime dose against placebo (MEL-*). Protocol: the run-in, then two habitual nights (23:00–07:00); one pill at a
 * clock time on the day between them; the phase shift is the pacemaker's CBTmin on the second
 * night against the same protocol without a pill (a placebo), averaged over POPULATION_SEEDS.
 * The published PRCs (Burgess et al. 2008, 2010) give 3 days of pills in an ultradian dim LD
 * cycle; one pill in an ordinary day is the simpler protocol the model can state, so the rows read
 * the peak's timing (and the single-dose size of a secondary source), not the 3-day shift sizes.
 */
import type { ValidationRow } from './row';
import { POPULATION_SEEDS, populationMean, runTimeline, type TimelineRun } from './runs';
import { scheduleTimeline } from './protocols';
import { phaseShift_h } from './measures';

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;

const BURGESS_2010 =
  'Burgess, Revell, Molina & Eastman 2010, J Clin Endocrinol Metab 95(7):3325 (0.5 mg PRC, n = 34; abstract; PMID 20410229)';
const ENDOTEXT =
  'Secondary: Endotext, "The pineal gland and pineal tumours", Fig 5-36 legend (single 3–5 mg: ≈ 1–1.5 h advance)';

const SCHEDULE = [
  { bedtime: 23, tib_h: 8 },
  { bedtime: 23, tib_h: 8 },
];
/** Pill clock times scanned: 12:00 to 23:00 on the day before the second night, hourly. */
const PILL_CLOCKS = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

const control = (seed: number): TimelineRun =>
  runTimeline('mprc:placebo', (p) => scheduleTimeline(p, SCHEDULE, 1), {}, seed);

const dosed = (mg: number, clock: number, seed: number): TimelineRun =>
  runTimeline(
    `mprc:${mg}mg@${clock}`,
    // The second night's lights-off is 23:00, so a pill at `clock` is (23 − clock) h before it.
    (p) =>
      scheduleTimeline(p, SCHEDULE, 1, (plan, nights) =>
        plan.melatonin(nights[p.runInDays + 1]!.off_h - (23 - clock), mg),
      ),
    {},
    seed,
  );

const FERRACIOLI_ODA_2013 =
  'Ferracioli-Oda, Qawasmi & Bloch 2013, PLoS One 8(5):e63773 (meta-analysis, 19 trials, 1683 subjects; abstract)';
const BRZEZINSKI_2005 =
  'Brzezinski et al. 2005, Sleep Med Rev 9(1):41 (meta-analysis, 17 studies, 284 subjects; the 15 of healthy or insomnia subjects; abstract)';

/** A pill `mg` 1 h before the second night's 23:00 lights-off (bedtime dosing, as in most trials). */
const bedtimeDose = (mg: number, seed: number): TimelineRun =>
  runTimeline(
    `mel:${mg}mg@bed-1h`,
    (p) => scheduleTimeline(p, SCHEDULE, 1, (plan, nights) => plan.melatonin(nights[p.runInDays + 1]!.off_h - 1, mg)),
    {},
    seed,
  );

/**
 * Seeds of the dose-vs-placebo rows: 30, not POPULATION_SEEDS' 10. A night's sleep onset is one
 * draw of the switch, so a seed's difference is lumpy (0 or several minutes); over 10 seeds the
 * mean SOL change of the same model ranged −2.5 to −6 min by seed set (measured), over 30 it settles.
 */
const DOSE_SEEDS: readonly number[] = Array.from({ length: 30 }, (_, i) => i + 1);

/** Mean over DOSE_SEEDS of a focal-night metric, dose minus placebo. */
const doseEffect = (mg: number, metric: string): number | null =>
  populationMean((seed) => {
    const a = bedtimeDose(mg, seed).result.metrics[metric];
    const b = control(seed).result.metrics[metric];
    return a === null || a === undefined || b === null || b === undefined ? null : a - b;
  }, DOSE_SEEDS);

const prcCache = new Map<number, number[] | null>();

/** Mean advance (h) over the seeds for each pill clock time; null if a shift is undefined. */
function prc(mg: number): number[] | null {
  if (prcCache.has(mg)) return prcCache.get(mg)!;
  const out: number[] = [];
  for (const clock of PILL_CLOCKS) {
    let sum = 0;
    for (const seed of POPULATION_SEEDS) {
      const s = phaseShift_h(dosed(mg, clock, seed), control(seed));
      if (s === null) {
        prcCache.set(mg, null);
        return null;
      }
      sum += s;
    }
    out.push(sum / POPULATION_SEEDS.length);
  }
  prcCache.set(mg, out);
  return out;
}

/** Clock time of the PRC's advance peak, refined by a parabola through the best hour and its neighbours. */
function peakClock(mg: number): number | null {
  const y = prc(mg);
  if (!y) return null;
  let k = 0;
  for (let i = 1; i < y.length; i++) if (y[i]! > y[k]!) k = i;
  if (k === 0 || k === y.length - 1) return PILL_CLOCKS[k]!;
  const [a, b, c] = [y[k - 1]!, y[k]!, y[k + 1]!];
  const den = a - 2 * b + c;
  return PILL_CLOCKS[k]! + (den < 0 ? (0.5 * (a - c)) / den : 0);
}

/** Mean DLMO (clock h) of the placebo protocol. */
function placeboDlmo(): number | null {
  let sum = 0;
  for (const seed of POPULATION_SEEDS) {
    const d = control(seed).result.metrics.dlmo_clock_h;
    if (d === null || d === undefined) return null;
    sum += d;
  }
  return sum / POPULATION_SEEDS.length;
}

export const MELATONIN_ROWS: ValidationRow[] = [
  {
    id: 'MPRC-01',
    kind: 'calibrated',
    kindReason:
      'melatoninAdvancePeak_h (the PRC’s phase) was set from this row; the 0.5 mg peak follows it with the pharmacokinetics.',
    check: 'magnitude',
    quantity: 'pill time of the largest advance of a single 0.5 mg dose, relative to the placebo DLMO',
    target: 'maximum advances when 0.5 mg is taken in the afternoon, 2–4 h before DLMO',
    tolerance: 'DLMO −5 h to DLMO −1 h',
    source: BURGESS_2010,
    unit: 'h rel. DLMO',
    measure: () => {
      const peak = peakClock(0.5);
      const dlmo = placeboDlmo();
      return peak === null || dlmo === null ? null : peak - dlmo;
    },
    pass: between(-5, -1),
  },
  {
    id: 'MPRC-01b',
    kind: 'independent',
    kindReason:
      'Nothing was tuned on the order: it follows from the longer supra-saturating plasma level of 3 mg (half-saturation a design choice).',
    check: 'direction',
    quantity: 'advance-peak pill time of 3 mg minus that of 0.5 mg',
    target: 'optimal times later for 0.5 mg than for 3 mg',
    tolerance: '< 0 h (3 mg peak earlier)',
    publishedMagnitude: 'not read (only the order is stated in the abstract)',
    source: BURGESS_2010,
    unit: 'h',
    measure: () => {
      const a = peakClock(3);
      const b = peakClock(0.5);
      return a === null || b === null ? null : a - b;
    },
    pass: (v) => v !== null && v < 0,
  },
  {
    id: 'MPRC-04',
    kind: 'calibrated',
    kindReason: 'melatoninPhaseGain_hPerH was set from this row (a secondary source).',
    check: 'magnitude',
    quantity: 'largest advance of a single 3 mg dose over pill times 12:00–23:00',
    target: 'maximum advance with a single 3–5 mg dose ≈ 1–1.5 h (secondary source)',
    tolerance: '+0.8 to +1.8 h',
    source: ENDOTEXT,
    unit: 'h',
    measure: () => {
      const y = prc(3);
      return y ? Math.max(...y) : null;
    },
    pass: between(0.8, 1.8),
  },
  {
    id: 'MEL-SOL-01',
    kind: 'calibrated',
    kindReason: 'melatoninHypnoticGain was set from this row (to the middle of the band).',
    check: 'magnitude',
    quantity: 'sleep onset latency, 3 mg melatonin 1 h before a 23:00 lights-off minus placebo',
    target: 'SOL −7.06 min (95 % CI −9.75 to −4.37; Ferracioli-Oda 2013); −3.9 min (−5.4 to −2.5; Brzezinski 2005)',
    tolerance: '−9.75 to −2.5 min (the two meta-analyses’ confidence intervals)',
    source: `${FERRACIOLI_ODA_2013}; ${BRZEZINSKI_2005}`,
    unit: 'min',
    measure: () => doseEffect(3, 'sleepOnsetLatency_min'),
    pass: between(-9.75, -2.5),
  },
  {
    id: 'MEL-TST-01',
    kind: 'independent',
    kindReason:
      'Nothing was tuned on it: the longer sleep follows from the earlier onset and the lowered wake threshold of the same term.',
    check: 'magnitude',
    quantity: 'total sleep time, 3 mg melatonin 1 h before a 23:00 lights-off minus placebo',
    target: 'TST +8.25 min (95 % CI 1.74 to 14.75; Ferracioli-Oda 2013); +13.7 min (3.1 to 24.3; Brzezinski 2005)',
    tolerance: '+1.74 to +24.3 min (the two meta-analyses’ confidence intervals)',
    source: `${FERRACIOLI_ODA_2013}; ${BRZEZINSKI_2005}`,
    unit: 'min',
    measure: () => doseEffect(3, 'totalSleepTime_min'),
    pass: between(1.74, 24.3),
  },
  {
    id: 'MEL-SE-01',
    kind: 'independent',
    kindReason: 'Nothing was tuned on it (the gain was set from MEL-SOL-01).',
    check: 'magnitude',
    quantity: 'sleep efficiency, 3 mg melatonin 1 h before a 23:00 lights-off minus placebo',
    target: 'SE +3.1 % (95 % CI 0.7 to 5.5) in healthy or insomnia subjects',
    tolerance: '+0.7 to +5.5 points',
    source: BRZEZINSKI_2005,
    unit: 'points',
    measure: () => doseEffect(3, 'sleepEfficiency_pct'),
    pass: between(0.7, 5.5),
  },
];
