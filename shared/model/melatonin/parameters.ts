/**
 * Constants of melatonin: pineal synthesis window, plasma kinetics, light suppression, and the
 * DLMO threshold (read only by the core metrics).
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const MELATONIN_PARAMETERS = defineParameters([
  // ── melatonin ─────────────────────────────────────────────────────────────
  // source: Breslow et al. 2013 synthesis window, re-expressed in hours of circadian time; calibrated CIRC-07, MEL-04
  advanced({
    id: 'melatoninOnset_h',
    label: 'Melatonin synthesis on',
    unit: 'h before CBTmin',
    default: 7.2,
    min: 3,
    max: 12,
    step: 0.1,
    description: 'Circadian time before the CBT minimum at which pineal synthesis switches on.',
    citation: `${CALIBRATED} (CIRC-07, MEL-04); window after Breslow et al. 2013, J Biol Rhythms 28:68`,
    readBy: 'core',
  }),
  // source: Breslow 2013 window; calibrated MEL-04
  advanced({
    id: 'melatoninOffset_h',
    label: 'Melatonin synthesis off',
    unit: 'h after CBTmin',
    default: 1.6,
    min: -2,
    max: 6,
    step: 0.1,
    description: 'Circadian time after the CBT minimum at which pineal synthesis switches off.',
    citation: `${CALIBRATED} (MEL-04); window after Breslow et al. 2013`,
    readBy: 'core',
  }),
  // source: Breslow et al. 2013 (β_IP = 0.000783 s⁻¹ = 2.82 h⁻¹)
  advanced({
    id: 'melatoninRelease_perH',
    label: 'Pineal → plasma rate',
    unit: '/h',
    default: 2.82,
    min: 0.1,
    max: 10,
    step: 0.01,
    description: 'Rate of transfer of melatonin from the pineal to plasma.',
    citation: 'Breslow et al. 2013, J Biol Rhythms 28:68',
    readBy: 'core',
  }),
  // source: Breslow et al. 2013 (β_CP = 0.000335 s⁻¹ = 1.21 h⁻¹)
  advanced({
    id: 'melatoninClearance_perH',
    label: 'Plasma clearance',
    unit: '/h',
    default: 1.21,
    min: 0.1,
    max: 10,
    step: 0.01,
    description: 'Clearance rate of plasma melatonin.',
    citation: 'Breslow et al. 2013, J Biol Rhythms 28:68',
    readBy: 'core',
  }),
  // source: Abeysuriya et al. 2018 plasma peak ≈ 75 pg/mL (ρ_b* = 325 pmol/L)
  advanced({
    id: 'melatoninPeak_pgPerMl',
    label: 'Melatonin peak scale',
    unit: 'pg/mL',
    default: 70,
    min: 10,
    max: 200,
    step: 1,
    description: 'Plasma melatonin plateau of an unsuppressed night (sets the synthesis rate).',
    citation: 'Abeysuriya et al. 2018 (≈75 pg/mL) [V-code, unvalidated]',
    readBy: 'core',
  }),
  // source: Zeitzer et al. 2000, J Physiol 526:695 (half-maximal suppression ≈ 100 lux)
  advanced({
    id: 'melatoninSuppressionEd50_lux',
    label: 'Melatonin suppression ED50',
    unit: 'lux',
    default: 106,
    min: 5,
    max: 1000,
    step: 1,
    description: 'Light intensity that halves pineal melatonin synthesis.',
    citation: 'Zeitzer et al. 2000, J Physiol 526:695 (ED50 106 lux [R])',
    readBy: 'core',
  }),
  // source: Zeitzer et al. 2000 logistic dose–response; slope [R]
  advanced({
    id: 'melatoninSuppressionHill',
    label: 'Melatonin suppression slope',
    unit: '',
    default: 1.6,
    min: 0.5,
    max: 5,
    step: 0.1,
    description: 'Hill exponent of the light suppression of melatonin synthesis.',
    citation: 'Zeitzer et al. 2000 (logistic in log lux) [R]',
    readBy: 'core',
  }),
  // source: common plasma DLMO threshold 10 pg/mL (Lewy & Sack 1989) [R]
  advanced({
    id: 'dlmoThreshold_pgPerMl',
    label: 'DLMO threshold',
    unit: 'pg/mL',
    default: 10,
    min: 1,
    max: 50,
    step: 0.5,
    description: 'Plasma melatonin level whose evening crossing defines DLMO.',
    citation: 'Lewy & Sack 1989, Chronobiol Int 6:93 [R]; Benloucif et al. 2008',
    readBy: 'metrics',
  }),
]);
