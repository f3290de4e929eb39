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
  // ── receptor and reserve homeostasis (issue 14) ───────────────────────────
  // source: design choice; the strength of the stage table (0 keeps every transmitter at its waking level)
  advanced({
    id: 'ntStageDriveGain',
    label: 'Stage drive of the transmitters',
    unit: '',
    default: 1,
    min: 0,
    max: 1.2,
    step: 0.05,
    description:
      'Share of the by-stage drive table that acts: 1 = the table, 0 = every transmitter held at its waking level whatever the stage (a switch for the coupling); above 1 the contrasts are amplified (drives floored at 0).',
    citation: 'Saper et al. 2010, Neuron 68:1023 (orderings by state); the gain is a switch of this model',
    readBy: 'restoration',
  }),
  // source: Volkow et al. 2012, J Neurosci 32:6711 (ventral striatum BPND 2.80 ± 0.37 after a night awake vs 2.95 ± 0.37 rested, −5 %)
  advanced({
    id: 'ntD2WakeLoss_perH',
    label: 'D2/D3 receptor loss in wake',
    unit: '1/h',
    default: 0.0022,
    min: 0,
    max: 0.02,
    step: 0.0001,
    description:
      'Relative loss of striatal D2/D3 receptor availability per hour awake: 24 h of extra wake give −5 % (e^(−24·r) = 0.949).',
    citation:
      'Volkow et al. 2012, J Neurosci 32:6711 (BPND 2.80 vs 2.95 in ventral striatum after one night awake, −5 %); Volkow et al. 2008, J Neurosci 28:8454',
    readBy: 'restoration',
  }),
  // source: Elmenhorst et al. 2012, Sleep 35:1615 (+9.6 % neocortical [18F]altanserin binding after 24 h awake)
  advanced({
    id: 'nt5ht2aWakeGain_perH',
    label: '5-HT2A receptor rise in wake',
    unit: '1/h',
    default: 0.0038,
    min: 0,
    max: 0.02,
    step: 0.0001,
    description:
      'Relative rise of cortical 5-HT2A receptor binding per hour awake: 24 h of extra wake give +9.6 % (e^(24·r) = 1.096).',
    citation: 'Elmenhorst et al. 2012, Sleep 35:1615 (+9.6 % 5-HT2A binding after 24 h of sleep deprivation, n = 18)',
    readBy: 'restoration',
  }),
  // source: hypothesis; size a design choice (−5 % over a 16-h day at waking firing)
  advanced({
    id: 'ntLcReserveDepletion_perH',
    label: 'LC reserve depletion in wake',
    unit: '1/h per firing',
    default: 0.0032,
    min: 0,
    max: 0.03,
    step: 0.0001,
    description:
      'Relative depletion of the locus-coeruleus noradrenergic reserve per hour of waking LC firing (hypothesis: sustained firing depletes releasable NE; −5 % over a 16-h day).',
    citation:
      'Hypothesis of this model (sustained LC firing in wake, Aston-Jones & Bloom 1981, J Neurosci 1:876); size a design choice',
    readBy: 'restoration',
  }),
  // source: design choice (restored within one night; A1 receptors are restored by recovery sleep, Elmenhorst et al. 2017, PNAS 114:4243)
  advanced({
    id: 'ntSleepRestoration_perH',
    label: 'Restoration of receptors in sleep',
    unit: '1/h',
    default: 0.5,
    min: 0,
    max: 3,
    step: 0.05,
    description:
      'Rate at which sleep returns D2/D3 availability, 5-HT2A binding and the LC reserve to their rested level (time constant 2 h: an 8-h night restores 98 %).',
    citation:
      'Design choice; direction from Elmenhorst et al. 2017, PNAS 114:4243 (A1 receptor availability restored by recovery sleep)',
    readBy: 'restoration',
  }),
  // source: hypothesis; gain a switch (1 = NE release proportional to the reserve)
  advanced({
    id: 'ntReserveToneGain',
    label: 'LC reserve scales NE tone',
    unit: '',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description:
      'How much the noradrenergic reserve scales NE release: NE relaxes to firing × max(0, 1 − g·(1 − reserve)); 0 = release independent of the reserve.',
    citation: 'Hypothesis of this model; a switch (1 = release proportional to the reserve)',
    readBy: 'restoration',
  }),
]);

export type NeurotransmitterParameters = ValuesOf<typeof NEUROTRANSMITTER_PARAMETERS>;
