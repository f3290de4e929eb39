/**
 * Brain energy store: reads the thyroid's T3 (metabolic rate) and the core's stages and SWA.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { ENERGY_PARAMETERS } from './parameters';
import { Energy, type EnergyInputs } from './energy';

export const energy = defineRestorationModule({
  id: 'energy',
  node: {
    label: 'Brain energy',
    kind: 'restoration',
    description: 'Brain energy stores (ATP, glycogen): drawn down in wake at a T3-set rate, refilled in early NREM.',
  },
  couplings: [
    {
      id: 't3SetsEnergyUse',
      from: 'thyrotropin',
      to: 'energy',
      label: 'T3 sets the metabolic rate',
      description: 'Energy use scales with 1 + g·(T3 − 1): the T3 rise after a night awake drains the store faster.',
      strength: 'energyT3Gain',
      evidence: 'hypothesis',
      sources:
        'T3 raises whole-body metabolic rate, textbook physiology; counter-evidence for the adult brain: Sokoloff et al. 1953, J Clin Invest 32:202',
      knockout: { metric: 'energyRestored_pct', direction: 'up', scenario: 'one-night-awake', minChange: 0.1 },
    },
    {
      id: 'nremRestoresEnergy',
      from: 'sleepWake',
      to: 'energy',
      label: 'NREM sleep restores energy',
      description:
        'NREM sleep refills the store at a rate proportional to slow-wave activity and to the deficit, so most of it in the first cycles.',
      strength: 'energySleepRestoreRate_perSwaH',
      evidence: 'supported',
      sources:
        'Dworak et al. 2010, J Neurosci 30:9007, rats; Kong et al. 2002, J Neurosci 22:5581, rats; Benington & Heller 1995, Prog Neurobiol 45:347',
      knockout: { metric: 'energyRestored_pct', direction: 'down', minChange: 10 },
    },
    {
      id: 'learningUsesEnergy',
      from: 'learning',
      to: 'energy',
      label: 'Waking activity uses energy',
      description: 'A heavier learning day raises waking energy use by g·(learningLoad − 1).',
      strength: 'energyLearningUse',
      evidence: 'hypothesis',
      sources: 'Benington & Heller 1995, Prog Neurobiol 45:347',
      knockout: { metric: 'energyRestored_pct', direction: 'up', scenario: 'intense-learning-day', minChange: 0.1 },
    },
  ],
  parameters: ENERGY_PARAMETERS,
  series: [
    {
      id: 'energyStore',
      label: 'Brain energy store',
      unit: 'rel. (1 = full)',
      panel: 'energy',
      description:
        'The brain energy reserve (glycogen-like): drawn down in wake, refilled in NREM sleep in proportion to SWA (a model quantity; rat data).',
    },
    {
      id: 'highEnergyPhosphates',
      label: 'High-energy phosphates',
      unit: 'rel. (1 = full)',
      panel: 'energy',
      description:
        'Cerebral high-energy phosphates (read as PCr/Pi), buffered by the reserve: a fraction of its deficit, ≈ −5 % over a night awake in humans (Gordji-Nejad et al. 2024).',
    },
  ],
  writes: [],
  reads: ['t3'],
  init: (core, p: EnergyInputs) => new Energy(core, p),
  step: (s, from, to, t) => s.run(from, to, t.t3),
  output: (s) => ({
    energyStore: s.store,
    highEnergyPhosphates: s.phosphates,
  }),
});
