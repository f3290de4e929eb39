/**
 * Constants of the circadian pacemaker and of Process L (light at the retina).
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const CIRCADIAN_PARAMETERS = defineParameters([
  // ── circadian pacemaker and Process L ─────────────────────────────────────
  // source: Forger, Jewett & Kronauer 1999, J Biol Rhythms 14:532 (μ = 0.23)
  advanced({
    id: 'pacemakerStiffness',
    label: 'Pacemaker stiffness μ',
    unit: '',
    default: 0.23,
    min: 0.05,
    max: 0.6,
    step: 0.01,
    description: 'Van der Pol stiffness of the pacemaker (how fast its amplitude recovers).',
    citation: 'Forger, Jewett & Kronauer 1999, J Biol Rhythms 14:532',
    readBy: 'core',
  }),
  // source: Jewett, Forger & Kronauer 1999 (φ_ref = 0.8 h: the CBT minimum lags the minimum of x)
  advanced({
    id: 'cbtMinLag_h',
    label: 'CBTmin lag after x minimum',
    unit: 'h',
    default: 0.8,
    min: 0,
    max: 2,
    step: 0.05,
    description: 'Hours from the minimum of the pacemaker variable x to the core body temperature minimum (phase 0).',
    citation:
      'Jewett, Forger & Kronauer 1999, J Biol Rhythms 14:493 (φ_ref = 0.8 h); St Hilaire et al. 2007 use 0.97 h',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2023 light parameters (G = 19.9); min 0: the knockout of the coupling
  // light → circadian (graph.ts), a pacemaker that light no longer reaches and that free-runs
  advanced({
    id: 'lightGain',
    label: 'Light drive gain G',
    unit: '',
    default: 19.9,
    min: 0,
    max: 60,
    step: 0.1,
    description: 'Gain of the photic drive from activated photoreceptors (Process L).',
    citation: 'Skeldon et al. 2023, PLoS Comput Biol (HCL); Jewett et al. 1999',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2023 (α₀ = 0.16 min⁻¹)
  advanced({
    id: 'lightAlpha0_perMin',
    label: 'Photoreceptor activation α₀',
    unit: '/min',
    default: 0.16,
    min: 0.01,
    max: 1,
    step: 0.01,
    description: 'Activation rate of photoreceptors at I₀ lux.',
    citation: 'Skeldon et al. 2023; Jewett, Forger & Kronauer 1999, J Biol Rhythms 14:493',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2023 (p = 0.6)
  advanced({
    id: 'lightExponent',
    label: 'Light exponent p',
    unit: '',
    default: 0.6,
    min: 0.2,
    max: 1.5,
    step: 0.01,
    description: 'Power-law compression of light intensity in the activation rate.',
    citation: 'Skeldon et al. 2023; Jewett et al. 1999',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2023 (β = 0.013 min⁻¹)
  advanced({
    id: 'lightRecovery_perMin',
    label: 'Photoreceptor recovery β',
    unit: '/min',
    default: 0.013,
    min: 0.001,
    max: 0.1,
    step: 0.001,
    description: 'Recovery rate of activated photoreceptors.',
    citation: 'Skeldon et al. 2023; Jewett et al. 1999',
    readBy: 'core',
  }),
  // source: Forger 1999 / Jewett 1999 (I₀ = 9500 lux)
  advanced({
    id: 'lightI0_lux',
    label: 'Light scale I₀',
    unit: 'lux',
    default: 9500,
    min: 1000,
    max: 20000,
    step: 100,
    description: 'Reference intensity of the photoreceptor activation rate.',
    citation: 'Forger, Jewett & Kronauer 1999; Jewett et al. 1999',
    readBy: 'core',
  }),
  // source: Forger 1999 (k = 0.55)
  advanced({
    id: 'lightSensitivity',
    label: 'Light sensitivity k',
    unit: '',
    default: 0.55,
    min: 0,
    max: 2,
    step: 0.01,
    description: 'Modulation of the pacemaker stiffness term by the photic drive.',
    citation: 'Forger, Jewett & Kronauer 1999',
    readBy: 'core',
  }),
  // source: eyelids pass a few per cent of light [R]: Ando & Kripke 1996, Biol Psychiatry 39:1;
  advanced({
    id: 'eyelidTransmission',
    label: 'Eyelid transmission',
    unit: '',
    default: 0.03,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Share of bedroom light that reaches the retina through closed eyes (asleep).',
    citation: 'Ando & Kripke 1996, Biol Psychiatry 39:1 [R]; Skeldon et al. 2023 gate light fully (0)',
    readBy: 'core',
  }),
  // source: Duffy et al. 2011, PNAS 108 Suppl 3:15602 (women 24.09 ± 0.2 h, men 24.19 ± 0.2 h)
  advanced({
    id: 'femalePeriodDifference_h',
    label: 'Female period difference',
    unit: 'h',
    default: -0.1,
    min: -0.5,
    max: 0.5,
    step: 0.01,
    description:
      "Added to the intrinsic circadian period of a woman: circadianPeriod_h is a man's period (default 24.2 h ≈ 24.19 h), a woman's pacemaker runs this much shorter (24.09 h).",
    citation: 'Duffy et al. 2011, PNAS 108 Suppl 3:15602 (24.09 vs 24.19 h, n = 52 W, 105 M)',
    readBy: 'core',
  }),
  // ── exogenous melatonin → pacemaker (phase-response curve) ────────────────
  // Evidence: direction established (Burgess, Revell & Eastman 2008, J Physiol 586:639; Burgess,
  // Revell, Molina & Eastman 2010, J Clin Endocrinol Metab 95:3325: advances when taken in the
  // afternoon/evening before DLMO, delays after wake); the sizes are calibrated in this model.
  advanced({
    id: 'melatoninPhaseGain_hPerH',
    label: 'Melatonin phase-shift gain',
    unit: 'h/h',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Hours of pacemaker phase shifted per hour of saturating exogenous melatonin at the most sensitive phase (calibrated on MPRC-04). 0 switches the melatonin → clock coupling off.',
    citation: `${CALIBRATED} (MPRC-04); direction Burgess et al. 2008, J Physiol 586:639 and 2010, J Clin Endocrinol Metab 95:3325`,
    readBy: 'core',
  }),
  // Design choice: receptor saturation near the endogenous nocturnal peak (≈ 60–120 pg/mL), so that
  // 0.5 and 3 mg at their optimal times give shifts of similar size (Burgess et al. 2010).
  advanced({
    id: 'melatoninPhaseHalfSat_pgPerMl',
    label: 'Melatonin phase-shift half-saturation',
    unit: 'pg/mL',
    default: 100,
    min: 1,
    max: 5000,
    step: 1,
    description:
      'Exogenous plasma melatonin at which its phase-shifting drive is half its maximum (design choice: near the nocturnal endogenous peak).',
    citation:
      'Design choice; similar shifts for 0.5 and 3 mg at their optimal times: Burgess et al. 2010, J Clin Endocrinol Metab 95:3325',
    readBy: 'core',
  }),
  // Burgess et al. 2010: 0.5 mg advances most when taken 2–4 h before DLMO; the plasma level peaks
  // ≈ 1 h after the pill (exogenous.ts) and the model's DLMO is ≈ 6–7 h before CBTmin.
  advanced({
    id: 'melatoninAdvancePeak_h',
    label: 'Melatonin maximal-advance phase',
    unit: 'h before CBTmin',
    default: 9,
    min: 0,
    max: 24,
    step: 0.1,
    description:
      'Circadian time (hours before the CBT minimum) at which melatonin advances the clock most; it delays most 12 h later (a sinusoidal PRC).',
    citation: `${CALIBRATED} (MPRC-01); Burgess et al. 2010, J Clin Endocrinol Metab 95:3325 (advance peak 2–4 h before DLMO)`,
    readBy: 'core',
  }),
]);
