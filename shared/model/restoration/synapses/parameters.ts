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
    min: 0,
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
    min: 0,
    max: 1,
    step: 0.01,
    description: 'Rate of multiplicative down-scaling per unit slow-wave activity at low noradrenaline.',
    citation:
      'Calibrated in this model against SHY-01; de Vivo et al. 2017, Science 355:507; Vyazovskiy et al. 2008, Nat Neurosci 11:200',
    readBy: 'restoration',
  }),
  // source: design choice; a switch of the NE coupling (Diering et al. 2017, Science 355:511)
  advanced({
    id: 'synapseNeGain',
    label: 'Noradrenergic gating of plasticity',
    unit: '',
    default: 1,
    min: 0,
    max: 1.5,
    step: 0.05,
    description:
      'How much NE gates the synapses: potentiation × max(0, 1 − γ + γ·NE), down-scaling × max(0, 1 − γ·NE); 0 = potentiation and down-scaling blind to NE.',
    citation:
      'Diering et al. 2017, Science 355:511 (NE excludes Homer1a; AMPAR removal after the NE fall); the gain is a switch',
    readBy: 'restoration',
  }),
  // source: Yoo et al. 2007, Nat Neurosci 10:385 (direction); κ = 1 keeps the saturating form of SHY
  advanced({
    id: 'synapseCapacityEncodingGain',
    label: 'Capacity gates encoding',
    unit: '',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'Exponent κ of the learning capacity C in the waking potentiation rate (encoding ∝ C^κ): 1 = saturating potentiation, 0 = encoding at full rate whatever the headroom.',
    citation:
      'Yoo et al. 2007, Nat Neurosci 10:385 (encoding impaired after a night awake); Tononi & Cirelli 2014, Neuron 81:12 (saturation); κ a design choice, not fitted',
    readBy: 'restoration',
  }),
  // source: design choice (SHY: learning potentiates specific and nonspecific synapses)
  advanced({
    id: 'synapseSignalShare',
    label: 'Specific share of potentiation',
    unit: '',
    default: 0.5,
    min: 0.05,
    max: 0.95,
    step: 0.05,
    description: 'Share φ of waking potentiation that is specific (signal); the rest is nonspecific (noise).',
    citation: 'Design choice after Tononi & Cirelli 2014, Neuron 81:12 (signal-to-noise picture of SHY)',
    readBy: 'restoration',
  }),
  // source: design choice; direction from de Vivo et al. 2017 (largest synapses spared)
  advanced({
    id: 'synapseSignalSparing',
    label: 'Sparing of strong synapses',
    unit: '',
    default: 0.5,
    min: 0,
    max: 0.95,
    step: 0.05,
    description:
      'How much less the specific (strong) synapses are scaled down than the nonspecific ones, per unit strength (ρ): sleep raises the signal-to-noise ratio when ρ > 0.',
    citation: 'de Vivo et al. 2017, Science 355:507 (largest synapses spared; size a design choice)',
    readBy: 'restoration',
  }),
]);

export type SynapseParameters = ValuesOf<typeof SYNAPSE_PARAMETERS>;
