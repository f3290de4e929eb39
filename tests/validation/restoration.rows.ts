/**
 * Validation rows of the restoration modules (the published targets of the model
 * contract): endocrine, glymphatic, synapses, adenosine, next-day outcome and neurotransmitters.
 * Each row runs protocols through the shared memoized runner and measures simulated series or
 * metrics; population targets use the mean over POPULATION_SEEDS. Rows whose target comes from
 * rodent data say so (fromMice). A row the model cannot meet is marked expectedFailure and stays.
 * Over 400 lines because it is one table of rows, each a published target with its source and
 * its measurement; split by module, a reader would lose the one list VALIDATION.md is made from.
 */
import type { ValidationRow } from './row';
import { POPULATION_SEEDS, populationMean, runScenario, runTimeline, scenarioMean, type TimelineRun } from './runs';
import { scheduleTimeline } from './protocols';
import { correlation, slope } from './measures';
import { EPOCH_H, EPOCHS_PER_HOUR, STAGE_CODE } from '../../shared/model/result';
import { DEFAULT_VALUES, type ParameterOverrides } from '../../shared/model/parameters';
import { convectiveExchange } from '../../shared/model/restoration/glymphatic/glymphatic';
import { PVT_LAPSE_THRESHOLD_MS } from '../../shared/model/restoration/outcome/outcome';
import { focalWindows } from '../../shared/model/restoration/windows';

const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;
const below =
  (hi: number) =>
  (v: number | null): boolean =>
    v !== null && v < hi;
const above =
  (lo: number) =>
  (v: number | null): boolean =>
    v !== null && v > lo;
const atLeast =
  (lo: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo;
const base = (metric: string): number | null => scenarioMean('baseline', metric);
const H = EPOCHS_PER_HOUR;

function series(run: TimelineRun, id: string): Float32Array {
  const s = run.result.series[id];
  if (!s) throw new Error(`series ${id} missing from the result`);
  return s;
}

/** Mean of x over [from, to) where keep(i), null if no epoch. */
function meanOver(
  x: ArrayLike<number>,
  from: number,
  to: number,
  keep: (i: number) => boolean = () => true,
): number | null {
  let s = 0;
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(x.length, to); i++) {
    if (!keep(i)) continue;
    s += x[i]!;
    n++;
  }
  return n > 0 ? s / n : null;
}

const stageIs =
  (run: TimelineRun, ...codes: number[]) =>
  (i: number): boolean =>
    codes.includes(run.result.stage[i]!);
const NREM = [STAGE_CODE.N1, STAGE_CODE.N2, STAGE_CODE.N3];

/** Mean of a series by state: the 16 h of wake before the focal lights-off, NREM and REM of the focal night. */
function byState(run: TimelineRun, id: string): { wake: number; nrem: number; rem: number } | null {
  const w = focalWindows(run.core.trajectory);
  const x = series(run, id);
  const wake = meanOver(x, w.lightsOff - 16 * H, w.lightsOff, stageIs(run, STAGE_CODE.W));
  const nrem = meanOver(x, w.lightsOff, w.wake, stageIs(run, ...NREM));
  const rem = meanOver(x, w.lightsOff, w.wake, stageIs(run, STAGE_CODE.R));
  return wake === null || nrem === null || rem === null ? null : { wake, nrem, rem };
}

/** First epoch at or after `from` with clock hour in [hour, hour + 1). */
function nextClock(run: TimelineRun, from: number, hour: number): number | null {
  const c = run.core.trajectory.clock_h;
  for (let i = Math.max(0, from); i < c.length; i++) if (c[i]! >= hour && c[i]! < hour + 1) return i;
  return null;
}

/** Population mean of a ratio of two runs' values, each read by `read`. */
function pairedMean(
  a: [string, ParameterOverrides],
  b: [string, ParameterOverrides],
  read: (run: TimelineRun) => number | null,
  combine: (x: number, y: number) => number,
): number | null {
  return populationMean((seed) => {
    const x = read(runScenario(a[0], a[1], seed));
    const y = read(runScenario(b[0], b[1], seed));
    return x === null || y === null ? null : combine(x, y);
  });
}

const pctDiff = (x: number, y: number): number => (x / y - 1) * 100;

/** GH pulses of the focal sleep period: local maxima ≥ 0.5 µg/L and ≥ 1.5× above the preceding trough. */
function ghPulses(run: TimelineRun): { trough: number; peak: number }[] {
  const w = focalWindows(run.core.trajectory);
  if (w.sleepOnset === null) return [];
  const gh = series(run, 'growthHormone');
  const out: { trough: number; peak: number }[] = [];
  let trough = w.sleepOnset;
  for (let i = w.sleepOnset + 1; i < w.wake - 1; i++) {
    if (gh[i]! < gh[trough]!) trough = i;
    if (gh[i]! > gh[i - 1]! && gh[i]! >= gh[i + 1]!) {
      if (gh[i]! - gh[trough]! >= 0.5 && gh[i]! >= 1.5 * gh[trough]!) {
        out.push({ trough, peak: i });
        trough = i;
      }
    }
  }
  return out;
}

/** Cortisol features of the focal slot: nadir level and clock, peak level, clock of the morning half-rise. */
function cortisolShape(run: TimelineRun): { nadir: number; peak: number; riseClock: number } | null {
  const w = focalWindows(run.core.trajectory);
  const c = series(run, 'cortisol');
  let ni = w.lightsOff - 4 * H;
  for (let i = ni; i < w.lightsOff + 10 * H; i++) if (c[i]! < c[ni]!) ni = i;
  let pi = ni;
  for (let i = ni; i < ni + 14 * H && i < c.length; i++) if (c[i]! > c[pi]!) pi = i;
  const half = (c[ni]! + c[pi]!) / 2;
  let ri = ni;
  while (ri < pi && c[ri]! < half) ri++;
  return { nadir: c[ni]!, peak: c[pi]!, riseClock: ri * EPOCH_H };
}

/** GH pulses are few per night (≈2–3 in sleep), so the pulse-count row pools 20 nights. */
const PULSE_SEEDS: readonly number[] = Array.from({ length: 20 }, (_, k) => k + 1);

