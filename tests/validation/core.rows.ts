/**
 * Validation rows of the core (the public targets of the model contract): sleep
 * architecture, SWA and the two-process model, circadian timing, light and melatonin,
 * caffeine, fragmentation and age. Each row measures the simulated series; population targets
 * use the mean over POPULATION_SEEDS. A row the model cannot meet is marked expectedFailure and
 * stays in the suite.
 * Over 400 lines because it is one table of rows, each a published target with its source and
 * its measurement; split by topic, a reader would lose the one list VALIDATION.md is made from.
 */
import type { ValidationRow } from './row';
import { POPULATION_SEEDS, populationMean, runScenario, runTimeline, scenarioMean, type TimelineRun } from './runs';
import { constantRoutine, forcedDesynchrony, scheduleTimeline } from './protocols';
import {
  area,
  cbtMinAfter,
  correlation,
  crossingLux,
  forcedDesynchronyPeriod_h,
  phaseShift_h,
  sDecayTau_h,
  sRiseTau_h,
  slope,
  spearman,
  swaByEpisode,
} from './measures';
import { runTwoProcess } from '../../shared/model/homeostat/homeostat';
import { EPOCH_H, EPOCHS_PER_HOUR } from '../../shared/model/result';
import { epochsToMin } from '../../shared/model/scoring';
import { slotClock } from '../../shared/model/coreMetrics';
import { ageFactors } from '../../shared/model/age/age';
import { resolveParameters } from '../../shared/model/scenarios';
import type { ParameterOverrides } from '../../shared/model/parameters';

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
const base = (metric: string): number | null => scenarioMean('baseline', metric);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

const KURTH = 'Kurth et al. 2010, J Neurosci 30:13211';
const CARSKADON = 'Carskadon & Dement, Principles and Practice of Sleep Medicine';

// ── architecture ────────────────────────────────────────────────────────────
const arch: ValidationRow[] = [
  {
    id: 'ARCH-01',
    kind: 'calibrated',
    kindReason: 'onsetN1_min was set from this row (its citation names ARCH-01).',
    check: 'magnitude',
    quantity: 'N1, % of TST (baseline, population mean)',
    target: '2–5 %; 5.4 ± 1.6 % at 17–20 y',
    tolerance: '2–8 %',
    source: `${CARSKADON}; ${KURTH}`,
    unit: '%',
    measure: () => base('n1_pct'),
    pass: between(2, 8),
  },
  {
    id: 'ARCH-02',
    kind: 'calibrated',
    kindReason:
      'No parameter names ARCH-02, but N2 is what is left of TST after N1 (onsetN1_min, ARCH-01), N3 (n3Threshold, ARCH-03) and REM (remDischarge_min, ARCH-04), all set from their rows, so it is fixed by that fit.',
    check: 'magnitude',
    quantity: 'N2, % of TST',
    target: '45–55 %; 57.6 ± 2.1 % at 17–20 y',
    tolerance: '43–60 %',
    source: `${CARSKADON}; ${KURTH}`,
    unit: '%',
    measure: () => base('n2_pct'),
    pass: between(43, 60),
  },
  {
    id: 'ARCH-03',
    kind: 'calibrated',
    kindReason: 'n3Threshold was set from this row (its citation names ARCH-03).',
    check: 'magnitude',
    quantity: 'N3, % of TST',
    target: '13–23 %; 18.9 ± 1.3 % in men 16–25 y',
    tolerance: '13–25 %',
    source: `${CARSKADON}; Van Cauter, Leproult & Plat 2000, JAMA 284:861; ${KURTH}`,
    unit: '%',
    measure: () => base('n3_pct'),
    pass: between(13, 25),
  },
  {
    id: 'ARCH-04',
    kind: 'calibrated',
    kindReason: 'remDischarge_min and remSInhibition were set from this row (their citations name ARCH-04).',
    check: 'magnitude',
    quantity: 'REM, % of TST',
    target: '20–25 %; 19.2 ± 1.4 % at 17–20 y',
    tolerance: '18–27 %',
    source: `${CARSKADON}; ${KURTH}`,
    unit: '%',
    measure: () => base('rem_pct'),
    pass: between(18, 27),
  },
  {
    id: 'ARCH-05',
    kind: 'calibrated',
    kindReason:
      'No parameter names ARCH-05, but NREM % is 100 − REM %, and REM % was fitted on ARCH-04 (remDischarge_min, remSInhibition).',
    check: 'magnitude',
    quantity: 'NREM (N1+N2+N3), % of TST',
    target: '75–80 %',
    tolerance: '73–82 %',
    source: CARSKADON,
    unit: '%',
    measure: () =>
      populationMean((s) => {
        const m = runScenario('baseline', {}, s).result.metrics;
        return m.n1_pct! + m.n2_pct! + m.n3_pct!;
      }),
    pass: between(73, 82),
  },
  {
    id: 'ARCH-06',
    kind: 'calibrated',
    kindReason: 'finalWakeRate_perH and switchSoftness were set from this row (their citations name ARCH-06).',
    check: 'magnitude',
    quantity: 'Sleep efficiency (TST/TIB)',
    target: '≥ 90 %; 91.4 ± 2.1 % at 17–20 y',
    tolerance: '88–97 %',
    source: `${KURTH}; Ohayon et al. 2004, Sleep 27:1255`,
    unit: '%',
    measure: () => base('sleepEfficiency_pct'),
    pass: between(88, 97),
  },
  {
    id: 'ARCH-07',
    kind: 'calibrated',
    kindReason:
      'sleepOnsetRate_perH, switchSoftness and sCircadianPeak_h were set from this row (their citations name ARCH-07).',
    check: 'magnitude',
    quantity: 'Sleep-onset latency to the first N2 epoch',
    target: '13.6 ± 3.2 min (17–20 y)',
    tolerance: '5–30 min',
    source: KURTH,
    unit: 'min',
    measure: () =>
      populationMean((s) => {
        const h = runScenario('baseline', {}, s).measures.hypnogram;
        return h.firstN2 === null ? null : epochsToMin(h.firstN2 - h.lightsOff);
      }),
    pass: between(5, 30),
  },
  {
    id: 'ARCH-08',
    kind: 'calibrated',
    kindReason: 'awakeningRate_perH and awakeningDuration_min were set from this row (their citations name ARCH-08).',
    check: 'magnitude',
    quantity: 'Wake after sleep onset',
    target: '25.7 ± 9.0 min (17–20 y)',
    tolerance: '5–45 min',
    source: KURTH,
    unit: 'min',
    measure: () => base('waso_min'),
    pass: between(5, 45),
  },
  {
    id: 'ARCH-09',
    kind: 'calibrated',
    kindReason: 'nremBuild_min and nremSInhibition were set from this row (their citations name ARCH-09).',
    check: 'magnitude',
    quantity: 'REM latency (sleep onset → first REM)',
    target: '≈ 80–100 min',
    tolerance: '60–120 min',
    source: CARSKADON,
    unit: 'min',
    measure: () => base('remLatency_min'),
    pass: between(60, 120),
  },
  {
    id: 'ARCH-10',
    kind: 'calibrated',
    kindReason: 'nremBuild_min was set from this row (its citation names ARCH-10).',
    check: 'magnitude',
    quantity: 'First NREM–REM cycle length',
    target: '70–100 min',
    tolerance: '60–110 min',
    source: CARSKADON,
    unit: 'min',
    measure: () =>
      populationMean((s) => {
        const c = runScenario('baseline', {}, s).measures.hypnogram.cycles[0];
        return c ? epochsToMin(c.end - c.start) : null;
      }),
    pass: between(60, 110),
  },
  {
    id: 'ARCH-11',
    kind: 'calibrated',
    kindReason: 'nremBuild_min was set from this row (its citation names ARCH-11).',
    check: 'magnitude',
    quantity: 'Mean NREM–REM cycle length',
    target: '90–120 min; first 4 cycles 95.4 ± 3.4 min',
    tolerance: '85–110 min',
    source: `${CARSKADON}; ${KURTH}`,
    unit: 'min',
    measure: () => base('meanCycleLength_min'),
    pass: between(85, 110),
  },
  {
    id: 'ARCH-12',
    kind: 'calibrated',
    kindReason:
      'No parameter names ARCH-12, but the cycle count is TST (finalWakeRate_perH, ARCH-14) over the cycle length (nremBuild_min, ARCH-11), both fitted, so it follows from that fit.',
    check: 'magnitude',
    quantity: 'NREM–REM cycles in 8 h time in bed',
    target: '4–6',
    tolerance: '4–6',
    source: CARSKADON,
    unit: 'cycles',
    measure: () => base('cycleCount'),
    pass: between(4, 6),
  },
  {
    id: 'ARCH-13',
    kind: 'calibrated',
    kindReason:
      'nremSInhibition, remDischarge_min, remSInhibition and n3Threshold were set from this row (their citations name ARCH-13).',
    check: 'direction',
    quantity:
      'N3 first half / second half of the sleep period, capped at 99 (no N3 late); reported negative if the last REM episode is not longer than the first',
    target: 'SWS concentrated early; REM episodes lengthen',
    tolerance: 'ratio ≥ 2 and last REM episode > first',
    source: CARSKADON,
    unit: 'ratio',
    measure: () => {
      const share = base('n3FirstHalfShare');
      if (share === null) return null;
      const ratio = share >= 1 ? 99 : share / (1 - share);
      const remGrows = mean(
        POPULATION_SEEDS.map((s) => {
          const r = runScenario('baseline', {}, s).measures.hypnogram.remEpisodes;
          return r.length >= 2 ? r[r.length - 1]!.end - r[r.length - 1]!.start - (r[0]!.end - r[0]!.start) : -1;
        }),
      );
      // A failing REM condition reports the ratio as negative so the verdict shows it.
      return remGrows > 0 ? Math.min(ratio, 99) : -Math.min(ratio, 99);
    },
    pass: (v) => v !== null && v >= 2,
  },
  {
    id: 'ARCH-14',
    kind: 'calibrated',
    kindReason: 'finalWakeRate_perH and sCircadianPeak_h were set from this row (their citations name ARCH-14).',
    check: 'magnitude',
    quantity: 'Total sleep time',
    target: '≈ 7.3 h (8 h × SE ≈ 0.91)',
    tolerance: '6.8–7.7 h',
    source: 'Derived: 8 h in bed × sleep efficiency ≈ 0.91 (ARCH-06)',
    unit: 'h',
    measure: () => {
      const v = base('totalSleepTime_min');
      return v === null ? null : v / 60;
    },
    pass: between(6.8, 7.7),
  },
];

