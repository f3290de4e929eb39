/**
 * Validation rows of sex and age (issue 13): slow-wave sleep by sex and age, the intrinsic
 * period by sex, the phase of wake relative to the clock with age, the sex steroids (levels by
 * sex, age and menstrual-cycle phase; response to sleep restriction), and DLMO read from the
 * dim-light melatonin curve under evening light (the e-reader protocol). Sources were read as
 * abstracts or figure legends (../../docs/MODEL.md names them); population targets use the mean
 * over POPULATION_SEEDS.
 *
 * Over 400 lines because it is one table of rows, each with its protocol and source.
 */
import type { ValidationRow } from './row';
import { populationMean, runScenario, runTimeline, scenarioMean, type TimelineRun } from './runs';
import { forcedDesynchrony, scheduleTimeline } from './protocols';
import { forcedDesynchronyPeriod_h, slope } from './measures';
import { EPOCH_H, EPOCHS_PER_HOUR } from '../../shared/model/result';
import { focalWindows } from '../../shared/model/restoration/windows';
import { cycleTime_d } from '../../shared/model/age/sexSteroids';
import { DEFAULT_VALUES, type ParameterOverrides } from '../../shared/model/parameters';

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;

const REDLINE = 'Redline, Kirchner, Quan, Gottlieb, Kapur & Newman 2004, Arch Intern Med 164:406 (SHHS, n = 2685)';
const WALSLEBEN = 'Walsleben et al. 2004, Sleep 27:293 (SHHS normative subsample, n = 470; PMID 15124725)';

/** SHHS ages (participants ≥ 40 y; Redline: 37–92 y): the ages a population row averages over. */
const SHHS_AGES = [45, 55, 65, 75] as const;

const n3 = (age: number, sex: 'male' | 'female'): number | null => scenarioMean('baseline', 'n3_pct', { age, sex });

/** Least-squares slope of N3 % over ages 40–80, per decade. */
const n3PerDecade = (sex: 'male' | 'female'): number | null => {
  const ages = [40, 50, 60, 70, 80];
  const ys = ages.map((a) => n3(a, sex));
  if (ys.some((y) => y === null)) return null;
  return slope(
    ages.map((a) => a / 10),
    ys as number[],
  );
};