// ── endocrine ───────────────────────────────────────────────────────────────
const VAN_CAUTER_PLAT = 'Van Cauter & Plat 1996, J Pediatr 128:S32';
const endocrine: ValidationRow[] = [
  {
    id: 'GH-01',
    kind: 'calibrated',
    kindReason: 'ghBasalSecretion_ugPerLPerH was set from this row (its citation names GH-01).',
    check: 'magnitude',
    quantity: 'Share of the 24-h GH secretion in the first 4 h after sleep onset (men, baseline)',
    target: '60–70 %',
    tolerance: '50–80 %',
    source: 'Van Cauter, Leproult & Plat 2000, JAMA 284:861',
    unit: '%',
    measure: () => base('ghSleepFraction_pct'),
    pass: between(50, 80),
  },
  {
    id: 'GH-02',
    kind: 'calibrated',
    kindReason: 'ghN2Gate was set from this row (its citation names GH-02).',
    check: 'magnitude',
    quantity: 'GH pulses of the sleep period whose rise overlaps N3 (pooled over 20 nights, seeds 1–20)',
    target: '≈ 70 %',
    tolerance: '60–80 %',
    source: VAN_CAUTER_PLAT,
    unit: '%',
    measure: () => {
      let all = 0;
      let sws = 0;
      for (const seed of PULSE_SEEDS) {
        const run = runScenario('baseline', {}, seed);
        for (const p of ghPulses(run)) {
          all++;
          let hit = false;
          for (let i = p.trough; i <= p.peak && !hit; i++) hit = run.result.stage[i] === STAGE_CODE.N3;
          if (hit) sws++;
        }
      }
      return all > 0 ? (100 * sws) / all : null;
    },
    pass: between(60, 80),
  },
  {
    id: 'GH-03',
    kind: 'calibrated',
    kindReason:
      'ghSwsPulseHazard_perH was set from this row (its citation names GH-03). For issue 13 the review abstract was read: it gives no share of nights, so it stays a threshold row.',
    check: 'direction',
    publishedMagnitude:
      'none in the review abstract (in men the sleep-onset pulse is generally the major or the only daily pulse)',
    quantity: 'Nights whose largest GH peak (24 h around sleep onset) falls in the first NREM–REM cycle (men)',
    target: 'sleep-onset pulse during the first SWS episode; often the only major daily pulse in men',
    tolerance: '≥ 70 % of nights [P]',
    source: `${VAN_CAUTER_PLAT}; Van Cauter & Copinschi 2000, Growth Horm IGF Res 10 Suppl B:S57`,
    unit: '% of nights',
    measure: () => {
      let hits = 0;
      for (const seed of POPULATION_SEEDS) {
        const run = runScenario('baseline', {}, seed);
        const h = run.measures.hypnogram;
        const cycle = h.cycles[0];
        if (h.sleepOnset === null || !cycle) continue;
        const gh = series(run, 'growthHormone');
        let best = h.sleepOnset - 12 * H;
        for (let i = best; i < h.sleepOnset + 12 * H && i < gh.length; i++) if (gh[i]! > gh[best]!) best = i;
        // The plasma peak lags the burst by the GH half-life; a burst late in N3 peaks at the cycle's end.
        if (best >= h.sleepOnset && best <= cycle.end + 20) hits++;
      }
      return (100 * hits) / POPULATION_SEEDS.length;
    },
    pass: atLeast(70),
  },
  {
    id: 'GH-05',
    kind: 'calibrated',
    kindReason:
      "ghSwaAmplitudeGain (default 1, design choice) takes the SWA–GH coupling from this row's own source (Van Cauter & Copinschi 2000), so the sign this row checks was set from it. For issue 13 the review abstract was read: a linear relation without a slope, so it stays a direction row.",
    check: 'direction',
    publishedMagnitude: 'none in the review abstract (a linear relationship between SW sleep and concomitant GH)',
    quantity: 'Slope of night GH (ghTotal) on N3 time across nights (slow-wave suppression 0–0.75 × 5 seeds)',
    target: 'linear, positive relation between SWS and concomitant GH',
    tolerance: 'slope > 0',
    source: 'Van Cauter & Copinschi 2000, Growth Horm IGF Res 10 Suppl B:S57',
    unit: 'µg·h/L per h N3',
    measure: () => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const swsSuppression of [0, 0.25, 0.5, 0.75]) {
        for (const seed of POPULATION_SEEDS.slice(0, 5)) {
          const m = runScenario('baseline', { swsSuppression }, seed).result.metrics;
          if (m.n3_pct == null || m.totalSleepTime_min == null || m.ghTotal == null) return null;
          xs.push((m.n3_pct * m.totalSleepTime_min) / 100 / 60);
          ys.push(m.ghTotal);
        }
      }
      return slope(xs, ys);
    },
    pass: above(0),
  },
  {
    id: 'GH-07',
    kind: 'independent',
    kindReason:
      'ghAgeDecline_perYear was set from Van Cauter 2000 (−75 % by 36–50 y), not from this row; doubt: the ratio is close to exp(10 × 0.077) = 2.16, so it largely restates that parameter.',
    check: 'magnitude',
    quantity: '24-h GH (area, 24 h around sleep onset) at 30 y ÷ at 40 y',
    target: '2–3-fold decrease in the 4th decade',
    tolerance: '2–3×',
    source: VAN_CAUTER_PLAT,
    unit: 'ratio',
    measure: () =>
      pairedMean(
        ['baseline', { age: 30 }],
        ['baseline', { age: 40 }],
        (run) => {
          const on = run.measures.hypnogram.sleepOnset;
          return on === null ? null : meanOver(series(run, 'growthHormone'), on - 12 * H, on + 12 * H);
        },
        (a, b) => a / b,
      ),
    pass: between(2, 3),
  },
  {
    id: 'CORT-01',
    kind: 'calibrated',
    kindReason: 'cortisolAwakeningAmount_nmolPerL was set from this row (its citation names CORT-01).',
    check: 'magnitude',
    quantity: 'Cortisol rise in the 30 min after the final awakening (baseline)',
    target: '+50–75 %; pooled mean ≈ +50 %',
    tolerance: '+35–90 %',
    source: 'Pruessner et al. 1997, Life Sci 61:2539; Wüst et al. 2000, Noise Health 2:79',
    unit: '%',
    measure: () => base('cortisolAwakeningRise_pct'),
    pass: between(35, 90),
  },
  {
    id: 'CORT-02',
    kind: 'calibrated',
    kindReason: 'cortisolAwakeningRelease_min was set from this row (its citation names CORT-02).',
    check: 'magnitude',
    quantity: 'Time of the cortisol peak after the final awakening (within 90 min)',
    target: '≈ 30 min',
    tolerance: '20–45 min',
    source: 'Pruessner et al. 1997, Life Sci 61:2539; Wüst et al. 2000',
    unit: 'min',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', {}, seed);
        const w = focalWindows(run.core.trajectory);
        const c = series(run, 'cortisol');
        let best = w.wake;
        for (let i = w.wake; i < w.wake + 1.5 * H; i++) if (c[i]! > c[best]!) best = i;
        return (best - w.wake) * 0.5;
      }),
    pass: between(20, 45),
  },
  {
    id: 'CORT-03',
    kind: 'calibrated',
    kindReason:
      "cortisolSwsInhibition (0.6) was set from this row's own source (its citation names Weitzman et al. 1983), so the sleep inhibition this row checks was put in from it. For issue 13 the abstract was read: no ratio is given, so it stays a direction row.",
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (secretion decreased in the first 4 h of sleep, also when displaced; 6 men)',
    quantity:
      'Mean cortisol over the first 4 h of sleep ÷ the same clock hours awake; the larger of usual-time (23–03 h) and displaced (08–12 h, after a night awake) sleep',
    target:
      'secretion inhibited in the first ~4 h of sleep even at abnormal times; elevated if awake at the usual sleep time',
    tolerance: 'ratio < 1 in both',
    source: 'Weitzman et al. 1983, J Clin Endocrinol Metab 56:352',
    unit: 'ratio',
    measure: () =>
      populationMean((seed) => {
        const window = (run: TimelineRun, from: number) => meanOver(series(run, 'cortisol'), from, from + 4 * H);
        const usual = runScenario('baseline', {}, seed);
        const awake = runScenario('one-night-awake', {}, seed);
        const displaced = runScenario('night-shift-day-sleep', {}, seed);
        const off = focalWindows(usual.core.trajectory).lightsOff;
        const a = window(usual, off);
        const b = window(awake, focalWindows(awake.core.trajectory).lightsOff);
        const dOff = focalWindows(displaced.core.trajectory).lightsOff;
        const c = window(displaced, dOff);
        const d = nextClock(awake, focalWindows(awake.core.trajectory).lightsOn, 8);
        const e = d === null ? null : window(awake, d);
        return a === null || b === null || c === null || e === null ? null : Math.max(a / b, c / e);
      }),
    pass: below(1),
  },
  {
    id: 'CORT-04',
    kind: 'independent',
    kindReason:
      'No parameter names CORT-04; the nadir follows from design-choice secretion constants not fitted to it.',
    check: 'magnitude',
    quantity: 'Clock time of the cortisol nadir after lights-off (baseline)',
    target: 'quiescent period late evening–early night; rise in the second half of the night',
    tolerance: 'nadir 22:00–02:00 (22–26 on the focal scale)',
    source: 'Balbo, Leproult & Van Cauter 2010, Int J Endocrinol 2010:759234',
    unit: 'clock h',
    measure: () => base('cortisolNadir_clock_h'),
    pass: between(22, 26),
  },
  {
    id: 'CORT-06',
    kind: 'calibrated',
    kindReason:
      "cortisolAgeQuiescentRise_perDecade was set from this row's own source (its citation names Van Cauter, Leproult & Kupfer 1996), so the higher nadir it checks was put in from it (the amplitude and rise-time criteria follow from that rise). For issue 13 a redrawn copy of the source figure (PMC5563520, Fig. 12) was read: directions without numbers, so it stays a direction row.",
    check: 'direction',
    publishedMagnitude: 'none read (the figure shows a higher nadir, a smaller amplitude and an earlier morning rise)',
    quantity: 'Older (65 y) vs young (25 y) men: higher nadir, smaller amplitude, earlier morning rise — criteria met',
    target: 'all three directions',
    tolerance: '3 of 3',
    source:
      'Van Cauter, Leproult & Plat 2000, JAMA 284:861; Van Cauter, Leproult & Kupfer 1996, J Clin Endocrinol Metab 81:2468',
    unit: 'criteria',
    measure: () => {
      const young = populationMean((s) => cortisolShape(runScenario('baseline', {}, s))?.nadir ?? null);
      const old = populationMean((s) => cortisolShape(runScenario('older-adult', {}, s))?.nadir ?? null);
      const ampY = populationMean((s) => {
        const c = cortisolShape(runScenario('baseline', {}, s));
        return c ? c.peak - c.nadir : null;
      });
      const ampO = populationMean((s) => {
        const c = cortisolShape(runScenario('older-adult', {}, s));
        return c ? c.peak - c.nadir : null;
      });
      const riseY = populationMean((s) => cortisolShape(runScenario('baseline', {}, s))?.riseClock ?? null);
      const riseO = populationMean((s) => cortisolShape(runScenario('older-adult', {}, s))?.riseClock ?? null);
      if ([young, old, ampY, ampO, riseY, riseO].some((v) => v === null)) return null;
      return Number(old! > young!) + Number(ampO! < ampY!) + Number(riseO! < riseY!);
    },
    pass: (v) => v === 3,
  },
  {
    id: 'THY-01',
    kind: 'calibrated',
    kindReason:
      "tshPeakBeforeCbtMin_h and tshSleepInhibition were set from this row's own source (their citations name Allan & Czeisler 1994), so the three directions it checks were put in from it. For issue 13 the abstract was read: no sizes, so it stays a direction row.",
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (rise over the 4–5 h before sleep, a precipitous drop at sleep onset, elevated through a night awake)',
    quantity:
      'TSH rises over the 5 h before lights-off, drops in the first 2 h of sleep, and stays higher through a night awake — criteria met',
    target: 'all three directions',
    tolerance: '3 of 3',
    source: 'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508',
    unit: 'criteria',
    measure: () => {
      const rise = populationMean((s) => {
        const run = runScenario('baseline', {}, s);
        const t = series(run, 'tsh');
        const off = focalWindows(run.core.trajectory).lightsOff;
        return t[off]! - t[off - 5 * H]!;
      });
      const drop = populationMean((s) => {
        const run = runScenario('baseline', {}, s);
        const on = focalWindows(run.core.trajectory).sleepOnset;
        if (on === null) return null;
        const t = series(run, 'tsh');
        return t[on + 2 * H]! - t[on]!;
      });
      const awake = scenarioMean('one-night-awake', 'tshNight');
      const asleep = base('tshNight');
      if (rise === null || drop === null || awake === null || asleep === null) return null;
      return Number(rise > 0) + Number(drop < 0) + Number(awake > asleep);
    },
    pass: (v) => v === 3,
  },
  {
    id: 'THY-03',
    kind: 'calibrated',
    kindReason:
      "tshSwsInhibition (0.4) was set from this row's own source (its citation names Goichot et al. 1992), so the falling TSH in SWS it checks was put in from it. For issue 13 the abstract could not be found in the stored corpus, so it stays a direction row.",
    check: 'direction',
    quantity: 'Mean TSH slope over the first 20 min of N3 episodes (≥ 5 min long; baseline, population)',
    target: 'descending TSH during the first 20 min of SWS episodes',
    tolerance: 'slope < 0',
    source: 'Goichot et al. 1992, J Sleep Res 1:186',
    unit: 'mU/L per h',
    measure: () => {
      const slopes: number[] = [];
      for (const seed of POPULATION_SEEDS) {
        const run = runScenario('baseline', {}, seed);
        const w = focalWindows(run.core.trajectory);
        const st = run.result.stage;
        const t = series(run, 'tsh');
        for (let i = w.lightsOff; i < w.wake; i++) {
          if (st[i] !== STAGE_CODE.N3 || st[i - 1] === STAGE_CODE.N3) continue;
          let end = i;
          while (end < w.wake && st[end] === STAGE_CODE.N3) end++;
          if (end - i < 10) continue;
          const to = Math.min(end, i + 40);
          slopes.push((t[to - 1]! - t[i]!) / ((to - 1 - i) * EPOCH_H));
        }
      }
      return slopes.length > 0 ? slopes.reduce((a, b) => a + b, 0) / slopes.length : null;
    },
    pass: below(0),
  },
  {
    id: 'SEX-01',
    kind: 'independent',
    kindReason: 'No parameter names SEX-01; testosterone constants are design choices not fitted to this magnitude.',
    check: 'magnitude',
    quantity:
      'Testosterone 14:00–22:00 after the 7th of 8 nights of 5 h (00:30–05:30) vs after the 2nd of 3 nights of 10 h (22:00–08:00), young men',
    target: 'daytime testosterone −10 to −15 % (most pronounced 14:00–22:00); cortisol not increased',
    tolerance: '−5 to −20 %',
    source: 'Leproult & Van Cauter 2011, JAMA 305:2173',
    unit: '%',
    measure: () =>
      populationMean((seed) => {
        const long = Array.from({ length: 3 }, () => ({ bedtime: 22, tib_h: 10 }));
        const short = Array.from({ length: 8 }, () => ({ bedtime: 0.5, tib_h: 5 }));
        const a = runTimeline('leproult-2011-10h', (p) => scheduleTimeline(p, long, 1), {}, seed);
        const b = runTimeline('leproult-2011-5h', (p) => scheduleTimeline(p, [...long, ...short], 3 + 6), {}, seed);
        const afternoon = (run: TimelineRun) => {
          const from = nextClock(run, focalWindows(run.core.trajectory).wake, 14);
          return from === null ? null : meanOver(series(run, 'testosterone'), from, from + 8 * H);
        };
        const x = afternoon(b);
        const y = afternoon(a);
        return x === null || y === null ? null : pctDiff(x, y);
      }),
    pass: between(-20, -5),
    // Fragile: since the arousal system of issue 13 (awakenings fall with sleep debt), 5-h nights
    // are more consolidated and keep more of the sleep-related rise (−4.96 % in 0.2.0, just
    // outside the band); model 0.3.0's melatonin sleep gate moved it to −5.00 %, on the band's
    // edge. Not tuned on: the published −10 to −15 % is itself contested (SEXAGE-11: no fall after
    // 5 nights of 4 h), and the drive time stays at its source's 3 h.
  },
];