// ── SWA and the two-process model ───────────────────────────────────────────
const baselineMu = ageFactors(resolveParameters('baseline')).homeostaticAsymptote;

const swa: ValidationRow[] = [
  {
    id: 'SWA-01',
    kind: 'independent',
    kindReason:
      'No parameter names SWA-01; only the episode-2/episode-1 ratio is fitted (swaRiseRate_perMin on SWA-05), the later ratios are not; for issue 13 both abstracts were read: no ratio is given, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude: 'none in the abstracts (a monotonic, exponential decline with a horizontal asymptote)',
    quantity: 'Largest ratio of mean SWA between successive NREM episodes 1→4 (population mean)',
    target: 'monotonic, near-exponential decline across cycles',
    tolerance: 'every ratio < 1',
    source:
      'Borbély et al. 1981, Electroencephalogr Clin Neurophysiol 51:483; Dijk, Brunner & Borbély 1990, Am J Physiol 258:R650',
    unit: 'ratio',
    measure: () => {
      const eps = [0, 1, 2, 3].map((k) =>
        populationMean((s) => swaByEpisode(runScenario('baseline', {}, s))[k] ?? null),
      );
      if (eps.some((e) => e === null)) return null;
      return Math.max(eps[1]! / eps[0]!, eps[2]! / eps[1]!, eps[3]! / eps[2]!);
    },
    pass: below(1),
  },
  {
    id: 'SWA-02',
    kind: 'calibrated',
    kindReason:
      'swaDischargeShare was set so a baseline night decays S with τ ≈ sTauSleep_h (its citation names SWA-02).',
    check: 'magnitude',
    quantity: 'Decay time constant of S over the sleep period (log-linear fit, asymptote 0)',
    target: '4.2 h',
    tolerance: '3.0–5.0 h',
    source: 'Daan, Beersma & Borbély 1984, Am J Physiol 246:R161',
    unit: 'h',
    measure: () => populationMean((s) => sDecayTau_h(runScenario('baseline', {}, s))),
    pass: between(3, 5),
  },
  {
    id: 'SWA-03',
    kind: 'echo',
    kindReason:
      'Returns sTauWake_h (18.2 h, Daan et al. 1984): waking S follows dS/dt = (μ − S)/χ_w exactly, so the fit of ln(μ − S) reads the input back.',
    check: 'magnitude',
    quantity: 'Build-up time constant of S over the day after (fit of ln(μ − S))',
    target: '18.2 h',
    tolerance: '14–26 h',
    source: 'Daan, Beersma & Borbély 1984',
    unit: 'h',
    measure: () => populationMean((s) => sRiseTau_h(runScenario('baseline', {}, s), baselineMu)),
    pass: between(14, 26),
  },
  {
    id: 'SWA-04',
    kind: 'echo',
    kindReason:
      'Sets sTauWake_h and sTauSleep_h to the individual extremes and reads them back; the build-up is exact by construction, only the decline (via SWA discharge) can drift.',
    check: 'magnitude',
    quantity:
      'Largest relative error of the fitted time constants when the sliders are set to the individual extremes (build-up 14.1/26.4 h, decline 1.2/2.9 h)',
    target: 'individual build-up 14.1–26.4 h, decline 1.2–2.9 h',
    tolerance: 'the engine reproduces each set constant within 20 %',
    source: 'Rusterholz, Dürr & Achermann 2010, Sleep 33:491',
    unit: 'rel. error',
    measure: () => {
      const errs = [
        ...[14.1, 26.4].map((t) => {
          const v = sRiseTau_h(runScenario('baseline', { sTauWake_h: t }), baselineMu);
          return v === null ? 1 : Math.abs(v - t) / t;
        }),
        ...[1.2, 2.9].map((t) => {
          const v = sDecayTau_h(runScenario('baseline', { sTauSleep_h: t }));
          return v === null ? 1 : Math.abs(v - t) / t;
        }),
      ];
      return Math.max(...errs);
    },
    pass: below(0.2),
  },
  {
    id: 'SWA-05',
    kind: 'calibrated',
    kindReason:
      'swaRiseRate_perMin was set from this row (its citation names SWA-05); the target itself is derived from sTauSleep_h.',
    check: 'magnitude',
    quantity: 'SWA(NREM episode 2) / SWA(NREM episode 1)',
    target: '≈ 0.70 (e^(−1.5/4.2))',
    tolerance: '0.55–0.80',
    source: 'Derived: e^(−1.5 h/4.2 h) from the decay of S (SWA-02)',
    unit: 'ratio',
    measure: () => base('swaDecayRatio'),
    pass: between(0.55, 0.8),
  },
  {
    id: 'TPM-01',
    kind: 'independent',
    kindReason:
      'Runs runTwoProcess with the published Skeldon et al. 2025 parameters against their published period; nothing is fitted, but it checks the implementation of a published model, not physiology.',
    check: 'magnitude',
    quantity:
      'Period of the free-running two-process model with a = 0 (χ_w 18.2, χ_s 4.2, H₀⁺ 0.67, H₀⁻ 0.17); reported negative if its sleep is not 5.8 ± 0.1 h',
    target: '≈ 22.6 h, of which ≈ 5.8 h asleep',
    tolerance: '±0.1 h (period and sleep)',
    source: 'Skeldon et al. 2025, npj Biol Timing Sleep 2:24 (Fig. 6)',
    unit: 'h',
    measure: () => {
      const r = runTwoProcess({
        tauWake_h: 18.2,
        tauSleep_h: 4.2,
        upper: 0.67,
        lower: 0.17,
        amplitude: 0,
        peak_h: 0,
        duration_h: 24 * 20,
      });
      const n = r.onsets.length;
      const period = (r.onsets[n - 1]! - r.onsets[1]!) / (n - 2);
      const sleep = r.wakes[r.wakes.length - 1]! - r.onsets[r.wakes.length - 1 + (r.onsets[0]! < r.wakes[0]! ? 0 : 1)]!;
      return Math.abs(sleep - 5.8) <= 0.1 ? period : -period;
    },
    pass: between(22.5, 22.7),
  },
  {
    id: 'TPM-02',
    kind: 'echo',
    kindReason:
      'The target was derived by simulating the two-process model with these same parameters, so the row recomputes its own target (doubt: whether the derivation used this code or another implementation is not recorded).',
    check: 'magnitude',
    quantity: 'Daily sleep of the two-process model entrained by a = 0.12 (cosine C, T = 24 h)',
    target: '7.9 h',
    tolerance: '7.5–8.5 h',
    source: 'Derived by simulating the two-process model with the parameters of Daan et al. 1984 / Skeldon et al. 2025',
    unit: 'h',
    measure: () => {
      const r = runTwoProcess({
        tauWake_h: 18.2,
        tauSleep_h: 4.2,
        upper: 0.67,
        lower: 0.17,
        amplitude: 0.12,
        peak_h: 15.54,
        duration_h: 24 * 30,
      });
      const k = r.wakes.length - 1;
      const onset = r.onsets.filter((t) => t < r.wakes[k]!).pop()!;
      return r.wakes[k]! - onset;
    },
    pass: between(7.5, 8.5),
  },
  {
    id: 'SD-01',
    kind: 'independent',
    kindReason:
      'No parameter names SD-01; the rebound follows from S dynamics with literature time constants; for issue 13 the Dijk 1990 abstract was read: no SWA ratio is given, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (SWA significantly enhanced in the first two NREM–REM cycles; recovery sleep > 12 h)',
    quantity:
      'SWA of NREM episode 1 after 40 h awake ÷ baseline; reported negative if the excess is not larger in episodes 1–2 than in 3–4',
    target: 'SWA ↑ in the first two cycles, then exponential decline',
    tolerance: 'ratio > 1 and excess in episodes 1–2 > excess in episodes 3–4',
    source: 'Dijk, Brunner & Borbély 1990; Borbély et al. 1981',
    unit: 'ratio',
    measure: () => {
      const ep = (sc: string, k: number) => populationMean((s) => swaByEpisode(runScenario(sc, {}, s))[k] ?? null);
      const r = [0, 1, 2, 3].map((k) => {
        const a = ep('recovery-after-deprivation', k);
        const b = ep('baseline', k);
        return a === null || b === null ? null : a - b;
      });
      const r1 = ep('recovery-after-deprivation', 0);
      const b1 = ep('baseline', 0);
      if (r1 === null || b1 === null || r.some((x) => x === null)) return null;
      const early = r[0]! + r[1]!;
      const late = r[2]! + r[3]!;
      return early > late ? r1 / b1 : -(r1 / b1);
    },
    pass: above(1),
  },
  {
    id: 'SD-02',
    kind: 'echo',
    kindReason:
      "The target is the two-process closed form with the model's own χ_w = 18.2 h and μ (0.899 vs 0.625); the engine's waking S is that same exponential (doubt: S at habitual lights-off also depends on the simulated night).",
    check: 'magnitude',
    quantity: 'S at lights-off after 40 h awake ÷ S at habitual lights-off',
    target: '×1.44 (0.899 vs 0.625)',
    tolerance: '×1.3–1.6',
    source: 'Derived from the two-process model (Daan et al. 1984 parameters): 0.899 after 40 h awake vs 0.625',
    unit: 'ratio',
    measure: () => {
      const a = scenarioMean('recovery-after-deprivation', 'sleepPressureAtBedtime');
      const b = base('sleepPressureAtBedtime');
      return a === null || b === null ? null : a / b;
    },
    pass: between(1.3, 1.6),
  },
  {
    id: 'SD-05',
    kind: 'independent',
    kindReason:
      'No parameter names SD-05; the restriction rebound is not fitted; for issue 13 the abstract was read: SWS rises on recovery night 1 without a size, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'SWS: none in the abstract (significantly increased on recovery night 1, back on night 2); summed 1.25–7.25 Hz power of the first 3.8 h rose 50 % above baseline by night 1, another quantity',
    quantity:
      'N3 minutes on recovery night 1 ÷ baseline, after 5 nights × 4 h (03:00–07:00); reported negative if night 2 is not within 15 % of baseline',
    target: 'SWS ↑ on recovery night 1, back to baseline by night 2',
    tolerance: 'ratio > 1.1 and night 2 within ±15 %',
    source: 'Åkerstedt, Kecklund, Ingre, Lekander & Axelsson 2009, Sleep 32:217',
    unit: 'ratio',
    measure: () => {
      const schedule = [
        ...Array.from({ length: 5 }, () => ({ bedtime: 3, tib_h: 4 })),
        { bedtime: 23, tib_h: 8 },
        { bedtime: 23, tib_h: 8 },
        { bedtime: 23, tib_h: 8 },
      ];
      const n3 = (focal: number) =>
        populationMean(
          (s) =>
            (runTimeline(`akerstedt-focal${focal}`, (p) => scheduleTimeline(p, schedule, focal), {}, s).result.metrics
              .n3_pct! *
              runTimeline(`akerstedt-focal${focal}`, (p) => scheduleTimeline(p, schedule, focal), {}, s).result.metrics
                .totalSleepTime_min!) /
            100,
        );
      const b = populationMean((s) => {
        const m = runScenario('baseline', {}, s).result.metrics;
        return (m.n3_pct! * m.totalSleepTime_min!) / 100;
      });
      const r1 = n3(5);
      const r2 = n3(6);
      if (r1 === null || r2 === null || b === null) return null;
      return Math.abs(r2 / b - 1) <= 0.15 ? r1 / b : -(r1 / b);
    },
    pass: above(1.1),
  },
  {
    id: 'SD-06',
    kind: 'independent',
    kindReason:
      "No parameter names SD-06; nothing is fitted to day-sleep length under slow-wave suppression (for issue 13 the abstract and the full text's first page were read, which give no minutes, so it stays a direction row; doubt: the source's protocol differs, see the comment).",
    check: 'direction',
    publishedMagnitude:
      'none in the abstract ("significantly longer"; the extra sleep was mainly SWS, stage 2 and REM; 6 subjects)',
    quantity:
      'Extra sleep (min) in a day-time recovery sleep (08:00, 12 h in bed after a night awake) with slow-wave suppression 0.7 vs none',
    target: 'disturbed sleep longer (extra SWS, N2, REM)',
    tolerance: '> 0 min',
    source: 'Gillberg, Anderzén & Åkerstedt 1991, Electroencephalogr Clin Neurophysiol 78:267 (summary, p. 267)',
    unit: 'min',
    // The source's protocol is a day sleep at 11:00 after a 4-h night (03:00–07:00), suppressed
    // for 90 % of the undisturbed baseline's duration and then left to run to a spontaneous
    // awakening. Here the suppression lasts the whole 12 h, so the extra sleep (> 3 h) is an upper
    // bound, not a replica. The source's own timing was tried for issue 13: before the daytime
    // opportunity (napOnsetThresholdDrop) this model did not fall asleep at 11:00 after the 4-h
    // night (latency ≈ 11 h). Now it does (latency 1.5–28 min, seeds 1–5), but the drive at 11:00
    // is still below the spontaneous-onset threshold, so the bout is a nap and ends after ≈ 1 h
    // (0.65–1.10 h) at its first awakening: a day sleep of hours after partial loss is still not
    // reproduced, so the source's protocol is still not measurable here.
    measure: () => {
      const a = scenarioMean('night-shift-day-sleep', 'totalSleepTime_min', { timeInBed_h: 12, swsSuppression: 0.7 });
      const b = scenarioMean('night-shift-day-sleep', 'totalSleepTime_min', { timeInBed_h: 12 });
      return a === null || b === null ? null : a - b;
    },
    pass: above(0),
  },
  {
    id: 'SD-07',
    kind: 'independent',
    kindReason:
      'No parameter names SD-07; nothing is fitted to the TSD/CSR SWA response ratio (for issue 13 the abstract and the first page of a full-text copy were read; neither gives a ratio, so it stays a direction row).',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract ("disproportionately large … sleep δ power responses relative to how much sleep was lost")',
    quantity:
      'SWA response per hour of sleep lost: total deprivation (3 nights × 0 h) ÷ chronic restriction (14 nights × 4 h), first recovery night',
    target: 'TSD gives a disproportionately large δ response relative to sleep lost',
    tolerance: 'ratio > 1.5',
    source: 'Van Dongen et al. 2003, Sleep 26:117 (abstract, p. 117)',
    unit: 'ratio',
    measure: () => {
      const b = base('swaFirstCycle');
      const tsd = scenarioMean('baseline', 'swaFirstCycle', { priorNights: 3, priorTimeInBed_h: 0 });
      const csr = scenarioMean('baseline', 'swaFirstCycle', { priorNights: 14, priorBedtime: 3, priorTimeInBed_h: 4 });
      if (b === null || tsd === null || csr === null) return null;
      return (tsd - b) / 24 / ((csr - b) / 56);
    },
    pass: above(1.5),
  },
];

