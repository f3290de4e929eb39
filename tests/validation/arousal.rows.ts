/**
 * Validation rows of the arousal system of the core (issue 13): caffeine's separate channels on
 * sleep (CAFSL), pressure- and phase-dependent awakenings in recovery sleep (RECOV), and light
 * during sleep (LIGHT). Populations are the mean over POPULATION_SEEDS.
 *
 * Over 400 lines because it is one table of rows, each with its protocol and source.
 *
 * The "typical" caffeine scenario of Gardiner et al. 2023 (pooled over 100–400 mg and 0–8 h
 * before bed) is tested on the lab's default comparison: 200 mg 4 h before a 23:00 bedtime
 * (scenario `evening-caffeine`) against the baseline night — a strong coffee in the early
 * evening, inside the pooled doses and timings.
 */
import type { ValidationRow } from './row';
import { populationMean, runScenario, runTimeline, scenarioMean, type TimelineRun } from './runs';
import { scheduleTimeline } from './protocols';
import { EPOCHS_PER_HOUR, STAGE_CODE } from '../../shared/model/result';
import { compileProtocol } from '../../shared/model/protocol';
import type { ProtocolEvent } from '../../shared/model/protocolEvents';
import type { ParameterOverrides } from '../../shared/model/parameters';

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;
const above =
  (lo: number) =>
  (v: number | null): boolean =>
    v !== null && v > lo;

const GARDINER =
  'Gardiner, Weakley, Burke, Roach, Sargent, Maniar, Townshend & Halson 2023, Sleep Med Rev 69:101764 (abstract; pooled over 24 studies)';
const CAFFEINE_TYPICAL = 'evening-caffeine (200 mg 4 h before 23:00) − baseline';

/** Minutes of a stage in the focal night, from the % of TST. */
const stageMin = (m: Record<string, number | null>, pct: string): number | null => {
  const p = m[pct];
  const t = m.totalSleepTime_min;
  return p === null || p === undefined || t === null || t === undefined ? null : (p * t) / 100;
};

/** Population-mean difference of a metric (or a derived value) between two scenario set-ups. */
function diff(
  value: (run: TimelineRun) => number | null,
  a: { scenario: string; overrides?: ParameterOverrides },
  b: { scenario: string; overrides?: ParameterOverrides } = { scenario: 'baseline' },
): number | null {
  const x = populationMean((s) => value(runScenario(a.scenario, a.overrides ?? {}, s)));
  const y = populationMean((s) => value(runScenario(b.scenario, b.overrides ?? {}, s)));
  return x === null || y === null ? null : x - y;
}
const metric = (k: string) => (r: TimelineRun) => r.result.metrics[k] ?? null;
const stage = (pct: string) => (r: TimelineRun) => stageMin(r.result.metrics, pct);
const TYPICAL = { scenario: 'evening-caffeine' };
const dose = (mg: number, h: number) => ({
  scenario: 'baseline',
  overrides: { caffeine_mg: mg, caffeineHoursBeforeBed: h },
});

