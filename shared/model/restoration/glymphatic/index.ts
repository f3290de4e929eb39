/**
 * Glymphatic exchange: reads this range's noradrenaline (interstitial volume) and acetylcholine
 * (activity-dependent release).
 * The module as the engine sees it (../module.ts): its declarations and how it is stepped.
 */
import { defineRestorationModule } from '../module';
import { GLYMPHATIC_PARAMETERS } from './parameters';
import { Glymphatic, type GlymphaticInputs } from './glymphatic';

export const glymphatic = defineRestorationModule({
  id: 'glymphatic',
  node: {
    label: 'Glymphatic clearance',
    kind: 'restoration',
    description: 'Interstitial space, CSF flow and the clearance of amyloid-β and tau.',
  },
  couplings: [
    {
      id: 'noradrenalineOpensSpace',
      from: 'neurotransmitters',
      to: 'glymphatic',
      label: 'Low noradrenaline opens the interstitial space',
      description:
        'As noradrenergic tone falls in NREM the interstitial volume fraction expands toward its sleep value, and convective clearance rises with its hydraulic conductivity (glymphatic.ts).',
      strength: 'glyNoradrenalineGain',
      evidence: 'supported',
      sources: 'Xie et al. 2013, Science 342:373, in mice',
      knockout: { metric: 'abetaOvernightChange_pct', direction: 'up', minChange: 5 },
    },
    {
      id: 'activityReleasesAbeta',
      from: 'neurotransmitters',
      to: 'glymphatic',
      label: 'Neural activity releases amyloid-β',
      description:
        'Aβ production rises with synaptic activity, read as the mean of noradrenergic and cholinergic tone: quieter NREM releases less (glymphatic.ts).',
      strength: 'abetaActivityRelease',
      evidence: 'supported',
      sources: 'Cirrito et al. 2005, Neuron 48:913; Lucey et al. 2018, Ann Neurol 83:197',
      knockout: { metric: 'abetaOvernightChange_pct', direction: 'up', minChange: 3 },
    },
    {
      id: 'slowWavesPumpCsf',
      from: 'sleepWake',
      to: 'glymphatic',
      label: 'Slow waves pump CSF',
      description:
        'Slow-wave activity in NREM drives large CSF pulsations, which add pumping to the convective exchange (glymphatic.ts); the size of the pumping is a design choice.',
      strength: 'glyPulsationGain',
      evidence: 'hypothesis',
      sources: 'Fultz et al. 2019, Science 366:628',
      knockout: { metric: 'clearanceSleepToWakeRatio', direction: 'down', minChange: 0.1 },
    },
  ],
  parameters: GLYMPHATIC_PARAMETERS,
  series: [
    {
      id: 'isfVolumeFraction',
      label: 'Interstitial volume fraction',
      unit: 'fraction',
      panel: 'glymphatic',
      description: 'Share of brain volume that is interstitial space.',
    },
    {
      id: 'csfPulsation',
      label: 'CSF pulsation amplitude',
      unit: 'rel.',
      panel: 'glymphatic',
      description: 'Amplitude of the ≈0.05 Hz CSF inflow oscillation (carried as amplitude, not waveform).',
    },
    {
      id: 'clearanceRate',
      label: 'Clearance rate',
      unit: '× wake',
      panel: 'glymphatic',
      description: 'Interstitial solute clearance relative to quiet wake.',
    },
    {
      id: 'abeta',
      label: 'Interstitial amyloid-β',
      unit: 'rel.',
      panel: 'glymphatic',
      description: 'Interstitial Aβ, steady waking level = 1.',
    },
    {
      id: 'tau',
      label: 'Interstitial tau',
      unit: 'rel.',
      panel: 'glymphatic',
      description: 'Interstitial tau, steady waking level = 1.',
    },
    {
      id: 'csfAbeta',
      label: 'CSF amyloid-β',
      unit: 'rel.',
      panel: 'glymphatic',
      description: 'Lumbar CSF Aβ, lagging the interstitial pool by the CSF turnover time.',
    },
    {
      id: 'csfTau',
      label: 'CSF tau',
      unit: 'rel.',
      panel: 'glymphatic',
      description: 'Lumbar CSF tau, lagging the interstitial pool by the CSF turnover time.',
    },
  ],
  writes: [],
  reads: ['noradrenaline', 'acetylcholine'],
  init: (core, p: GlymphaticInputs) => new Glymphatic(core, p),
  step: (s, from, to, t) => s.run(from, to, t.noradrenaline, t.acetylcholine),
  output: (s) => ({
    isfVolumeFraction: s.volumeFraction,
    csfPulsation: s.pulsation,
    clearanceRate: s.clearance,
    abeta: s.abeta,
    tau: s.tau,
    csfAbeta: s.csfAbeta,
    csfTau: s.csfTau,
  }),
});