// ── glymphatic ──────────────────────────────────────────────────────────────
const XIE = 'Xie et al. 2013, Science 342:373';
const glymphatic: ValidationRow[] = [
  {
    id: 'GLY-01',
    kind: 'echo',
    kindReason:
      "Returns ≈ isfVolumeSleep/isfVolumeWake (0.23/0.14, both taken from Xie et al. 2013, the row's own source), diluted by N1/N2 epochs.",
    check: 'magnitude',
    quantity: 'Interstitial volume fraction, NREM sleep ÷ preceding wake (baseline)',
    target: '≈ 23 % vs ≈ 14 % (+60 %)',
    tolerance: 'ratio 1.4–1.8',
    source: XIE,
    fromMice: true,
    unit: 'ratio',
    measure: () =>
      populationMean((s) => {
        const m = runScenario('baseline', {}, s).result.metrics;
        return m.isfVolumeFraction_sleep == null || m.isfVolumeFraction_wake == null
          ? null
          : m.isfVolumeFraction_sleep / m.isfVolumeFraction_wake;
      }),
    pass: between(1.4, 1.8),
  },
  {
    id: 'GLY-02',
    kind: 'independent',
    kindReason:
      'No parameter names GLY-02; the clearance ratio follows from Kozeny–Carman on the Xie volumes and the Iliff convective share, not a fit to it (doubt: it shares the volume inputs of GLY-01).',
    check: 'magnitude',
    quantity: 'Clearance rate in sleep ÷ in the preceding wake (baseline)',
    target: '≈ 2-fold faster in sleep (Aβ and inulin)',
    tolerance: '1.5–2.5×',
    source: XIE,
    fromMice: true,
    unit: 'ratio',
    measure: () => base('clearanceSleepToWakeRatio'),
    pass: between(1.5, 2.5),
  },
  {
    id: 'GLY-03',
    kind: 'independent',
    kindReason: 'No parameter names GLY-03; the convective exchange follows from the volume and pulsation constants.',
    check: 'magnitude',
    quantity: 'Convective CSF–ISF exchange (tracer influx) in NREM ÷ in wake',
    target: 'fluorescent tracers penetrated 20 times as far into the brains of sleeping mice as of awake ones',
    // No spread is published with the factor (C&EN summary of the paper), so the band is a factor
    // of two either side of 20. Doubt: the paper's Fig. 1 compares tracer intensity 100 µm below
    // the cortical surface at 30 min, asleep vs awake (n = 6, no fold in its caption), and a review
    // (Hladky & Barrand 2018, PMC6194691) puts the 20-fold at awake vs anaesthetized.
    tolerance: '10–40× (a factor of two either side of the published 20×; no spread published)',
    source: `${XIE} (the paper's abstract gives only the +60 % interstitial space); the factor 20 as reported by C&EN 91(42), 21 Oct 2013, "Sleep helps clean the brain"`,
    fromMice: true,
    unit: 'ratio',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', {}, seed);
        const v = series(run, 'isfVolumeFraction');
        const a = series(run, 'csfPulsation');
        const ex = new Float32Array(v.length);
        for (let i = 0; i < v.length; i++) ex[i] = convectiveExchange(v[i]!, a[i]!, DEFAULT_VALUES);
        const s = byStateArray(run, ex);
        return s === null ? null : s.nrem / s.wake;
      }),
    pass: between(10, 40),
    // Kozeny–Carman on the Xie volumes (0.14 → 0.23) gives ≈ 4.4× in conductivity and the
    // NREM pulsation adds the rest (≈ 6× in all); 20× would need a pulsation gain no source gives,
    // and a tracer's penetration distance is not the exchange rate itself (doubt about the
    // comparison). Kept as an expected failure rather than bending glyPulsationGain to it.
    expectedFailure: true,
  },
  {
    id: 'GLY-04',
    kind: 'echo',
    kindReason:
      'Returns ≈ (csfPulsationBase + NREM SWA)/csfPulsationWake, i.e. (0.3 + SWA)/0.1, a ratio of two design constants.',
    check: 'direction',
    quantity: 'Amplitude of the ≈0.05 Hz CSF inflow oscillation (carried as amplitude), NREM ÷ wake',
    target: 'large CSF waves at ≈ 0.05 Hz in NREM, coupled to slow waves; small in wake',
    tolerance: 'NREM-gated: ratio ≥ 3 [P] (frequency band 0.03–0.07 Hz fixed by construction)',
    source: 'Fultz et al. 2019, Science 366:628',
    unit: 'ratio',
    measure: () =>
      populationMean((seed) => {
        const s = byState(runScenario('baseline', {}, seed), 'csfPulsation');
        return s === null ? null : s.nrem / s.wake;
      }),
    pass: atLeast(3),
  },
  {
    id: 'GLY-05',
    kind: 'independent',
    kindReason:
      'No parameter names GLY-05; CSF Aβ follows from Aβ kinetics (Bateman) and CSF turnover (Sakka), not fitted to it.',
    check: 'magnitude',
    quantity:
      'Mean lumbar-CSF Aβ over the morning after the habitual night (lights-on −1 h to +3 h), one night awake vs asleep',
    target: 'Aβ38/40/42 +25–30 % vs sleeping controls (via ↑ production)',
    tolerance: '+15 to +40 %',
    source: 'Lucey et al. 2018, Ann Neurol 83:197',
    unit: '%',
    measure: () =>
      pairedMean(
        ['one-night-awake', {}],
        ['baseline', {}],
        (run) => {
          // Overnight changes reach lumbar CSF with the CSF transit lag; Lucey et al. sampled every 2 h.
          const w = focalWindows(run.core.trajectory);
          return meanOver(series(run, 'csfAbeta'), w.lightsOn - H, w.lightsOn + 3 * H);
        },
        pctDiff,
      ),
    pass: between(15, 40),
  },
  {
    id: 'GLY-07',
    kind: 'independent',
    kindReason: 'No parameter names GLY-07; nothing is fitted to the Aβ rise after a night awake.',
    check: 'magnitude',
    quantity:
      'Interstitial Aβ after 31 h awake (14:00, 7 h after habitual wake, the PET scan time), after one night awake vs after sleep',
    target:
      'brain Aβ burden (18F-florbetaben PET) ↑ about 5 % in right hippocampus and thalamus after 31 h awake vs after rested sleep (20 adults)',
    // No spread is given with the "about 5 %", so the band is a factor of two either side.
    tolerance: '+2.5 to +10 % (a factor of two either side of the published ≈ 5 %; no spread published)',
    source:
      'Shokri-Kojori et al. 2018, PNAS 115:4483 (abstract: significant increase in right hippocampus and thalamus); the ≈ 5 % after 31 h awake as reported from the NIH (NIAAA) release, MDedge "Does sleep help protect against amyloid plaques?" 2018',
    unit: '%',
    measure: () =>
      pairedMean(
        ['one-night-awake', {}],
        ['baseline', {}],
        (run) => series(run, 'abeta')[focalWindows(run.core.trajectory).lightsOn + 7 * H] ?? null,
        pctDiff,
      ),
    pass: between(2.5, 10),
    // Measured ≈ +15 %: the model carries soluble interstitial Aβ, whose rise after a night awake
    // matches the human lumbar-CSF rise of +25–30 % (GLY-05, Lucey 2018). A PET SUVR is tracer
    // binding in a whole region, not an interstitial concentration, and the model has no PET
    // observation to compare (no source here gives the share of the signal that soluble Aβ could
    // move), so the row measures the nearest quantity it has and is kept as an expected failure
    // rather than bending the Aβ kinetics, which GLY-05 supports, to it.
    expectedFailure: true,
  },
  {
    id: 'GLY-08',
    kind: 'calibrated',
    kindReason:
      "tauActivityRelease and tauHalfLife_h were set from this row's own source (their citations name Holth et al. 2019), so the tau rise it checks was put in from it (doubt: their values are design choices, not a fit to this band).",
    check: 'magnitude',
    quantity: 'Interstitial tau at habitual wake, one night awake vs asleep',
    target: 'mouse ISF tau ≈ +90 % wake vs sleep, ≈ +100 % in SD; human CSF tau > +50 % in SD',
    tolerance: '+45 to +200 % (order of magnitude)',
    source: 'Holth et al. 2019, Science 363:880',
    fromMice: true,
    unit: '%',
    measure: () =>
      pairedMean(
        ['one-night-awake', {}],
        ['baseline', {}],
        (run) => series(run, 'tau')[focalWindows(run.core.trajectory).lightsOn] ?? null,
        pctDiff,
      ),
    pass: between(45, 200),
  },
  {
    id: 'GLY-09',
    kind: 'independent',
    kindReason:
      'No parameter names GLY-09; nothing is fitted to CSF Aβ after slow-wave disruption (the abstract, read for issue 13, gives only the correlation r = 0.61, no mean change, so it stays a direction row).',
    check: 'direction',
    publishedMagnitude: 'none in the abstract: only r = 0.610 between SWA disruption and the Aβ40 rise (17 adults)',
    quantity: 'Lumbar-CSF Aβ at wake after slow-wave disruption (swsSuppression 0.7) vs baseline',
    target: '↑ CSF Aβ40 proportional to SWA disruption (r = 0.61); not tau',
    tolerance: 'sign (> 0)',
    source: 'Ju et al. 2017, Brain 140:2104',
    unit: '%',
    measure: () =>
      pairedMean(
        ['slow-wave-disruption', {}],
        ['baseline', {}],
        (run) => series(run, 'csfAbeta')[focalWindows(run.core.trajectory).wake] ?? null,
        pctDiff,
      ),
    pass: above(0),
  },
  {
    id: 'GLY-10',
    kind: 'calibrated',
    kindReason:
      "abetaActivityRelease (0.4) was set from this row's own source (its citation names Kang et al. 2009), so the wake–Aβ correlation it checks was put in from it. For issue 13 the abstract was read: a correlation without r, so it stays a threshold row.",
    check: 'direction',
    publishedMagnitude: 'none in the abstract (ISF Aβ correlated with wakefulness and rose during acute deprivation)',
    quantity: 'Correlation of hourly interstitial Aβ with the hourly share of wake over the last 3 days (baseline)',
    target: 'ISF Aβ correlates with wakefulness; ↑ during acute SD',
    tolerance: 'r > 0.3 [P]',
    source: 'Kang et al. 2009, Science 326:1005',
    fromMice: true,
    unit: 'r',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', {}, seed);
        const ab = series(run, 'abeta');
        const st = run.result.stage;
        const xs: number[] = [];
        const ys: number[] = [];
        for (let h = ab.length - 72 * H; h + H <= ab.length; h += H) {
          let wake = 0;
          let sum = 0;
          for (let i = h; i < h + H; i++) {
            wake += st[i] === STAGE_CODE.W ? 1 : 0;
            sum += ab[i]!;
          }
          xs.push(wake / H);
          ys.push(sum / H);
        }
        return correlation(xs, ys);
      }),
    pass: above(0.3),
  },
];