// ── caffeine and sleep ──────────────────────────────────────────────────────
const cafsl: ValidationRow[] = [
  {
    id: 'CAFSL-01',
    kind: 'calibrated',
    kindReason:
      'caffeineAwakeningGain and caffeineOnsetShare were chosen with this row and CAFSL-03/04 in view (their citations name CAFSL-03/04); TST is their sum.',
    check: 'magnitude',
    quantity: `Δ total sleep time, ${CAFFEINE_TYPICAL}`,
    target: '−45 min (pooled, mixed doses and timings)',
    tolerance: '−65 to −25 min',
    source: GARDINER,
    unit: 'min',
    measure: () => diff(metric('totalSleepTime_min'), TYPICAL),
    pass: between(-65, -25),
  },
  {
    id: 'CAFSL-02',
    kind: 'calibrated',
    kindReason: 'Sleep efficiency is TST over a fixed 8 h in bed, so it follows the fit of CAFSL-01.',
    check: 'magnitude',
    quantity: `Δ sleep efficiency, ${CAFFEINE_TYPICAL}`,
    target: '−7 % (pooled)',
    tolerance: '−11 to −3 points',
    source: GARDINER,
    unit: 'points',
    measure: () => diff(metric('sleepEfficiency_pct'), TYPICAL),
    pass: between(-11, -3),
  },
  {
    id: 'CAFSL-03',
    kind: 'calibrated',
    kindReason: 'caffeineOnsetShare was set from this row (its citation names CAFSL-03).',
    check: 'magnitude',
    quantity: `Δ sleep-onset latency, ${CAFFEINE_TYPICAL}`,
    target: '+9 min (pooled)',
    tolerance: '+4 to +15 min',
    source: GARDINER,
    unit: 'min',
    measure: () => diff(metric('sleepOnsetLatency_min'), TYPICAL),
    pass: between(4, 15),
  },
  {
    id: 'CAFSL-04',
    kind: 'calibrated',
    kindReason: 'caffeineAwakeningGain was set from this row (its citation names CAFSL-04).',
    check: 'magnitude',
    quantity: `Δ wake after sleep onset, ${CAFFEINE_TYPICAL}`,
    target: '+12 min (pooled)',
    tolerance: '+5 to +20 min',
    source: GARDINER,
    unit: 'min',
    measure: () => diff(metric('waso_min'), TYPICAL),
    pass: between(5, 20),
  },
  {
    id: 'CAFSL-05',
    kind: 'independent',
    kindReason:
      'No parameter was fitted to N1; it follows from the awakenings caffeine adds (each resumes through N1).',
    check: 'magnitude',
    quantity: `Δ N1 minutes, ${CAFFEINE_TYPICAL}`,
    target: '+6.1 min (+1.7 % of TST, pooled)',
    tolerance: '+2 to +10 min',
    source: GARDINER,
    unit: 'min',
    measure: () => diff(stage('n1_pct'), TYPICAL),
    pass: between(2, 10),
  },
  {
    id: 'CAFSL-06',
    kind: 'calibrated',
    kindReason: 'caffeineSwaShare was set from this row (its citation names CAFSL-06).',
    check: 'magnitude',
    quantity: `Δ N3 minutes, ${CAFFEINE_TYPICAL}`,
    target: '−11.4 min (−1.4 % of TST, pooled)',
    tolerance: '−18 to −5 min',
    source: GARDINER,
    unit: 'min',
    measure: () => diff(stage('n3_pct'), TYPICAL),
    pass: between(-18, -5),
  },
  {
    id: 'CAFSL-07',
    kind: 'independent',
    kindReason: 'No parameter was fitted to the cut-off time; the channel gains were set on the 200 mg / 4 h night.',
    check: 'magnitude',
    quantity: 'Δ total sleep time after a coffee (107 mg) taken 8.8 h before bed (the published cut-off: loss ≈ 0)',
    target: 'TST loss reaches 0 at ≥ 8.8 h before bedtime for 107 mg',
    tolerance: 'ΔTST between −12 and +10 min (≈ 0 within the seed noise of ±10 min)',
    source: `${GARDINER}: coffee (107 mg per 250 mL) ≥ 8.8 h before bedtime`,
    unit: 'min',
    measure: () => diff(metric('totalSleepTime_min'), dose(107, 8.8)),
    pass: between(-12, 10),
  },
  {
    id: 'CAFSL-08',
    kind: 'independent',
    kindReason:
      "No new parameter was fitted to it (a1ShareOfDrive's citation names Drake 2013, but caffeine's sleep effect now runs through caffeineOnsetShare/AwakeningGain/SwaShare, set on the 200 mg night); reported negative unless loss(0 h) ≥ loss(3 h) ≥ loss(6 h).",
    check: 'magnitude',
    quantity: 'TST loss (min) after 400 mg taken 6 h before bed; negative if the losses at 0, 3, 6 h are not ordered',
    target: 'all three timings disturb sleep; even at 6 h TST falls by > 1 h (secondary); ordering 0 ≥ 3 ≥ 6 h',
    tolerance: 'loss at 6 h 30–90 min and ordered',
    source:
      'Drake, Roehrs, Shambroom & Roth 2013, J Clin Sleep Med 9:1195 (PMC3805807, abstract: all timings significant); magnitude from a secondary summary (TARGETS-v2 CAFSL-08, S)',
    unit: 'min',
    measure: () => {
      const loss = (h: number) => {
        const d = diff(metric('totalSleepTime_min'), dose(400, h));
        return d === null ? null : -d;
      };
      const l0 = loss(0);
      const l3 = loss(3);
      const l6 = loss(6);
      if (l0 === null || l3 === null || l6 === null) return null;
      return l0 >= l3 && l3 >= l6 ? l6 : -Math.abs(l6);
    },
    pass: between(30, 90),
  },
  {
    id: 'CAFSL-09',
    kind: 'independent',
    kindReason:
      'A count of directions over the typical night; the gains were fitted on magnitudes, not on these signs (N1 is not fitted).',
    check: 'direction',
    quantity: `Number of the 7 published directions met (${CAFFEINE_TYPICAL}): SOL ↑, TST ↓, SE ↓, first-cycle SWA ↓, N3 ↓, N1 ↑, WASO ↑`,
    target: 'caffeine prolongs SOL, reduces TST, SE, SWS and SWA, and increases stage 1 and wake',
    tolerance: 'all 7',
    source: 'Clark & Landolt 2017, Sleep Med Rev 31:70 (PMID 26899133, abstract)',
    publishedMagnitude: 'none in the review (see CAFSL-01…06 for the pooled sizes)',
    unit: 'of 7',
    measure: () => {
      const d = (f: (r: TimelineRun) => number | null) => diff(f, TYPICAL);
      const signs = [
        d(metric('sleepOnsetLatency_min')),
        d(metric('totalSleepTime_min')),
        d(metric('sleepEfficiency_pct')),
        d(metric('swaFirstCycle')),
        d(stage('n3_pct')),
        d(stage('n1_pct')),
        d(metric('waso_min')),
      ];
      if (signs.some((x) => x === null)) return null;
      const want = [1, -1, -1, -1, -1, 1, 1];
      return signs.filter((x, i) => Math.sign(x!) === want[i]).length;
    },
    pass: (v) => v === 7,
  },
  {
    id: 'CAFSL-10',
    kind: 'independent',
    kindReason: 'The gains were set on the 200 mg / 4 h night; this 6 h night was not fitted.',
    check: 'magnitude',
    quantity:
      'Caffeine 200 mg 6 h before bed vs none: ΔTST (min); reported as 0 unless ΔSOL ≤ 20 min, ΔWASO > 0 and ΔN3 < 0',
    target: 'TST −45 min, SOL +9, WASO +12, N3 −11.4 (pooled); the issue-13 acceptance band',
    tolerance: 'ΔTST −75 to −15 min, with ΔSOL ≤ 20, ΔWASO > 0, ΔN3 < 0',
    source: `${GARDINER}; acceptance of issue 13`,
    unit: 'min',
    measure: () => {
      const six = dose(200, 6);
      const tst = diff(metric('totalSleepTime_min'), six);
      const sol = diff(metric('sleepOnsetLatency_min'), six);
      const waso = diff(metric('waso_min'), six);
      const n3 = diff(stage('n3_pct'), six);
      if (tst === null || sol === null || waso === null || n3 === null) return null;
      return sol <= 20 && waso > 0 && n3 < 0 ? tst : 0;
    },
    pass: between(-75, -15),
  },
];

