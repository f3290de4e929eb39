/**
 * The neurotransmitters: first in the pass, they write this range's noradrenaline and acetylcholine
 * for the synapses and the glymphatic system.
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { defineCouplings } from '../../couplingSpec';
import { NEUROTRANSMITTER_PARAMETERS } from './parameters';
import { Neurotransmitters, type NeurotransmitterInputs } from './neurotransmitters';

export const neurotransmitters = defineRestorationModule({
  id: 'neurotransmitters',
  node: {
    label: 'Neurotransmitters',
    kind: 'restoration',
    description:
      'Noradrenaline, serotonin, acetylcholine and GABA by state, with the lags of their populations; D2/D3 and 5-HT2A receptors and the LC reserve that wake moves and sleep restores.',
  },
  couplings: defineCouplings([
    {
      id: 'stageDrivesTransmitters',
      from: 'sleepWake',
      to: 'neurotransmitters',
      label: 'Stage sets transmitter tone',
      description:
        'Each stage drives LC/DR, cholinergic and VLPO populations (monoamines W > NREM > REM); without it every transmitter stays at its waking level, NE stays high in sleep and no down-scaling occurs.',
      strength: 'ntStageDriveGain',
      evidence: 'established',
      sources:
        'Saper et al. 2010, Neuron 68:1023; Aston-Jones & Bloom 1981, J Neurosci 1:876; Schellenberger Costa et al. 2016, J Comput Neurosci',
      knockout: { metric: 'synapticStrengthChange_pct', direction: 'up', minChange: 5 },
    },
    {
      id: 'adenosineDampsMonoamines',
      from: 'homeostat',
      to: 'neurotransmitters',
      label: 'Adenosine damps waking monoamines',
      description:
        'Adenosine above its waking mean lowers waking LC/DR drive through A1 receptors of wake-promoting neurons: in a night awake NE falls, widening the interstitial space and clearing more Aβ.',
      strength: 'ntAdenosineInhibition',
      evidence: 'supported',
      sources: 'Porkka-Heiskanen et al. 1997, Science 276:1265; gain a design choice',
      knockout: { metric: 'abetaOvernightChange_pct', direction: 'up', scenario: 'one-night-awake', minChange: 1 },
    },
    {
      id: 'circadianDrivesMonoamines',
      from: 'circadian',
      to: 'neurotransmitters',
      label: 'Clock drives waking monoamines',
      description:
        'The circadian alerting signal raises waking LC/DR drive through the SCN → DMH → LC circuit; waking NE rises when the clock alerts.',
      strength: 'ntCircadianGain',
      evidence: 'supported',
      sources: 'Aston-Jones et al. 2001, Nat Neurosci 4:732; gain a design choice',
      knockout: { metric: 'isfVolumeFraction_wake', direction: 'up', minChange: 0.001 },
    },
    {
      id: 'wakeDownregulatesD2',
      from: 'sleepWake',
      to: 'neurotransmitters',
      label: 'Wake down-regulates D2/D3',
      description:
        'Striatal D2/D3 receptor availability falls with time awake, −5 % after a night awake; it lowers the neurotransmitter balance the readiness reads.',
      strength: 'ntD2WakeLoss_perH',
      evidence: 'supported',
      sources: 'Volkow et al. 2012, J Neurosci 32:6711; Volkow et al. 2008, J Neurosci 28:8454',
      knockout: { metric: 'neurotransmitterBalance_pct', direction: 'up', scenario: 'one-night-awake', minChange: 1 },
    },
    {
      id: 'wakeUpregulates5ht2a',
      from: 'sleepWake',
      to: 'neurotransmitters',
      label: 'Wake up-regulates 5-HT2A',
      description:
        'Cortical 5-HT2A receptor binding rises with time awake, +9.6 % after 24 h; a departure from rest that lowers the neurotransmitter balance.',
      strength: 'nt5ht2aWakeGain_perH',
      evidence: 'supported',
      sources: 'Elmenhorst et al. 2012, Sleep 35:1615',
      knockout: { metric: 'neurotransmitterBalance_pct', direction: 'up', scenario: 'one-night-awake', minChange: 1 },
    },
    {
      id: 'wakeDepletesLcReserve',
      from: 'sleepWake',
      to: 'neurotransmitters',
      label: 'Waking LC firing depletes its reserve',
      description:
        'Sustained waking firing of the locus coeruleus depletes its releasable noradrenaline, so NE tone and the balance fall across a long wake.',
      strength: 'ntLcReserveDepletion_perH',
      evidence: 'hypothesis',
      sources: 'Hypothesis of this model; LC firing by state from Aston-Jones & Bloom 1981, J Neurosci 1:876',
      knockout: { metric: 'neurotransmitterBalance_pct', direction: 'up', scenario: 'one-night-awake', minChange: 1 },
    },
    {
      id: 'sleepRestoresReceptors',
      from: 'sleepWake',
      to: 'neurotransmitters',
      label: 'Sleep restores receptors and reserve',
      description:
        'Every sleep stage returns D2/D3 availability, 5-HT2A binding and the LC reserve to rest with a 2-h time constant; without it the run-in days accumulate the losses.',
      strength: 'ntSleepRestoration_perH',
      evidence: 'hypothesis',
      sources:
        'Design choice; direction from Elmenhorst et al. 2017, PNAS 114:4243 for A1 receptors restored by recovery sleep',
      knockout: { metric: 'neurotransmitterBalance_pct', direction: 'down', minChange: 5 },
    },
  ]),
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
    {
      id: 'd2Availability',
      label: 'D2/D3 availability',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Striatal D2/D3 receptor availability, 1 = rested: falls in wake, restored in sleep.',
    },
    {
      id: 'ht2aBinding',
      label: '5-HT2A binding',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Cortical 5-HT2A receptor binding, 1 = rested: rises in wake, restored in sleep.',
    },
    {
      id: 'lcReserve',
      label: 'LC noradrenergic reserve',
      unit: 'rel.',
      panel: 'neuro',
      description: 'Releasable noradrenaline of the locus coeruleus, 1 = rested (hypothesis): scales NE tone.',
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
    d2Availability: s.d2Availability,
    ht2aBinding: s.ht2aBinding,
    lcReserve: s.lcReserve,
  }),
});