// ── slow-wave sleep by sex ──────────────────────────────────────────────────
const sws: ValidationRow[] = [
  {
    id: 'SEXAGE-01',
    kind: 'calibrated',
    kindReason:
      'femaleSwaRatio and femaleSwaAgeDeclineShare were set from this row and SEXAGE-02a (their citations name them).',
    check: 'magnitude',
    quantity: 'N3 % of TST, women ÷ men, at 65 y (default night otherwise)',
    target: 'women had on average 106 % more slow-wave sleep than men (ratio ≈ 2.06), older community adults',
    tolerance: 'ratio 1.55–2.6',
    source: REDLINE,
    unit: 'ratio',
    measure: () => {
      const m = n3(65, 'male');
      const f = n3(65, 'female');
      return m === null || f === null || m <= 0 ? null : f / m;
    },
    pass: between(1.55, 2.6),
  },
  {
    id: 'SEXAGE-02a',
    kind: 'calibrated',
    kindReason: 'femaleSwaRatio and femaleSwaAgeDeclineShare were set from this row and SEXAGE-01.',
    check: 'magnitude',
    quantity: 'N3 % of TST, women − men, averaged over 45, 55, 65 and 75 y',
    target: 'mean slow-wave sleep % higher in women by 6.7 points',
    tolerance: '3.5–10 points',
    source: WALSLEBEN,
    unit: 'points',
    measure: () => {
      let sum = 0;
      for (const a of SHHS_AGES) {
        const m = n3(a, 'male');
        const f = n3(a, 'female');
        if (m === null || f === null) return null;
        sum += f - m;
      }
      return sum / SHHS_AGES.length;
    },
    pass: between(3.5, 10),
  },
  {
    id: 'SEXAGE-02b',
    kind: 'independent',
    kindReason:
      "No parameter was fitted to it: the men's decline comes from ageSwaDeclinePerDecade (Van Cauter et al. 2000, set on other rows) and the age awakening terms.",
    check: 'magnitude',
    quantity: "Men's N3 % of TST per decade, least-squares over 40, 50, 60, 70, 80 y",
    target: 'slow-wave sleep % fell by 1.9 points per decade in men',
    tolerance: '±50 %: −2.85 to −0.95 points/decade',
    source: WALSLEBEN,
    unit: 'points/decade',
    measure: () => n3PerDecade('male'),
    pass: between(-2.85, -0.95),
  },
  {
    id: 'SEXAGE-02c',
    kind: 'calibrated',
    kindReason:
      "femaleSwaAgeDeclineShare (0.4 of the male decline) was set with SEXAGE-01/02a, which bound this slope; no women's slope is published to band it: the Walsleben 2004 and Redline 2004 abstracts (searched for full texts and tables, none found) say only that SWS % fell with age in men only and that associations with age were less consistent in women.",
    check: 'direction',
    publishedMagnitude:
      'no significant change of SWS % with age in women (men −1.9 points/decade); no women’s slope or its spread given',
    quantity: "Women's N3 % of TST per decade, least-squares over 40–80 y",
    target: 'slow-wave sleep % decreased with age for men only',
    tolerance: 'women’s slope above −0.95 points/decade (less than half the men’s published fall)',
    source: `${WALSLEBEN} (abstract: "Percentage of slow-wave sleep decreased with increased age for men only (by 1.9% for each 10-year age change)"); ${REDLINE} (abstract: "Increasing age was associated with impaired sleep in men, with less consistent associations in women")`,
    unit: 'points/decade',
    measure: () => n3PerDecade('female'),
    pass: (v) => v !== null && v > -0.95,
  },
];

// ── intrinsic period by sex ─────────────────────────────────────────────────
const period: ValidationRow[] = [
  {
    id: 'SEXAGE-03',
    kind: 'echo',
    kindReason:
      "Returns circadianPeriod_h + femalePeriodDifference_h (24.2 − 0.1 h, the difference taken from this row's source): forced desynchrony reads a woman's period back.",
    check: 'magnitude',
    quantity:
      "Period of a woman's CBT minima under forced desynchrony (28-h days, 10 lux awake, dark asleep, 24 cycles)",
    target: 'women 24.09 ± 0.2 h, men 24.19 ± 0.2 h (P < 0.01); 52 women, 105 men, 18–74 y',
    tolerance: '24.04–24.14 h (±0.05 h)',
    source: 'Duffy et al. 2011, PNAS 108 Suppl 3:15602, doi 10.1073/pnas.1010666108',
    unit: 'h',
    measure: () => {
      const run = runTimeline('fd-28h', (p) => forcedDesynchrony(p, 24, 28, 10), { sex: 'female' });
      return forcedDesynchronyPeriod_h(run);
    },
    pass: between(24.04, 24.14),
  },
  {
    id: 'SEXAGE-03b',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to the phase: it follows from the shorter period (SEXAGE-03) under the same schedule and light, and the slope of phase angle on period used for the band was not used to set any parameter.',
    check: 'magnitude',
    quantity: 'DLMO of a woman minus a man of 25 y on the same 23:00–07:00 schedule',
    target:
      'phase angle of entrainment (melatonin maximum to wake) grows 4.6 ± 0.5 h per hour of shorter intrinsic period (Fig. 4, 129 subjects); with women’s period 0.10 h shorter (24.09 vs 24.19 ± 0.2 h, 52 W, 105 M) the melatonin rhythm of a woman on the same schedule is ≈ 0.46 h earlier (temperature minimum: 3.6 ± 0.5 h per h, ≈ 0.36 h)',
    tolerance:
      '−0.46 ± 2 SE h: −0.79 to −0.13 h (SE 0.16 h combines the slope’s ±0.5 h/h with the SE of the period difference, 0.2 h × √(1/52 + 1/105) ≈ 0.034 h)',
    source:
      'Duffy et al. 2011, PNAS 108 Suppl 3:15602 (abstract: rhythms of melatonin and temperature set earlier in women with nearly identical sleep times; periods by sex; Fig. 4 legend, PMC3176605: phase angle of entrainment vs period, slopes 3.6 ± 0.5 h (CBT minimum, 157 subjects) and 4.6 ± 0.5 h (melatonin maximum, 129 subjects))',
    unit: 'h',
    measure: () => {
      const woman = scenarioMean('baseline', 'dlmo_clock_h', { sex: 'female' });
      const man = scenarioMean('baseline', 'dlmo_clock_h');
      return woman === null || man === null ? null : woman - man;
    },
    pass: between(-0.79, -0.13),
  },
];