// ── recovery ────────────────────────────────────────────────────────────────
/** Minutes asleep in [from_h, to_h) of a run (hours since the timeline start). */
const sleepMinutes = (r: TimelineRun, from_h: number, to_h: number): number => {
  const st = r.result.stage;
  let n = 0;
  const a = Math.round(from_h * EPOCHS_PER_HOUR);
  const b = Math.min(st.length, Math.round(to_h * EPOCHS_PER_HOUR));
  for (let i = a; i < b; i++) if (st[i] !== 0) n++;
  return (n * 60) / EPOCHS_PER_HOUR;
};

/**
 * Rosenthal et al. 1991: after 0, 24 or 48 h awake (from 08:00), 24 h in bed in darkness from
 * 08:00. Returns the run and the bed start (hours since the timeline start).
 */
function rosenthal(hoursAwake: 0 | 24 | 48, seed: number): { run: TimelineRun; bed_h: number } {
  const nights = hoursAwake / 24;
  let bed_h = 0;
  const run = runTimeline(
    `rosenthal:${hoursAwake}`,
    (p) => {
      const schedule = [
        ...(nights === 0
          ? [{ bedtime: 23, tib_h: 8 }]
          : Array.from({ length: nights }, () => ({ bedtime: 23, tib_h: 0 }))),
        // Two nights awake after the recovery day only stretch the timeline past the 24 h in bed.
        { bedtime: 23, tib_h: 0 },
        { bedtime: 23, tib_h: 0 },
      ];
      return scheduleTimeline(p, schedule, 0, (tl, all) => {
        const last = all[all.length - 3]!;
        bed_h = last.off_h + 9; // 08:00 after the last night of the protocol
        tl.bed(bed_h, bed_h + 24);
        tl.light(bed_h, bed_h + 24, 0);
      });
    },
    {},
    seed,
  );
  // The builder runs only on a cache miss: recompute the bed start from the timeline.
  const p = run.timeline;
  const inBed = p.inBed;
  let first = -1;
  for (let i = inBed.length - 1; i > 0; i--)
    if (inBed[i] === 1 && inBed[i - 1] === 0) {
      first = i;
      break;
    }
  bed_h = first / EPOCHS_PER_HOUR;
  return { run, bed_h };
}

const rosenthalShare = (hoursAwake: 24 | 48): number | null => {
  const base = scenarioMean('baseline', 'totalSleepTime_min');
  const ctl = populationMean((s) => {
    const { run, bed_h } = rosenthal(0, s);
    return sleepMinutes(run, bed_h, bed_h + 24);
  });
  const sd = populationMean((s) => {
    const { run, bed_h } = rosenthal(hoursAwake, s);
    return sleepMinutes(run, bed_h, bed_h + 24);
  });
  if (base === null || ctl === null || sd === null) return null;
  return (100 * (sd - ctl)) / ((hoursAwake / 24) * base);
};

/** Yamazaki et al. 2021: 36 h awake, then four 12-h recovery nights (22:00–10:00). */
const yamazaki = (focal: number, seed: number): TimelineRun =>
  runTimeline(
    `yamazaki-focal${focal}`,
    (p) =>
      scheduleTimeline(
        p,
        [{ bedtime: 23, tib_h: 0 }, ...Array.from({ length: 4 }, () => ({ bedtime: 22, tib_h: 12 }))],
        focal,
      ),
    {},
    seed,
  );

/**
 * Klerman & Dijk 2008: 16 h of sleep opportunity a day (12 h at night, 4 h in the afternoon) for
 * KLERMAN_DAYS days. The abstract gives the durations only; the clock times are assumed here:
 * 21:00–09:00 (centred on the habitual 03:00 mid-sleep) and 13:00–17:00.
 */
const KLERMAN_DAYS = 7;
const klerman = (age: number, seed: number): TimelineRun =>
  runTimeline(
    `klerman:${KLERMAN_DAYS}`,
    (p) =>
      scheduleTimeline(
        p,
        Array.from({ length: KLERMAN_DAYS }, () => ({ bedtime: 21, tib_h: 12 })),
        KLERMAN_DAYS - 1,
        (tl, nights) => {
          for (let k = nights.length - KLERMAN_DAYS; k < nights.length; k++) {
            const nap = nights[k]!.off_h + 16;
            tl.bed(nap, nap + 4);
            tl.light(nap, nap + 4, 0);
          }
        },
      ),
    { age },
    seed,
  );
/** Daily sleep (h) on day `k` (0-based) of the extended opportunity, population mean. */
const klermanDay = (age: number, k: number): number | null =>
  populationMean((s) => {
    const r = klerman(age, s);
    const off = r.timeline.focus.lightsOff / EPOCHS_PER_HOUR - 24 * (KLERMAN_DAYS - 1 - k);
    return (sleepMinutes(r, off, off + 12) + sleepMinutes(r, off + 16, off + 20)) / 60;
  });
