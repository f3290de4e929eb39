/**
 * Constants of the homeostat: Process S, its thresholds (read by the core loop, which sets the
 * switch's thresholds from them) and its discharge by slow-wave activity.
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const HOMEOSTAT_PARAMETERS = defineParameters([
  // ── homeostat (Process S on the two-process 0–1 scale) ────────────────────
  // source: Daan, Beersma & Borbély 1984, Am J Physiol 246:R161 (χ_w = 18.2 h)
  advanced({
    id: 'sTauWake_h',
    label: 'S build-up time constant',
    unit: 'h',
    default: 18.2,
    min: 10,
    max: 30,
    step: 0.1,
    description: 'Time constant of the rise of Process S toward its upper asymptote while awake.',
    citation: 'Daan, Beersma & Borbély 1984, Am J Physiol 246:R161',
    readBy: 'core',
  }),
  // source: Daan, Beersma & Borbély 1984 (χ_s = 4.2 h)
  advanced({
    id: 'sTauSleep_h',
    label: 'S decay time constant',
    unit: 'h',
    default: 4.2,
    min: 1,
    max: 8,
    step: 0.1,
    description:
      'Time constant of the decay of Process S over a typical night; the decay itself is carried by slow-wave activity (Achermann et al. 1993).',
    citation: 'Daan, Beersma & Borbély 1984, Am J Physiol 246:R161; Achermann et al. 1993, Brain Res Bull 31:97',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2025, npj Biol Timing Sleep 2:24 (H₀⁺ = 0.67)
  advanced({
    id: 'sUpperThreshold',
    label: 'Upper threshold (mean)',
    unit: 'S',
    default: 0.67,
    min: 0.4,
    max: 0.95,
    step: 0.01,
    description: 'Mean level of Process S at which sleep starts (wake → sleep).',
    citation: 'Skeldon et al. 2025, npj Biol Timing Sleep 2:24',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2025 (H₀⁻ = 0.17)
  advanced({
    id: 'sLowerThreshold',
    label: 'Lower threshold (mean)',
    unit: 'S',
    default: 0.17,
    min: 0,
    max: 0.4,
    step: 0.01,
    description: 'Mean level of Process S at which sleep ends (sleep → wake).',
    citation: 'Skeldon et al. 2025, npj Biol Timing Sleep 2:24',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2025; Daan et al. 1984 (a = 0.12)
  advanced({
    id: 'sCircadianAmplitude',
    label: 'Circadian threshold amplitude',
    unit: 'S',
    default: 0.12,
    min: 0,
    max: 0.3,
    step: 0.01,
    description:
      'Amplitude of the circadian modulation of both thresholds (at the limit-cycle amplitude of the pacemaker).',
    citation: 'Skeldon et al. 2025, npj Biol Timing Sleep 2:24; Daan, Beersma & Borbély 1984',
    readBy: 'core',
  }),
  // source: Skeldon et al. 2025 derived placement (onset 7.46 h after the peak of C); calibrated: CIRC-02, ARCH-07
  advanced({
    id: 'sCircadianPeak_h',
    label: 'Threshold peak after CBTmin',
    unit: 'h',
    default: 12.3,
    min: 6,
    max: 16,
    step: 0.05,
    description:
      'Circadian time (hours after the CBT minimum) at which both thresholds peak; places habitual sleep relative to the clock.',
    citation: `${CALIBRATED} (ARCH-07, ARCH-14); cosine form as in Skeldon et al. 2025`,
    readBy: 'core',
  }),
  // source: calibrated so a baseline night decays S with τ ≈ sTauSleep_h (SWA-02)
  advanced({
    id: 'swaDischargeShare',
    label: 'Mean SWA share of S in sleep',
    unit: '',
    default: 0.58,
    min: 0.2,
    max: 1,
    step: 0.01,
    description:
      'Mean ratio SWA/S over a typical sleep period; S falls at rate SWA/(τ_s·share), so an ordinary night decays S with τ_s.',
    citation: `${CALIBRATED} (SWA-02); discharge by SWA after Achermann et al. 1993`,
    readBy: 'core',
  }),
]);
