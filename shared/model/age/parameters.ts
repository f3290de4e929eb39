/**
 * Age and sex effects on the core: per decade above 25 y, and women against men (ageFactors in
 * ./age.ts).
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
  // ── sex ───────────────────────────────────────────────────────────────────
  // source: Redline et al. 2004 (SHHS: women +106 % SWS); Walsleben et al. 2004 (+6.7 points);
  // calibrated SEXAGE-01/02 (tests/validation/sexage.rows.ts)
  advanced({
    id: 'femaleSwaRatio',
    label: 'Female slow-wave amplitude',
    unit: '×',
    default: 1.1,
    min: 0.5,
    max: 2,
    step: 0.01,
    description:
      'Recorded SWA of a woman relative to a man of the same age and sleep pressure (scales N3 scoring, not the homeostatic discharge), calibrated on SEXAGE-01/02.',
    citation:
      'Redline et al. 2004, Arch Intern Med 164:406; Walsleben et al. 2004, Sleep 27:293; calibrated SEXAGE-01/02',
    readBy: 'core',
  }),
  // source: Walsleben et al. 2004 (SWS % fell with age in men only); Redline et al. 2004
  advanced({
    id: 'femaleSwaAgeDeclineShare',
    label: 'Female share of SWA age decline',
    unit: '0–1',
    default: 0.4,
    min: 0,
    max: 1,
    step: 0.05,
    description:
      "Share of the men's age-related SWA decline (ageSwaDeclinePerDecade) that women undergo; Walsleben et al. 2004 found the fall in men only. Calibrated on SEXAGE-01/02.",
    citation:
      'Walsleben et al. 2004, Sleep 27:293; Redline et al. 2004, Arch Intern Med 164:406; calibrated SEXAGE-01/02',
    readBy: 'core',
  }),
]);
