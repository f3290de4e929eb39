/**
 * Constants of the brain energy store (ATP/glycogen as one relative store). A citation of '' or
 * "Design choice" marks a choice of this model ([P] in docs/MODEL-restoration.md), calibrated as
 * stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const ENERGY_PARAMETERS = defineParameters([
  // ── energy ────────────────────────────────────────────────────────────────
  // source: calibrated (ENERGY-02): a night awake leaves the store ≈ 40% below a slept night's
  // at the morning test, as brain glycogen after 12–24 h of sleep deprivation in rats (Kong et
  // al. 2002: ≈ −40%). exp(−24 h · 0.021/h) ≈ 0.6.
  advanced({
    id: 'energyWakeUse_perH',
    label: 'Waking energy use',
    unit: '1/h',
    default: 0.021,
    min: 0.001,
    max: 0.2,
    step: 0.001,
    description:
      'Fractional draw on the brain energy store per hour of wake at the rested metabolic rate (T3 = 1, learning load 1).',
    citation:
      'Calibrated in this model against ENERGY-02; Kong et al. 2002, J Neurosci 22:5581 (brain glycogen ≈ −40% after 12–24 h awake, rats)',
    readBy: 'restoration',
  }),
  // source: Maquet et al. 1990, Brain Res 513:136 (cerebral glucose use in slow-wave sleep ≈ 44%
  // below wake; in REM sleep as high as in wake)
  advanced({
    id: 'energyNremUse',
    label: 'NREM energy use',
    unit: '× wake',
    default: 0.56,
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Energy use in NREM sleep relative to wake (REM uses as much as wake).',
    citation: 'Maquet et al. 1990, Brain Res 513:136 (cerebral glucose metabolism −44% in SWS, REM ≈ wake)',
    readBy: 'restoration',
  }),
  // source: calibrated (ENERGY-02 and the reference night): the store refills in NREM at a rate
  // proportional to slow-wave activity (the ATP surge correlates with NREM delta, Dworak et al.
  // 2010), fast in the first cycles where SWA is high and the deficit large.
  advanced({
    id: 'energySleepRestoreRate_perSwaH',
    label: 'NREM energy restoration rate',
    unit: '1/h per SWA',
    default: 1,
    min: 0,
    max: 10,
    step: 0.05,
    description:
      'Rate at which NREM sleep refills the brain energy store, per unit slow-wave activity and per unit deficit; 0 removes the coupling sleep → energy.',
    citation:
      'Dworak et al. 2010, J Neurosci 30:9007 (ATP surge in the first hours of sleep, correlated with NREM delta, rats); Kong et al. 2002, J Neurosci 22:5581 (recovery sleep restores glycogen); Benington & Heller 1995, Prog Neurobiol 45:347',
    readBy: 'restoration',
  }),
  // source: hypothesis: T3 raises the whole-body metabolic rate; that it raises the adult brain's
  // is doubtful (cerebral O2 use is normal in hyperthyroidism, Sokoloff et al. 1953), so a
  // coupling of this model for testing, off at 0.
  advanced({
    id: 'energyT3Gain',
    label: 'T3 drive of energy use',
    unit: 'per T3 rel.',
    default: 1,
    min: 0,
    max: 3,
    step: 0.05,
    description:
      'Relative rise of the energy use per unit rise of T3 over its rested level (metabolic rate 1 + g·(T3 − 1)); 0 removes the coupling thyroid → energy.',
    citation:
      'Hypothesis of this model; Sokoloff et al. 1953, J Clin Invest 32:202 (adult cerebral O2 use unchanged in hyperthyroidism: counter-evidence)',
    readBy: 'restoration',
  }),
  // source: hypothesis: task-engaged cortex uses more energy (local glycogen use with activity;
  // Benington & Heller 1995); a heavier learning day draws more from the store.
  advanced({
    id: 'energyLearningUse',
    label: 'Learning drive of energy use',
    unit: 'per learning load',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    description:
      'Relative rise of the waking energy use per unit learning load above 1 (waking activity); 0 removes the coupling learning → energy.',
    citation: 'Hypothesis of this model; Benington & Heller 1995, Prog Neurobiol 45:347 (activity depletes glycogen)',
    readBy: 'restoration',
  }),
  // source: calibrated (ENERGY-06): in humans the cerebral PCr/Pi ratio fell 4.7 ± 1.0 % (SE)
  // from 18:00 to 00:00–04:00 of a night awake (Gordji-Nejad et al. 2024, placebo arm, 31P-MRS),
  // far less than rat glycogen (≈ −40 %, Kong 2002): high-energy phosphates are buffered by the
  // reserve and fall by a fraction β of its relative deficit.
  advanced({
    id: 'energyPhosphateBuffering',
    label: 'Phosphate share of the energy deficit',
    unit: 'fraction',
    default: 0.37,
    min: 0,
    max: 1,
    step: 0.01,
    description:
      'Fraction of the energy reserve’s deficit that shows in the high-energy phosphates (P = 1 − β·(1 − E)), read as the cerebral PCr/Pi ratio relative to a full reserve.',
    citation:
      'Calibrated in this model against ENERGY-06; Gordji-Nejad et al. 2024, Sci Rep, doi 10.1038/s41598-024-54249-9 (PCr/Pi −4.7 ± 1.0% over a night awake, 31P-MRS, 15 young adults)',
    readBy: 'restoration',
  }),
]);

export type EnergyParameters = ValuesOf<typeof ENERGY_PARAMETERS>;