// ── circadian timing, light and melatonin ───────────────────────────────────
const CR_DAYS = 4;
const DIM = 3;
const control = () => runTimeline('cr-control', (p) => constantRoutine(p, CR_DAYS, DIM));
/** Hours from the constant-routine start (07:00) to the control's first CBTmin. */
const crStart = (run: TimelineRun) => run.timeline.focus.lightsOff - 16 * EPOCHS_PER_HOUR;
const refCbt_h = (): number => {
  const c = control();
  return ((cbtMinAfter(c, crStart(c)) ?? 0) - crStart(c)) * EPOCH_H;
};
const pulseRun = (tag: string, center_h: number, dur_h: number, lux: number) =>
  runTimeline(`cr-pulse:${tag}:${center_h.toFixed(3)}:${dur_h}:${lux}`, (p) =>
    constantRoutine(p, CR_DAYS, DIM, (tl, start) =>
      tl.light(start + center_h - dur_h / 2, start + center_h + dur_h / 2, lux),
    ),
  );

const PRC_PHASES = [-12, -10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10];
function prc(): { phase: number; shift: number }[] {
  const c = control();
  const ref = refCbt_h();
  return PRC_PHASES.map((phi) => ({
    phase: phi,
    shift: phaseShift_h(pulseRun('prc', ref + phi, 6.7, 10000), c) ?? NaN,
  }));
}