/** Mean daily sleep (h) over days 5–7 of the extended opportunity (the study's asymptote, days 3–7). */
const klermanAsymptote = (age: number): number | null => {
  const days = [KLERMAN_DAYS - 3, KLERMAN_DAYS - 2, KLERMAN_DAYS - 1].map((k) => klermanDay(age, k));
  let total = 0;
  for (const d of days) {
    if (d === null) return null;
    total += d;
  }
  return total / days.length;
};

const recov: ValidationRow[] = [
  {
    id: 'RECOV-01',
    kind: 'calibrated',
    kindReason: 'debtWakeThresholdShift was set from this row and RECOV-02 (its citation names them).',
    check: 'magnitude',
    quantity: 'Total sleep with 20 h in bed from 19:00 after 36 h awake (phase-advanced recovery)',
    target: 'recovery sleep lasted > 12 h in all 9 subjects',
    tolerance: '≥ 11 h (population mean)',
    source: 'Dijk, Brunner & Borbély 1990, Am J Physiol 258:R650 (PMID 2316712, abstract)',
    unit: 'h',
    measure: () =>
      populationMean((s) => {
        const m = runTimeline(
          'dijk1990',
          (p) =>
            scheduleTimeline(
              p,
              [
                { bedtime: 23, tib_h: 0 },
                { bedtime: 19, tib_h: 20 },
              ],
              1,
            ),
          {},
          s,
        ).result.metrics.totalSleepTime_min;
        return m === null || m === undefined ? null : m / 60;
      }),
    pass: (v) => v !== null && v >= 11,
  },
  {
    id: 'RECOV-06',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to sleep capacity under a 16-h daily opportunity (clock times assumed, see klerman()).',
    check: 'magnitude',
    quantity: 'Asymptotic total daily sleep (mean of days 5–7) with 12 h at night + 4 h in the afternoon, 25-year-old',
    target: 'younger 8.9 ± 0.4 h (SEM), 35 subjects 18–32 y',
    tolerance: '8.1–9.7 h (± 2 SEM)',
    source: 'Klerman & Dijk 2008, Curr Biol 18:1118, PMC2582347 (abstract)',
    unit: 'h',
    measure: () => klermanAsymptote(25),
    pass: between(8.1, 9.7),
  },
  {
    id: 'RECOV-06b',
    kind: 'independent',
    kindReason: 'As RECOV-06; the age factors were set on other rows (AGE-*), not on sleep capacity.',
    check: 'magnitude',
    quantity: 'Asymptotic total daily sleep, 25-year-old − 68-year-old (as RECOV-06)',
    target: 'older 7.4 ± 0.4 h vs younger 8.9 ± 0.4 h: 1.5 h less',
    tolerance: '0.7–2.3 h',
    source: 'Klerman & Dijk 2008, Curr Biol 18:1118, PMC2582347 (abstract)',
    unit: 'h',
    measure: () => {
      const y = klermanAsymptote(25);
      const o = klermanAsymptote(68);
      return y === null || o === null ? null : y - o;
    },
    pass: between(0.7, 2.3),
  },
  {
    id: 'RECOV-02',
    kind: 'calibrated',
    kindReason: 'debtWakeThresholdShift was set from this row and RECOV-01 (its citation names them).',
    check: 'magnitude',
    quantity:
      'Share of the sleep lost in 24 h awake recovered in 24 h in bed from 08:00: (sleep after 24 h awake − sleep after a normal night) ÷ a baseline night',
    target: '72 % (24 h awake)',
    tolerance: '57–87 % (± 15 points)',
    source: 'Rosenthal, Merlotti, Roehrs & Roth 1991, Sleep 14:448 (PMID 1759097, abstract)',
    unit: '%',
    measure: () => rosenthalShare(24),
    pass: between(57, 87),
  },
  {
    id: 'RECOV-02b',
    kind: 'independent',
    kindReason:
      'As RECOV-02, after 48 h awake; debtWakeThresholdShift was set on the 24-h condition and RECOV-01, not on this one.',
    check: 'magnitude',
    quantity:
      'Share of the sleep lost in 48 h awake recovered in 24 h in bed from 08:00 (as RECOV-02, ÷ two baseline nights)',
    target: '42 % (48 h awake)',
    tolerance: '27–57 % (± 15 points)',
    source: 'Rosenthal, Merlotti, Roehrs & Roth 1991, Sleep 14:448 (PMID 1759097, abstract)',
    unit: '%',
    // ≈ 25 % in the model (26 % before the daytime-opportunity change), under the band: after 48 h
    // awake the debt postpones the first final awakening, but the second half of the 24 h (the
    // next biological day) stays short. The daytime drop of the onset threshold does not reach it:
    // it acts only until the first bout of a time in bed ends, and the recovery sleep is that bout.
    // Letting it act again after a final awakening lets the rested control doze all afternoon
    // (RECOV-02 51 %, measured).
    expectedFailure: true,
    measure: () => rosenthalShare(48),
    pass: between(27, 57),
  },
  {
    id: 'RECOV-05',
    kind: 'independent',
    kindReason: 'Nothing was fitted to multi-night recovery with 12 h in bed.',
    check: 'direction',
    quantity:
      'Sleep efficiency of recovery night 1 − night 4 (12 h in bed 22:00–10:00 after 36 h awake); reported negative unless TST of night 1 also exceeds night 4',
    target: 'R1 recovery sleep longer and of higher efficiency than R4',
    tolerance: '> 0 points',
    source: 'Yamazaki et al. 2021, Sleep 44(4):zsaa224, PMC8274462 (abstract)',
    publishedMagnitude: 'not in the abstract',
    unit: 'points',
    measure: () => {
      const m = (focal: number, k: string) => populationMean((s) => yamazaki(focal, s).result.metrics[k] ?? null);
      const se1 = m(1, 'sleepEfficiency_pct');
      const se4 = m(4, 'sleepEfficiency_pct');
      const t1 = m(1, 'totalSleepTime_min');
      const t4 = m(4, 'totalSleepTime_min');
      if (se1 === null || se4 === null || t1 === null || t4 === null) return null;
      return t1 > t4 ? se1 - se4 : -Math.abs(se1 - se4);
    },
    pass: above(0),
  },
  {
    id: 'RECOV-07',
    kind: 'independent',
    kindReason: 'Nothing was fitted to the night-by-night course under an extended opportunity.',
    check: 'direction',
    quantity:
      'Daily sleep above its plateau (mean of days 5–7) on day 2 of a 16-h daily opportunity (as RECOV-06); reported negative unless day 1 exceeds day 2',
    target: 'TST declines across nights; several nights needed to reach steady state',
    tolerance: '> 0 h (day 1 > day 2 > plateau: ≥ 3 nights to the plateau)',
    source:
      'Klerman, Barbato, Czeisler & Wehr 2021, Front Physiol 12:792942, PMC8727775 (abstract); protocol of Klerman & Dijk 2008',
    publishedMagnitude: 'not in the abstract (large night-to-night variation at steady state)',
    unit: 'h',
    measure: () => {
      const d1 = klermanDay(25, 0);
      const d2 = klermanDay(25, 1);
      const plateau = klermanAsymptote(25);
      if (d1 === null || d2 === null || plateau === null) return null;
      return d1 > d2 ? d2 - plateau : -Math.abs(d2 - plateau);
    },
    pass: above(0),
  },
  {
    id: 'RECOV-08',
    kind: 'calibrated',
    kindReason: 'awakeningDepthExponent was set from this row (its citation names RECOV-08).',
    check: 'direction',
    quantity:
      'WASO of the 8-h recovery night after one night awake − baseline WASO (min); reported positive (+ 100) unless recovery sleep efficiency ≥ baseline',
    target: 'recovery sleep is consolidated: fewer awakenings, higher efficiency than baseline',
    tolerance: '< 0 min',
    source:
      'Yamazaki et al. 2021, Sleep 44(4), PMC8274462 (R1 after 36 h TSD longer and more efficient); Rosenthal et al. 1991, Sleep 14:448 (most recovery sleep in the first hours)',
    publishedMagnitude: 'not in the abstracts read',
    unit: 'min',
    measure: () => {
      const w = scenarioMean('recovery-after-deprivation', 'waso_min');
      const wb = scenarioMean('baseline', 'waso_min');
      const se = scenarioMean('recovery-after-deprivation', 'sleepEfficiency_pct');
      const seb = scenarioMean('baseline', 'sleepEfficiency_pct');
      if (w === null || wb === null || se === null || seb === null) return null;
      return se >= seb ? w - wb : Math.abs(w - wb) + 100;
    },
    pass: (v) => v !== null && v < 0,
  },
];

