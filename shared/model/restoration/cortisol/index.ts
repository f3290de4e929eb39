/**
 * Cortisol: reads only the core.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { CORTISOL_PARAMETERS } from './parameters';
import { Cortisol, type CortisolInputs } from './cortisol';

export const cortisol = defineRestorationModule({
  id: 'cortisol',
  node: {
    label: 'Cortisol',
    kind: 'hormone',
    description: 'The HPA axis: circadian cortisol, its nadir at night and the rise before waking.',
  },
  couplings: [],
  parameters: CORTISOL_PARAMETERS,
  series: [
    {
      id: 'cortisol',
      label: 'Cortisol',
      unit: 'nmol/L',
      panel: 'hormones',
      description: 'Plasma cortisol; healthy adults: morning peak 323–568, night nadir 41–69 nmol/L (REF-02).',
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: CortisolInputs) => new Cortisol(core, p),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    cortisol: s.concentration,
  }),
});
