/**
 * The restoration modules: neurotransmitters, synapses, glymphatic clearance, endocrine and
 * next-day outcome. They run over the core's trajectory on the same 30-s grid and return their
 * series and metrics (see ../trajectory.ts for the seam).
 */
import type { SeriesInfo } from '../result';
import type { ParameterValues } from '../parameters';
import type { CoreTrajectory, ModuleOutput } from '../trajectory';
import { RESTORATION_BASELINE } from './baseline';
import { restorationMetrics, type BaselineQuantities } from './metrics';
import { simulateRestoration } from './state';

export const RESTORATION_SERIES: readonly SeriesInfo[] = [
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
  { id: 'growthHormone', label: 'Growth hormone', unit: 'µg/L', panel: 'hormones', description: 'Plasma GH.' },
  { id: 'cortisol', label: 'Cortisol', unit: 'nmol/L', panel: 'hormones', description: 'Plasma cortisol.' },
  { id: 'tsh', label: 'TSH', unit: 'mU/L', panel: 'hormones', description: 'Plasma thyrotropin.' },
  {
    id: 'testosterone',
    label: 'Testosterone',
    unit: 'nmol/L',
    panel: 'hormones',
    description: 'Plasma total testosterone.',
  },
  {
    id: 'pvtLapses',
    label: 'PVT lapses',
    unit: 'lapses',
    panel: 'outcome',
    description: 'Predicted lapses of a 10-min PVT taken at that time.',
  },
  {
    id: 'kss',
    label: 'Sleepiness (KSS)',
    unit: '1–9',
    panel: 'outcome',
    description: 'Predicted Karolinska Sleepiness Scale.',
  },
  {
    id: 'sleepDebt',
    label: 'Chronic sleep debt',
    unit: 'h',
    panel: 'outcome',
    description: 'Accumulated wakefulness in excess of the critical daily wake duration.',
  },
];

/** Runs the modules with explicit baseline units; used to derive RESTORATION_BASELINE itself. */
export function runRestorationWith(
  core: CoreTrajectory,
  params: ParameterValues,
  seed: number,
  baseline: BaselineQuantities,
  runIn?: { readonly boundary: number; readonly id: number },
): ModuleOutput {
  const s = simulateRestoration(core, params, seed, baseline.fatigueAtTest, runIn);
  const series: Record<string, Float32Array> = {
    noradrenaline: s.neuro.noradrenaline,
    serotonin: s.neuro.serotonin,
    acetylcholine: s.neuro.acetylcholine,
    gaba: s.neuro.gaba,
    synapticStrength: s.synapses.strength,
    slowWaveSlope: s.synapses.slowWaveSlope,
    isfVolumeFraction: s.glymphatic.volumeFraction,
    csfPulsation: s.glymphatic.pulsation,
    clearanceRate: s.glymphatic.clearance,
    abeta: s.glymphatic.abeta,
    tau: s.glymphatic.tau,
    csfAbeta: s.glymphatic.csfAbeta,
    csfTau: s.glymphatic.csfTau,
    growthHormone: s.gh.concentration,
    cortisol: s.cortisol.concentration,
    tsh: s.tsh.concentration,
    testosterone: s.testosterone.concentration,
    pvtLapses: s.performance.pvtLapses,
    kss: s.performance.kss,
    sleepDebt: s.performance.sleepDebt,
  };
  return { series, metrics: restorationMetrics(core, params, s, baseline) };
}

/** `runIn`: the CoreRun's, to resume at its boundary (see simulateRestoration). */
export function runRestoration(
  core: CoreTrajectory,
  params: ParameterValues,
  seed: number,
  runIn?: { readonly boundary: number; readonly id: number },
): ModuleOutput {
  return runRestorationWith(core, params, seed, RESTORATION_BASELINE, runIn);
}

export { simulateRestoration } from './state';
export { measureBaselineQuantities, READINESS_WEIGHTS, type BaselineQuantities } from './metrics';
export { RESTORATION_BASELINE, RESTORATION_BASELINE_SEED } from './baseline';