// ── light during sleep ──────────────────────────────────────────────────────
/** Cho et al.: dark run-in, then one night (23:00–07:00) with `lux` in the bedroom all night. */
const lightNight = (lux: number, seed: number): TimelineRun =>
  runTimeline(
    `night-light:${lux}`,
    (p) =>
      scheduleTimeline(p, [{ bedtime: 23, tib_h: 8 }], 0, (tl, nights) => {
        const n = nights[nights.length - 1]!;
        if (lux > 0) tl.light(n.off_h, n.off_h + n.tib_h, lux);
      }),
    {},
    seed,
  );
const lightDiff = (lux: number, f: (r: TimelineRun) => number | null): number | null => {
  const a = populationMean((s) => f(lightNight(lux, s)));
  const b = populationMean((s) => f(lightNight(0, s)));
  return a === null || b === null ? null : a - b;
};

/** PMC5877069: 3 h of ~1000 lux (vs ~5 lux) before a 23:00 bedtime, one night. */
const eveningLight = (lux: number, seed: number): TimelineRun =>
  runTimeline(
    `evening-light:${lux}`,
    (p) =>
      scheduleTimeline(p, [{ bedtime: 23, tib_h: 8 }], 0, (tl, nights) => {
        const n = nights[nights.length - 1]!;
        tl.light(n.off_h - 3, n.off_h, lux);
      }),
    {},
    seed,
  );

