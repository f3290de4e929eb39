/**
 * Validation rows of performance and sleepiness (the outcome module, issue 13): the Van Dongen et
 * al. 2003 dose–response, KSS against lapses, the circadian profile of a night awake, alcohol
 * equivalences, caffeine, recovery. Lapses and KSS are read at the same clock time for every
 * condition, 09:00 on the morning after the last night (2 h after the 07:00 lights-on), as means
 * over POPULATION_SEEDS unless a row says otherwise.
 * Over 400 lines because it is one table of rows, each with its protocol and source.
 */
import type { ValidationRow } from './row';
import { POPULATION_SEEDS, populationMean, runScenario, runTimeline, type TimelineRun } from './runs';
import { scheduleTimeline } from './protocols';
import { correlation } from './measures';
import { EPOCHS_PER_HOUR } from '../../shared/model/result';
import type { EventPlan } from './protocols';
import { DEFAULT_VALUES, type ParameterValues } from '../../shared/model/parameters';
import { performanceRhythmTable } from '../../shared/model/restoration/outcome/outcome';
import { phaseBin } from '../../shared/model/restoration/cortisol/cortisol';

const H = EPOCHS_PER_HOUR;
const between =
  (lo: number, hi: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo && v <= hi;
const atLeast =
  (lo: number) =>
  (v: number | null): boolean =>
    v !== null && v >= lo;

type Schedule = { bedtime: number; tib_h: number }[];
type Extra = (tl: EventPlan, nights: readonly { off_h: number }[], p: ParameterValues) => void;

/** A schedule after the run-in (its last night focal), memoized by key. */
function runSchedule(key: string, schedule: Schedule, seed: number, extra?: Extra): TimelineRun {
  return runTimeline(
    `perf:${key}`,
    (p) => scheduleTimeline(p, schedule, schedule.length - 1, extra && ((tl, nights) => extra(tl, nights, p))),
    {},
    seed,
  );
}

function series(run: TimelineRun, id: string): Float32Array {
  const s = run.result.series[id];
  if (!s) throw new Error(`series ${id} missing from the result`);
  return s;
}

const restrict = (tib: number, n: number): Schedule =>
  Array.from({ length: n }, () => ({ bedtime: (31 - tib) % 24, tib_h: tib }));
const awake = (n: number): Schedule => Array.from({ length: n }, () => ({ bedtime: 23, tib_h: 0 }));

/** Epoch of 07:00 on the morning after the focal night (the focal lights-on, or the habitual one). */
const morningAfter = (run: TimelineRun): number => run.core.trajectory.focal.lightsOn;
/** A series at 09:00 on the morning after the last night. */
const at09 = (run: TimelineRun, id: string): number => series(run, id)[morningAfter(run) + 2 * H]!;

/** Mean over the population of a series at 09:00 after a schedule. */
const mean09 = (key: string, schedule: Schedule, id = 'pvtLapses'): number | null =>
  populationMean((seed) => at09(runSchedule(key, schedule, seed), id));

const lapses14 = (tib: number) => mean09(`vd-${tib}h-14`, restrict(tib, 14));
const lapsesAwake = (n: number) => mean09(`vd-tsd-${n}`, awake(n));
const kss14 = (tib: number) => mean09(`vd-${tib}h-14`, restrict(tib, 14), 'kss');
const kssAwake = (n: number) => mean09(`vd-tsd-${n}`, awake(n), 'kss');
const baselineLapses = (): number | null => mean09('vd-8h-1', restrict(8, 1));

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b;

/** The population-mean lapse series of 3 nights awake from 07:00 of the first day, hourly. */
function sustainedWake(hours: number, id = 'pvtLapses'): Float64Array | null {
  const out = new Float64Array(hours);
  for (const seed of POPULATION_SEEDS) {
    const run = runSchedule('vd-tsd-3', awake(3), seed);
    const start = morningAfter(run) - 72 * H; // 07:00 of the first day awake
    const x = series(run, id);
    for (let h = 0; h < hours; h++) out[h] = out[h]! + x[start + h * H]! / POPULATION_SEEDS.length;
  }
  return out;
}

/** Mean of an hourly profile over [from, to) hours. */
const meanHours = (x: Float64Array, from: number, to: number): number => {
  let s = 0;
  for (let h = from; h < to; h++) s += x[h]!;
  return s / (to - from);
};

// ── alcohol equivalence ─────────────────────────────────────────────────────
/**
 * Lapse rise in a rested person where blood alcohol first reaches `level` g/L (1.2 g/kg at 08:00,
 * the focal day after an ordinary night), against the same epoch without alcohol.
 */
function alcoholRise(level: number, seed: number): number | null {
  const drink = runSchedule('bac-drink', restrict(8, 1), seed, (tl, nights, p) =>
    tl.alcohol(nights[p.runInDays]!.off_h + 9, 1.2),
  );
  const dry = runSchedule('vd-8h-1', restrict(8, 1), seed);
  const bac = drink.core.trajectory.alcohol_gPerL;
  const from = morningAfter(drink) + H;
  for (let i = from; i < from + 6 * H; i++) {
    if (bac[i]! >= level) return series(drink, 'pvtLapses')[i]! - series(dry, 'pvtLapses')[i]!;
  }
  return null;
}

/** Hours of sustained wake from 07:00 at which the lapse rise over its 3-h level equals that of `level` g/L. */
function equivalentHours(level: number): number | null {
  const rise = populationMean((seed) => alcoholRise(level, seed));
  const curve = sustainedWake(36);
  if (rise === null || curve === null) return null;
  for (let h = 4; h < 36; h++) {
    const a = curve[h - 1]! - curve[3]!;
    const b = curve[h]! - curve[3]!;
    if (a < rise && b >= rise) return h - 1 + (rise - a) / (b - a);
  }
  return null;
}

// ── caffeine during 48 h awake (Hansen et al. 2019) ─────────────────────────
/** Lapses 1–3 h after the two 01:00 doses (doses at 13:00, 01:00, 13:00, 01:00; woken 07:00). */
function lapsesAfterNightDoses(mg: number, seed: number): number {
  const run = runSchedule(`hansen-${mg}`, awake(2), seed, (tl, nights, p) => {
    const off = nights[p.runInDays]!.off_h; // 23:00 of the first night awake
    for (const t of [off - 10, off + 2, off + 14, off + 26]) tl.caffeine(t, mg);
  });
  const off = morningAfter(run) - 32 * H; // 23:00 of the first night awake
  const l = series(run, 'pvtLapses');
  let s = 0;
  let n = 0;
  for (const d of [2, 26])
    for (let i = off + (d + 1) * H; i < off + (d + 3) * H; i++) {
      s += l[i]!;
      n++;
    }
  return s / n;
}
const caffeineRatio = (mg: number): number | null =>
  populationMean(
    (seed) => lapsesAfterNightDoses(mg, seed) / lapsesAfterNightDoses(0, seed),
    POPULATION_SEEDS.slice(0, 5),
  );

// ── recovery protocols ──────────────────────────────────────────────────────
/** Daily mean of lapses at 09:00, 12:00, 15:00, 18:00 and 21:00 on day `d` (0 = the day after the first scheduled night). */
function dayMean(run: TimelineRun, firstMorning: number, d: number): number {
  const l = series(run, 'pvtLapses');
  let s = 0;
  for (const h of [2, 5, 8, 11, 14]) s += l[firstMorning + d * 24 * H + h * H]!;
  return s / 5;
}

/** Belenky et al. 2003: 7 nights of `tib` h ending 07:00, then 3 nights 23:00–07:00; daily means, days 1–10. */
function belenky(tib: number): number[] | null {
  const days = new Array<number>(10).fill(0);
  const seeds = POPULATION_SEEDS.slice(0, 5);
  for (const seed of seeds) {
    const run = runSchedule(`belenky-${tib}`, [...restrict(tib, 7), ...restrict(8, 3)], seed);
    const first = morningAfter(run) - 9 * 24 * H; // 07:00 after the first restricted night
    for (let d = 0; d < 10; d++) days[d]! += dayMean(run, first, d) / seeds.length;
  }
  return days;
}

/** Banks et al. 2010: 2 nights 22:00–08:00, 5 nights 04:00–08:00, one recovery night of `tib` h ending 08:00; lapses at 10:00 after it. */
function banks(tib: number): number | null {
  const schedule: Schedule = [
    { bedtime: 22, tib_h: 10 },
    { bedtime: 22, tib_h: 10 },
    ...Array.from({ length: 5 }, () => ({ bedtime: 4, tib_h: 4 })),
    { bedtime: tib === 0 ? 23 : (32 - tib) % 24, tib_h: tib },
  ];
  return populationMean(
    (seed) => {
      const run = runSchedule(`banks-${tib}`, schedule, seed);
      // The morning after the recovery night: 08:00 is 1 h after the 07:00 habitual lights-on of a night awake.
      const eight = tib === 0 ? morningAfter(run) + H : morningAfter(run);
      return series(run, 'pvtLapses')[eight + 2 * H]!;
    },
    POPULATION_SEEDS.slice(0, 5),
  );
}
const banksBaseline = (): number | null =>
  populationMean(
    (seed) => {
      const run = runSchedule(
        'banks-base',
        [
          { bedtime: 22, tib_h: 10 },
          { bedtime: 22, tib_h: 10 },
        ],
        seed,
      );
      return series(run, 'pvtLapses')[morningAfter(run) + 2 * H]!;
    },
    POPULATION_SEEDS.slice(0, 5),
  );

/** Lamond et al. 2007: `awakeNights` nights awake, then 5 recovery nights of 9 h (23:00–08:00) or 6 h (02:00–08:00). */
function lamond(awakeNights: number, recovery: 9 | 6, afterNight: number): number | null {
  const rec = { bedtime: recovery === 9 ? 23 : 2, tib_h: recovery };
  const schedule: Schedule = [...awake(awakeNights), ...Array.from({ length: 5 }, () => rec)];
  return populationMean(
    (seed) => {
      const run = runSchedule(`lamond-${awakeNights}-${recovery}`, schedule, seed);
      // 10:00 after recovery night `afterNight` (1–5): lights-on 08:00 of the last night minus the nights after it.
      const lastMorning = morningAfter(run);
      return series(run, 'pvtLapses')[lastMorning - (5 - afterNight) * 24 * H + 2 * H]!;
    },
    POPULATION_SEEDS.slice(0, 5),
  );
}
const lamondBaseline = (): number | null =>
  populationMean(
    (seed) => {
      const run = runSchedule('lamond-base', [{ bedtime: 23, tib_h: 9 }], seed);
      return series(run, 'pvtLapses')[morningAfter(run) + 2 * H]!;
    },
    POPULATION_SEEDS.slice(0, 5),
  );

const VAN_DONGEN_2003 = 'Van Dongen, Maislin, Mullington & Dinges 2003, Sleep 26:117';
const DAWSON_REID = 'Dawson & Reid 1997, Nature 388:235';
const WILLIAMSON_FEYER = 'Williamson & Feyer 2000, Occup Environ Med 57:649 (Table 6: simple RT speed)';
const HANSEN_2019 =
  'Hansen, Ramakrishnan, Satterfield, Wesensten, Layton, Reifman & Van Dongen 2019, Psychopharmacology 236:1313';

export const PERFORMANCE_ROWS: ValidationRow[] = [
  {
    id: 'PERF-01',
    kind: 'independent',
    kindReason:
      'The chronic bank is linear in excess wake by construction, but nothing was fitted to linearity of the lapses, which also read Process S, the circadian term and the saturating PVT count.',
    check: 'direction',
    quantity:
      'Correlation of 09:00 lapses with cumulative excess wake (Σ (24 − TIB − 15.84 h) per day) over days 2–14 of 4-h and 6-h in bed (wake 07:00)',
    target: 'lapses "near-linearly related" to cumulative excess wakefulness across conditions',
    tolerance: 'r ≥ 0.95',
    source: VAN_DONGEN_2003,
    unit: 'r',
    measure: () => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const tib of [4, 6]) {
        for (let d = 2; d <= 14; d += 2) {
          const y = populationMean((seed) => {
            const run = runSchedule(`vd-${tib}h-14`, restrict(tib, 14), seed);
            return series(run, 'pvtLapses')[morningAfter(run) - (14 - d) * 24 * H + 2 * H]!;
          });
          if (y === null) return null;
          xs.push(d * (24 - tib - 15.84));
          ys.push(y);
        }
      }
      return correlation(xs, ys);
    },
    pass: atLeast(0.95),
  },
  {
    id: 'PERF-02',
    kind: 'calibrated',
    kindReason:
      'outcomeBankWeight was set so that this ratio and PERF-03 fall near 1, together with the recovery rows PERF-06/07 (the bank credit and buffer were set from the critical wake and the rested day).',
    check: 'magnitude',
    quantity: 'Lapses at 09:00 after 14 nights of 4 h in bed (03:00–07:00) / after 2 nights awake',
    target: '4 h × 14 ≈ 2 nights of total sleep deprivation ("up to 2 nights")',
    tolerance: '0.6–1.4 (within 40 %, the acceptance of issue 13)',
    source: VAN_DONGEN_2003,
    unit: 'ratio',
    measure: () => ratio(lapses14(4), lapsesAwake(2)),
    pass: between(0.6, 1.4),
  },
  {
    id: 'PERF-03',
    kind: 'calibrated',
    kindReason: 'The same bank parameters as PERF-02 were set on both ratios together.',
    check: 'magnitude',
    quantity: 'Lapses at 09:00 after 14 nights of 6 h in bed (01:00–07:00) / after 1 night awake',
    target: '6 h × 14 ≈ 1 night of total sleep deprivation (secondary wording; the abstract says "up to 2 nights")',
    tolerance: '0.6–1.4',
    source: VAN_DONGEN_2003,
    unit: 'ratio',
    measure: () => ratio(lapses14(6), lapsesAwake(1)),
    pass: between(0.6, 1.4),
  },
  {
    id: 'PERF-24',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to the 8-h arm, but outcomeBankBuffer_h was chosen to cover the standing balance of the habitual 8-h sleeper, so this is close to a construction check.',
    check: 'magnitude',
    quantity: 'Lapses at 09:00 after 14 nights of 8 h in bed minus after one such night',
    target: '8 h × 14: no cumulative deficit',
    tolerance: '≤ 1 lapse',
    source: VAN_DONGEN_2003,
    unit: 'lapses',
    measure: () => {
      const a = lapses14(8);
      const b = baselineLapses();
      return a === null || b === null ? null : a - b;
    },
    pass: between(-1, 1),
  },
  {
    id: 'PERF-04',
    kind: 'independent',
    kindReason:
      'kssChronicMax/kssChronicSaturation_h were set on PERF-25 (the day-14 gap), not on the shape of the two time courses compared here.',
    check: 'direction',
    quantity:
      'Under 14 × 4 h: rise of KSS from day 4 to day 14 relative to its day-0→4 rise, minus the same for lapses (09:00)',
    target: 'subjective sleepiness levels off after a few days while lapses keep rising',
    tolerance: '< 0 (KSS levels off more than lapses)',
    source: VAN_DONGEN_2003,
    unit: 'difference of relative rises',
    measure: () => {
      const read = (id: string, d: number) =>
        populationMean((seed) => {
          const run = runSchedule('vd-4h-14', restrict(4, 14), seed);
          return series(run, id)[morningAfter(run) - (14 - d) * 24 * H + 2 * H]!;
        });
      const rel = (id: string, base: number | null): number | null => {
        const d4 = read(id, 4);
        const d14 = read(id, 14);
        return base === null || d4 === null || d14 === null || d4 === base ? null : (d14 - d4) / (d4 - base);
      };
      const k = rel('kss', mean09('vd-8h-1', restrict(8, 1), 'kss'));
      const l = rel('pvtLapses', baselineLapses());
      return k === null || l === null ? null : k - l;
    },
    pass: (v) => v !== null && v < 0,
  },
  {
    id: 'PERF-25',
    kind: 'calibrated',
    kindReason: 'kssChronicMax and kssChronicSaturation_h were set so that this gap exceeds 1 point.',
    check: 'magnitude',
    quantity: 'KSS at 09:00 after 2 nights awake minus after 14 nights of 4 h in bed',
    target: 'subjects were "largely unaware" of their growing deficits under restriction',
    tolerance: '≥ 1 KSS point (the acceptance of issue 13)',
    source: VAN_DONGEN_2003,
    unit: 'KSS points',
    measure: () => {
      const a = kssAwake(2);
      const b = kss14(4);
      return a === null || b === null ? null : a - b;
    },
    pass: atLeast(1),
  },
  {
    id: 'PERF-26',
    kind: 'calibrated',
    kindReason: 'kssIntercept and kssPerFatigue were set on ≈3 on a rested morning and ≈7 after a night awake.',
    check: 'magnitude',
    quantity: 'KSS at 29 h awake (12:00 after a night awake from 07:00) and its range on the second night awake',
    target: 'KSS ≈ 7 ("sleepy, no effort to stay awake") after a night awake; not at the ceiling',
    tolerance: 'KSS at 29 h 6–8.5',
    source: 'Åkerstedt & Gillberg 1990, Int J Neurosci 52:29',
    unit: 'KSS',
    measure: () => {
      const k = sustainedWake(36, 'kss');
      return k === null ? null : k[29]!;
    },
    pass: between(6, 8.5),
  },
  {
    id: 'PERF-12',
    kind: 'calibrated',
    kindReason: 'pvtFatigueMargin (and the circadian weight) were set with the rested day in view.',
    check: 'magnitude',
    quantity: 'Mean lapses over the first 16 h of sustained wake (07:00–23:00) / rested lapses at 09:00',
    target: 'alertness and performance stay stable over the first ~16 h of wake',
    tolerance: '≤ 1.2',
    source: 'Dijk, Duffy & Czeisler 1992, J Sleep Res 1:112',
    unit: 'ratio',
    measure: () => {
      const x = sustainedWake(17);
      return x === null ? null : ratio(meanHours(x, 0, 17), baselineLapses());
    },
    pass: between(0, 1.2),
  },
  {
    id: 'PERF-13',
    kind: 'calibrated',
    kindReason:
      'outcomeCircadianWeight and outcomeCircadianAmplification were set with this profile in view (the amplification 1 → 1.5 when the bank weight rose).',
    check: 'direction',
    quantity:
      'During 3 nights awake (habitual 23:00–07:00): the worst hour of the second night and next day lies 04:00–10:00, and 14:00–20:00 of day 2 is better than that worst hour — criteria met',
    target: 'vigilance declines from midnight to ≈08:00, then partly recovers',
    tolerance: '2 of 2',
    source: 'Wesensten et al. 2002 (placebo arm), as figured in Gray, Psychology 7e, Fig. 6.13',
    unit: 'criteria',
    measure: () => {
      const x = sustainedWake(40);
      if (x === null) return null;
      let worst = 17; // 00:00 of day 2 = 17 h awake
      for (let h = 17; h < 37; h++) if (x[h]! > x[worst]!) worst = h;
      const clock = (7 + worst) % 24;
      return Number(clock >= 4 && clock <= 10) + Number(meanHours(x, 31, 37) < x[worst]!);
    },
    pass: (v) => v === 2,
  },
  {
    id: 'PERF-14',
    kind: 'independent',
    kindReason: "The rhythm's acrophase is SAFTE's (Hursh et al. 2004); nothing was fitted to Burke et al.",
    check: 'magnitude',
    quantity:
      'Clock hour of the minimum of the circadian performance term (rested 23:00–07:00 sleeper, last day of the baseline)',
    target: 'worst circadian performance ≈60° (≈09:00 for wake 07:00), best ≈240° (≈21:00)',
    tolerance: 'minimum 07:00–11:00',
    source: 'Burke, Scheer, Ronda, Czeisler & Wright 2015, J Sleep Res 24:364',
    unit: 'clock h',
    measure: () => {
      const tr = runScenario('baseline', {}, 1).core.trajectory;
      const table = performanceRhythmTable(DEFAULT_VALUES.outcomeCircadianAcrophaseAfterCbtMin_h);
      let worst = tr.epochs - 24 * H;
      for (let i = worst; i < tr.epochs; i++) {
        if (table[phaseBin(tr.circadianPhase_rad[i]!)]! < table[phaseBin(tr.circadianPhase_rad[worst]!)]!) worst = i;
      }
      return tr.clock_h[worst]!;
    },
    pass: between(7, 11),
    // Kept as an expected failure, with a reason: the target is not the model's task. Burke et al.
    // measured higher-order tasks (Stroop inhibitory control, visual search) and the phase of their
    // worst performance (≈60°, ≈4 h after CBTmin); the model predicts only a 10-min PVT, with
    // SAFTE's rhythm fitted to vigilance data (trough ≈03:30, about 1 h before CBTmin; peak in the
    // evening wake-maintenance zone, where Muck et al. 2022, Clocks & Sleep 4:23, found the
    // circadian peak of the PVT and the DSST alike). Moving the trough to 09:00 would move the worst
    // lapses of a night awake into the late morning, against PERF-13 (vigilance falls to ≈08:00,
    // then recovers). A second rhythm for higher-order tasks would need its own outcome series.
    expectedFailure: true,
  },
  {
    id: 'PERF-15',
    kind: 'independent',
    kindReason:
      'Nothing was fitted to the evening of the second day; the rhythm is SAFTE’s and its amplification was set on PERF-13.',
    check: 'direction',
    quantity:
      'Sustained wake from 07:00: lapses 18:00–21:00 of day 2 (the 3 h before DLMO ≈21:00) below 15:00–18:00; and a rested sleeper at 23:00 within 2 lapses of 09:00 — criteria met',
    target: 'sustained attention improves in the wake-maintenance zone (3 h before DLMO)',
    tolerance: '2 of 2',
    source:
      'McMahon et al. 2021, J Sleep Res 30:e13312 (PVT, WMZ vs the 3 h before it, 40 h awake); "The alerting effect of the wake maintenance zone during 40 hours of sleep deprivation", Sci Rep 2018, 8:11012',
    unit: 'criteria',
    measure: () => {
      const x = sustainedWake(40);
      const rested = baselineLapses();
      if (x === null || rested === null) return null;
      return Number(meanHours(x, 35, 38) < meanHours(x, 32, 35)) + Number(x[16]! - rested <= 2);
    },
    pass: (v) => v === 2,
  },
  {
    id: 'PERF-09',
    kind: 'calibrated',
    kindReason: 'outcomeAlcoholFatigue_LPerG was set on this row (0.05 % BAC ≈ 17–18.5 h awake).',
    check: 'magnitude',
    quantity:
      'Hours of sustained wake (from 07:00) whose lapse rise equals that of 0.05 % BAC (0.5 g/L) in a rested person (1.2 g/kg at 08:00, read where BAC first reaches the level)',
    target: '0.05 % BAC ≈ 16.9–18.6 h awake across measures; simple RT speed 18.04 h (95 % CI 17.12–18.96)',
    tolerance: '17.1–19.0 h',
    source: WILLIAMSON_FEYER,
    unit: 'h awake',
    measure: () => equivalentHours(0.5),
    pass: between(17.1, 19),
  },
  {
    id: 'PERF-16',
    kind: 'independent',
    kindReason: 'Only the 0.05 % level was fitted (PERF-09); the 0.10 % equivalence follows from the lapse curve.',
    check: 'magnitude',
    quantity: 'As PERF-09, for 0.10 % BAC (1.0 g/L)',
    target: '0.10 % BAC ≈ 17.7–19.7 h awake; simple RT speed 18.71 h (95 % CI 17.56–19.86)',
    tolerance: '17.6–19.9 h',
    source: WILLIAMSON_FEYER,
    unit: 'h awake',
    measure: () => equivalentHours(1),
    pass: between(17.6, 19.9),
    // Williamson & Feyer's 0.10 % lies within 1 h of their 0.05 %; Dawson & Reid (PERF-10) and
    // Lamond & Dawson (PERF-11) put it at 20–26 h. The model lands between them (≈20.5 h).
    expectedFailure: true,
  },
  {
    id: 'PERF-10',
    kind: 'independent',
    kindReason: 'As PERF-16: only the 0.05 % level was fitted.',
    check: 'magnitude',
    quantity: 'As PERF-09, for 0.10 % BAC (1.0 g/L)',
    target: '17 h awake ≈ 0.05 % BAC; 24 h ≈ "roughly 0.10 %"',
    tolerance: '24 ± 2 h',
    source: DAWSON_REID,
    unit: 'h awake',
    measure: () => equivalentHours(1),
    pass: between(22, 26),
    // The model's lapse rise at dawn after a night awake already exceeds that of 0.10 % by ≈20.5 h.
    expectedFailure: true,
  },
  {
    id: 'PERF-11',
    kind: 'independent',
    kindReason: 'As PERF-16: only the 0.05 % level was fitted.',
    check: 'magnitude',
    quantity: 'As PERF-09, for 0.10 % BAC (1.0 g/L)',
    target: '≈20–25 h awake ≈ 0.10 % BAC, depending on task',
    tolerance: '20–25 h',
    source: 'Lamond & Dawson 1999, J Sleep Res 8:255',
    unit: 'h awake',
    measure: () => equivalentHours(1),
    pass: between(20, 25),
  },
  {
    id: 'PERF-27',
    kind: 'independent',
    kindReason: 'Nothing was fitted to next-morning lapses after alcohol.',
    check: 'direction',
    quantity: 'Next-morning lapses after 0.6 g/kg alcohol 1 h before bed minus after none (baseline scenario)',
    target: 'alcohol at bedtime does not improve next-day vigilance (second-half sleep disruption)',
    tolerance: '≥ 0',
    source: 'Roehrs & Roth 2001, Alcohol Res Health 25:101',
    unit: 'lapses',
    measure: () =>
      populationMean((seed) => {
        const a = runScenario('baseline', { alcohol_gPerKg: 0.6 }, seed).result.metrics.pvtLapsesNextMorning;
        const b = runScenario('baseline', {}, seed).result.metrics.pvtLapsesNextMorning;
        return a === undefined || a === null || b === undefined || b === null ? null : a - b;
      }),
    pass: atLeast(0),
    // Not tightened to > 0: with the hangover term, 0.6 g/kg (peak ≈ 0.07 %) raises next-morning KSS
    // (≈ +0.6) but its fatigue stays inside the rested lapse margin, so lapses stay at the rested count.
  },
  {
    id: 'PERF-29',
    kind: 'calibrated',
    kindReason:
      'outcomeHangoverFatigue_LPerG (a design choice in size) was set with this row in view: large enough to lift next-morning lapses past the rested margin after 0.11 % BrAC.',
    check: 'direction',
    publishedMagnitude:
      'sustained attention during hangover: Hedges g = 0.47 (95 % CI 0.07–0.87), Gunn et al. 2018, Addiction 113:2182 (meta-analysis)',
    quantity:
      'Next morning after 0.9 g/kg alcohol 1 h before bed (peak BAC ≈ 0.11 %, baseline scenario) against none: PVT lapses higher, and KSS higher — criteria met',
    target:
      'after drinking to 0.11 % BrAC, more decrements next morning in tests of sustained attention and speed, and more next-day sleepiness; the sleep disruption did not mediate the performance effect',
    tolerance: '2 of 2',
    source:
      'Rohsenow, Howland, Arnedt, Almeida, Greece, Minsky, Kempler & Sales 2010, Alcohol Clin Exp Res 34:509 (PVT: Howland et al. 2010, J Addict Res Ther 1:101)',
    unit: 'criteria',
    measure: () => {
      const d = (id: 'pvtLapsesNextMorning' | 'kssNextMorning'): number | null =>
        populationMean((seed) => {
          const a = runScenario('baseline', { alcohol_gPerKg: 0.9 }, seed).result.metrics[id];
          const b = runScenario('baseline', {}, seed).result.metrics[id];
          return a === undefined || a === null || b === undefined || b === null ? null : a - b;
        });
      const lapses = d('pvtLapsesNextMorning');
      const kss = d('kssNextMorning');
      return lapses === null || kss === null ? null : Number(lapses > 0) + Number(kss > 0);
    },
    pass: (v) => v === 2,
    // The hangover state (fed by the alcohol eliminated, decaying over hours) adds to next-morning
    // fatigue and KSS apart from the night's sleep, as Rohsenow et al. found the performance effect
    // was not mediated by the sleep disruption. Without it lapses stayed at the rested count and
    // KSS was a little lower (deep first-half sleep lowers Process S).
  },
  {
    id: 'PERF-22',
    kind: 'calibrated',
    kindReason: 'outcomeCaffeinePotency_LPerMg was set on this row.',
    check: 'magnitude',
    quantity:
      'Lapses 1–3 h after the 01:00 doses of 200 mg caffeine (13:00, 01:00, 13:00, 01:00 during 48 h awake) / placebo',
    target: '"approaching two-fold performance improvements relative to placebo immediately after the nighttime" doses',
    tolerance: '0.40–0.70',
    source: HANSEN_2019,
    unit: 'ratio',
    measure: () => caffeineRatio(200),
    pass: between(0.4, 0.7),
  },
  {
    id: 'PERF-28',
    kind: 'independent',
    kindReason: 'Only the 200-mg arm was fitted (PERF-22); the 300-mg arm follows from the acting caffeine level.',
    check: 'magnitude',
    quantity: 'As PERF-22: lapse ratio with 300 mg / with 200 mg',
    target: 'no substantive difference between 200 and 300 mg',
    tolerance: '0.8–1.2',
    source: HANSEN_2019,
    unit: 'ratio',
    measure: () => {
      const a = caffeineRatio(300);
      const b = caffeineRatio(200);
      return ratio(a, b);
    },
    pass: between(0.8, 1.2),
  },
  {
    id: 'PERF-20',
    kind: 'calibrated',
    kindReason:
      'outcomeCaffeineTolerance and outcomeCaffeineToleranceTime_h (acute tolerance) were set on this row; the plasma half-life is untouched.',
    check: 'magnitude',
    quantity:
      'Hours after 600 mg caffeine at 23:50 of the third night awake (≈65 h awake) during which lapses stay ≤ 75 % of placebo',
    target: 'caffeine 600 mg restored PVT speed and alertness, "equally effective for approximately 2–4 h"',
    tolerance: '1–5 h (2–4 h ± 1 h)',
    source: 'Wesensten, Killgore & Balkin 2005, J Sleep Res 14:255',
    unit: 'h',
    measure: () =>
      populationMean(
        (seed) => {
          const caf = runSchedule('wesensten-600', awake(3), seed, (tl, nights, p) =>
            tl.caffeine(nights[p.runInDays + 2]!.off_h + 5 / 6, 600),
          );
          const placebo = runSchedule('vd-tsd-3', awake(3), seed);
          const dose = morningAfter(caf) - 8 * H + Math.round((5 / 6) * H); // 23:50 before the last morning
          const a = series(caf, 'pvtLapses');
          const b = series(placebo, 'pvtLapses');
          let h = 0;
          for (let i = dose + H / 2; i < dose + 16 * H && a[i]! <= 0.75 * b[i]!; i += H / 2) h += 0.5;
          return h;
        },
        POPULATION_SEEDS.slice(0, 5),
      ),
    pass: between(1, 5),
  },
  {
    id: 'PERF-23',
    kind: 'independent',
    kindReason: 'Only 200 mg was fitted (PERF-22).',
    check: 'direction',
    quantity:
      'As PERF-22: 40 mg lowers lapses by ≥ 10 %, and 300 mg gives ≥ 2/3 of the reduction of 600 mg — criteria met',
    target: '≈40 mg (0.5 mg/kg) to ≈300 mg (4 mg/kg) improve vigilance; little more above',
    tolerance: '2 of 2',
    source: 'McLellan, Caldwell & Lieberman 2016, Neurosci Biobehav Rev 71:294',
    unit: 'criteria',
    measure: () => {
      const r40 = caffeineRatio(40);
      const r300 = caffeineRatio(300);
      const r600 = caffeineRatio(600);
      if (r40 === null || r300 === null || r600 === null) return null;
      return Number(r40 <= 0.9) + Number(1 - r300 >= (2 / 3) * (1 - r600));
    },
    pass: (v) => v === 2,
  },
  {
    id: 'PERF-06',
    kind: 'calibrated',
    kindReason:
      'outcomeCoreSleep_h (no repayment of the acute store in nights shorter than the core) and the bank weight were set so that the 3-h arm drops ≥ 30 % after its first recovery night while the 5-h arm keeps its deficit.',
    check: 'direction',
    quantity:
      'Daily mean lapses (09:00–21:00), 7 nights of 3/5/7/9 h in bed then 3 × 8 h: 3 h rises every day; 7 h day 7 ≤ 9 h + 1; 3 h drops ≥ 30 % after the first recovery night; 5 h has an excess (> 1 lapse) and keeps ≥ 50 % of it after 3 recovery nights — criteria met',
    target:
      '3 h: lapses rise steadily, recover rapidly but incompletely; 7 h: speed stabilised at a reduced level, no recovery in 3 nights; 9 h: baseline (the 5-h plateau is not checked: the model keeps rising, as in Van Dongen 2003)',
    tolerance: '4 of 4',
    source: 'Belenky, Wesensten, Thorne, Thomas, Sing, Redmond, Russo & Balkin 2003, J Sleep Res 12:1',
    unit: 'criteria',
    measure: () => {
      const b3 = belenky(3);
      const b5 = belenky(5);
      const b7 = belenky(7);
      const b9 = belenky(9);
      if (b3 === null || b5 === null || b7 === null || b9 === null) return null;
      let rising = true;
      for (let d = 1; d < 7; d++) if (!(b3[d]! > b3[d - 1]!)) rising = false;
      const base = b9[0]!;
      return (
        Number(rising) +
        Number(b7[6]! <= b9[6]! + 1) +
        Number(b3[7]! <= 0.7 * b3[6]!) +
        Number(b5[6]! > base + 1 && b5[9]! - base >= 0.5 * (b5[6]! - base))
      );
    },
    pass: (v) => v === 4,
    // Not checked, and not met: after three recovery nights the 3-h arm (≈14.7 lapses) is still
    // about twice the 5-h arm (≈6.9), where Belenky found it at the 5/7-h level; the bank grows
    // with cumulative excess wake, so a longer restriction leaves a larger residual.
  },
  {
    id: 'PERF-07',
    kind: 'calibrated',
    kindReason:
      'The bank weight (1.5 → 2.1) was raised with the third criterion (the residual after 10 h) in view; monotonicity and saturation were not fitted.',
    check: 'direction',
    quantity:
      'Lapses at 10:00 after 5 × 4 h and one recovery night of 0/2/4/6/8/10 h: monotone fall with dose; saturating (0→4 h fall > 6→10 h fall); after 10 h still ≥ 20 % of the 0-h excess over baseline — criteria met',
    target: 'recovery of PVT lapses best fitted by an exponential in dose; even 10 h did not restore baseline',
    tolerance: '3 of 3',
    source: 'Banks, Van Dongen, Maislin & Dinges 2010, Sleep 33:1013',
    unit: 'criteria',
    measure: () => {
      const doses = [0, 2, 4, 6, 8, 10];
      const l = doses.map(banks);
      const base = banksBaseline();
      if (l.some((x) => x === null) || base === null) return null;
      const v = l as number[];
      let monotone = true;
      for (let k = 1; k < v.length; k++) if (!(v[k]! < v[k - 1]!)) monotone = false;
      return Number(monotone) + Number(v[0]! - v[2]! > v[3]! - v[5]!) + Number(v[5]! - base >= 0.2 * (v[0]! - base));
    },
    pass: (v) => v === 3,
    // The third criterion holds narrowly: after 10 h the excess is ≈6.2 lapses, 22 % of the 0-h
    // arm's ≈27.7.
  },
  {
    id: 'PERF-08',
    kind: 'calibrated',
    kindReason:
      'outcomeDebtRepayment_h was set on the first criterion (one 9-h night after a night awake), outcomeDebtCapacity_h/outcomeDebtOverflowShare on the third (two nights awake); the 6-h arm was not fitted.',
    check: 'direction',
    quantity:
      'Lapses at 10:00: 1 night awake then one 9-h night within 1 of baseline; 1 night awake then 5 × 6 h stays above baseline + 1; 2 nights awake then 5 × 9 h still above baseline — criteria met',
    target:
      'moderate loss restored by one 9-h night; 6-h recovery no recovery; severe loss below baseline for all 5 nights',
    tolerance: '3 of 3',
    source: 'Lamond et al. 2007, J Sleep Res, doi 10.1111/j.1365-2869.2007.00574.x',
    unit: 'criteria',
    measure: () => {
      const base = lamondBaseline();
      const moderate9 = lamond(1, 9, 1);
      const moderate6 = lamond(1, 6, 5);
      const severe9 = lamond(2, 9, 5);
      if (base === null || moderate9 === null || moderate6 === null || severe9 === null) return null;
      return Number(moderate9 - base <= 1) + Number(moderate6 - base > 1) + Number(severe9 - base > 0.2);
    },
    pass: (v) => v === 3,
  },
];