// ── age and the clock ───────────────────────────────────────────────────────
const H = EPOCHS_PER_HOUR;

/**
 * Daily sleep (h) on the 5th day of 16 h of opportunity a day (nights 20:00–08:00, afternoons
 * 14:00–18:00 in bed in darkness), a population of five seeds.
 */
const dailySleepCapacity = (age: number): number | null =>
  populationMean(
    (seed) => {
      const nights = Array.from({ length: 5 }, () => ({ bedtime: 20, tib_h: 12 }));
      const run = runTimeline(
        'klerman-dijk-2008',
        (p) =>
          scheduleTimeline(p, nights, 4, (tl, all) => {
            for (const n of all.slice(-5)) {
              tl.bed(n.off_h - 6, n.off_h - 2);
              tl.light(n.off_h - 6, n.off_h - 2, 0);
            }
          }),
        { age },
        seed,
      );
      const off = run.timeline.focus.lightsOff;
      const stage = run.result.stage;
      let asleep = 0;
      for (let i = off - 6 * H; i < off + 18 * H; i++) if (stage[i] !== 0) asleep++;
      return asleep * EPOCH_H;
    },
    [1, 2, 3, 4, 5],
  );

/** Unmasked melatonin at the spontaneous final wake ÷ that night's peak (23:00, 10 h in bed). */
const melatoninAtWake = (age: number): number | null =>
  populationMean((seed) => {
    const run = runScenario('baseline', { age, timeInBed_h: 10 }, seed);
    const wake = run.measures.hypnogram.finalWake;
    const mel = run.core.series.melatoninUnmasked!;
    const f = run.timeline.focus;
    if (wake === null) return null;
    let peak = 0;
    for (let i = f.lightsOff; i < f.lightsOn; i++) peak = Math.max(peak, mel[i]!);
    return peak > 0 ? mel[wake]! / peak : null;
  });

const clock: ValidationRow[] = [
  {
    id: 'SEXAGE-17',
    kind: 'calibrated',
    kindReason: 'ageSleepCapacityPerDecade was set from this row (its citation names SEXAGE-17).',
    check: 'magnitude',
    quantity:
      'Daily sleep on day 5 of 16 h of opportunity a day (12 h at night, 4 h in the afternoon), 68 y minus 22 y',
    target: 'asymptotic daily sleep 7.4 ± 0.4 h (older, 60–76 y) vs 8.9 ± 0.4 h (young, 18–32 y), SEM: −1.5 h',
    tolerance: '−1.5 ± 2 SE of the difference (≈ 0.57 h): −2.6 to −0.4 h',
    source: 'Klerman & Dijk 2008, Curr Biol 18:1118 (PMC2582347)',
    unit: 'h',
    measure: () => {
      const young = dailySleepCapacity(22);
      const old = dailySleepCapacity(68);
      return young === null || old === null ? null : old - young;
    },
    pass: between(-2.6, -0.4),
  },
  {
    id: 'SEXAGE-04',
    kind: 'independent',
    kindReason:
      'No parameter names SEXAGE-04 (it follows from the sleep-capacity loss fitted to Klerman & Dijk 2008, SEXAGE-17), and it stays a direction: the abstract gives no relative melatonin level at wake and the full text (searched for its Results and figures) could not be read.',
    check: 'direction',
    publishedMagnitude:
      'none read: the abstract states the direction only (older subjects wake at higher relative melatonin levels)',
    quantity:
      'Dim-light melatonin at the spontaneous final wake ÷ its nightly peak (23:00, 10 h in bed), 70 y minus 25 y',
    target:
      'older subjects sleep and wake earlier relative to their melatonin episode and wake at higher relative melatonin levels (no magnitude in the abstract)',
    tolerance: '> 0',
    source:
      'Duffy, Zeitzer, Rimmer, Klerman, Dijk & Czeisler 2002, Am J Physiol Endocrinol Metab 282:E297 (PMID 11788360)',
    unit: 'share of peak',
    measure: () => {
      const young = melatoninAtWake(25);
      const old = melatoninAtWake(70);
      return young === null || old === null ? null : old - young;
    },
    pass: (v) => v !== null && v > 0,
  },
];