const light: ValidationRow[] = [
  {
    id: 'LIGHT-01',
    kind: 'calibrated',
    kindReason:
      "lightArousalRate_perH was set with this row in view (its citation names LIGHT-01); lightSwaSuppression's size was kept inside its N2 direction.",
    check: 'direction',
    quantity:
      'Directions met (of 4) with 5 and 10 lux all night vs dark (one night): WASO ↑, N1 ↑, N2 ↓, REM ↑ (min); reported 0 unless the 5-vs-10 lux WASO difference is smaller than the dark-vs-light difference',
    target: 'WASO ↑, N1 ↑, N2 ↓, REM ↑; no 5 vs 10 lux difference',
    tolerance: 'all 4 at both levels',
    source: 'Cho, Lee, Yoon, Kang, Bok, Jung, Kim & Lee 2016, Chronobiol Int 33(1):117 (abstract)',
    publishedMagnitude:
      'F statistics only (WASO F = 7.27, N1 F = 4.52, N2 F = 9.49, REM F = 6.70); no minutes in the abstract',
    unit: 'of 4',
    // WASO, N1 and N2 move as published (+10, +12, −13 min at 5 lux), but REM falls (≈ −9 min):
    // light-driven arousals come 1.5× as often from REM as from N2 (the stage weights of the
    // brief awakenings) and each one postpones the REM episode. Nothing in the model raises REM,
    // and no published mechanism was found to add: the direction itself differs between studies
    // (REM ↑ at 5–10 lux in Cho et al. 2016/2018, REM ↓ at 100 lux in Mason et al. 2022, LIGHT-06),
    // so a REM-raising term tuned on this row would have to reverse above some intensity, a fit
    // with no data behind it. Kept as an expected failure.
    expectedFailure: true,
    measure: () => {
      let met = 4;
      for (const lux of [5, 10]) {
        const w = lightDiff(lux, metric('waso_min'));
        const n1 = lightDiff(lux, stage('n1_pct'));
        const n2 = lightDiff(lux, stage('n2_pct'));
        const rem = lightDiff(lux, stage('rem_pct'));
        if (w === null || n1 === null || n2 === null || rem === null) return null;
        met = Math.min(met, (w > 0 ? 1 : 0) + (n1 > 0 ? 1 : 0) + (n2 < 0 ? 1 : 0) + (rem > 0 ? 1 : 0));
      }
      const w5 = lightDiff(5, metric('waso_min'));
      const w10 = lightDiff(10, metric('waso_min'));
      if (w5 === null || w10 === null) return null;
      return Math.abs(w5 - w10) < Math.min(w5, w10) ? met : 0;
    },
    pass: (v) => v === 4,
  },
  {
    id: 'LIGHT-02',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to TST or SE under dim light; the arousal rate was set on the WASO direction (LIGHT-01).',
    check: 'direction',
    quantity: 'ΔTST (min) with 10 lux all night vs dark (one night); reported 0 unless SE falls and WASO rises',
    target: 'pooled men and women: TST ↓, SE ↓, WASO ↑',
    tolerance: '< 0 min',
    source: 'Cho et al. 2018, Psychiatry Investig 15(4), PMC5976009 (abstract)',
    publishedMagnitude: 'F statistics only (TST F = 14.97, SE F = 7.69, WASO F = 6.32)',
    unit: 'min',
    measure: () => {
      const t = lightDiff(10, metric('totalSleepTime_min'));
      const se = lightDiff(10, metric('sleepEfficiency_pct'));
      const w = lightDiff(10, metric('waso_min'));
      if (t === null || se === null || w === null) return null;
      return se < 0 && w > 0 ? t : 0;
    },
    pass: (v) => v !== null && v < 0,
  },
  {
    id: 'LIGHT-03',
    kind: 'calibrated',
    kindReason:
      "lightSwaSuppression was added on this row's source (Cho 2013: SWS and delta power fall), so any positive value passes its N3 and SWA directions; its size and the arousal rate were set with 5–10 lux in view (LIGHT-01).",
    check: 'direction',
    quantity:
      'ΔN3 (min) with a 40-lux bedside light all night vs dark (one night); reported 0 unless N1 rises and first-cycle SWA falls',
    target: 'lights on: N1 ↑, SWS ↓, arousals ↑, slow-oscillation and delta power ↓',
    tolerance: '< 0 min',
    source: 'Cho, Joo, Koo & Hong 2013, Sleep Med 14(12):1422 (PMID 24210607, abstract; 40 lux recalled, M)',
    publishedMagnitude: 'not in the abstract',
    unit: 'min',
    measure: () => {
      const n3 = lightDiff(40, stage('n3_pct'));
      const n1 = lightDiff(40, stage('n1_pct'));
      const swa = lightDiff(40, metric('swaFirstCycle'));
      if (n3 === null || n1 === null || swa === null) return null;
      return n1 > 0 && swa < 0 ? n3 : 0;
    },
    pass: (v) => v !== null && v < 0,
  },
  {
    id: 'LIGHT-05',
    kind: 'independent',
    kindReason: 'Nothing was fitted to evening light before bed.',
    check: 'direction',
    quantity:
      'ΔTST (min) after 3 h of 1000 lux vs 5 lux before a 23:00 bedtime (one night); reported 0 unless SE also falls',
    target: 'bright evening light ↓ SE and TST',
    tolerance: '< 0 min',
    source:
      'Intermittent vs continuous bright evening light, 15 volunteers, PMC5877069 (abstract) [authors not re-read]',
    publishedMagnitude: 'not in the abstract',
    unit: 'min',
    measure: () => {
      const f = (k: string) => {
        const a = populationMean((s) => eveningLight(1000, s).result.metrics[k] ?? null);
        const b = populationMean((s) => eveningLight(5, s).result.metrics[k] ?? null);
        return a === null || b === null ? null : a - b;
      };
      const t = f('totalSleepTime_min');
      const se = f('sleepEfficiency_pct');
      if (t === null || se === null) return null;
      return se < 0 ? t : 0;
    },
    pass: (v) => v !== null && v < 0,
  },
  {
    id: 'LIGHT-06',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to bright bedroom light: the arousal rate and lightSwaSuppression were set with 5–10 lux in view (LIGHT-01), the alerting size is a hypothesis (lightAlerting). Doubt: the N3 direction follows from lightSwaSuppression, whose direction cites Mason 2022 and Cho 2013; the SOL, WASO, N1, REM and N2-share conditions were not built in.',
    check: 'direction',
    quantity:
      'ΔN3 (min) with the bedroom light (nightLight_lux) at 100, 250 and 1000 lux on the default night vs dark, the largest of the three; reported +100 unless at each level SOL is not shortened (ΔSOL ≥ 0), WASO and N1 rise and REM falls, and at 100 lux N2 rises as a share of TST',
    target:
      'a lit bedroom does not improve sleep: more N1, arousals and wake, less SWS and REM (one night of 100 lux after a dark night: more N2, less SWS and REM)',
    tolerance: '< 0 min at every level, with the other directions met',
    source:
      'Mason, Grimaldi, Reid, Warlick, Malkani, Abbott & Zee 2022, PNAS 119(12):e2113290119 (PMC8944904, abstract: 100 lx vs < 3 lx); Cho, Joo, Koo & Hong 2013, Sleep Med 14:1422 (abstract: N1 ↑, SWS ↓, arousals ↑); issue 13 (the model had SOL 16 → 0 min at 250–1000 lux)',
    publishedMagnitude: 'not in the abstracts (Mason 2022 gives the N2/SWS/REM shifts as directions)',
    unit: 'min',
    measure: () => {
      let worst = -Infinity;
      for (const lux of [100, 250, 1000]) {
        const lit = { scenario: 'baseline', overrides: { nightLight_lux: lux } };
        const sol = diff(metric('sleepOnsetLatency_min'), lit);
        const waso = diff(metric('waso_min'), lit);
        const n1 = diff(stage('n1_pct'), lit);
        const rem = diff(stage('rem_pct'), lit);
        const n3 = diff(stage('n3_pct'), lit);
        if (sol === null || waso === null || n1 === null || rem === null || n3 === null) return null;
        if (!(sol >= 0 && waso > 0 && n1 > 0 && rem < 0)) return 100;
        if (lux === 100) {
          // Mason et al.: "proportionately more time in stage N2".
          const n2pct = diff(metric('n2_pct'), lit);
          if (n2pct === null) return null;
          if (!(n2pct > 0)) return 100;
        }
        worst = Math.max(worst, n3);
      }
      return worst;
    },
    pass: (v) => v !== null && v < 0,
  },
];