// ── synapses ────────────────────────────────────────────────────────────────
const synapses: ValidationRow[] = [
  {
    id: 'SHY-01',
    kind: 'calibrated',
    kindReason:
      'synapsePotentiationRate_perH and synapseDownscalingRate_perH were set from this row (their citations name SHY-01).',
    check: 'magnitude',
    quantity: 'Net synaptic strength change, lights-off to final wake (baseline)',
    target: 'axon–spine interface −18 % after sleep; ~80 % of synapses scaled',
    tolerance: '−10 to −25 %',
    source: 'de Vivo et al. 2017, Science 355:507',
    fromMice: true,
    unit: '%',
    measure: () => base('synapticStrengthChange_pct'),
    pass: between(-25, -10),
  },
  {
    id: 'SHY-02',
    kind: 'independent',
    kindReason:
      'No parameter names SHY-02; the synapse rates were fitted on SHY-01, not on the after-wake ratio. For issue 13 the abstract was read: directions without sizes, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude: 'none in the abstract (evoked-response slope and amplitude rise after wake, fall after sleep)',
    quantity: 'Synaptic strength at habitual wake after a night awake ÷ after sleep (same clock time)',
    target: 'strength ↑ after wake, ↓ after sleep, largely independent of time of day',
    tolerance: 'ratio > 1',
    source: 'Vyazovskiy et al. 2008, Nat Neurosci 11:200',
    fromMice: true,
    unit: 'ratio',
    measure: () =>
      pairedMean(
        ['one-night-awake', {}],
        ['baseline', {}],
        (run) => series(run, 'synapticStrength')[focalWindows(run.core.trajectory).lightsOn] ?? null,
        (a, b) => a / b,
      ),
    pass: above(1),
  },
  {
    id: 'SHY-03',
    kind: 'independent',
    kindReason:
      'No parameter names SHY-03; the NE gating is a design choice, not fitted to this ratio. For issue 13 the abstract was read: a mechanism without sizes, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (Homer1a integrates arousal and sleep need through noradrenaline and adenosine)',
    quantity: 'Down-scaling per unit SWA in fragmented sleep (20 arousals/h, NE bursts) ÷ in baseline sleep',
    target: 'NE in wake excludes Homer1a; AMPAR removal needs the NE fall of sleep',
    tolerance: 'ratio < 1 (NE gating)',
    source: 'Diering et al. 2017, Science 355:511',
    fromMice: true,
    unit: 'ratio',
    measure: () =>
      pairedMean(
        ['fragmented-sleep', {}],
        ['baseline', {}],
        (run) => {
          const w = focalWindows(run.core.trajectory);
          const W = series(run, 'synapticStrength');
          const floor = DEFAULT_VALUES.synapseSparedFraction;
          let swa = 0;
          const s = run.core.trajectory.swa;
          for (let i = w.lightsOff; i < w.wake; i++) swa += s[i]! * EPOCH_H;
          return swa > 0 ? (Math.log(W[w.lightsOff]! - floor) - Math.log(W[w.wake]! - floor)) / swa : null;
        },
        (a, b) => a / b,
      ),
    pass: below(1),
  },
  {
    id: 'SHY-04',
    kind: 'independent',
    kindReason: 'No parameter names SHY-04; the slope follows from SWA and synaptic strength, not a fit.',
    check: 'direction',
    quantity: 'Slow-wave slope, first NREM episode ÷ last NREM episode (baseline)',
    target: 'slopes steeper early than late in sleep, declining with SWA',
    tolerance: 'ratio > 1',
    source: 'Tononi & Cirelli 2014, Neuron 81:12; Esser, Hill & Tononi 2007, Sleep 30:1617',
    fromMice: true,
    unit: 'ratio',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', {}, seed);
        const eps = run.measures.hypnogram.nremEpisodes;
        if (eps.length < 2) return null;
        const x = series(run, 'slowWaveSlope');
        const nonzero = (i: number) => x[i]! > 0;
        const first = meanOver(x, eps[0]!.start, eps[0]!.end, nonzero);
        const last = meanOver(x, eps[eps.length - 1]!.start, eps[eps.length - 1]!.end, nonzero);
        return first === null || last === null ? null : first / last;
      }),
    pass: above(1),
  },
];