// ── sex steroids ────────────────────────────────────────────────────────────

function seriesOf(run: TimelineRun, id: string): Float32Array {
  const x = run.result.series[id];
  if (!x) throw new Error(`series ${id} missing from the result`);
  return x;
}

/** Mean of x over epochs [from, to), null if none. */
function meanOver(x: ArrayLike<number>, from: number, to: number): number | null {
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(x.length, to); i++) {
    sum += x[i]!;
    n++;
  }
  return n > 0 ? sum / n : null;
}

/** First epoch at or after `from` with clock hour in [hour, hour + 1). */
function nextClock(run: TimelineRun, from: number, hour: number): number | null {
  const c = run.core.trajectory.clock_h;
  for (let i = Math.max(0, from); i < c.length; i++) if (c[i]! >= hour && c[i]! < hour + 1) return i;
  return null;
}

/** Population mean of testosterone over [hour, hour + hours) of the day after the focal night. */
const testosteroneWindow = (overrides: ParameterOverrides, hour: number, hours: number): number | null =>
  populationMean((seed) => {
    const run = runScenario('baseline', overrides, seed);
    const from = nextClock(run, focalWindows(run.core.trajectory).wake, hour);
    return from === null ? null : meanOver(seriesOf(run, 'testosterone'), from, from + hours * H);
  });

/** Population mean of the daytime testosterone metric (wake + 1 h to wake + 15 h), nmol/L. */
const dayTestosterone = (overrides: ParameterOverrides): number | null =>
  scenarioMean('baseline', 'testosteroneNextDay', overrides);

const HARMAN =
  'Harman, Metter, Tobin, Pearson & Blackman 2001, J Clin Endocrinol Metab 86:724 (BLSA, 890 men; PMID 11158037)';
const KELSEY = 'Kelsey et al. 2014, PLoS ONE 9:e109346 (normative model from 13 studies; PMID 25295520)';

