/**
 * Constants of cortisol: circadian secretion, sleep inhibition, sleep loss, awakening response. A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const CORTISOL_PARAMETERS = defineParameters([
  // ── cortisol ──────────────────────────────────────────────────────────────
  // source: Weitzman et al. 1971 (maximum around habitual wake, ≈3 h after CBTmin)
  advanced({
    id: 'cortisolPeakAfterCbtMin_h',
    label: 'Cortisol drive peak after CBTmin',
    unit: 'h',
    default: 3,
    min: 0,
    max: 8,
    step: 0.25,
    description: 'Circadian phase of the maximal HPA secretory drive, hours after CBTmin.',
    citation: 'Weitzman et al. 1971, J Clin Endocrinol Metab 33:14',
    readBy: 'restoration',
  }),
  // source: design choice, the strength of the clock → cortisol coupling: 1 is the drive g(ψ) as
  // tabulated (Weitzman et al. 1971), 0 leaves secretion at its quiescent share all day.
  advanced({
    id: 'cortisolCircadianGain',
    label: 'Circadian drive of cortisol',
    unit: '× drive',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Scale of the circadian HPA drive g(ψ) (and of its gating of the awakening response); 0 removes the clock’s drive.',
    citation: 'Weitzman et al. 1971, J Clin Endocrinol Metab 33:14 (a gain of 1 is the drive as published in shape)',
    readBy: 'restoration',
  }),
  // source: design choice (rise onset ≈02:00–05:00)
  advanced({
    id: 'cortisolRiseWidth_h',
    label: 'Cortisol morning rise width',
    unit: 'h',
    default: 2,
    min: 0.5,
    max: 5,
    step: 0.25,
    description: 'Width (σ) of the half-Gaussian rise of the HPA drive before its peak.',
    citation: 'Balbo, Leproult & Van Cauter 2010, Int J Endocrinol 2010:759234',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'cortisolFallTime_h',
    label: 'Cortisol daytime fall time',
    unit: 'h',
    default: 5,
    min: 1,
    max: 12,
    step: 0.25,
    description: 'Time constant of the HPA drive falling through the day after its peak.',
    citation: 'Balbo, Leproult & Van Cauter 2010, Int J Endocrinol 2010:759234',
    readBy: 'restoration',
  }),
  // source: calibrated (REF-02b): 0.16 puts the night nadir of the default sleeper at ≈ 49 nmol/L,
  // inside the 95 % reference range of the nadir (1.5–2.5 µg/dL ≈ 41–69 nmol/L, Debono et al.
  // 2009); 0.08 gave 28 nmol/L, below it.
  advanced({
    id: 'cortisolQuiescentShare',
    label: 'Cortisol quiescent share',
    unit: 'fraction',
    default: 0.16,
    min: 0,
    max: 0.5,
    step: 0.01,
    description: 'HPA drive in the quiescent period relative to its peak, at age 25.',
    citation:
      'Calibrated in this model against REF-02b (night nadir 41–69 nmol/L); Debono et al. 2009, J Clin Endocrinol Metab 94:1548; Van Cauter, Leproult & Kupfer 1996, J Clin Endocrinol Metab 81:2468',
    readBy: 'restoration',
  }),
  // source: Van Cauter, Leproult & Kupfer 1996 (evening nadir rises with age)
  advanced({
    id: 'cortisolAgeQuiescentRise_perDecade',
    label: 'Cortisol quiescent rise with age',
    unit: 'per decade',
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Relative rise of the quiescent HPA drive per decade after 25.',
    citation: 'Van Cauter, Leproult & Kupfer 1996, J Clin Endocrinol Metab 81:2468',
    readBy: 'restoration',
  }),
  // source: design choice, the scale of cortisol in nmol/L: scaled to morning peaks ≈ 400 nmol/L
  // (Debono et al. 2009: peak 15.5 µg/dL ≈ 428 nmol/L, 95 % reference range 323–568; REF-02).
  advanced({
    id: 'cortisolPeakSecretion_nmolPerLPerH',
    label: 'Peak cortisol secretion',
    unit: 'nmol/L/h',
    default: 250,
    min: 10,
    max: 1000,
    step: 5,
    description: 'Secretion at the peak of the circadian drive (sets the scale of cortisol in nmol/L).',
    citation:
      'Calibrated in this model against REF-02 (morning peak ≈ 428 nmol/L); Debono et al. 2009, J Clin Endocrinol Metab 94:1548',
    readBy: 'restoration',
  }),
  // source: Bierwolf et al. 1997; Weitzman et al. 1983 (inhibition in the first ~4 h of sleep)
  advanced({
    id: 'cortisolSwsInhibition',
    label: 'Cortisol inhibition by slow waves',
    unit: '0–1',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Fractional inhibition of cortisol secretion at SWA ≥ 1 in NREM.',
    citation:
      'Bierwolf et al. 1997, J Clin Endocrinol Metab 82:3859; Weitzman et al. 1983, J Clin Endocrinol Metab 56:352',
    readBy: 'restoration',
  }),
  // source: calibrated to Leproult et al. 1997, Sleep 20:865 (+37–45% next evening after SD)
  advanced({
    id: 'cortisolSleepLossGain',
    label: 'Cortisol rise with sleep pressure',
    unit: 'per unit S',
    default: 1,
    min: 0,
    max: 5,
    step: 0.05,
    description: 'Relative rise of cortisol secretion per unit Process S above the reference.',
    citation: 'Leproult et al. 1997, Sleep 20:865',
    readBy: 'restoration',
  }),
  // source: design choice (≈ Process S at a rested bedtime)
  advanced({
    id: 'cortisolSleepLossReferenceS',
    label: 'Cortisol sleep-pressure reference',
    unit: 'S (0–1)',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Process S above which sleep pressure raises cortisol secretion.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: calibrated to Pruessner et al. 1997 (CAR +50–75%)
  advanced({
    id: 'cortisolAwakeningAmount_nmolPerL',
    label: 'Cortisol awakening response size',
    unit: 'nmol/L',
    default: 300,
    min: 0,
    max: 1000,
    step: 5,
    description: 'Cortisol released on awakening with a full readiness in the morning active phase.',
    citation: 'Calibrated in this model against CORT-01; Pruessner et al. 1997, Life Sci 61:2539',
    readBy: 'restoration',
  }),
  // source: design choice (CAR needs prior sleep; Wilhelm et al. 2007)
  advanced({
    id: 'cortisolAwakeningBuildUp_h',
    label: 'Awakening-response readiness build-up',
    unit: 'h',
    default: 2,
    min: 0.25,
    max: 8,
    step: 0.25,
    description: 'Time constant of the awakening-response readiness building up during sleep.',
    citation: 'Wilhelm et al. 2007, Psychoneuroendocrinology 32:358',
    readBy: 'restoration',
  }),
  // source: calibrated to Pruessner 1997 / Wüst 2000 (CAR peak ≈30 min)
  advanced({
    id: 'cortisolAwakeningRelease_min',
    label: 'Awakening-response release time',
    unit: 'min',
    default: 12,
    min: 2,
    max: 60,
    step: 1,
    description: 'Time constant over which the awakening response is released.',
    citation: 'Calibrated in this model against CORT-02; Wüst et al. 2000, Noise Health 2:79',
    readBy: 'restoration',
  }),
  // source: Wüst et al. 2000 (CAR peak later in premenopausal women); value a design choice
  advanced({
    id: 'cortisolAwakeningReleaseFemale_min',
    label: 'Awakening-response release time (women)',
    unit: 'min',
    default: 18,
    min: 2,
    max: 60,
    step: 1,
    description: 'Time constant over which the awakening response is released in women (its peak comes later).',
    citation: 'Wüst et al. 2000, Noise Health 2:79 (later CAR peak in premenopausal women)',
    readBy: 'restoration',
  }),
  // source: cortisol plasma half-life ≈60–90 min (Weitzman 1971)
  advanced({
    id: 'cortisolHalfLife_min',
    label: 'Cortisol half-life',
    unit: 'min',
    default: 66,
    min: 20,
    max: 180,
    step: 1,
    description: 'Plasma half-life of cortisol.',
    citation: 'Weitzman et al. 1971, J Clin Endocrinol Metab 33:14',
    readBy: 'restoration',
  }),
]);

export type CortisolParameters = ValuesOf<typeof CORTISOL_PARAMETERS>;
