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
    description: 'TSH, its evening rise checked by sleep, and the T4 and T3 it drives.',
  },
  couplings: [
    {
      id: 'circadianDrivesTsh',
      from: 'circadian',
      to: 'thyrotropin',
      label: 'Clock drives the evening TSH rise',
      description:
        'The circadian drive raises TSH secretion in the evening and biological night; without it TSH secretion is flat at its basal share.',
      strength: 'tshCircadianAmplitude',
      evidence: 'established',
      sources:
        'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508; Brabant et al. 1990, J Clin Endocrinol Metab 70:403',
      knockout: { metric: 'tshNight', direction: 'down', minChange: 0.1 },
    },
    {
      id: 'sleepInhibitsTsh',
      from: 'sleepWake',
      to: 'thyrotropin',
      label: 'Sleep inhibits TSH',
      description:
        'Any sleep stage cuts TSH secretion by tshSleepInhibition, slow waves further; a night awake leaves the nocturnal surge unchecked.',
      strength: 'tshSleepInhibition',
      evidence: 'established',
      sources:
        'Allan & Czeisler 1994, J Clin Endocrinol Metab 79:508; Parker et al. 1987, J Clin Endocrinol Metab 64:157; Goichot et al. 1992, J Sleep Res 1:186',
      knockout: { metric: 'tshNight', direction: 'up', minChange: 0.1 },
    },
  ],
  parameters: TSH_PARAMETERS,
  series: [
    {
      id: 'tsh',
      label: 'TSH',
      unit: 'mU/L',
      panel: 'hormones',
      description: 'Plasma thyrotropin; young adults: day ≈ 0.85, night asleep ≈ 1.3 mU/L (REF-04).',
    },
    {
      id: 't4',
      label: 'Free T4',
      unit: 'rel. to rested',
      panel: 'hormones',
      description: "Free thyroxine relative to the person's rested level (1); slow, T4 half-life ≈ 7 d.",
    },
    {
      id: 't3',
      label: 'Free T3',
      unit: 'rel. to rested',
      panel: 'hormones',
      description:
        "Free triiodothyronine relative to the person's rested level (1); rises after a night awake (Goichot et al. 1994). Sets the energy module's metabolic rate.",
    },
  ],
  writes: ['t3'],
  reads: [],
  init: (core, p: TshParameters) => new Thyrotropin(core, p),
  step: (s, from, to, t) => s.run(from, to, t.t3),
  output: (s) => ({
    tsh: s.concentration,
    t4: s.t4,
    t3: s.t3,
  }),
});

export const testosterone = defineRestorationModule({
  id: 'testosterone',
  node: {
    label: 'Testosterone',
    kind: 'hormone',
    description: 'Testosterone, rising over sleep.',
  },
  couplings: [
    {
      id: 'sleepRaisesTestosterone',
      from: 'sleepWake',
      to: 'testosterone',
      label: 'Sleep raises testosterone',
      description:
        'A sleep drive that builds over hours of sleep raises testosterone production by testosteroneSleepGain; it falls through the waking day.',
      strength: 'testosteroneSleepGain',
      evidence: 'established',
      sources:
        'Luboshitzky et al. 1999, J Clin Endocrinol Metab 84:4361; Luboshitzky et al. 2001, J Clin Endocrinol Metab 86:1134',
      knockout: { metric: 'testosteroneNextDay', direction: 'down', minChange: 0.5 },
    },
  ],
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
  writes: ['testosterone'],
  reads: [],
  init: (core, p: TestosteroneInputs) => new Testosterone(core, p),
  step: (s, from, to, t) => s.run(from, to, t.testosterone),
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