const testosterone: ValidationRow[] = [
  {
    id: 'REF-05',
    kind: 'calibrated',
    kindReason:
      "testosteroneWakeLevel_nmolPerL is a design choice set to young men's usual levels (≈ 15–20 nmol/L), which this band contains.",
    check: 'magnitude',
    quantity: 'Mean total testosterone 07:00–10:00 after the default night, 25-year-old man',
    target: 'young men (LC-MS/MS, morning) 10.6–31.9 nmol/L (n 67); normative mean 15.4 nmol/L at 19 y',
    tolerance: '12–25 nmol/L',
    source: `Neale et al. 2013, Ann Clin Biochem (abstract); ${KELSEY}`,
    unit: 'nmol/L',
    measure: () => testosteroneWindow({}, 7, 3),
    pass: between(12, 25),
  },
  {
    id: 'SEXAGE-09',
    kind: 'calibrated',
    kindReason: 'testosteroneWakeLevelFemale_nmolPerL was set from this row (its citation names SEXAGE-09).',
    check: 'magnitude',
    quantity: 'Mean total testosterone over the waking day after the default night, 25-year-old woman',
    target: 'women 20–80 y 0.35–1.97 nmol/L (2.5–97.5 %, n 985, LC-MS/MS); cycling 30-y-old 520–1595 pmol/L (5–95 %)',
    tolerance: '0.5–1.6 nmol/L',
    source:
      'Haring et al. 2012, J Clin Endocrinol Metab [R] (abstract); Braunstein et al. 2011, J Sex Med, doi 10.1111/j.1743-6109.2011.02380.x',
    unit: 'nmol/L',
    measure: () => dayTestosterone({ sex: 'female' }),
    pass: between(0.5, 1.6),
  },
  {
    id: 'SEXAGE-07',
    kind: 'echo',
    kindReason:
      "Returns testosteroneAgeDecline_nmolPerLPerYear (0.124, taken from Harman et al. 2001, the row's own source), raised slightly by the sleep-related rise of the daytime mean.",
    check: 'magnitude',
    quantity: "Men's daytime testosterone, (70 y − 25 y) / 45 y",
    target: 'total testosterone −0.124 nmol/L per year (longitudinal, age-invariant)',
    tolerance: '−0.19 to −0.06 nmol/L per year',
    source: HARMAN,
    unit: 'nmol/L/yr',
    measure: () => {
      const young = dayTestosterone({});
      const old = dayTestosterone({ age: 70 });
      return young === null || old === null ? null : (old - young) / 45;
    },
    pass: between(-0.19, -0.06),
  },
  {
    id: 'SEXAGE-08a',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to Kelsey et al. 2014: the waking level is a design choice (REF-05) and the age slope is Harman’s.',
    check: 'magnitude',
    quantity: "Men's daytime testosterone at 40 y",
    target: 'normative mean 13.0 nmol/L at 40 y (2.5–97.5 % 6.6–25.3); 15.4 at 19 y',
    tolerance: '±20 % of 13.0: 10.4–15.6 nmol/L',
    source: KELSEY,
    unit: 'nmol/L',
    measure: () => dayTestosterone({ age: 40 }),
    pass: between(10.4, 15.6),
  },
  {
    id: 'SEXAGE-08b',
    kind: 'independent',
    kindReason:
      'No parameter was fitted to it; it flags the disagreement between the model’s slope (Harman) and Kelsey.',
    check: 'magnitude',
    expectedFailure: true,
    quantity: "Men's daytime testosterone, 70 y minus 40 y",
    target:
      'no fall of the mean after 40 y (Kelsey et al. 2014) — CONTRADICTS Harman et al. 2001 (−0.124 nmol/L per year), which the model follows',
    tolerance: 'within ±1.3 nmol/L (±10 % of 13.0)',
    source: `${KELSEY}; contra ${HARMAN}`,
    unit: 'nmol/L',
    measure: () => {
      const a = dayTestosterone({ age: 40 });
      const b = dayTestosterone({ age: 70 });
      return a === null || b === null ? null : b - a;
    },
    pass: between(-1.3, 1.3),
  },
  {
    id: 'SEXAGE-10',
    kind: 'independent',
    kindReason:
      'No parameter names SEXAGE-10; the waking level was set on young men’s usual morning range, not on this protocol.',
    check: 'magnitude',
    quantity:
      'Testosterone 14:00–22:00 after the 2nd of 3 nights of 10 h (22:00–08:00), young men (the rested arm of SEX-01)',
    target: 'rested 17.9 nmol/L at 14:00–22:00, vs 15.5 nmol/L after the 7th night of 5 h (secondary sources)',
    tolerance: '±20 %: 14.3–21.5 nmol/L',
    source: 'Leproult & Van Cauter 2011, JAMA 305:2173 (PMC4445839); values from secondary summaries [S]',
    unit: 'nmol/L',
    measure: () =>
      populationMean((seed) => {
        const long = Array.from({ length: 3 }, () => ({ bedtime: 22, tib_h: 10 }));
        const run = runTimeline('leproult-2011-10h', (p) => scheduleTimeline(p, long, 1), {}, seed);
        const from = nextClock(run, focalWindows(run.core.trajectory).wake, 14);
        return from === null ? null : meanOver(seriesOf(run, 'testosterone'), from, from + 8 * H);
      }),
    pass: between(14.3, 21.5),
  },
  {
    id: 'SEXAGE-11',
    kind: 'independent',
    kindReason: 'No parameter names SEXAGE-11; the sleep-drive constants come from Luboshitzky 1999/2001.',
    check: 'magnitude',
    quantity:
      'Daytime testosterone (wake + 1 h to + 15 h) after the 5th of 5 nights of 4 h (01:00–05:00) vs 5 nights of 9 h (22:00–07:00), young men',
    target:
      'no sleep × time effect: change habitual +22.9 ± 163.8 ng/dL, restricted +43.7 ± 160.0 ng/dL (P = .41), i.e. ≈ +0.7 nmol/L with a 95 % CI near ±6 nmol/L; bounds SEX-01 (Leproult: −10 to −15 %) from the other side',
    tolerance: '−20 to +20 % (no fall larger than 20 %)',
    source:
      'RCT in young men, 5 nights of 4 h vs 9 h TIB, n 14 (abstract: "Sleep restriction and testosterone concentrations in young healthy males: randomized controlled studies of acute and chronic short sleep") [R authors/journal]',
    unit: '%',
    measure: () =>
      populationMean((seed) => {
        const nights = (bedtime: number, tib_h: number) => Array.from({ length: 5 }, () => ({ bedtime, tib_h }));
        const read = (run: TimelineRun) => run.result.metrics.testosteroneNextDay ?? null;
        const short = read(runTimeline('sexage-4h-x5', (p) => scheduleTimeline(p, nights(1, 4), 4), {}, seed));
        const long = read(runTimeline('sexage-9h-x5', (p) => scheduleTimeline(p, nights(22, 9), 4), {}, seed));
        return short === null || long === null || long <= 0 ? null : (100 * (short - long)) / long;
      }),
    pass: between(-20, 20),
  },
];