// ── adenosine (core's homeostat; measured here from its series) ─────────────
const PORKKA_2000 = 'Porkka-Heiskanen et al. 2000, Neuroscience 99:507';
const adenosine: ValidationRow[] = [
  {
    id: 'ADO-01',
    kind: 'calibrated',
    kindReason:
      'adenosineGain was set from this row (its citation names ADO-01…03), and adenosineSleepDrop (0.15) was taken from this same target.',
    check: 'magnitude',
    quantity: 'Extracellular adenosine in focal sleep vs the preceding 16 h of wake (cat data)',
    target: '15–20 % lower in sleep than wake (NREM ≈ REM)',
    tolerance: '10–25 % lower',
    source: PORKKA_2000,
    unit: '% lower',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', {}, seed);
        const w = focalWindows(run.core.trajectory);
        const a = run.core.trajectory.adenosine;
        const wake = meanOver(a, w.lightsOff - 16 * H, w.lightsOff, stageIs(run, STAGE_CODE.W));
        const sleep = meanOver(a, w.lightsOff, w.wake, (i) => run.result.stage[i] !== STAGE_CODE.W);
        return wake === null || sleep === null ? null : (1 - sleep / wake) * 100;
      }),
    pass: between(10, 25),
  },
  {
    id: 'ADO-02',
    kind: 'calibrated',
    kindReason: 'adenosineGain was set from this row (its citation names ADO-01…03); it still fails.',
    check: 'magnitude',
    quantity: 'Adenosine after 6 h of extended wake (23:00 → 05:00) ÷ at its start (cat basal forebrain)',
    target: '↑ to 140 % of baseline',
    tolerance: '120–160 %',
    source: `${PORKKA_2000}; Porkka-Heiskanen et al. 1997, Science 276:1265`,
    unit: '%',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', { bedtime: 5, timeInBed_h: 8 }, seed);
        const off = focalWindows(run.core.trajectory).lightsOff;
        const a = run.core.trajectory.adenosine;
        return (100 * a[off]!) / a[off - 6 * H]!;
      }),
    pass: between(120, 160),
    expectedFailure: true,
  },
  {
    id: 'ADO-03',
    kind: 'calibrated',
    kindReason:
      'adenosineGain was set from this row (its citation names ADO-01…03); it still fails. For issue 13 the abstract was read: no size at 3 h, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none at 3 h (basal forebrain adenosine declined very slowly and stayed significantly elevated through 3 h of recovery sleep; the 140 % peak is ADO-02)',
    quantity: 'Adenosine after 3 h of recovery sleep (after 6 h extended wake) ÷ at the start of the extended wake',
    target: 'declines very slowly; still elevated after 3 h of recovery sleep',
    tolerance: 'ratio > 1 (recovery τ ≫ 1 h)',
    source: PORKKA_2000,
    unit: 'ratio',
    measure: () =>
      populationMean((seed) => {
        const run = runScenario('baseline', { bedtime: 5, timeInBed_h: 8 }, seed);
        const w = focalWindows(run.core.trajectory);
        if (w.sleepOnset === null) return null;
        const a = run.core.trajectory.adenosine;
        return a[w.sleepOnset + 3 * H]! / a[w.lightsOff - 6 * H]!;
      }),
    pass: above(1),
    expectedFailure: true,
  },
  {
    id: 'ADO-04',
    kind: 'calibrated',
    kindReason: 'a1AdenosineGain was set from this row (its citation names ADO-04); it still fails.',
    check: 'magnitude',
    quantity:
      'A1 receptor density after 14 h of recovery sleep (11:00–01:00) ÷ after 52 h awake, minus 1 (the fall recovery sleep brings)',
    target:
      'A1AR availability fell by 11 % (insula) to 14 % (striatum) over 14 h of recovery sleep after 52 h awake, back to the level after baseline sleep (15 men, PET)',
    // The abstract gives the regional range, no spread; the band widens that range by half either side.
    tolerance: '−21 to −7 % (the published regional range of −11 to −14 % widened by half either side)',
    source: 'Elmenhorst et al. 2017, PNAS 114:4243 (abstract)',
    unit: '%',
    measure: () =>
      populationMean((seed) => {
        const run = runTimeline(
          'elmenhorst-2017',
          (p) =>
            scheduleTimeline(
              p,
              [
                { bedtime: 23, tib_h: 0 },
                { bedtime: 11, tib_h: 14 },
              ],
              1,
            ),
          {},
          seed,
        );
        const a1 = run.core.trajectory.a1Receptor;
        if (!a1) return null;
        const w = focalWindows(run.core.trajectory);
        // Lights-off is the end of the 52 h awake (07:00 → 11:00 two days on); lights-on ends the 14 h.
        return pctDiff(a1[w.lightsOn]!, a1[w.lightsOff]!);
      }),
    pass: between(-21, -7),
    // Measured ≈ −2 %: the receptor rises ≈ +10 % over the 52 h but recovers with a time constant
    // of days, not hours. The A1 dynamics live in the homeostat (core model), outside the
    // restoration modules, so the row stays an expected failure for the core's owners.
    expectedFailure: true,
  },
];

