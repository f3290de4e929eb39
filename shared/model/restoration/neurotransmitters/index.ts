/**
 * The neurotransmitters: first in the pass, they write this range's noradrenaline and acetylcholine
 * for the synapses and the glymphatic system.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { NEUROTRANSMITTER_PARAMETERS } from './parameters';
import { Neurotransmitters, type NeurotransmitterInputs } from './neurotransmitters';

export const neurotransmitters = defineRestorationModule({
  id: 'neurotransmitters',
  node: {
    label: 'Neurotransmitters',
    kind: 'restoration',
    description:
      'Noradrenaline, serotonin, acetylcholine and GABA: their tone by state, with the lags of their populations.',
  },
  couplings: [],
  parameters: NEUROTRANSMITTER_PARAMETERS,
  series: [
    {
      id: 'noradrenaline',
      label: 'Noradrenaline (LC)',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Locus-coeruleus noradrenaline, waking level = 1.',
    },
    {
      id: 'serotonin',
      label: 'Serotonin (DR)',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Dorsal-raphe serotonin, waking level = 1.',
    },
    {
      id: 'acetylcholine',
      label: 'Acetylcholine',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Cholinergic (LDT/PPT, basal forebrain) tone, waking level = 1.',
    },
    {
      id: 'gaba',
      label: 'GABA (VLPO)',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Sleep-active VLPO GABA, deep NREM level ≈ 1.',
    },
  ],
  writes: ['noradrenaline', 'acetylcholine'],
  reads: [],
  init: (core, p: NeurotransmitterInputs) => new Neurotransmitters(core, p),
  step: (s, from, to, t) => s.run(from, to, t.noradrenaline, t.acetylcholine),
  output: (s) => ({
    noradrenaline: s.noradrenaline,
    serotonin: s.serotonin,
    acetylcholine: s.acetylcholine,
    gaba: s.gaba,
  }),
});