/** Phase windows of a 28-day cycle (days on the cycle's continuous clock; LH peak on day 14). */
const PHASES = { follicular: [0, 12], ovulation: [12, 15], luteal: [15, 28] } as const;

/**
 * Mean of an ovarian series by phase over a whole cycle, from two runs of a 25-year-old woman
 * (focal nights on cycle days 14 and 28: with the 14-day run-in each run covers half a cycle).
 */
function phaseMeans(id: 'estradiol' | 'progesterone'): Record<keyof typeof PHASES, number> | null {
  const sum = { follicular: 0, ovulation: 0, luteal: 0 };
  const n = { follicular: 0, ovulation: 0, luteal: 0 };
  for (const day of [14, 28]) {
    const run = runScenario('baseline', { sex: 'female', menstrualCycleDay: day });
    const x = seriesOf(run, id);
    // The last 14 days before the focal lights-off: exactly half a cycle per run.
    const from = run.timeline.focus.lightsOff - 14 * 24 * H;
    for (let i = Math.max(0, from); i < run.timeline.focus.lightsOff; i++) {
      const t = cycleTime_d(day, DEFAULT_VALUES.runInDays, i * EPOCH_H);
      const phase = t < PHASES.follicular[1] ? 'follicular' : t < PHASES.ovulation[1] ? 'ovulation' : 'luteal';
      sum[phase] += x[i]!;
      n[phase]++;
    }
  }
  if (n.follicular === 0 || n.ovulation === 0 || n.luteal === 0) return null;
  return {
    follicular: sum.follicular / n.follicular,
    ovulation: sum.ovulation / n.ovulation,
    luteal: sum.luteal / n.luteal,
  };
}

/** Largest |model/median − 1| over the phases, in % (all within the band ⇔ ≤ the band). */
function worstPhaseError(
  means: Record<keyof typeof PHASES, number> | null,
  medians: Record<keyof typeof PHASES, number>,
) {
  if (means === null) return null;
  let worst = 0;
  for (const k of Object.keys(PHASES) as (keyof typeof PHASES)[]) {
    const e = 100 * (means[k] / medians[k] - 1);
    if (Math.abs(e) > Math.abs(worst)) worst = e;
  }
  return worst;
}