// ── outcome ─────────────────────────────────────────────────────────────────
/** Hours awake at which lapses above their 10-h level reach twice their 17-h level (28 h sustained wake from 08:00). */
function doublingTime_h(seed: number): number | null {
  // A night awake, then lights-off at 12:00 the next day: awake 07:00 → 12:00 (29 h).
  const run = runTimeline(
    'dawson-reid-1997',
    (p) =>
      scheduleTimeline(
        p,
        [
          { bedtime: 23, tib_h: 0 },
          { bedtime: 12, tib_h: 8 },
        ],
        1,
      ),
    {},
    seed,
  );
  const w = focalWindows(run.core.trajectory);
  const lapses = series(run, 'pvtLapses');
  const start = w.lightsOff - 29 * H;
  const at = (h: number) => lapses[start + Math.round(h * H)]!;
  const ref = at(10);
  const target = 2 * (at(17) - ref);
  if (!(target > 0)) return null;
  for (let h = 17; h <= 29; h += EPOCH_H) if (at(h) - ref >= target) return h;
  return null;
}

const outcome: ValidationRow[] = [
  {
    id: 'COG-01',
    kind: 'echo',
    kindReason:
      "Returns ≈ outcomeCriticalWake_h (15.84 h/day, taken from Van Dongen et al. 2003, the row's own source) as the knee of the lapse fit.",
    check: 'magnitude',
    quantity:
      'Daily wake duration (24 h − time in bed) at the knee of a hinge fit of next-morning PVT lapses after 14 nights of 4–10 h in bed (wake 07:00)',
    target: 'lapses near-linear in wake in excess of 15.84 h/day (s.e. 0.73)',
    tolerance: 'threshold 15–17 h',
    source: 'Van Dongen, Maislin, Mullington & Dinges 2003, Sleep 26:117',
    unit: 'h/day',
    measure: () => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const tib of [4, 5, 6, 7, 8, 9, 10]) {
        const lapses = populationMean(
          (seed) => {
            const nights = Array.from({ length: 14 }, () => ({ bedtime: (31 - tib) % 24, tib_h: tib }));
            return (
              runTimeline(`van-dongen-2003-${tib}h`, (p) => scheduleTimeline(p, nights, 13), {}, seed).result.metrics
                .pvtLapsesNextMorning ?? null
            );
          },
          POPULATION_SEEDS.slice(0, 3),
        );
        if (lapses === null) return null;
        xs.push(24 - tib);
        ys.push(lapses);
      }
      let best: { theta: number; sse: number } | null = null;
      for (let theta = 12; theta <= 20.001; theta += 0.05) {
        const hinge = xs.map((x) => Math.max(0, x - theta));
        const mh = hinge.reduce((a, b) => a + b, 0) / hinge.length;
        const my = ys.reduce((a, b) => a + b, 0) / ys.length;
        let sxy = 0;
        let sxx = 0;
        for (let i = 0; i < xs.length; i++) {
          sxy += (hinge[i]! - mh) * (ys[i]! - my);
          sxx += (hinge[i]! - mh) ** 2;
        }
        const b = sxx > 0 ? sxy / sxx : 0;
        const a = my - b * mh;
        const sse = ys.reduce((s, y, i) => s + (y - a - b * hinge[i]!) ** 2, 0);
        if (b > 0 && (best === null || sse < best.sse - 1e-12)) best = { theta, sse };
      }
      return best?.theta ?? null;
    },
    pass: between(15, 17),
  },
  {
    id: 'COG-04',
    kind: 'echo',
    kindReason: 'Returns the constant PVT_LAPSE_THRESHOLD_MS (500 ms) itself.',
    check: 'magnitude',
    quantity: 'PVT lapse definition used by the outcome model',
    target: 'reaction time > 500 ms',
    tolerance: 'exact',
    source: 'Belenky et al. 2003, J Sleep Res 12:1',
    unit: 'ms',
    measure: () => PVT_LAPSE_THRESHOLD_MS,
    pass: (v) => v === 500,
  },
  {
    id: 'COG-05',
    kind: 'independent',
    kindReason:
      'No parameter names COG-05; pvtLapsesPerFatigue was fitted to ≈ 10–14 lapses after a night awake, not to the BAC-equivalent time.',
    check: 'magnitude',
    quantity:
      'Hours of sustained wake (from 07:00) at which the rise in lapses over their 10-h level doubles the 17-h rise (17 h ≈ 0.05 %, 24 h ≈ 0.10 % BAC)',
    target: '17 h awake ≈ 0.05 % BAC; 24 h ≈ 0.10 %',
    tolerance: '24 ± 2 h',
    source: 'Dawson & Reid 1997, Nature 388:235',
    unit: 'h awake',
    measure: () => populationMean(doublingTime_h, POPULATION_SEEDS.slice(0, 3)),
    pass: between(22, 26),
    expectedFailure: true,
  },
  {
    id: 'COG-06',
    kind: 'independent',
    kindReason: 'No parameter names COG-06; as COG-05, nothing is fitted to the BAC-equivalent time.',
    check: 'magnitude',
    quantity: 'As COG-05: hours awake equivalent to 0.10 % BAC',
    target: '~20–25 h awake ≈ 0.10 % BAC depending on task',
    tolerance: '20–25 h',
    source: 'Lamond & Dawson 1999, J Sleep Res 8:255',
    unit: 'h awake',
    measure: () => populationMean(doublingTime_h, POPULATION_SEEDS.slice(0, 3)),
    pass: between(20, 25),
    expectedFailure: true,
  },
  {
    id: 'COG-07',
    kind: 'independent',
    kindReason:
      "Nothing can be fitted: the benchmark's condition means are not in the project, so it measures nothing.",
    check: 'magnitude',
    quantity: 'Prediction error of PVT lapses over the 14 UMP benchmark conditions',
    target: 'average prediction error 7–36 %; within 2 SE 87 % of the time',
    tolerance: 'match or beat',
    source: 'Ramakrishnan et al. 2016, Sleep 39:249',
    unit: '%',
    // The benchmark's condition means are not in the project; without them no error can be computed.
    measure: () => null,
    pass: (v) => v !== null && v <= 36,
    expectedFailure: true,
  },
  {
    id: 'COG-08',
    kind: 'independent',
    kindReason:
      'kssIntercept and kssPerFatigue were fitted to Åkerstedt & Gillberg 1990 anchors, not to the signs of this regression.',
    check: 'direction',
    publishedMagnitude: 'KSS = −24.34 + 2.28 H − 1.74 C',
    quantity:
      'KSS over waking epochs regressed on Process S and circadian alerting (baseline): S coefficient > 0 and C coefficient < 0 — criteria met',
    target: 'KSS = −24.34 + 2.28 H − 1.74 C (homeostatic up, circadian down)',
    tolerance: '2 of 2',
    source: 'Postnova et al. 2018, J Biol Rhythms 33:203',
    unit: 'criteria',
    measure: () => {
      const run = runScenario('baseline', {}, 1);
      const tr = run.core.trajectory;
      const kss = series(run, 'kss');
      // Two-regressor least squares on the last 3 waking days.
      let n = 0,
        sS = 0,
        sC = 0,
        sK = 0,
        sSS = 0,
        sCC = 0,
        sSC = 0,
        sSK = 0,
        sCK = 0;
      for (let i = tr.epochs - 72 * H; i < tr.epochs; i++) {
        if (tr.stage[i] !== STAGE_CODE.W || kss[i]! <= 1 || kss[i]! >= 9) continue;
        const S = tr.processS[i]!;
        const C = tr.circadianAlerting[i]!;
        const K = kss[i]!;
        n++;
        sS += S;
        sC += C;
        sK += K;
        sSS += S * S;
        sCC += C * C;
        sSC += S * C;
        sSK += S * K;
        sCK += C * K;
      }
      if (n < 10) return null;
      const vSS = sSS - (sS * sS) / n,
        vCC = sCC - (sC * sC) / n,
        vSC = sSC - (sS * sC) / n;
      const vSK = sSK - (sS * sK) / n,
        vCK = sCK - (sC * sK) / n;
      const det = vSS * vCC - vSC * vSC;
      const bS = (vSK * vCC - vCK * vSC) / det;
      const bC = (vCK * vSS - vSK * vSC) / det;
      return Number(bS > 0) + Number(bC < 0);
    },
    pass: (v) => v === 2,
  },
];

