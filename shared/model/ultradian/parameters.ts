/**
 * Constants of the ultradian NREM/REM cycle and of slow-wave activity within it.
 */
import { CALIBRATED, advanced, defineParameters } from '../parameterSpec';

export const ULTRADIAN_PARAMETERS = defineParameters([
  // ── ultradian NREM/REM cycle ──────────────────────────────────────────────
  // source: calibrated: ARCH-09…11 (Carskadon & Dement: first REM at 80–100 min, cycles ≈ 90 min)
  advanced({
    id: 'nremBuild_min',
    label: 'REM pressure build-up',
    unit: 'min',
    default: 64,
    min: 20,
    max: 150,
    step: 1,
    description: 'Minutes of NREM that build REM pressure to its threshold when S is 0; high S slows the build-up.',
    citation: `${CALIBRATED} (ARCH-09, ARCH-10, ARCH-11)`,
    readBy: 'core',
  }),
  // source: Achermann & Borbély 1990-type REM inhibition by S; calibrated ARCH-09, ARCH-13
  advanced({
    id: 'nremSInhibition',
    label: 'S inhibition of REM build-up',
    unit: '',
    default: 0.6,
    min: 0,
    max: 1.5,
    step: 0.01,
    description: 'How much Process S slows the build-up of REM pressure (first NREM episode longest).',
    citation: `${CALIBRATED} (ARCH-09, ARCH-13)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-04, ARCH-13 (REM episodes lengthen across the night)
  advanced({
    id: 'remDischarge_min',
    label: 'REM episode scale',
    unit: 'min',
    default: 31,
    min: 5,
    max: 120,
    step: 1,
    description:
      'Length of a REM episode when S is 0; high S shortens REM episodes, so they lengthen across the night.',
    citation: `${CALIBRATED} (ARCH-04, ARCH-13)`,
    readBy: 'core',
  }),
  // source: calibrated: ARCH-13
  advanced({
    id: 'remSInhibition',
    label: 'S shortening of REM episodes',
    unit: '',
    default: 3.2,
    min: 0,
    max: 10,
    step: 0.1,
    description: 'How much Process S speeds the discharge of REM pressure (shorter REM early in the night).',
    citation: `${CALIBRATED} (ARCH-04, ARCH-13)`,
    readBy: 'core',
  }),
  // source: Dijk & Czeisler 1995, J Neurosci 15:3526 (REM propensity peaks shortly after CBTmin)
  advanced({
    id: 'remCircadianGain',
    label: 'Circadian REM propensity',
    unit: '',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Circadian modulation of REM propensity, maximal about an hour after the CBT minimum.',
    citation: 'Dijk & Czeisler 1995, J Neurosci 15:3526 [R]; gain calibrated',
    readBy: 'core',
  }),
  // source: design choice; stage jitter
  advanced({
    id: 'ultradianNoise',
    label: 'Ultradian jitter',
    unit: '',
    default: 0.12,
    min: 0,
    max: 0.5,
    step: 0.01,
    description: 'Random walk on REM pressure per √hour (cycle-to-cycle variability).',
    citation: 'Design choice (stage jitter)',
    readBy: 'core',
  }),
  // ── slow-wave activity (Achermann et al. 1993) ────────────────────────────
  // source: Achermann et al. 1993 (rc = 0.283 min⁻¹ × S₀/S_U = 300/500, Aghermann defaults)
  advanced({
    id: 'swaRiseRate_perMin',
    label: 'SWA build-up rate',
    unit: '/min',
    default: 0.25,
    min: 0.02,
    max: 1,
    step: 0.001,
    description:
      'Rate of the logistic build-up of SWA toward its ceiling within NREM, held constant (Achermann et al. 1993 scale it by S/S_U: 0.283 × 300/500 ≈ 0.17 at sleep onset).',
    citation:
      'Achermann, Dijk, Brunner & Borbély 1993, Brain Res Bull 31:97 [R, Aghermann defaults]; calibrated to SWA-05',
    readBy: 'core',
  }),
  // source: Achermann et al. 1993 (fc_R = 0.24 min⁻¹)
  advanced({
    id: 'swaDecayRem_perMin',
    label: 'SWA decay in REM',
    unit: '/min',
    default: 0.24,
    min: 0.01,
    max: 2,
    step: 0.01,
    description: 'Rate at which SWA falls in REM sleep and N1.',
    citation: 'Achermann et al. 1993 [R, Aghermann defaults]',
    readBy: 'core',
  }),
  // source: Achermann et al. 1993 (fc_W = 0.6 min⁻¹)
  advanced({
    id: 'swaDecayWake_perMin',
    label: 'SWA decay in wake',
    unit: '/min',
    default: 0.6,
    min: 0.01,
    max: 3,
    step: 0.01,
    description: 'Rate at which SWA falls during wake.',
    citation: 'Achermann et al. 1993 [R, Aghermann defaults]',
    readBy: 'core',
  }),
  // source: calibrated: ARCH-03 (N3 13–25 % of TST)
  advanced({
    id: 'n3Threshold',
    label: 'N3 scoring threshold',
    unit: 'S',
    default: 0.34,
    min: 0.05,
    max: 0.9,
    step: 0.01,
    description: 'SWA level (on the S scale) above which a NREM epoch is scored N3 (≥ 20 % slow waves, AASM).',
    citation: `${CALIBRATED} (ARCH-03, ARCH-13)`,
    readBy: 'core',
  }),
]);
