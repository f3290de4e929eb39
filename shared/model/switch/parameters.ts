/**
 * Constants of the sleep–wake switch inside time in bed: onset and final-wake hazards, brief
 * awakenings, N1 at onset.
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const SWITCH_PARAMETERS = defineParameters([
  // ── sleep–wake switch inside time in bed ──────────────────────────────────
  // source: calibrated: ARCH-07 (Kurth et al. 2010, latency 13.6 min)
  advanced({
    id: 'sleepOnsetRate_perH',
    label: 'Sleep onset rate at threshold',
    unit: '/h',
    default: 4,
    min: 0.5,
    max: 30,
    step: 0.1,
    description:
      'Hazard of falling asleep in bed when S sits exactly at the upper threshold; grows e-fold per switch softness above it.',
    citation: `${CALIBRATED} (ARCH-07)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-06/14
  advanced({
    id: 'finalWakeRate_perH',
    label: 'Final awakening rate at threshold',
    unit: '/h',
    default: 0.5,
    min: 0.1,
    max: 20,
    step: 0.1,
    description:
      'Hazard of the final awakening when S sits at the lower threshold; grows e-fold per switch softness below it.',
    citation: `${CALIBRATED} (ARCH-06, ARCH-14)`,
    readBy: 'core',
  }),
  // source: design choice (soft thresholds instead of a hard switch)
  advanced({
    id: 'switchSoftness',
    label: 'Switch softness',
    unit: 'S',
    default: 0.015,
    min: 0.005,
    max: 0.1,
    step: 0.005,
    description: 'Width of the soft thresholds: how far S must pass a threshold to multiply the switching hazard by e.',
    citation: `${CALIBRATED} (ARCH-07, ARCH-06)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-08 (WASO 25.7 min, Kurth et al. 2010)
  advanced({
    id: 'awakeningRate_perH',
    label: 'Brief awakenings',
    unit: '/h',
    default: 2.0,
    min: 0,
    max: 10,
    step: 0.1,
    description: 'Rate of brief awakenings from N2 sleep in a young adult (N1 ×3, REM ×1.5, N3 ×0.2).',
    citation: `${CALIBRATED} (ARCH-08); stage dependence after Carskadon & Dement`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-08
  advanced({
    id: 'awakeningDuration_min',
    label: 'Brief awakening duration',
    unit: 'min',
    default: 1.5,
    min: 0.5,
    max: 10,
    step: 0.1,
    description: 'Mean duration of a brief awakening before sleep resumes through N1.',
    citation: `${CALIBRATED} (ARCH-08)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-01 (N1 2–8 % of TST)
  advanced({
    id: 'onsetN1_min',
    label: 'N1 at sleep onset',
    unit: 'min',
    default: 4,
    min: 0.5,
    max: 15,
    step: 0.5,
    description: 'Minutes of N1 after each sleep onset from wake (1 min after a brief awakening or arousal).',
    citation: `${CALIBRATED} (ARCH-01)`,
    readBy: 'core',
  }),
]);
