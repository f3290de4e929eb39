/**
 * Constants of the next-day outcome (fatigue, sleep debt, PVT, KSS) and of the restoration
 * metrics that score the night (memory consolidation, readiness); all read by the restoration pass. A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const OUTCOME_PARAMETERS = defineParameters([
  // ── outcome ───────────────────────────────────────────────────────────────
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
  // source: SAFTE reservoir refill f = 0.00312 /min of sleep → 1/f ≈ 5.3 h (Hursh et al. 2004)
  advanced({
    id: 'outcomeDebtRepayment_h',
    label: 'Sleep-debt repayment time constant',
    unit: 'h of sleep',
    default: 5.3,
    min: 1,
    max: 48,
    step: 0.1,
    description: 'Recuperative sleep over which the excess-wake debt falls to 1/e.',
    citation: 'Hursh et al. 2004, Aviat Space Environ Med 75:A44 (SAFTE: f = 0.00312 per min)',
    readBy: 'restoration',
  }),
  // source: design choice; two time scales as in the UMP (Ramakrishnan et al. 2016)
  advanced({
    id: 'outcomeSlowDebtShare',
    label: 'Slow share of the sleep debt',
    unit: 'fraction',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Share of each hour of excess wakefulness that enters the slowly repaid debt pool.',
    citation:
      'Ramakrishnan et al. 2016, Sleep 39:249 (slowly adapting component); Van Dongen et al. 2003, Sleep 26:117',
    readBy: 'restoration',
  }),
  // source: design choice (recovery incomplete after 3 × 8 h, Belenky et al. 2003)
  advanced({
    id: 'outcomeSlowDebtRepayment_h',
    label: 'Slow sleep-debt repayment time constant',
    unit: 'h of sleep',
    default: 100,
    min: 10,
    max: 1000,
    step: 5,
    description: 'Recuperative sleep over which the slow debt pool falls to 1/e.',
    citation: 'Belenky et al. 2003, J Sleep Res 12:1 (PVT not restored by three 8-h recovery nights)',
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
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Fatigue removed per unit of the circadian performance rhythm.',
    citation: 'Ramakrishnan et al. 2016, Sleep 39:249 (PVT = a(S − C) + b)',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'outcomeDebtWeight',
    label: 'Chronic-debt weight of fatigue',
    unit: 'fatigue per day',
    default: 1,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Fatigue added per 24 h of accumulated excess wakefulness.',
    citation: 'Van Dongen et al. 2003, Sleep 26:117 (lapses linear in excess wakefulness)',
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
  // source: design choice (0: a rested morning is the default baseline night's)
  advanced({
    id: 'pvtFatigueMargin',
    label: 'PVT fatigue margin',
    unit: 'fatigue',
    default: 0,
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
    label: 'KSS intercept',
    unit: 'KSS',
    default: 2,
    min: -10,
    max: 9,
    step: 0.1,
    description: 'KSS at zero fatigue.',
    citation: 'Åkerstedt & Gillberg 1990, Int J Neurosci 52:29',
    readBy: 'restoration',
  }),
  // source: calibrated with the intercept (Åkerstedt & Gillberg 1990)
  advanced({
    id: 'kssPerFatigue',
    label: 'KSS per unit fatigue',
    unit: 'KSS',
    default: 5,
    min: 0,
    max: 20,
    step: 0.1,
    description: 'KSS points per unit fatigue.',
    citation: 'Åkerstedt & Gillberg 1990, Int J Neurosci 52:29',
    readBy: 'restoration',
  }),
  // source: design choice (consolidation saturates with slow-wave and REM sleep)
  advanced({
    id: 'memoryConsolidationScale_h',
    label: 'Memory consolidation scale',
    unit: 'SWA·h',
    default: 1.5,
    min: 0.1,
    max: 10,
    step: 0.1,
    description:
      'Consolidating sleep (SWA-weighted NREM plus half-weighted REM) that consolidates 63% of an ordinary day.',
    citation: 'Rasch & Born 2013, Physiol Rev 93:681 (active systems consolidation)',
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