const ZEITZER_LUX = [3, 10, 30, 60, 100, 200, 500, 1000, 3000, 9100];
function zeitzer(): { delay: number[]; suppression: number[] } {
  const c = control();
  const center = refCbt_h() - 3.5;
  const from = crStart(c) + Math.round((center - 3.25) * EPOCHS_PER_HOUR);
  const to = from + Math.round(6.5 * EPOCHS_PER_HOUR);
  const ctlArea = area(c.core.trajectory.melatonin, from, to);
  const delay: number[] = [];
  const suppression: number[] = [];
  for (const lux of ZEITZER_LUX) {
    const r = pulseRun('zeitzer', center, 6.5, lux);
    delay.push(-(phaseShift_h(r, c) ?? NaN));
    suppression.push(1 - area(r.core.trajectory.melatonin, from, to) / ctlArea);
  }
  return { delay, suppression };
}

const circ: ValidationRow[] = [
  {
    id: 'CIRC-01',
    kind: 'echo',
    kindReason:
      "Returns circadianPeriod_h (default 24.2 h, from Czeisler et al. 1999, the row's own source): forced desynchrony reads the intrinsic period back.",
    check: 'magnitude',
    quantity: 'Period of CBT minima under forced desynchrony (28-h days, 10 lux awake, dark asleep, 24 cycles)',
    target: '24.18 h; 24.15 ± 0.2 h (n = 157)',
    tolerance: '24.05–24.30 h',
    source: 'Czeisler et al. 1999, Science 284:2177; Duffy et al. 2011, PNAS 108',
    unit: 'h',
    measure: () => {
      const run = runTimeline('fd-28h', (p) => forcedDesynchrony(p, 24, 28, 10));
      return forcedDesynchronyPeriod_h(run);
    },
    pass: between(24.05, 24.3),
  },
  {
    id: 'CIRC-02',
    kind: 'calibrated',
    kindReason:
      'sCircadianPeak_h (its source comment names CIRC-02, its citation ARCH-07/14) and melatoninOnset_h (set on CIRC-07/MEL-04) place DLMO relative to sleep.',
    check: 'magnitude',
    quantity: 'DLMO relative to lights-off (baseline)',
    target: '≈ 2 h before bedtime',
    tolerance: '−2 ± 1 h',
    source: 'Sletten et al. 2010, Front Neurol 1:137; Burgess et al. 2003',
    unit: 'h',
    measure: () => {
      const d = base('dlmo_clock_h');
      return d === null ? null : d - 23;
    },
    pass: between(-3, -1),
  },
  {
    id: 'CIRC-03',
    kind: 'calibrated',
    kindReason:
      'No parameter names CIRC-03, but with lights-off 23:00 and 8 h in bed it is ≈ 16 h + CIRC-02, whose DLMO placement was fitted (melatoninOnset_h, sCircadianPeak_h).',
    check: 'magnitude',
    quantity: 'DLMO after the final awakening of the previous morning (baseline)',
    target: '≈ 14 h after wake',
    tolerance: '13–15 h',
    source: 'Burgess et al. 2003',
    unit: 'h',
    measure: () =>
      populationMean((s) => {
        const run = runScenario('baseline', {}, s);
        const st = run.result.stage;
        let i = run.timeline.focus.lightsOff - 1;
        while (i > 0 && st[i] === 0) i--;
        const d = run.result.metrics.dlmo_clock_h ?? null;
        return d === null ? null : d - slotClock(i + 1, run.timeline.focus.slotNoon) + 24;
      }),
    pass: between(13, 15),
  },
  {
    id: 'CIRC-04',
    kind: 'independent',
    kindReason:
      "No parameter names CIRC-04; the late sleeper's DLMO comes from entrainment to a shifted schedule that nothing was fitted to.",
    check: 'magnitude',
    quantity: 'DLMO of a free-living late sleeper (habitual 01:30 lights-off, 7.25 h in bed; sleep ≈ 01:44–08:44)',
    target: 'DLMO 22:48 ± 1:30',
    tolerance: '21:18–00:18 (sanity case)',
    source: 'Martin & Eastman 2002, Chronobiol Int 19:695',
    unit: 'clock h',
    measure: () =>
      scenarioMean('baseline', 'dlmo_clock_h', {
        habitualBedtime: 1.5,
        habitualTimeInBed_h: 7.25,
        priorBedtime: 1.5,
        bedtime: 1.5,
        timeInBed_h: 7.25,
      }),
    pass: between(21.3, 24.3),
  },
  {
    id: 'CIRC-06',
    kind: 'independent',
    kindReason:
      'No parameter names CIRC-06; CBTmin clock follows from entrainment with literature pacemaker and light constants (it sits at the lower edge of the band).',
    check: 'magnitude',
    quantity: 'CBT minimum, clock (baseline)',
    target: '05:02 (neither type); 03:50–06:01 by chronotype',
    tolerance: '04:00–05:30',
    source: 'Baehr, Revelle & Eastman 2000, J Sleep Res 9:117',
    unit: 'clock h',
    measure: () => base('cbtMin_clock_h'),
    pass: between(28, 29.5),
  },
  {
    id: 'CIRC-07',
    kind: 'calibrated',
    kindReason:
      'melatoninOnset_h was set from this row (its citation names CIRC-07), and the target is itself a model convention (cbt_to_dlmo = 7).',
    check: 'magnitude',
    quantity: 'DLMO → CBT minimum interval (baseline)',
    target: '7 h',
    tolerance: '6–8 h',
    source: 'Model convention (Arcascope circadian cbt_to_dlmo = 7; Hannay et al. 2019)',
    unit: 'h',
    measure: () => {
      const c = base('cbtMin_clock_h');
      const d = base('dlmo_clock_h');
      return c === null || d === null ? null : c - d;
    },
    pass: between(6, 8),
  },
  {
    id: 'CIRC-08',
    kind: 'independent',
    kindReason: 'No parameter names CIRC-08; the PRC emerges from the literature pacemaker and light constants.',
    check: 'magnitude',
    expectedFailure: true,
    quantity:
      'Peak-to-trough of the phase-response curve to 6.7 h of 10,000 lux (constant routine, pulses centred −12…+10 h from CBTmin); reported negative if the delay→advance crossover is more than 1 h from CBTmin (model: ≈ −1.1 h)',
    target: 'type-1 PRC, peak-to-trough 5.02 h, delays before CBTmin, advances after',
    tolerance: 'amplitude 4–6 h and crossover within ±1 h of CBTmin',
    source: 'Khalsa, Jewett, Cajochen & Czeisler 2003, J Physiol 549:945',
    unit: 'h',
    measure: () => {
      const curve = prc();
      if (curve.some((c) => !Number.isFinite(c.shift))) return null;
      const amp = Math.max(...curve.map((c) => c.shift)) - Math.min(...curve.map((c) => c.shift));
      let crossover: number | null = null;
      for (let i = 1; i < curve.length; i++) {
        const a = curve[i - 1]!;
        const b = curve[i]!;
        if (a.phase >= -6 && b.phase <= 6 && a.shift < 0 && b.shift >= 0)
          crossover = a.phase + ((b.phase - a.phase) * -a.shift) / (b.shift - a.shift);
      }
      return crossover !== null && Math.abs(crossover) <= 1 ? amp : -amp;
    },
    pass: between(4, 6),
  },
  {
    id: 'CIRC-09',
    kind: 'independent',
    kindReason:
      "No parameter names CIRC-09; the light ED50 of the phase delay is not fitted (the melatonin ED50 is, on MEL-01's source).",
    check: 'magnitude',
    expectedFailure: true,
    quantity: 'ED50 of the phase delay to 6.5 h of light centred 3.5 h before CBTmin (3–9100 lux, constant routine)',
    target: 'half-maximal delay at ≈ 100 lux (119 lux)',
    tolerance: '50–200 lux',
    source: 'Zeitzer et al. 2000, J Physiol 526:695',
    unit: 'lux',
    measure: () => {
      const z = zeitzer();
      return crossingLux(ZEITZER_LUX, z.delay, z.delay[z.delay.length - 1]! / 2);
    },
    pass: between(50, 200),
  },
  {
    id: 'CIRC-10',
    kind: 'independent',
    kindReason: 'No parameter names CIRC-10; nothing is fitted to short light pulses.',
    check: 'magnitude',
    expectedFailure: true,
    quantity: 'Phase shift after a single 2-min 9500-lux pulse 3.5 h before CBTmin (awake, dim light)',
    target: 'delays −35 ± 47 min (15 s) and −45 ± 28 min (2 min); control +22 min',
    tolerance: '−1.0 to −0.2 h',
    source: 'Rahman et al. 2017, JCI Insight (PMC5374060)',
    unit: 'h',
    measure: () => phaseShift_h(pulseRun('flash', refCbt_h() - 3.5, 2 / 60, 9500), control()),
    pass: between(-1, -0.2),
  },
  {
    id: 'CIRC-11',
    kind: 'independent',
    kindReason:
      'No parameter names CIRC-11; the age HCL presets, awakening rate and sleep-capacity loss (fitted to Klerman & Dijk 2008, SEXAGE-17) were not fitted to the wake–CBTmin phase; for issue 13 the abstract was read: it gives no hours, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude: 'none in the abstract (older: earlier wake and phase, but the phase later relative to wake)',
    quantity:
      '(Spontaneous final wake − CBTmin) at 70 y minus at 25 y: lights-off 23:00 with 10 h in bed, so the sleeper wakes when rested',
    target: 'older adults wake at an earlier circadian phase (closer to CBTmin); τ unchanged',
    tolerance: '< 0 h',
    source: 'Duffy, Dijk, Klerman & Czeisler 1998, Am J Physiol 275:R1478; Czeisler et al. 1999',
    unit: 'h',
    measure: () => {
      const gap = (o: ParameterOverrides) =>
        populationMean((s) => {
          const r = runScenario('baseline', { ...o, timeInBed_h: 10 }, s);
          const w = r.measures.hypnogram.finalWake;
          const c = r.result.metrics.cbtMin_clock_h ?? null;
          return w === null || c === null ? null : slotClock(w, r.timeline.focus.slotNoon) - c;
        });
      const old = gap({ age: 70 });
      const young = gap({});
      return old === null || young === null ? null : old - young;
    },
    pass: below(0),
  },
  {
    id: 'MEL-01',
    kind: 'echo',
    kindReason:
      "Returns melatoninSuppressionEd50_lux (106 lux, taken from Zeitzer et al. 2000, the row's own source) through the suppression Hill function.",
    check: 'magnitude',
    quantity: 'ED50 of melatonin suppression (AUC during 6.5 h of light, 3–9100 lux, against dim control)',
    target: 'half-maximal suppression at ≈ 100 lux (106 lux)',
    tolerance: '50–200 lux',
    source: 'Zeitzer et al. 2000',
    unit: 'lux',
    measure: () => {
      const z = zeitzer();
      return crossingLux(ZEITZER_LUX, z.suppression, z.suppression[z.suppression.length - 1]! / 2);
    },
    pass: between(50, 200),
  },
  {
    id: 'MEL-03',
    kind: 'independent',
    kindReason:
      'No parameter names MEL-03; the suppression constants come from Zeitzer et al. 2000, not from Gooley et al. 2011; for issue 13 the abstract was read: it gives a share of trials, not a mean suppression, so it stays a threshold row.',
    check: 'direction',
    publishedMagnitude: 'suppression > 50 % in 85 % of trials (a share of trials, not a mean)',
    quantity: 'Melatonin suppression by 150-lux room light during the usual sleep hours (awake 23:00–07:00) vs < 3 lux',
    target: 'suppression > 50 % in 85 % of trials',
    tolerance: '≥ 50 %',
    source: 'Gooley et al. 2011, J Clin Endocrinol Metab 96:E463',
    unit: '%',
    measure: () => {
      const sched = [{ bedtime: 23, tib_h: 0 }];
      const run = (lux: number) =>
        runTimeline(`gooley:${lux}`, (p) =>
          scheduleTimeline(p, sched, 0, (tl, nights) => {
            const n = nights[nights.length - 1]!;
            tl.light(n.off_h, n.off_h + 8, lux);
          }),
        );
      const f = run(150).timeline.focus;
      const lit = area(run(150).core.trajectory.melatonin, f.lightsOff, f.lightsOn);
      const dim = area(run(2).core.trajectory.melatonin, f.lightsOff, f.lightsOn);
      return 100 * (1 - lit / dim);
    },
    pass: (v) => v !== null && v >= 50,
  },
  {
    id: 'MEL-04',
    kind: 'calibrated',
    kindReason: 'melatoninOnset_h and melatoninOffset_h were set from this row (their citations name MEL-04).',
    check: 'magnitude',
    quantity: 'Melatonin midpoint (half-maximum span) − CBTmin (baseline)',
    target: '≈ CBTmin − 2 h (≈ 02:00–03:00 for a 23:00 sleeper)',
    tolerance: '−2 ± 1 h',
    source: 'Hannay et al. 2019 convention; empirical [R]',
    unit: 'h',
    measure: () =>
      populationMean((s) => {
        const r = runScenario('baseline', {}, s);
        const peakClock = r.result.metrics.melatoninPeak_clock_h ?? null;
        const cbt = r.result.metrics.cbtMin_clock_h ?? null;
        if (peakClock === null || cbt === null) return null;
        // The dim-light (unmasked) curve the peak metric is read from (coreMetrics.ts).
        const mel = r.core.series.melatoninUnmasked!;
        const peak =
          r.timeline.focus.lightsOff +
          Math.round((peakClock - r.core.trajectory.focalLightsOff_clock_h) * EPOCHS_PER_HOUR);
        const half = mel[peak]! / 2;
        let a = peak;
        while (a > 0 && mel[a - 1]! >= half) a--;
        let b = peak;
        while (b < mel.length - 1 && mel[b + 1]! >= half) b++;
        return slotClock((a + b) / 2, r.timeline.focus.slotNoon) - cbt;
      }),
    pass: between(-3, -1),
  },
];

