/**
 * Age effects on the core, per decade above 25 y (ageFactors in ./age.ts).
 */
import { advanced, defineParameters } from '../parameterSpec';

export const AGE_PARAMETERS = defineParameters([
  // ── age ───────────────────────────────────────────────────────────────────
  // source: Van Cauter et al. 2000 JAMA (SWS falls from young adulthood to midlife, then plateaus)
  advanced({
    id: 'ageSwaDeclinePerDecade',
    label: 'SWA decline per decade',
    unit: '',
    default: 0.09,
    min: 0,
    max: 0.3,
    step: 0.01,
    description:
      'Relative fall of the SWA ceiling per decade above 25 y, until 55 y (no further SWS loss after midlife).',
    citation: 'Van Cauter, Leproult & Plat 2000, JAMA 284:861; calibrated',
    readBy: 'core',
  }),
  // source: Boulos et al. 2019 (WASO +9.7 min per decade); Van Cauter 2000 (+28 min/decade in late life)
  advanced({
    id: 'ageAwakeningPerDecade',
    label: 'Awakening increase per decade',
    unit: '',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Relative increase of brief-awakening rate (and half of it in duration) per decade above 25 y; the decades count faster after 50 y (late-life acceleration).',
    citation: 'Boulos et al. 2019, Lancet Respir Med 7:533; calibrated AGE-02/03',
    readBy: 'core',
  }),
  // source: Floyd et al. 2007 (REM % −0.6 per decade)
  advanced({
    id: 'ageRemDeclinePerDecade',
    label: 'REM decline per decade',
    unit: '',
    default: 0,
    min: 0,
    max: 0.2,
    step: 0.005,
    description:
      'Relative shortening of REM episodes per decade above 25 y; 0 by default, as REM % already falls too fast with age through earlier waking (AGE-04).',
    citation: 'Floyd, Janisse, Jenuwine & Ager 2007, Sleep 30:829; calibrated AGE-04',
    readBy: 'core',
  }),
]);
