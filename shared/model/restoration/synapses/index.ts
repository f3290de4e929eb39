/**
 * Net synaptic strength: reads this range's noradrenaline (potentiation needs it, down-scaling its
 * absence).
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { defineCouplings } from '../../couplingSpec';
import { SYNAPSE_PARAMETERS } from './parameters';
import { Synapses, type SynapseInputs } from './synapses';

export const synapses = defineRestorationModule({
  id: 'synapses',
  node: {
    label: 'Synapses',
    kind: 'restoration',
    description:
      'Net cortical synaptic strength, its signal-to-noise and the learning capacity: potentiated in wake, scaled down in slow-wave sleep.',
  },
  couplings: defineCouplings([
    {
      id: 'noradrenalineGatesPlasticity',
      from: 'neurotransmitters',
      to: 'synapses',
      label: 'NE gates potentiation and down-scaling',
      description:
        'Potentiation needs NE-permissive wake; down-scaling needs the NE fall of sleep, since NE keeps Homer1a out of synapses. Without the gate, arousals no longer block down-scaling.',
      strength: 'synapseNeGain',
      evidence: 'supported',
      sources: 'Diering et al. 2017, Science 355:511',
      knockout: { metric: 'synapticStrengthChange_pct', direction: 'down', minChange: 1 },
    },
    {
      id: 'lcReserveScalesNeTone',
      from: 'neurotransmitters',
      to: 'synapses',
      label: 'LC reserve scales NE tone',
      description:
        'NE release is proportional to the LC reserve, so after a long wake the noradrenaline trace read by the synapses and the glymphatic system is lower: less waking potentiation, more head-room in the morning.',
      strength: 'ntReserveToneGain',
      evidence: 'hypothesis',
      sources: 'Hypothesis of this model',
      knockout: { metric: 'learningCapacity_pct', direction: 'down', scenario: 'one-night-awake', minChange: 1 },
    },
    {
      id: 'slowWavesDownscale',
      from: 'sleepWake',
      to: 'synapses',
      label: 'Slow waves scale synapses down',
      description:
        'NREM slow-wave activity drives multiplicative down-scaling of the potentiated excess, restoring the learning capacity and, sparing strong synapses, the signal-to-noise ratio.',
      strength: 'synapseDownscalingRate_perH',
      evidence: 'supported',
      sources:
        'Tononi & Cirelli 2014, Neuron 81:12; Vyazovskiy et al. 2008, Nat Neurosci 11:200; de Vivo et al. 2017, Science 355:507',
      knockout: { metric: 'learningCapacity_pct', direction: 'down', minChange: 10 },
    },
    {
      id: 'learningPotentiates',
      from: 'learning',
      to: 'synapses',
      label: 'Learning potentiates synapses',
      description:
        'The day’s learning load potentiates cortical synapses in NE-permissive wake, filling the head-room that sleep restores.',
      strength: 'synapsePotentiationRate_perH',
      evidence: 'supported',
      sources: 'Tononi & Cirelli 2014, Neuron 81:12; Huber et al. 2004, Nature 430:78',
      knockout: { metric: 'synapticStrengthChange_pct', direction: 'up', minChange: 5 },
    },
    {
      id: 'capacityGatesEncoding',
      from: 'sleepWake',
      to: 'synapses',
      label: 'Sleep-restored capacity gates next-day encoding',
      description:
        'The waking potentiation rate is the learning capacity that the last sleep restored: after a night awake the next day encodes less.',
      strength: 'synapseCapacityEncodingGain',
      evidence: 'supported',
      sources: 'Yoo, Hu, Gujar, Jolesz & Walker 2007, Nat Neurosci 10:385; Tononi & Cirelli 2014, Neuron 81:12',
      knockout: { metric: 'learningCapacity_pct', direction: 'down', minChange: 10 },
    },
  ]),
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
    {
      id: 'learningCapacity',
      label: 'Learning capacity',
      unit: 'rel.',
      panel: 'synapses',
      description: 'Head-room for new potentiation, (W_max − W)/(W_max − W_min): restored by down-scaling.',
    },
    {
      id: 'encodingEfficiency',
      label: 'Encoding efficiency',
      unit: 'rel.',
      panel: 'synapses',
      description: 'Rate of new potentiation per unit learning and NE, C^κ: what the day’s learning reads.',
    },
    {
      id: 'synapticSnr',
      label: 'Synaptic signal-to-noise',
      unit: 'ratio',
      panel: 'synapses',
      description: 'Specific ÷ nonspecific potentiated strength (SHY): sleep raises it by sparing strong synapses.',
    },
  ],
  writes: [],
  reads: ['noradrenaline'],
  init: (core, p: SynapseInputs) => new Synapses(core, p),
  step: (s, from, to, t) => s.run(from, to, t.noradrenaline),
  output: (s) => ({
    synapticStrength: s.strength,
    slowWaveSlope: s.slowWaveSlope,
    learningCapacity: s.capacity,
    encodingEfficiency: s.encoding,
    synapticSnr: s.signalToNoise,
  }),
});
