/**
 * Growth hormone: reads only the core (and draws its bursts from its own stream of the seed).
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { GROWTH_HORMONE_PARAMETERS } from './parameters';
import { GrowthHormone, type GrowthHormoneInputs } from './growthHormone';

export const growthHormone = defineRestorationModule({
  id: 'growthHormone',
  node: {
    label: 'Growth hormone',
    kind: 'hormone',
    description: 'Pulsatile GH, its largest pulse at sleep onset in slow-wave sleep.',
  },
  couplings: [],
  parameters: GROWTH_HORMONE_PARAMETERS,
  series: [
    {
      id: 'growthHormone',
      label: 'Growth hormone',
      unit: 'µg/L',
      panel: 'hormones',
      description: 'Plasma GH (= ng/mL); young men’s sleep-onset peak ≈ 5–30 µg/L (REF-06).',
    },
  ],
  writes: [],
  reads: [],
  init: (core, p: GrowthHormoneInputs, { seed }) => new GrowthHormone(core, p, seed),
  step: (s, from, to) => s.run(from, to),
  output: (s) => ({
    growthHormone: s.concentration,
  }),
});
