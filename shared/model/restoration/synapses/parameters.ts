/**
 * Constants of net synaptic strength (synaptic homeostasis). A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const SYNAPSE_PARAMETERS = defineParameters([
  // ── synapses ──────────────────────────────────────────────────────────────
  // source: de Vivo et al. 2017, Science 355:507 (largest ~20% of synapses spared)
  advanced({
    id: 'synapseSparedFraction',
    label: 'Unscaled synaptic strength',
    unit: 'rel.',
    default: 0.5,
    min: 0.1,
    max: 0.9,
    step: 0.05,
    description: 'Floor of net synaptic strength that sleep does not scale down (spared large synapses).',
    citation: 'de Vivo et al. 2017, Science 355:507 (large synapses spared)',
    readBy: 'restoration',
  }),
  // source: design choice
  advanced({
    id: 'synapseSaturation',
    label: 'Synaptic saturation',
    unit: 'rel.',
    default: 1.6,
    min: 1.1,
    max: 3,
    step: 0.05,
    description: 'Net strength that waking potentiation approaches (saturation of learning).',
    citation: 'Tononi & Cirelli 2014, Neuron 81:12 (saturation of plasticity in extended wake)',
    readBy: 'restoration',
  }),
  // source: calibrated with the down-scaling rate to de Vivo 2017 (−18% over one night)
  advanced({
    id: 'synapsePotentiationRate_perH',
    label: 'Waking potentiation rate',
    unit: '1/h',
    default: 0.025,
    min: 0.001,
    max: 0.2,
    step: 0.001,
    description: 'Rate of net potentiation in wake, per unit learning load and noradrenergic tone.',
    citation: 'Calibrated in this model against SHY-01; de Vivo et al. 2017, Science 355:507',
    readBy: 'restoration',
  }),
  // source: calibrated to de Vivo 2017 (ASI −18% after sleep)
  advanced({
    id: 'synapseDownscalingRate_perH',
    label: 'NREM down-scaling rate',
    unit: '1/h per SWA',
    default: 0.2,
    min: 0.01,
    max: 1,
    step: 0.01,
    description: 'Rate of multiplicative down-scaling per unit slow-wave activity at low noradrenaline.',
    citation:
      'Calibrated in this model against SHY-01; de Vivo et al. 2017, Science 355:507; Vyazovskiy et al. 2008, Nat Neurosci 11:200',
    readBy: 'restoration',
  }),
]);

export type SynapseParameters = ValuesOf<typeof SYNAPSE_PARAMETERS>;
