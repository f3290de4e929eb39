/**
 * Constants of the neurotransmitters (monoamines, acetylcholine, VLPO GABA). A citation of '' marks a design choice
 * of this model ([P] in docs/MODEL-restoration.md), calibrated as stated there.
 */
import { advanced, defineParameters, type ValuesOf } from '../../parameterSpec';

export const NEUROTRANSMITTER_PARAMETERS = defineParameters([
  // ── neurotransmitters ─────────────────────────────────────────────────────
  // source: Schellenberger Costa et al. 2016, J Comput Neurosci (population time constants, rodent; human-scaled here)
  advanced({
    id: 'ntPopulationTimeConstant_s',
    label: 'Neuromodulator population time constant',
    unit: 's',
    default: 60,
    min: 10,
    max: 600,
    step: 5,
    description: 'How fast LC/DR, LDT/PPT and VLPO firing follow a change of state.',
    citation: 'Schellenberger Costa et al. 2016, J Comput Neurosci (τ_W, τ_N, τ_R; rodent-scaled)',
    readBy: 'restoration',
  }),
  // source: Schellenberger Costa et al. 2016 (τ_E = 25 s)
  advanced({
    id: 'ntMonoamineTimeConstant_s',
    label: 'Monoamine release time constant',
    unit: 's',
    default: 25,
    min: 5,
    max: 300,
    step: 5,
    description: 'Relaxation of noradrenaline and serotonin concentration to firing.',
    citation: 'Schellenberger Costa et al. 2016, J Comput Neurosci (τ_E = 25 s)',
    readBy: 'restoration',
  }),
  // source: Schellenberger Costa et al. 2016 (τ_G = τ_A = 10 s)
  advanced({
    id: 'ntFastTransmitterTimeConstant_s',
    label: 'GABA/ACh release time constant',
    unit: 's',
    default: 10,
    min: 1,
    max: 120,
    step: 1,
    description: 'Relaxation of GABA and acetylcholine concentration to firing.',
    citation: 'Schellenberger Costa et al. 2016, J Comput Neurosci (τ_G = τ_A = 10 s)',
    readBy: 'restoration',
  }),
  // source: design choice; direction from Aston-Jones et al. 2001, Nat Neurosci 4:732
  advanced({
    id: 'ntCircadianGain',
    label: 'Circadian drive of waking monoamines',
    unit: '',
    default: 0.15,
    min: 0,
    max: 0.5,
    step: 0.01,
    description: 'Relative rise of waking LC/DR tone per unit of circadian alerting.',
    citation: 'Aston-Jones et al. 2001, Nat Neurosci 4:732 (SCN → LC circuit; gain is a design choice)',
    readBy: 'restoration',
  }),
  // source: design choice; direction from Porkka-Heiskanen et al. 1997, Science 276:1265
  advanced({
    id: 'ntAdenosineInhibition',
    label: 'Adenosine inhibition of waking monoamines',
    unit: '',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Relative fall of waking LC/DR tone per unit rise of adenosine above its waking mean.',
    citation: 'Porkka-Heiskanen et al. 1997, Science 276:1265 (direction; gain is a design choice)',
    readBy: 'restoration',
  }),
  // source: Phillips & Robinson 2007, J Biol Rhythms 22:167 (ν_vh·H drive of the VLPO)
  advanced({
    id: 'ntVlpoPressureGain',
    label: 'Homeostatic drive of the VLPO',
    unit: '',
    default: 0.3,
    min: 0,
    max: 0.5,
    step: 0.05,
    description: 'How strongly VLPO GABA during sleep scales with Process S.',
    citation: 'Phillips & Robinson 2007, J Biol Rhythms 22:167 (homeostatic input to the VLPO)',
    readBy: 'restoration',
  }),
]);

export type NeurotransmitterParameters = ValuesOf<typeof NEUROTRANSMITTER_PARAMETERS>;
