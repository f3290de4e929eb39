/**
 * Constants of the next-day outcome (fatigue, sleep debt, PVT, KSS) and of the restoration
 * metrics that score the night (memory consolidation, readiness); all read by the restoration pass. A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 *
 * Over 400 lines because it is one table of parameter declarations, each with its source.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const OUTCOME_PARAMETERS = defineParameters([
  // ── outcome ───────────────────────────────────────────────────────────────
  // source: design choice (a dimensionless gain on the coupling: 1 is the model, where Process S
  // enters fatigue and sleepiness with weight 1 as in SAFTE and the UMP; 0 removes it)
  advanced({
    id: 'outcomeHomeostatGain',
    label: 'Sleep pressure → fatigue gain',
    unit: '',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Weight of the homeostatic sleep pressure, Process S, in fatigue and sleepiness (1 = the model; 0 = they ignore it).',
    citation: 'Ramakrishnan et al. 2016, Sleep 39:249 (the coupling; the gain is a design choice)',
    readBy: 'restoration',
  }),
  // source: Van Dongen et al. 2003, Sleep 26:117 (15.84 h/day, s.e. 0.73)
  advanced({
    id: 'outcomeCriticalWake_h',
    label: 'Critical daily wake duration',
    unit: 'h/day',
    default: 15.84,
    min: 12,
    max: 20,
    step: 0.01,
    description: 'Daily wakefulness beyond which a chronic sleep debt accumulates.',
    citation: 'Van Dongen et al. 2003, Sleep 26:117',
    readBy: 'restoration',
  }),
  // source: calibrated on Lamond et al. 2007 (one 9-h night restores the PVT after a night awake);
  // SAFTE's reservoir refills with f = 0.00312 /min (1/f ≈ 5.3 h, Hursh et al. 2004) from the first
  // minute of sleep, this store only after the core sleep (outcomeCoreSleep_h), hence faster
  advanced({
    id: 'outcomeDebtRepayment_h',
    label: 'Sleep-debt repayment time constant',
    unit: 'h of sleep',
    default: 2,
    min: 0.5,
    max: 48,
    step: 0.1,
    description:
      'Recuperative sleep (after the core sleep of the episode) over which the acute excess-wake store falls to 1/e.',
    citation:
      'Lamond et al. 2007, J Sleep Res, doi 10.1111/j.1365-2869.2007.00574.x; Yamazaki et al. 2021, Sleep 44(4), PMC8274462; Hursh et al. 2004, Aviat Space Environ Med 75:A44 (SAFTE)',
    readBy: 'restoration',
  }),
  // source: design choice (0: the bank is filled by waking time alone, see outcomeBankCredit)
  advanced({
    id: 'outcomeSlowDebtShare',
    label: 'Share of excess wake sent to the bank',
    unit: 'fraction',
    default: 0,
    min: 0,
    max: 1,
    step: 0.05,
    description:
      'Share of each hour awake beyond the critical wake duration that goes to the chronic bank instead of the acute excess-wake store, while the store is below its capacity.',
    citation:
      'Ramakrishnan et al. 2016, Sleep 39:249 (slowly adapting component); Van Dongen et al. 2003, Sleep 26:117',
    readBy: 'restoration',
  }),
  // source: design choice, calibrated on Lamond et al. 2007 (one night awake is restored by one 9-h
  // night, two are not restored by five): about one night awake's excess wake fits the acute store
  advanced({
    id: 'outcomeDebtCapacity_h',
    label: 'Acute store capacity',
    unit: 'h',
    default: 24,
    min: 4,
    max: 200,
    step: 1,
    description:
      'Acute excess wake beyond which a share of further excess wake goes to the slowly repaid chronic bank instead (severe loss leaves a residual).',
    citation: 'Lamond et al. 2007, J Sleep Res, doi 10.1111/j.1365-2869.2007.00574.x',
    readBy: 'restoration',
  }),
  // source: design choice, calibrated with the capacity on Lamond et al. 2007 (severe arm)
  advanced({
    id: 'outcomeDebtOverflowShare',
    label: 'Share of excess wake beyond capacity sent to the bank',
    unit: 'fraction',
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.05,
    description:
      'Share of each hour of excess wake, once the acute store is beyond its capacity, that goes to the chronic bank.',
    citation: 'Lamond et al. 2007, J Sleep Res, doi 10.1111/j.1365-2869.2007.00574.x',
    readBy: 'restoration',
  }),
  // source: hypothesis (Horne 1988, Why We Sleep: the first hours of a night are "core" sleep that
  // serves the homeostat); value calibrated on Belenky et al. 2003 (the 3-h arm recovers rapidly
  // after one 8-h night, the 5-h arm not in three) with Banks et al. 2010 and Van Dongen 2003 in view
  advanced({
    id: 'outcomeCoreSleep_h',
    label: 'Core sleep before the acute store is repaid',
    unit: 'h of sleep',
    default: 2.5,
    min: 0,
    max: 8,
    step: 0.25,
    description:
      'Recuperative sleep of an episode after which the acute excess-wake store starts to be repaid: shorter nights repay none of it.',
    citation: 'Belenky et al. 2003, J Sleep Res 12:1 (calibrated); Horne 1988, Why We Sleep (core sleep)',
    readBy: 'restoration',
  }),
  // source: design choice (recovery incomplete after 3 × 8 h, Belenky et al. 2003; after 10 h, Banks et al. 2010)
  advanced({
    id: 'outcomeSlowDebtRepayment_h',
    label: 'Chronic bank first-order repayment time',
    unit: 'h of sleep',
    default: 100,
    min: 10,
    max: 1000,
    step: 5,
    description:
      'Recuperative sleep over which the chronic bank falls to 1/e through its first-order part (on top of the fixed credit per hour of sleep).',
    citation:
      'Belenky et al. 2003, J Sleep Res 12:1 (not restored by three 8-h nights); Banks et al. 2010, Sleep 33:1013 (nor by one 10-h night)',
    readBy: 'restoration',
  }),
  // source: meant to balance the bank at Van Dongen's critical wake, 0.34 × 16.3 / 6.3 ≈ 0.9, with the
  // ≈6.3 h of recuperative sleep the model once gave at 8.16 h in bed. Today it gives 5.2–5.5 h there
  // (scripts/bank-balance.ts), which would balance at 1.04–1.09: at 0.9 the bank balances at no time
  // in bed up to 9 h, and on 8 h it settles at ≈10–12 h each morning (≈6–8 h after the 14-day
  // run-in), a standing balance the buffer absorbs. The PERF rows were calibrated with 0.9, so it
  // stays until the bank's start and buffer are re-calibrated together (docs/COHORT.md, session 11).
  advanced({
    id: 'outcomeBankCredit',
    label: 'Chronic bank credit per hour of sleep',
    unit: 'h per h of sleep',
    default: 0.9,
    min: 0.2,
    max: 2,
    step: 0.01,
    description:
      'Hours withdrawn from the chronic bank per hour of recuperative sleep; each waking hour deposits (24 − critical wake)/24 h. At 0.9 the bank keeps a standing balance even on 8–9 h in bed, which the buffer absorbs (docs/COHORT.md).',
    citation: 'Van Dongen et al. 2003, Sleep 26:117 (cumulative excess wakefulness; balance at 15.84 h awake per day)',
    readBy: 'restoration',
  }),
  // source: design choice: a rested 23:00–07:00 sleeper's standing balance swings ≈6–12 h over the
  // day (the bank balances at the critical wake, not at 8 h); only what lies beyond acts (12 → 12.5
  // when the bank weight rose, so a rested 23:00 stays within 2 lapses of the morning, PERF-15)
  advanced({
    id: 'outcomeBankBuffer_h',
    label: 'Chronic bank buffer',
    unit: 'h',
    default: 12.5,
    min: 0,
    max: 24,
    step: 0.5,
    description:
      "Bank balance that has no effect (it covers a rested day's swing); only the balance beyond it adds to fatigue and sleepiness.",
    citation:
      'Van Dongen et al. 2003, Sleep 26:117 (no cumulative deficit at 8 h in bed); Lamond et al. 2007, J Sleep Res, doi 10.1111/j.1365-2869.2007.00574.x',
    readBy: 'restoration',
  }),
  // source: Bonnet 1989; Wesensten et al. 1999 (recuperative sleep needs continuity)
  advanced({
    id: 'outcomeContinuityTime_min',
    label: 'Sleep-continuity time constant',
    unit: 'min',
    default: 10,
    min: 1,
    max: 60,
    step: 1,
    description: 'Continuous sleep needed before sleep becomes fully recuperative.',
    citation: 'Bonnet 1989, Sleep 12:485; Wesensten, Balkin & Belenky 1999, J Sleep Res 8:237',
    readBy: 'restoration',
  }),
  // source: SAFTE (Hursh et al. 2004): maximal inertia ≈5% of effectiveness
  advanced({
    id: 'outcomeInertia',
    label: 'Sleep inertia',
    unit: 'fatigue',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    description: 'Fatigue added on awakening, dissipating with the inertia time constant.',
    citation: 'Hursh et al. 2004, Aviat Space Environ Med 75:A44',
    readBy: 'restoration',
  }),
  // source: Jewett et al. 1999, J Sleep Res 8:1 (inertia dissipates within 2–4 h)
  advanced({
    id: 'outcomeInertiaTime_min',
    label: 'Sleep-inertia time constant',
    unit: 'min',
    default: 30,
    min: 5,
    max: 120,
    step: 1,
    description: 'Dissipation of sleep inertia after awakening.',
    citation: 'Jewett et al. 1999, J Sleep Res 8:1',
    readBy: 'restoration',
  }),
  // source: SAFTE acrophase p = bedtime − 5 h (18:00 for a 23:00 sleeper whose CBTmin is ≈04:30)
  advanced({
    id: 'outcomeCircadianAcrophaseAfterCbtMin_h',
    label: 'Circadian performance acrophase after CBTmin',
    unit: 'h',
    default: 13.5,
    min: 8,
    max: 18,
    step: 0.25,
    description: 'Circadian phase of best performance (SAFTE rhythm), hours after CBTmin.',
    citation: 'Hursh et al. 2004, Aviat Space Environ Med 75:A44 (SAFTE circadian process)',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'outcomeCircadianWeight',
    label: 'Circadian weight of fatigue',
    unit: 'fatigue',
    default: 0.45,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Fatigue removed per unit of the circadian performance rhythm.',
    citation: 'Ramakrishnan et al. 2016, Sleep 39:249 (PVT = a(S − C) + b)',
    readBy: 'restoration',
  }),
  // source: calibrated on the nights-awake arm (lapses after 1–3 nights awake, Van Dongen et al. 2003)
  advanced({
    id: 'outcomeDebtWeight',
    label: 'Acute excess-wake weight of fatigue',
    unit: 'fatigue per day',
    default: 1,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Fatigue added per 24 h of acute excess wakefulness (the store a night of sleep repays).',
    citation: 'Van Dongen et al. 2003, Sleep 26:117 (lapses linear in excess wakefulness)',
    readBy: 'restoration',
  }),
  // source: calibrated: 14 × 4 h ≈ 2 nights awake, 14 × 6 h ≈ 1 night awake (Van Dongen et al. 2003),
  // with the residual after recovery sleep in view (Belenky et al. 2003; Banks et al. 2010): 1.5 → 2.1
  advanced({
    id: 'outcomeBankWeight',
    label: 'Chronic bank weight of fatigue',
    unit: 'fatigue per day',
    default: 2.1,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Fatigue added per 24 h of chronic bank balance beyond the buffer.',
    citation: 'Van Dongen et al. 2003, Sleep 26:117 (chronic restriction ≈ up to 2 nights of total deprivation)',
    readBy: 'restoration',
  }),
  // source: McCauley et al. 2013 (circadian amplitude grows with sleep loss); value calibrated on PERF-13
  // (1 → 1.5 with the larger bank weight, so the worst hour of the second night stays near dawn)
  advanced({
    id: 'outcomeCircadianAmplification',
    label: 'Circadian amplification by sleep loss',
    unit: 'per fatigue',
    default: 1.5,
    min: 0,
    max: 3,
    step: 0.05,
    description:
      'Relative growth of the circadian swing of fatigue per unit of sleep-loss load (the night awake worst near dawn, better in the afternoon).',
    citation: 'McCauley et al. 2013, Sleep 36:1987; Ramakrishnan et al. 2016, Sleep 39:249',
    readBy: 'restoration',
  }),
  // source: calibrated on 0.05 % BAC ≈ 17–18.5 h awake (Williamson & Feyer 2000; Dawson & Reid 1997);
  // 1.3 → 1.4 after the arousal-system merge lowered rested fatigue (0.05 % ≈ 17.4 h, 0.10 % ≈ 20.8 h)
  advanced({
    id: 'outcomeAlcoholFatigue_LPerG',
    label: 'Acute alcohol effect on fatigue',
    unit: 'fatigue per g/L',
    default: 1.4,
    min: 0,
    max: 3,
    step: 0.01,
    description: 'Fatigue added per g/L of blood alcohol (0.5 g/L = 0.05 % BAC).',
    citation: 'Dawson & Reid 1997, Nature 388:235; Williamson & Feyer 2000, Occup Environ Med 57:649',
    readBy: 'restoration',
  }),
  // source: direction from Rohsenow et al. 2010 (Alcohol Clin Exp Res 34:509: after 0.11 % BrAC, worse
  // next-morning sustained attention and more next-day sleepiness, not mediated by the sleep
  // disruption) and Gunn et al. 2018 (Addiction 113:2182: sustained attention g = 0.47 during
  // hangover); size a design choice (see docs/MODEL-restoration.md §Outcome)
  advanced({
    id: 'outcomeHangoverFatigue_LPerG',
    label: 'Hangover effect on fatigue',
    unit: 'fatigue per g/L',
    default: 0.8,
    min: 0,
    max: 3,
    step: 0.01,
    description:
      'Fatigue added per g/L of the hangover state: blood alcohol eliminated, decaying over hours once blood alcohol is gone (0 turns the hangover off).',
    citation:
      'Rohsenow et al. 2010, Alcohol Clin Exp Res 34:509; Howland et al. 2010, J Addict Res Ther 1:101; Gunn et al. 2018, Addiction 113:2182',
    readBy: 'restoration',
  }),
  // source: design choice; hangover starts as BAC approaches zero and lasts into the next day
  // (consensus definition, Gunn et al. 2018, Addiction 113:2182)
  advanced({
    id: 'outcomeHangoverTime_h',
    label: 'Hangover decay time constant',
    unit: 'h',
    default: 6,
    min: 0.5,
    max: 24,
    step: 0.5,
    description: 'Time constant over which the hangover state decays once the alcohol is eliminated.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: UMP caffeine factor g = 1/(1 + m·C) (Ramakrishnan et al. 2016); m calibrated on Hansen et al. 2019
  // (0.25 → 1 when acute tolerance was added: the acting level 1–3 h after a dose is ≈¼ of plasma)
  advanced({
    id: 'outcomeCaffeinePotency_LPerMg',
    label: 'Caffeine potency on performance',
    unit: 'L/mg',
    default: 1,
    min: 0,
    max: 3,
    step: 0.01,
    description:
      'm in the factor 1/(1 + m·C) by which acting caffeine C (plasma minus acute tolerance, mg/L) scales the lapse rise and the homeostatic part of sleepiness.',
    citation:
      'Ramakrishnan et al. 2013, J Theor Biol 319:23 (caffeine as a multiplying factor on performance); Hansen et al. 2019, Psychopharmacology 236:1313',
    readBy: 'restoration',
  }),
  // source: hypothesis (acute tolerance: the performance effect outlives neither the first hours
  // nor the plasma level); share and time constant calibrated on Wesensten et al. 2005 (600 mg after
  // ≈64 h awake restored PVT speed for ≈2–4 h, PERF-20), 0 = the effect follows plasma caffeine
  advanced({
    id: 'outcomeCaffeineTolerance',
    label: 'Acute tolerance to caffeine (performance)',
    unit: 'fraction',
    default: 0.9,
    min: 0,
    max: 1,
    step: 0.05,
    description:
      "Share of the lagged plasma caffeine subtracted from the plasma level that acts on performance and sleepiness: the benefit of a dose fades within hours although caffeine's half-life is unchanged.",
    citation: 'Wesensten, Killgore & Balkin 2005, J Sleep Res 14:255 (calibrated)',
    readBy: 'restoration',
  }),
  // source: calibrated with the share on Wesensten et al. 2005 (PERF-20)
  advanced({
    id: 'outcomeCaffeineToleranceTime_h',
    label: 'Acute tolerance time constant',
    unit: 'h',
    default: 2,
    min: 0.25,
    max: 24,
    step: 0.25,
    description: 'Time constant with which the acute tolerance follows plasma caffeine.',
    citation: 'Wesensten, Killgore & Balkin 2005, J Sleep Res 14:255 (calibrated)',
    readBy: 'restoration',
  }),
  // source: rested young adults ≈1–3 lapses per 10-min PVT
  advanced({
    id: 'pvtLapsesRested',
    label: 'PVT lapses when rested',
    unit: 'lapses',
    default: 1.5,
    min: 0,
    max: 10,
    step: 0.1,
    description: 'Lapses of a rested 10-min PVT.',
    citation: 'Basner & Dinges 2011, Sleep 34:581',
    readBy: 'restoration',
  }),
  // source: calibrated to ≈10 extra lapses after one night awake (Van Dongen 2003 TSD arm)
  advanced({
    id: 'pvtLapsesPerFatigue',
    label: 'PVT lapses per unit fatigue',
    unit: 'lapses',
    default: 14,
    min: 0,
    max: 100,
    step: 0.5,
    description: 'Extra lapses per unit fatigue above the threshold.',
    citation: 'Calibrated to ≈10–14 extra lapses after a night awake (Van Dongen et al. 2003, Sleep 26:117)',
    readBy: 'restoration',
  }),
  // source: Van Dongen et al. 2004 (trait-like differential vulnerability); 1 = the population mean
  advanced({
    id: 'pvtVulnerability',
    label: 'Trait vulnerability to sleep loss',
    unit: '× population mean',
    default: 1,
    min: 0.2,
    max: 3,
    step: 0.05,
    description:
      'Scales the rise of PVT lapses with fatigue. Van Dongen et al. 2004 found a stable, trait-like spread: about a third of people barely affected, a third strongly.',
    citation: 'Van Dongen, Baynard, Maislin & Dinges 2004, Sleep 27:423',
    readBy: 'restoration',
  }),
  // source: design choice (0: a rested morning is the default baseline night's)
  advanced({
    id: 'pvtFatigueMargin',
    label: 'PVT fatigue margin',
    unit: 'fatigue',
    default: 0.25,
    min: -1,
    max: 1,
    step: 0.01,
    description: "Fatigue beyond the default baseline morning's at which lapses start to rise above the rested count.",
    citation: '',
    readBy: 'restoration',
  }),
  // source: calibrated: KSS ≈3 on a rested morning, ≈7 after a night awake (Åkerstedt & Gillberg 1990)
  advanced({
    id: 'kssIntercept',
    label: 'KSS logit intercept',
    unit: 'logit',
    default: -1.6,
    min: -20,
    max: 20,
    step: 0.1,
    description: 'Intercept of the logistic KSS = 1 + 8/(1 + exp(−(K₀ + K_F·Z))) at zero sleepiness drive Z.',
    citation: 'Åkerstedt & Gillberg 1990, Int J Neurosci 52:29',
    readBy: 'restoration',
  }),
  // source: calibrated with the intercept (Åkerstedt & Gillberg 1990)
  advanced({
    id: 'kssPerFatigue',
    label: 'KSS logit per unit drive',
    unit: 'logit',
    default: 2.3,
    min: 0,
    max: 40,
    step: 0.1,
    description: 'Slope of the KSS logistic per unit sleepiness drive.',
    citation: 'Åkerstedt & Gillberg 1990, Int J Neurosci 52:29',
    readBy: 'restoration',
  }),
  // source: calibrated: KSS after 14 × 4 h stays below 2 nights awake (Van Dongen et al. 2003, sleepiness levelled off)
  advanced({
    id: 'kssChronicMax',
    label: 'Largest chronic share of sleepiness',
    unit: 'drive',
    default: 0.3,
    min: 0,
    max: 3,
    step: 0.01,
    description: 'Sleepiness drive the chronic bank adds at most (it levels off under chronic restriction).',
    citation: 'Van Dongen et al. 2003, Sleep 26:117 (subjective sleepiness rose little after the first days)',
    readBy: 'restoration',
  }),
  // source: design choice (levels off within ≈3–4 days of restriction, Van Dongen et al. 2003)
  advanced({
    id: 'kssChronicSaturation_h',
    label: 'Chronic sleepiness saturation',
    unit: 'h',
    default: 10,
    min: 1,
    max: 100,
    step: 1,
    description:
      'Bank balance beyond the buffer at which the chronic sleepiness drive reaches 63 % of its largest value.',
    citation: 'Van Dongen et al. 2003, Sleep 26:117',
    readBy: 'restoration',
  }),
  // source: calibrated: KSS during a second night awake stays below 9 and keeps a circadian swing (Åkerstedt & Gillberg 1990 scale)
  advanced({
    id: 'kssAcuteShare',
    label: 'Acute excess-wake share of sleepiness',
    unit: 'fraction',
    default: 0.5,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Weight of the acute excess-wake load in the sleepiness drive, relative to its weight in performance fatigue.',
    citation: 'Van Dongen et al. 2003, Sleep 26:117 (sleepiness and lapses diverge)',
    readBy: 'restoration',
  }),
  // source: Baehr, Revelle & Eastman 2000 (CBTmin ≈2 h after mid-sleep)
  advanced({
    id: 'readinessIdealMidSleepBeforeCbtMin_h',
    label: 'Ideal mid-sleep before CBTmin',
    unit: 'h',
    default: 2,
    min: 0,
    max: 6,
    step: 0.25,
    description: 'Circadian placement of mid-sleep scored as perfectly aligned.',
    citation: 'Baehr, Revelle & Eastman 2000, J Sleep Res 9:117',
    readBy: 'restoration',
  }),
]);

export type OutcomeParameters = ValuesOf<typeof OUTCOME_PARAMETERS>;