// ── naps ────────────────────────────────────────────────────────────────────
/** A nap event on the day after the focal night at clock hour `at` (the morning is still slot 0). */
const napAfter = (at: number, duration_h: number): ProtocolEvent => ({
  kind: 'nap',
  at,
  day: at < 12 ? 0 : 1,
  duration_h,
});
/** Epoch of clock hour `at` (7–24) on the day after the focal night (lights-on at 07:00). */
const dayAfter = (r: TimelineRun, at: number): number =>
  r.timeline.focus.lightsOn + Math.round((at - 7) * EPOCHS_PER_HOUR);

/** MSLT: 20-min opportunities at 10:00, 12:00, 14:00 and 16:00 the day after the focal night (Carskadon et al. 1986). */
const MSLT_TIMES = [10, 12, 14, 16] as const;
const MSLT_MIN = 20;
/** Mean MSLT latency (min; 20 when no sleep in an opportunity) of one seed. */
function msltLatency(overrides: ParameterOverrides, seed: number): number {
  const run = runTimeline(
    'mslt',
    (p) =>
      compileProtocol(
        p,
        MSLT_TIMES.map((t) => napAfter(t, MSLT_MIN / 60)),
      ),
    overrides,
    seed,
  );
  let total = 0;
  for (const t of MSLT_TIMES) {
    const a = dayAfter(run, t);
    const n = Math.round((MSLT_MIN / 60) * EPOCHS_PER_HOUR);
    let latency = MSLT_MIN;
    for (let i = 0; i < n; i++)
      if (run.result.stage[a + i] !== STAGE_CODE.W) {
        latency = (i * 60) / EPOCHS_PER_HOUR;
        break;
      }
    total += latency;
  }
  return total / MSLT_TIMES.length;
}

/** N3 minutes of a 2-h nap from clock `at` the day after the default night, one seed. */
const napN3 = (at: number, seed: number): number => {
  const run = runTimeline(`nap:${at}`, (p) => compileProtocol(p, [napAfter(at, 2)]), {}, seed);
  const a = dayAfter(run, at);
  let n = 0;
  for (let i = a; i < a + 2 * EPOCHS_PER_HOUR; i++) if (run.result.stage[i] === STAGE_CODE.N3) n++;
  return (n * 60) / EPOCHS_PER_HOUR;
};