const ANCKAERT =
  'Anckaert et al. 2021, Pract Lab Med 25:e00211 (85 women 18–37 y, one natural cycle, Elecsys; PMID 33869706)';

const ovarian: ValidationRow[] = [
  {
    id: 'SEXAGE-14',
    kind: 'calibrated',
    kindReason:
      'estradiolFollicular/Preovulatory/MidLuteal_pmolPerL were set from these medians (their citations name SEXAGE-14).',
    check: 'magnitude',
    quantity:
      'Estradiol by phase of a 28-day cycle (follicular days 1–12, ovulation 13–15, luteal 16–28), woman of 25 y: the largest relative error against the phase medians',
    target: 'median (5–95 %) follicular 198 (114–332), ovulation 757 (222–1959), luteal 412 (222–854) pmol/L',
    tolerance: 'every phase within ±25 % of its median',
    source: ANCKAERT,
    unit: '% (worst phase)',
    measure: () => worstPhaseError(phaseMeans('estradiol'), { follicular: 198, ovulation: 757, luteal: 412 }),
    pass: between(-25, 25),
  },
  {
    id: 'SEXAGE-15',
    kind: 'calibrated',
    kindReason:
      'progesteroneFollicular/MidLuteal_nmolPerL were set from the follicular and luteal medians (their citations name SEXAGE-15).',
    check: 'magnitude',
    quantity:
      'Progesterone by phase of a 28-day cycle, woman of 25 y: luteal mean ÷ luteal median, with follicular and ovulation means inside their 5–95 % ranges (else reported as 0)',
    target:
      'median (5–95 %) follicular 0.212 (0.159–0.616), ovulation 1.81 (0.175–13.2), luteal 28.8 (13.1–46.3) nmol/L',
    tolerance: 'luteal 0.75–1.25 × 28.8 nmol/L; follicular and ovulation within their 5–95 % ranges',
    source: ANCKAERT,
    unit: 'ratio',
    measure: () => {
      const m = phaseMeans('progesterone');
      if (m === null) return null;
      const inRange = m.follicular >= 0.159 && m.follicular <= 0.616 && m.ovulation >= 0.175 && m.ovulation <= 13.2;
      return inRange ? m.luteal / 28.8 : 0;
    },
    pass: between(0.75, 1.25),
  },
  {
    id: 'SEXAGE-16',
    kind: 'echo',
    kindReason:
      'Returns estradiolMale_pmolPerL and estradiolPostmenopausal_pmolPerL, levels chosen inside the reference intervals of the row’s own source.',
    check: 'magnitude',
    quantity:
      'Estradiol next day: man of 25 y, and woman of 65 y (postmenopausal); reported as the man’s value, negative if the woman’s is outside her interval',
    target: 'LC-MS/MS reference intervals: men 12–136 pmol/L; postmenopausal women < 26 pmol/L',
    tolerance: 'man 12–136 pmol/L and postmenopausal woman < 26 pmol/L',
    source: 'Verdonk, Vesper, Martens, Sluss, Hillebrand & Heijboer 2019, Clin Chim Acta 495:198',
    unit: 'pmol/L',
    measure: () => {
      const man = scenarioMean('baseline', 'estradiolNextDay');
      const woman = scenarioMean('baseline', 'estradiolNextDay', { sex: 'female', age: 65 });
      return man === null || woman === null ? null : woman < 26 ? man : -man;
    },
    pass: between(12, 136),
  },
];

// ── DLMO under evening light: the e-reader protocol ────────────────────────
/** Illuminance at the eye of the light-emitting e-reader (iPad at full brightness) [R]: see LIGHT-04. */
const EREADER_LUX = 31.7;
/** Dim ambient light of every reading session (Chang et al. 2015, Fig. 1 legend). */
const CHANG_DIM_LUX = 3;
/** Typical room light of the rest of the inpatient day (Chang et al. 2015, Fig. 1 legend). */
const CHANG_ROOM_LUX = 90;