// ── caffeine ────────────────────────────────────────────────────────────────
const caffeineSeries = () => runScenario('evening-caffeine');
const doseEpoch = (run: TimelineRun) => run.timeline.caffeine[0]!.epoch;

const caf: ValidationRow[] = [
  {
    id: 'CAF-01',
    kind: 'echo',
    kindReason:
      "Returns caffeineHalfLife_h (5 h, IOM 2001, the row's own source): first-order elimination makes the log-linear fit read the input back.",
    check: 'magnitude',
    quantity: 'Elimination half-life read from the plasma caffeine curve (log-linear 3–10 h after a 200-mg dose)',
    target: 'mean ≈ 5 h (1.5–9.5 h)',
    tolerance: '3–7 h',
    source: 'Institute of Medicine 2001, ch. 2',
    unit: 'h',
    measure: () => {
      const r = caffeineSeries();
      const c = r.core.trajectory.caffeine_mgPerL;
      const d = doseEpoch(r);
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = d + 3 * EPOCHS_PER_HOUR; i < d + 10 * EPOCHS_PER_HOUR; i += 4) {
        xs.push(i * EPOCH_H);
        ys.push(Math.log(c[i]!));
      }
      return -Math.LN2 / slope(xs, ys);
    },
    pass: between(3, 7),
  },
  {
    id: 'CAF-02',
    kind: 'echo',
    kindReason:
      'caffeineAbsorption_perH (8 /h) was derived from this T_max of ≈ 30 min with t½ = 5 h, so T_max = ln(k_a/k_e)/(k_a − k_e) reads the derivation back.',
    check: 'magnitude',
    quantity: 'Time from dose to peak plasma caffeine',
    target: '≈ 30 min (29.8 ± 8.1 min)',
    tolerance: '15–60 min',
    source: 'Blanchard & Sawers 1983',
    unit: 'min',
    measure: () => {
      const r = caffeineSeries();
      const c = r.core.trajectory.caffeine_mgPerL;
      const d = doseEpoch(r);
      let best = d;
      for (let i = d; i < d + 4 * EPOCHS_PER_HOUR; i++) if (c[i]! > c[best]!) best = i;
      return (best - d + 1) * EPOCH_H * 60;
    },
    pass: between(15, 60),
  },
  {
    id: 'CAF-04',
    kind: 'calibrated',
    kindReason:
      'caffeineKi_mgPerL and a1ShareOfDrive were set from this row (their citations name CAF-04); for issue 13 the abstract was read: TST and SE fall without minutes, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (sleep efficiency and TST significantly reduced; saliva caffeine 17 → 3 µmol/L at bedtime)',
    quantity:
      'Δ total sleep time after 200 mg at 07:10 (sleep 23:00) vs placebo; reported as |Δ| + 1 if SE or first-episode SWA does not fall',
    target: 'sleep efficiency and TST ↓; NREM low-frequency power ↓',
    tolerance: 'ΔTST < 0, ΔSE < 0, ΔSWA < 0',
    source: 'Landolt et al. 1995, Brain Res 675:67',
    unit: 'min',
    measure: () => {
      const o = { caffeine_mg: 200, caffeineHoursBeforeBed: 15.83 };
      const d = (k: string) => {
        const a = scenarioMean('baseline', k, o);
        const b = base(k);
        return a === null || b === null ? null : a - b;
      };
      const tst = d('totalSleepTime_min');
      const se = d('sleepEfficiency_pct');
      const sw = d('swaFirstCycle');
      if (tst === null || se === null || sw === null) return null;
      return se < 0 && sw < 0 ? tst : Math.abs(tst) + 1;
    },
    pass: below(0),
  },
  {
    id: 'CAF-05',
    kind: 'independent',
    kindReason:
      'No parameter names CAF-05; the caffeine constants were fitted on CAF-04/06, not on the attenuated rebound; for issue 13 the abstract was read: the 0.75–2.0 Hz power falls without a percentage, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (recovery-sleep 0.75–2.0 Hz power reduced vs placebo at 1.8 µmol/L saliva caffeine)',
    quantity:
      'Recovery-night SWA (episode 1) with 2 × 200 mg at 11 h and 23 h of a 40-h deprivation ÷ placebo; reported + 1 if it falls to baseline or below',
    target: 'partial attenuation of the SWA rebound',
    tolerance: 'ratio < 1 and caffeine SWA > baseline',
    source: 'Landolt et al. 2004, Neuropsychopharmacology 29:1933',
    unit: 'ratio',
    measure: () => {
      const sched = [
        { bedtime: 23, tib_h: 0 },
        { bedtime: 23, tib_h: 8 },
      ];
      const swaOf = (doses: boolean) =>
        populationMean(
          (s) =>
            runTimeline(
              `landolt2004:${doses}`,
              (p) =>
                scheduleTimeline(p, sched, 1, (tl, nights) => {
                  if (!doses) return;
                  const wake_h = nights[nights.length - 3]!.off_h + 8;
                  tl.caffeine(wake_h + 11, 200).caffeine(wake_h + 23, 200);
                }),
              {},
              s,
            ).result.metrics.swaFirstCycle ?? null,
        );
      const c = swaOf(true);
      const p = swaOf(false);
      const b = base('swaFirstCycle');
      if (c === null || p === null || b === null) return null;
      return c > b ? c / p : 1 + c / p;
    },
    pass: below(1),
  },
  {
    id: 'CAF-06',
    kind: 'calibrated',
    kindReason:
      "a1ShareOfDrive and the homeostat's TOLERANCE_SHARE were set from this row (their comments name CAF-06).",
    check: 'magnitude',
    quantity:
      'Largest change (habitual 3 × 150 mg/day for 9 days, last dose 8 h before sleep, vs none): |ΔTST| in min, |ΔSOL| in min, |ΔN3| in % points',
    target: 'no change in TST, latency or architecture',
    tolerance:
      '|ΔTST| ≤ 15 min, |ΔSOL| ≤ 10 min, |ΔN3| ≤ 3 points (value shown: largest of the three as a share of its bound)',
    source: 'Weibel et al. 2021, Sci Rep',
    unit: 'share of bound',
    measure: () => {
      const sched = Array.from({ length: 9 }, () => ({ bedtime: 23, tib_h: 8 }));
      const metric = (doses: boolean, k: string) =>
        populationMean(
          (s) =>
            runTimeline(
              `weibel:${doses}`,
              (p) =>
                scheduleTimeline(p, sched, 8, (tl, nights) => {
                  if (!doses) return;
                  for (let n = nights.length - 9; n < nights.length; n++) {
                    const off = nights[n]!.off_h;
                    for (const h of [16, 12, 8]) tl.caffeine(off - h, 150);
                  }
                }),
              {},
              s,
            ).result.metrics[k] ?? null,
        );
      const dd = (k: string) => {
        const a = metric(true, k);
        const b = metric(false, k);
        return a === null || b === null ? null : Math.abs(a - b);
      };
      const tst = dd('totalSleepTime_min');
      const sol = dd('sleepOnsetLatency_min');
      const n3 = dd('n3_pct');
      if (tst === null || sol === null || n3 === null) return null;
      return Math.max(tst / 15, sol / 10, n3 / 3);
    },
    pass: (v) => v !== null && v <= 1,
  },
];

