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
  couplings: [
    {
      id: 'slowWavesDriveGh',
      from: 'sleepWake',
      to: 'growthHormone',
      label: 'Slow-wave sleep drives the GH pulse',
      description:
        'GH bursts fire with a hazard proportional to slow-wave activity in N3 (and a little in N2): the sleep-onset pulse; without it only spontaneous bursts remain.',
      strength: 'ghSwsPulseHazard_perH',
      evidence: 'established',
      sources:
        'Van Cauter & Plat 1996, J Pediatr 128:S32; Van Cauter, Leproult & Plat 2000, JAMA 284:861; Takahashi, Kipnis & Daughaday 1968, J Clin Invest 47:2079',
      knockout: { metric: 'ghTotal', direction: 'down', minChange: 2 },
    },
  ],
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
  writes: ['ghSecretion'],
  reads: [],
  init: (core, p: GrowthHormoneInputs, { seed }) => new GrowthHormone(core, p, seed),
  step: (s, from, to, t) => s.run(from, to, t.ghSecretion),
  output: (s) => ({
    growthHormone: s.concentration,
  }),
});