/**
 * DLMO (clock h, read from the dim-light melatonin) on the evening after 5 evenings of 4 h of
 * reading before a 22:00–06:00 sleep in darkness, at `readingLux` during reading; the rest of
 * every day (run-in included) in 90-lux room light, the 6th evening in dim light.
 */
const changDlmo = (readingLux: number): number | null =>
  populationMean((seed) => {
    const schedule = Array.from({ length: 6 }, () => ({ bedtime: 22, tib_h: 8 }));
    const run = runTimeline(
      `chang-2015:${readingLux}`,
      (p) =>
        scheduleTimeline(p, schedule, 5, (tl, nights) => {
          for (let j = 0; j < 6; j++) {
            const n = nights[p.runInDays + j]!;
            tl.light(n.off_h - 4, n.off_h, j < 5 ? readingLux : CHANG_DIM_LUX);
          }
        }),
      { habitualBedtime: 22, habitualTimeInBed_h: 8, dayLight_lux: CHANG_ROOM_LUX, eveningLight_lux: CHANG_ROOM_LUX },
      seed,
    );
    return run.result.metrics.dlmo_clock_h ?? null;
  });

const light: ValidationRow[] = [
  {
    id: 'LIGHT-04',
    kind: 'independent',
    kindReason:
      'No parameter names LIGHT-04; the light constants of the pacemaker come from Forger/Jewett/Skeldon, nothing was fitted to an e-reader.',
    check: 'magnitude',
    expectedFailure: true,
    quantity:
      'DLMO after 5 evenings of 4 h reading a light-emitting e-reader (≈ 31.7 lux at the eye, in 3-lux dim light) minus after a printed book (3 lux); sleep 22:00–06:00 in darkness, 90-lux room light otherwise',
    target:
      'melatonin onset delayed ≈ 1.5 h (> 90 min) by the e-reader vs the printed book (12 young adults, crossover); magnitude from secondary summaries [S]',
    tolerance: 'delay 1.0–2.0 h',
    source:
      'Chang, Aeschbach, Duffy & Czeisler 2015, PNAS 112:1232 (PMC4313820; protocol and light levels from the Fig. 1 legend; device illuminance 31.7 lux recalled from the Methods [R], magnitude [S])',
    unit: 'h',
    // Fails: the model delays DLMO by ≈ 0.7 h. Its light input is photopic lux with no spectral
    // weighting, while the e-reader's light is short-wavelength enriched (the paper's point): per
    // lux it drives the melanopsin system harder than the white light the constants were fitted to.
    // Spectral weighting alone does not close the gap (measured in issue 13, round 2, by scaling
    // the reader's lux as a melanopic weight would, CIE S 026 melanopic EDI): × 1.6 gives 0.84 h,
    // × 2 0.93 h, × 3 1.09 h, × 5 1.28 h. A D65-like display against the cool-white fluorescent
    // light of the pacemaker's fits is worth ≈ × 1.5–2 (melanopic daylight efficacy ratios: D65
    // 1 by definition, cool-white fluorescent ≈ 0.5–0.6 [R]), so a melanopic factor on light events
    // would reach ≈ 0.9 h, not 1.5 h; the model's response to ≈ 30 lux in the evening is too weak
    // (the Forger/Jewett/Skeldon constants, not fitted to dim light). Not added: it would not fix
    // the row, and the factor for a given screen would itself be a guess here.
    measure: () => {
      const reader = changDlmo(CHANG_DIM_LUX + EREADER_LUX);
      const book = changDlmo(CHANG_DIM_LUX);
      return reader === null || book === null ? null : reader - book;
    },
    pass: between(1, 2),
  },
];

export const SEXAGE_ROWS: ValidationRow[] = [...sws, ...period, ...clock, ...testosterone, ...ovarian, ...light];