// ── fragmentation ───────────────────────────────────────────────────────────
const AROUSALS = [0, 10, 20, 40];
const frag: ValidationRow[] = [
  {
    id: 'FRAG-01',
    kind: 'independent',
    kindReason:
      'No parameter names FRAG-01; the arousal protocol is not fitted to next-morning S; for issue 13 the abstract was read: decrements without sizes, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (decrements in all disturbance conditions; shorter consolidated periods, larger decrements)',
    quantity:
      'Next-morning Process S at 40 vs 0 imposed arousals/h; reported negative unless it rises monotonically over 0, 10, 20, 40/h',
    target: 'next-day sleepiness ↑ with fragmentation; shorter consolidated periods → larger decrements',
    tolerance: 'monotone increase, Δ > 0',
    source: 'Bonnet 1989, Sleep 12:485',
    unit: 'S',
    measure: () => {
      const s = AROUSALS.map((a) => scenarioMean('baseline', 'sleepPressureAtWake', { arousalsPerHour: a }));
      if (s.some((x) => x === null)) return null;
      const mono = s.every((x, i) => i === 0 || x! >= s[i - 1]!);
      return mono ? s[3]! - s[0]! : -Math.abs(s[3]! - s[0]!);
    },
    pass: above(0),
  },
  {
    id: 'FRAG-02',
    kind: 'independent',
    kindReason:
      'No parameter names FRAG-02; the non-N1 discharge follows from SWA-driven discharge, not a fit; for issue 13 the review abstract was read: it states the rule (stage 1 excluded from TST) without a correlation, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none in the abstract (excluding stage 1 from TST gives a stronger TST–alertness relation; no r given)',
    quantity:
      'Correlation of overnight S discharge with non-N1 sleep minus its correlation with TST (arousals 0–40/h × time in bed 5–8 h)',
    target: 'fragmentation acts through loss of recuperative (non-N1) sleep',
    tolerance: '> 0',
    source: 'Wesensten, Balkin & Belenky 1999, J Sleep Res 8:237',
    unit: 'Δr',
    measure: () => {
      const tst: number[] = [];
      const rec: number[] = [];
      const dis: number[] = [];
      for (const a of AROUSALS)
        for (const tib of [5, 6.5, 8]) {
          const m = (k: string) => scenarioMean('baseline', k, { arousalsPerHour: a, timeInBed_h: tib })!;
          tst.push(m('totalSleepTime_min'));
          rec.push(m('totalSleepTime_min') * (1 - m('n1_pct') / 100));
          dis.push(m('sleepPressureAtBedtime') - m('sleepPressureAtWake'));
        }
      return correlation(rec, dis) - correlation(tst, dis);
    },
    pass: above(0),
  },
  {
    id: 'FRAG-03',
    kind: 'independent',
    kindReason:
      'No parameter names FRAG-03; nothing is fitted to the restriction-vs-fragmentation ordering; for issue 13 the review summary was read: it states an ordering, no size, so it stays a direction row.',
    check: 'direction',
    publishedMagnitude:
      'none (review: sleepiness relates to the degree of sleep loss or fragmentation rather than to its type)',
    quantity:
      'Spearman ρ between recuperative (non-N1) sleep and next-morning S over restriction (6, 5, 4 h) and fragmentation (20, 40, 60/h)',
    target: 'sleepiness scales with the degree of loss or fragmentation, not its type',
    tolerance: 'ρ ≤ −0.8',
    source: 'Bonnet & Arand 2003, Sleep Med Rev 7:297',
    unit: 'ρ',
    measure: () => {
      const conds: ParameterOverrides[] = [
        { timeInBed_h: 6 },
        { timeInBed_h: 5 },
        { timeInBed_h: 4 },
        { arousalsPerHour: 20 },
        { arousalsPerHour: 40 },
        { arousalsPerHour: 60 },
      ];
      const rec = conds.map((o) => {
        const t = scenarioMean('baseline', 'totalSleepTime_min', o)!;
        return t * (1 - scenarioMean('baseline', 'n1_pct', o)! / 100);
      });
      const s = conds.map((o) => scenarioMean('baseline', 'sleepPressureAtWake', o)!);
      return spearman(rec, s);
    },
    pass: (v) => v !== null && v <= -0.8,
  },
];