// Sleep onset in bed needs the drive to reach the upper threshold of the two-process model, which
// describes spontaneous (self-selected) sleep: at 14:00 a rested drive lies ≈ 0.40 below it. A
// daytime opportunity lowers that threshold (napOnsetThresholdDrop, peak 14:00, nil 20:00–08:00)
// until its first bout ends, and a nap ends at its first awakening once the drive has fallen below
// the lowered threshold (SleepSwitch). Measured (10 seeds, issue 13 round 2): MSLT latency by test
// 10:00 / 12:00 / 14:00 / 16:00 = 20.0 / 13.9 / 0.2 / 1.4 min, mean 8.9 (before: 20 min, no sleep).
// The steep switch (σ = 0.015) makes each test nearly all-or-none where real latencies spread
// around 10–12 min at every time. Naps are short: a 2-h nap opportunity gives ≈ 50 min of sleep at
// 14:00 and ≈ 20 min at 16:00, with no N3. Without the end-at-awakening rule the rested control of
// RECOV-02 dozed from 12:00 to 17:00 (RECOV-02 51 %); without the first-bout limit (a 12-h harmonic
// of ≈ 0.4 on the onset threshold, round 2) it dozed through every afternoon in bed.
const nap: ValidationRow[] = [
  {
    id: 'NAP-01',
    kind: 'calibrated',
    kindReason:
      'napOnsetThresholdDrop (0.42) was set on this row (one value tried against the band, then checked against RECOV-02/06/06b).',
    check: 'magnitude',
    quantity:
      'Mean MSLT latency (20-min opportunities in the dark at 10:00, 12:00, 14:00, 16:00; 20 min when no sleep) the day after the default night',
    target:
      'mean sleep latency of healthy adults 11.7 min (95 % CI 10.8–12.6; 95 % prediction interval 5.2–18.2, 110 cohorts)',
    tolerance: '5.2–18.2 min (the prediction interval of a healthy cohort)',
    source:
      'Iskander, Jairam, Wang, Murray & Boulos 2023, Sleep Med 109:143 (systematic review and meta-analysis, abstract); MSLT protocol: Carskadon et al. 1986, Sleep 9:519',
    unit: 'min',
    // ≈ 8.9 min, as 20 / 13.9 / 0.2 / 1.4 min by test: the mean is in the band, the time course
    // is all-or-none (see the note above the rows).
    measure: () => populationMean((s) => msltLatency({}, s)),
    pass: between(5.2, 18.2),
  },
  {
    id: 'NAP-02',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to daytime sleep onset after sleep loss; the switch constants were set on the night.',
    check: 'magnitude',
    quantity: 'Mean MSLT latency (as NAP-01) the day after a night awake (focal time in bed 0 h)',
    target: 'sleep latency fell to about 1 min during sleep loss and stayed there (6 young adults, 2 nights awake)',
    tolerance: '0–3 min',
    source:
      'Carskadon & Dement 1979, Percept Mot Skills 48:495 (PMID 461051, abstract: "fell to about 1 min. at 0600 on the first night of sleep loss and remained at similarly low values")',
    unit: 'min',
    measure: () => populationMean((s) => msltLatency({ timeInBed_h: 0 }, s)),
    pass: between(0, 3),
  },
  {
    id: 'NAP-03',
    kind: 'independent',
    kindReason: 'Nothing was fitted to daytime sleep; N3 follows from SWA, calibrated on the night (ARCH-03).',
    check: 'direction',
    expectedFailure: true,
    quantity:
      'N3 minutes in a 2-h nap at 16:00 − in a 2-h nap at 08:00, the day after the default night (separate runs)',
    target: 'PM naps (16:00–18:00): significantly more SWS and less REM than AM naps (08:00–10:00); 29 young men',
    tolerance: '> 0 min',
    source:
      'Growth hormone levels during morning and afternoon naps, Behav Neuropsychiatry 1974–75, 6:67 (PMID 4377652, abstract) [R authors]',
    publishedMagnitude: 'not in the abstract',
    unit: 'min',
    // Fails: 0 − 0. The 16:00 nap is now taken (≈ 20 min of sleep) but ends before N3; the 08:00
    // one is not (the daytime propensity is nil before ≈ 08:00 and the drive is low just after
    // waking). More N3 in a 16:00 nap needs naps that last past the first awakening (see above).
    measure: () => {
      const pm = populationMean((s) => napN3(16, s));
      const am = populationMean((s) => napN3(8, s));
      return pm === null || am === null ? null : pm - am;
    },
    pass: above(0),
  },
  {
    id: 'NAP-04',
    kind: 'independent',
    kindReason:
      "Nothing was fitted to older sleepers' daytime sleep; the daytime drop scales with the age factor of the circadian amplitude (set on AGE-* rows).",
    check: 'magnitude',
    expectedFailure: true,
    quantity: 'Mean MSLT latency (as NAP-01) the day after the default night, 68-year-old',
    target: 'older adults (66–83 y, n = 31) 14.2 min (SD 4.1); young 8.7 (4.5), middle-aged 11.7 (5.1)',
    tolerance: '12.7–15.7 min (± 2 SEM)',
    source:
      'Dijk, Groeger, Stanley & Deacon 2010, Sleep 33:211, PMC2817908 (abstract: MSLT 8.7, 11.7, 14.2 min in young, middle-aged, older adults)',
    unit: 'min',
    // Fails: ≈ 19.5 min. The daytime drop is scaled by the older sleeper's circadian amplitude
    // (≈ 0.6 of a 25-year-old's), which leaves the drop too small to reach the drive in most tests;
    // without that scaling the older sleeper naps longer than the young one in the Klerman
    // afternoons and RECOV-06b falls to 0.44 h (measured). The direction (older less sleepy) holds.
    measure: () => populationMean((s) => msltLatency({ age: 68 }, s)),
    pass: between(12.7, 15.7),
  },
];

export const AROUSAL_ROWS: ValidationRow[] = [...cafsl, ...recov, ...light, ...nap];
