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
  // source: Klerman & Dijk 2008, Curr Biol 18:1118 (16 h of sleep opportunity a day: asymptotic
  // daily sleep 7.4 ± 0.4 h in older vs 8.9 ± 0.4 h in young adults); calibrated SEXAGE-17
  advanced({
    id: 'ageSleepCapacityPerDecade',
    label: 'Sleep-capacity loss per decade',
    unit: 'S',
    default: 0.014,
    min: 0,
    max: 0.05,
    step: 0.001,
    description:
      'Rise of the lower (wake) threshold per decade above 25 y: sleep ends at a higher sleep pressure, so older sleepers have a smaller maximal capacity for sleep and wake earlier. Calibrated on SEXAGE-17.',
    citation: 'Klerman & Dijk 2008, Curr Biol 18:1118 (PMC2582347); calibrated SEXAGE-17',
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
  // ── sex steroids (./sexSteroids.ts; read by the restoration module `ovarian`) ──
  // source: Anckaert et al. 2021, Pract Lab Med 25:e00211 (follicular median 198 pmol/L, 5–95 % 114–332)
  advanced({
    id: 'estradiolFollicular_pmolPerL',
    label: 'Estradiol, follicular',
    unit: 'pmol/L',
    default: 130,
    min: 20,
    max: 600,
    step: 5,
    description:
      'Floor of the estradiol cycle profile (early follicular; the follicular-phase mean is higher as the pre-ovulatory rise begins); calibrated on the phase medians of SEXAGE-14.',
    citation: 'Anckaert et al. 2021, Pract Lab Med 25:e00211; calibrated SEXAGE-14',
    readBy: 'restoration',
  }),
  // source: Anckaert et al. 2021 (ovulation-phase median 757 pmol/L, 5–95 % 222–1959)
  advanced({
    id: 'estradiolPreovulatory_pmolPerL',
    label: 'Estradiol, pre-ovulatory peak',
    unit: 'pmol/L',
    default: 1100,
    min: 100,
    max: 4000,
    step: 10,
    description:
      'Peak of the pre-ovulatory estradiol surge (day 12.5 of 28); calibrated on the ovulation-phase median of SEXAGE-14.',
    citation: 'Anckaert et al. 2021, Pract Lab Med 25:e00211; calibrated SEXAGE-14',
    readBy: 'restoration',
  }),
  // source: Anckaert et al. 2021 (luteal median 412 pmol/L, 5–95 % 222–854)
  advanced({
    id: 'estradiolMidLuteal_pmolPerL',
    label: 'Estradiol, mid-luteal',
    unit: 'pmol/L',
    default: 620,
    min: 50,
    max: 2000,
    step: 10,
    description: 'Estradiol at the mid-luteal hump (day 21 of 28); calibrated on the luteal median of SEXAGE-14.',
    citation: 'Anckaert et al. 2021, Pract Lab Med 25:e00211; calibrated SEXAGE-14',
    readBy: 'restoration',
  }),
  // source: Anckaert et al. 2021 (follicular median 0.212 nmol/L, 5–95 % 0.159–0.616)
  advanced({
    id: 'progesteroneFollicular_nmolPerL',
    label: 'Progesterone, follicular',
    unit: 'nmol/L',
    default: 0.12,
    min: 0.01,
    max: 3,
    step: 0.01,
    description:
      'Floor of the progesterone cycle profile (follicular phase); calibrated on the phase medians of SEXAGE-15.',
    citation: 'Anckaert et al. 2021, Pract Lab Med 25:e00211 (0.212 nmol/L); calibrated SEXAGE-15',
    readBy: 'restoration',
  }),
  // source: Anckaert et al. 2021 (luteal median 28.8 nmol/L, 5–95 % 13.1–46.3)
  advanced({
    id: 'progesteroneMidLuteal_nmolPerL',
    label: 'Progesterone, mid-luteal peak',
    unit: 'nmol/L',
    default: 62,
    min: 1,
    max: 120,
    step: 0.5,
    description:
      'Peak progesterone of the corpus luteum (day 21 of 28; 62 nmol/L ≈ 19.5 ng/mL, within the usual mid-luteal range): the GABA-A-active hormone issue 14 may couple to sleep. Calibrated on the luteal median of SEXAGE-15.',
    citation: 'Anckaert et al. 2021, Pract Lab Med 25:e00211; calibrated SEXAGE-15',
    readBy: 'restoration',
  }),
  // source: Verdonk et al. 2019, Clin Chim Acta 495:198 (LC-MS/MS reference interval for men 12–136 pmol/L)
  advanced({
    id: 'estradiolMale_pmolPerL',
    label: 'Estradiol, men',
    unit: 'pmol/L',
    default: 60,
    min: 5,
    max: 300,
    step: 1,
    description: 'Constant estradiol of a man (no cycle; within the LC-MS/MS reference interval 12–136 pmol/L).',
    citation: 'Verdonk et al. 2019, Clin Chim Acta 495:198 (men 12–136 pmol/L); level within it a design choice',
    readBy: 'restoration',
  }),
  // source: NHS laboratory male reference range ≤ 0.6 nmol/L (Royal Liverpool pathology) [design: mid-range]
  advanced({
    id: 'progesteroneMale_nmolPerL',
    label: 'Progesterone, men',
    unit: 'nmol/L',
    default: 0.3,
    min: 0.01,
    max: 3,
    step: 0.01,
    description: 'Constant progesterone of a man (male reference range ≤ 0.6 nmol/L).',
    citation:
      'Male reference range ≤ 0.6 nmol/L (NHS laboratory range, Royal Liverpool); level within it a design choice',
    readBy: 'restoration',
  }),
  // source: Verdonk et al. 2019 (postmenopausal women < 26 pmol/L)
  advanced({
    id: 'estradiolPostmenopausal_pmolPerL',
    label: 'Estradiol, postmenopausal',
    unit: 'pmol/L',
    default: 15,
    min: 1,
    max: 200,
    step: 1,
    description: 'Constant estradiol of a woman at or above the menopause age (reference < 26 pmol/L).',
    citation: 'Verdonk et al. 2019, Clin Chim Acta 495:198 (postmenopausal < 26 pmol/L); level a design choice',
    readBy: 'restoration',
  }),
  // source: postmenopausal progesterone ≤ 0.2 ng/mL ≈ 0.64 nmol/L (LC-MS/MS laboratory range) [design: within it]
  advanced({
    id: 'progesteronePostmenopausal_nmolPerL',
    label: 'Progesterone, postmenopausal',
    unit: 'nmol/L',
    default: 0.2,
    min: 0.01,
    max: 3,
    step: 0.01,
    description: 'Constant progesterone of a woman at or above the menopause age (reference ≤ 0.64 nmol/L).',
    citation: 'Laboratory LC-MS/MS range ≤ 0.2 ng/mL (≈ 0.64 nmol/L); level a design choice',
    readBy: 'restoration',
  }),
  // source: median age at natural menopause ≈ 51 y [R] (design choice)
  advanced({
    id: 'menopauseAge_y',
    label: 'Menopause age',
    unit: 'years',
    default: 51,
    min: 40,
    max: 60,
    step: 1,
    description: 'Age from which a woman has no menstrual cycle and postmenopausal sex-steroid levels.',
    citation: 'Median age at natural menopause ≈ 51 y [R]; design choice',
    readBy: 'restoration',
  }),
]);