// ── age ─────────────────────────────────────────────────────────────────────
const perDecade = (metric: string, from: number, to: number) => {
  const a = scenarioMean('baseline', metric, { age: from });
  const b = scenarioMean('baseline', metric, { age: to });
  return a === null || b === null ? null : ((b - a) / (to - from)) * 10;
};

const age: ValidationRow[] = [
  {
    id: 'AGE-02',
    kind: 'calibrated',
    kindReason: 'ageAwakeningPerDecade was set from this row (its citation names AGE-02/03).',
    check: 'magnitude',
    quantity: 'Wake in bed (TIB − TST) per decade, 45 → 77 y',
    target: '+28 min/decade (REM −10 min/decade, no further SWS loss)',
    tolerance: '±50 %: 14–42 min/decade',
    source: 'Van Cauter, Leproult & Plat 2000, JAMA 284:861',
    unit: 'min/decade',
    measure: () => {
      const t = perDecade('totalSleepTime_min', 45, 77);
      return t === null ? null : -t;
    },
    pass: between(14, 42),
  },
  {
    id: 'AGE-03',
    kind: 'calibrated',
    kindReason: 'ageAwakeningPerDecade was set from this row (its citation names AGE-02/03).',
    check: 'magnitude',
    quantity: 'WASO per decade, 25 → 65 y; reported negative unless TST falls',
    target: 'WASO +9.7 min, TST −10.1 min, SE −2.1 %, SOL +1.1 min per decade',
    tolerance: '±50 % on WASO: 4.9–14.6 min/decade; TST slope < 0',
    source: 'Boulos et al. 2019, Lancet Respir Med 7:533',
    unit: 'min/decade',
    measure: () => {
      const w = perDecade('waso_min', 25, 65);
      const t = perDecade('totalSleepTime_min', 25, 65);
      return w === null || t === null ? null : t < 0 ? w : -w;
    },
    pass: between(4.85, 14.55),
  },
  {
    id: 'AGE-04',
    kind: 'calibrated',
    kindReason:
      'ageRemDeclinePerDecade was set (to 0) because of this row (its citation names AGE-04); it still fails.',
    check: 'magnitude',
    expectedFailure: true,
    quantity: 'REM % of TST per decade, 25 → 75 y',
    target: '≈ −0.6 % per decade until the mid-70s',
    tolerance: '−0.9 to −0.3 %/decade',
    source: 'Floyd, Janisse, Jenuwine & Ager 2007, Sleep 30:829',
    unit: '%/decade',
    measure: () => perDecade('rem_pct', 25, 75),
    pass: between(-0.9, -0.3),
  },
  {
    id: 'AGE-05',
    kind: 'echo',
    kindReason:
      "Returns the hard-coded HCL presets HCL_CA_65/HCL_CA_30 = 1.72/2.72 of age.ts, the target's own numbers.",
    check: 'magnitude',
    quantity:
      'Circadian threshold amplitude at 65 y ÷ at 30 y, read from the upper-threshold series (day before the focal night)',
    target: 'HCL presets: c_a 2.72 (30 y) → 1.72 (65 y), ratio 0.632',
    tolerance: '0.60–0.66',
    source: 'Skeldon et al. 2023 model code (default_HCL_parameters)',
    unit: 'ratio',
    measure: () => {
      const amp = (a: number) => {
        const r = runScenario('baseline', { age: a });
        const u = r.result.series.thresholdUpper!;
        const off = r.timeline.focus.lightsOff;
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = off - 24 * EPOCHS_PER_HOUR; i < off; i++) {
          lo = Math.min(lo, u[i]!);
          hi = Math.max(hi, u[i]!);
        }
        return (hi - lo) / 2;
      };
      return amp(65) / amp(30);
    },
    pass: between(0.6, 0.66),
  },
];

export const CORE_ROWS: ValidationRow[] = [...arch, ...swa, ...circ, ...caf, ...frag, ...age];