// ── neurotransmitters ───────────────────────────────────────────────────────
const SAPER = 'Saper et al. 2010, Neuron 68:1023';
const neuro: ValidationRow[] = [
  {
    id: 'NT-01',
    kind: 'echo',
    kindReason:
      'Returns differences of the per-stage drive table (NE: W 1 > N1–N3 0.2–0.5 > REM 0.02), whose values are readings of the ordering this row checks.',
    check: 'direction',
    quantity: 'Noradrenaline: min(W − NREM, NREM − REM) over the focal night and preceding wake',
    target: 'W > NREM > REM (near silent in REM)',
    tolerance: 'ordering (> 0)',
    source: `${SAPER}; Schellenberger Costa et al. 2016, J Comput Neurosci`,
    unit: 'rel.',
    measure: () =>
      populationMean((s) => {
        const x = byState(runScenario('baseline', {}, s), 'noradrenaline');
        return x && Math.min(x.wake - x.nrem, x.nrem - x.rem);
      }),
    pass: above(0),
  },
  {
    id: 'NT-02',
    kind: 'echo',
    kindReason:
      'Returns differences of the per-stage drive table (ACh: W 1, REM 1 > N1–N3 0.1–0.4), whose values are readings of the ordering this row checks.',
    check: 'direction',
    quantity: 'Acetylcholine: min(W − NREM, REM − NREM)',
    target: 'high in W and REM, low in NREM',
    tolerance: 'ordering (> 0)',
    source: `${SAPER}; Schellenberger Costa et al. 2016, J Comput Neurosci`,
    unit: 'rel.',
    measure: () =>
      populationMean((s) => {
        const x = byState(runScenario('baseline', {}, s), 'acetylcholine');
        return x && Math.min(x.wake - x.nrem, x.rem - x.nrem);
      }),
    pass: above(0),
  },
  {
    id: 'NT-03',
    kind: 'echo',
    kindReason:
      'Returns a difference of the per-stage drive table (GABA: N3 1, N2 0.75 > W 0.05), whose values are readings of the ordering this row checks.',
    check: 'direction',
    quantity: 'VLPO GABA: NREM − W',
    target: 'high in NREM',
    tolerance: 'ordering (> 0)',
    source: 'Phillips & Robinson 2007, J Biol Rhythms 22:167; Schellenberger Costa et al. 2016',
    unit: 'rel.',
    measure: () =>
      populationMean((s) => {
        const x = byState(runScenario('baseline', {}, s), 'gaba');
        return x && x.nrem - x.wake;
      }),
    pass: above(0),
  },
  {
    id: 'NT-04',
    kind: 'echo',
    kindReason:
      "The NE fall at sleep onset is the per-stage drive table (W 1 → N1/N2 0.5/0.3) seen through its time constants, so its sign is the table's.",
    check: 'direction',
    quantity: 'Noradrenaline 10–20 min after sleep onset vs the 10 min before it',
    target: 'NE falls at sleep onset, permitting Homer1a-driven AMPAR removal',
    tolerance: 'direction (< 0)',
    source: 'Diering et al. 2017, Science 355:511',
    fromMice: true,
    unit: '%',
    measure: () =>
      populationMean((s) => {
        const run = runScenario('baseline', {}, s);
        const on = focalWindows(run.core.trajectory).sleepOnset;
        if (on === null) return null;
        const ne = series(run, 'noradrenaline');
        const before = meanOver(ne, on - 20, on);
        const after = meanOver(ne, on + 20, on + 40);
        return before === null || after === null ? null : pctDiff(after, before);
      }),
    pass: below(0),
  },
];

function byStateArray(run: TimelineRun, x: Float32Array): { wake: number; nrem: number } | null {
  const w = focalWindows(run.core.trajectory);
  const wake = meanOver(x, w.lightsOff - 16 * H, w.lightsOff, stageIs(run, STAGE_CODE.W));
  const nrem = meanOver(x, w.lightsOff, w.wake, stageIs(run, STAGE_CODE.N2, STAGE_CODE.N3));
  return wake === null || nrem === null ? null : { wake, nrem };
}

export const RESTORATION_ROWS: ValidationRow[] = [
  ...endocrine,
  ...glymphatic,
  ...synapses,
  ...adenosine,
  ...outcome,
  ...neuro,
];
