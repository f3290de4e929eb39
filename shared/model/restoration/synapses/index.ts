/**
 * Net synaptic strength: reads this range's noradrenaline (potentiation needs it, down-scaling its
 * absence).
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { SYNAPSE_PARAMETERS } from './parameters';
import { Synapses, type SynapseInputs } from './synapses';

export const synapses = defineRestorationModule({
  id: 'synapses',
  node: {
    label: 'Synapses',
    kind: 'restoration',
    description: 'Net cortical synaptic strength: potentiated in wake, scaled down in slow-wave sleep.',
  },
  couplings: [],
  parameters: SYNAPSE_PARAMETERS,
  series: [
    {
      id: 'synapticStrength',
      label: 'Net synaptic strength',
      unit: 'rel.',
      panel: 'synapses',
      description: 'Mean cortical synaptic strength (SHY).',
    },
    {
      id: 'slowWaveSlope',
      label: 'Slow-wave slope',
      unit: 'rel.',
      panel: 'synapses',
      description: 'Slope of slow waves in N2/N3, tracking synaptic strength; 0 outside NREM.',
    },
  ],
  writes: [],
  reads: ['noradrenaline'],
  init: (core, p: SynapseInputs) => new Synapses(core, p),
  step: (s, from, to, t) => s.run(from, to, t.noradrenaline),
  output: (s) => ({
    synapticStrength: s.strength,
    slowWaveSlope: s.slowWaveSlope,
  }),
});
