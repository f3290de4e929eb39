/**
 * TSH, testosterone and the ovarian steroids: three modules with a shared equations file, each
 * reading only the core.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { OVARIAN_PARAMETERS, TESTOSTERONE_PARAMETERS, TSH_PARAMETERS, type TshParameters } from './parameters';
import { Ovarian, Testosterone, Thyrotropin, type TestosteroneInputs } from './thyroidGonadal';
import type { SexSteroidParameters } from '../../age/sexSteroids';

export const thyrotropin = defineRestorationModule({
  id: 'thyrotropin',
  node: {
    label: 'Thyroid axis',
    kind: 'hormone',
    description: 'TSH, its evening rise checked by sleep.',
  },
  couplings: [],
  parameters: TSH_PARAMETERS,
  series: [
    {
      id: 'tsh',
      label: 'TSH',
      unit: 'mU/L',
      panel: 'hormones',
      description: 'Plasma thyrotropin; young adults: day ≈ 0.85, night asleep ≈ 1.3 mU/L (REF-04).',
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: TshParameters) => new Thyrotropin(core, p),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    tsh: s.concentration,
  }),
});

export const testosterone = defineRestorationModule({
  id: 'testosterone',
  node: {
    label: 'Testosterone',
    kind: 'hormone',
    description: 'Testosterone, rising over sleep.',
  },
  couplings: [],
  parameters: TESTOSTERONE_PARAMETERS,
  series: [
    {
      id: 'testosterone',
      label: 'Testosterone',
      unit: 'nmol/L',
      panel: 'sexSteroids',
      description: "Plasma total testosterone at the person's level (sex, and age in men).",
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: TestosteroneInputs) => new Testosterone(core, p),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    testosterone: s.concentration,
  }),
});

export const ovarian = defineRestorationModule({
  id: 'ovarian',
  node: {
    label: 'Estradiol and progesterone',
    kind: 'hormone',
    description: "A woman's estradiol and progesterone over her cycle; held constant in men and after menopause.",
  },
  couplings: [],
  parameters: OVARIAN_PARAMETERS,
  series: [
    {
      id: 'estradiol',
      label: 'Estradiol',
      unit: 'pmol/L',
      panel: 'sexSteroids',
      description:
        'Serum estradiol: over the menstrual cycle in a woman below the menopause age (menstrualCycleDay), constant in men and after menopause.',
    },
    {
      id: 'progesterone',
      label: 'Progesterone',
      unit: 'nmol/L',
      panel: 'sexSteroids',
      description:
        'Serum progesterone: follicular floor, mid-luteal peak in a cycling woman; constant in men and after menopause. Raises spindle density (memory module).',
    },
  ],
  writes: ['estradiol', 'progesterone'],
  reads: [],
  init: (core, p: SexSteroidParameters) => new Ovarian(core, p),
  step: (s, from, to, t) => s.run(from, to, t.estradiol, t.progesterone),
  output: (s) => ({
    estradiol: s.estradiol,
    progesterone: s.progesterone,
  }),
});
