/**
 * Constants of growth hormone: SWS-locked and spontaneous bursts, pool, kinetics, age. A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const GROWTH_HORMONE_PARAMETERS = defineParameters([
  // ── growth hormone ────────────────────────────────────────────────────────
  // source: Van Cauter et al. 1998, Sleep 21:553 (few daytime pulses in men)
  advanced({
    id: 'ghSpontaneousPulsesMale_perH',
    label: 'Spontaneous GH bursts (men)',
    unit: '1/h',
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Hazard of a GH burst unrelated to slow-wave sleep, men.',
    citation: 'Van Cauter et al. 1998, Sleep 21:553',
    readBy: 'restoration',
  }),
  // source: Van Cauter et al. 1998, Sleep 21:553 (women: frequent daytime pulses)
  advanced({
    id: 'ghSpontaneousPulsesFemale_perH',
    label: 'Spontaneous GH bursts (women)',
    unit: '1/h',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Hazard of a GH burst unrelated to slow-wave sleep, women.',
    citation: 'Van Cauter et al. 1998, Sleep 21:553',
    readBy: 'restoration',
  }),
  // source: calibrated to Van Cauter & Plat 1996 (pulse within the first SWS episode)
  advanced({
    id: 'ghSwsPulseHazard_perH',
    label: 'SWS-linked GH burst hazard',
    unit: '1/h per SWA',
    default: 12,
    min: 0,
    max: 60,
    step: 0.5,
    description: 'Hazard of a GH burst per unit SWA in N3, with a full releasable pool.',
    citation: 'Calibrated in this model against GH-03; Van Cauter & Plat 1996, J Pediatr 128:S32',
    readBy: 'restoration',
  }),
  // source: calibrated to Van Cauter & Plat 1996 (≈70% of sleep pulses in SWS)
  advanced({
    id: 'ghN2Gate',
    label: 'GH burst gate in N2',
    unit: '0–1',
    default: 0.075,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'SWA-linked burst hazard in N2 relative to N3.',
    citation: 'Calibrated in this model against GH-02; Van Cauter & Plat 1996, J Pediatr 128:S32',
    readBy: 'restoration',
  }),
  // source: design choice, the scale of GH in µg/L: scaled to sleep-onset peaks ≈10–15 µg/L in
  // young men (the model's mean peak is ≈ 16 µg/L, REF-06; first 3 h ≈ 17 µg·h/L, HORM-02)
  advanced({
    id: 'ghPulseMass_ugPerL',
    label: 'GH burst mass',
    unit: 'µg/L',
    default: 10,
    min: 0,
    max: 50,
    step: 0.5,
    description: 'GH released by one burst with a full pool, before state and SWA scaling.',
    citation:
      'Van Cauter & Plat 1996, J Pediatr 128:S32 (peak concentrations); Mullington et al. 1996, Neuroendocrinology 64:233 (nocturnal peak 19.9 ± 8.4 µg/L in young men, checked by REF-06)',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'ghBasalSecretion_ugPerLPerH',
    label: 'Basal GH secretion',
    unit: 'µg/L/h',
    default: 0.5,
    min: 0,
    max: 2,
    step: 0.01,
    description: 'Non-pulsatile GH secretion (with the spontaneous bursts, the GH outside early sleep).',
    citation: 'Calibrated in this model against GH-01',
    readBy: 'restoration',
  }),
  // source: Van Cauter, Leproult & Plat 2000, JAMA 284:861 (steep fall from early adulthood to midlife)
  advanced({
    id: 'ghAgeDecline_perYear',
    label: 'GH capacity decline with age',
    unit: '1/year',
    default: 0.077,
    min: 0,
    max: 0.3,
    step: 0.005,
    description:
      'Rate of the exponential fall of somatotroph secretory capacity after age 25 (down to its late-life floor); ln 4 / 18 y, so capacity at 43 y (mean of 36–50 y) is 25% of young.',
    citation: 'Van Cauter, Leproult & Plat 2000, JAMA 284:861 (GH −75% from 16–25 y to 36–50 y)',
    readBy: 'restoration',
  }),
  // source: Van Cauter, Leproult & Plat 2000 (little further GH decline from midlife to late life)
  advanced({
    id: 'ghAgeFloor',
    label: 'Late-life GH capacity',
    unit: 'fraction',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Somatotroph secretory capacity that remains in late life, relative to age 25.',
    citation: 'Van Cauter, Leproult & Plat 2000, JAMA 284:861',
    readBy: 'restoration',
  }),
  // source: design choice (somatostatin tone in wake)
  advanced({
    id: 'ghWakeTone',
    label: 'Waking GH burst size',
    unit: '0–1',
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Size of a burst during wake relative to one in sleep at SWA 0 (higher somatostatin tone).',
    citation: 'Van Cauter & Copinschi 2000, Growth Horm IGF Res 10 Suppl B:S57',
    readBy: 'restoration',
  }),
  // source: Van Cauter & Copinschi 2000 (GH amount linear in SWS)
  advanced({
    id: 'ghSwaAmplitudeGain',
    label: 'SWA scaling of GH burst size',
    unit: 'per SWA',
    default: 1,
    min: 0,
    max: 5,
    step: 0.1,
    description: 'Relative increase of burst size per unit SWA at the burst.',
    citation: 'Van Cauter & Copinschi 2000, Growth Horm IGF Res 10 Suppl B:S57',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'ghPoolDepletion',
    label: 'GH pool depletion per burst',
    unit: 'fraction',
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Fraction of the releasable GH pool used by one burst.',
    citation: '',
    readBy: 'restoration',
  }),
  // source: design choice (inter-pulse intervals of ≈2–3 h)
  advanced({
    id: 'ghRefractory_h',
    label: 'GH pool refill time constant',
    unit: 'h',
    default: 2,
    min: 0.25,
    max: 8,
    step: 0.25,
    description: 'Refill of the releasable pool after a burst (refractoriness).',
    citation: 'Hartman et al. 1991, J Clin Endocrinol Metab 72:51 (GH pulse intervals)',
    readBy: 'restoration',
  }),
  // source: design choice (secretory bursts of 10–20 min)
  advanced({
    id: 'ghBurstTimeConstant_min',
    label: 'GH burst duration',
    unit: 'min',
    default: 6,
    min: 1,
    max: 30,
    step: 1,
    description: 'Time constant over which one burst is secreted.',
    citation: 'Hartman et al. 1991, J Clin Endocrinol Metab 72:51',
    readBy: 'restoration',
  }),
  // source: Faria et al. 1989 (GH half-life ≈13–20 min)
  advanced({
    id: 'ghHalfLife_min',
    label: 'GH half-life',
    unit: 'min',
    default: 18,
    min: 5,
    max: 60,
    step: 1,
    description: 'Plasma half-life of GH.',
    citation: 'Faria et al. 1989, J Clin Endocrinol Metab 68:535',
    readBy: 'restoration',
  }),
]);

export type GrowthHormoneParameters = ValuesOf<typeof GROWTH_HORMONE_PARAMETERS>;
