/**
 * The core's series: written by the core loop (core.ts), which wires the core modules together
 * epoch by epoch, so they are declared beside it rather than in each module's folder. Their order
 * is the order of the docs table and of the series list the app offers. Panels: 'hypnogram',
 * 'pressure', 'swa', 'hormones'.
 */
import type { SeriesInfo } from './result';

export const CORE_SERIES: readonly SeriesInfo[] = [
  {
    id: 'light',
    label: 'Light at the eye',
    unit: 'lux',
    panel: 'hypnogram',
    description: 'Light reaching the retina; bedroom light is attenuated by closed eyelids while asleep.',
  },
  {
    id: 'processS',
    label: 'Process S',
    unit: 'S (0–1)',
    panel: 'pressure',
    description: 'Homeostatic sleep pressure on the two-process scale (Daan, Beersma & Borbély 1984).',
  },
  {
    id: 'thresholdUpper',
    label: 'Upper threshold',
    unit: 'S (0–1)',
    panel: 'pressure',
    description: 'Sleep starts when the sleep drive rises past it; modulated by the circadian pacemaker.',
  },
  {
    id: 'thresholdLower',
    label: 'Lower threshold',
    unit: 'S (0–1)',
    panel: 'pressure',
    description: 'Sleep ends when the sleep drive falls past it; modulated by the circadian pacemaker.',
  },
  {
    id: 'sleepDrive',
    label: 'Sleep drive',
    unit: 'S (0–1)',
    panel: 'pressure',
    description: 'Process S as the switch sees it: after caffeine blockade and A1 receptor adaptation.',
  },
  {
    id: 'adenosine',
    label: 'Adenosine',
    unit: 'rel.',
    panel: 'pressure',
    description: 'Extracellular adenosine relative to the mean waking level; rises with S, lower in sleep.',
  },
  {
    id: 'a1Receptor',
    label: 'A1 receptors',
    unit: 'rel.',
    panel: 'pressure',
    description: 'A1 adenosine receptor density; up-regulated by sleep debt and chronic caffeine.',
  },
  {
    id: 'caffeine',
    label: 'Caffeine',
    unit: 'mg/L',
    panel: 'pressure',
    description: 'Plasma caffeine (one-compartment pharmacokinetics).',
  },
  {
    id: 'alcohol',
    label: 'Blood alcohol',
    unit: 'g/L',
    panel: 'pressure',
    description: 'Blood alcohol concentration (Widmark distribution, zero-order elimination).',
  },
  {
    id: 'circadianDrive',
    label: 'Circadian process C',
    unit: 'rel.',
    panel: 'pressure',
    description: 'Circadian modulation of the thresholds (pacemaker output, amplitude-weighted).',
  },
  {
    id: 'circadianPhase',
    label: 'Circadian phase',
    unit: 'rad',
    panel: 'hormones',
    description: 'Pacemaker phase, 0 at the core body temperature minimum.',
  },
  {
    id: 'melatonin',
    label: 'Melatonin',
    unit: 'pg/mL',
    panel: 'hormones',
    description: 'Plasma melatonin: phase-gated pineal synthesis, suppressed by the light of the moment (masked).',
  },
  {
    id: 'melatoninUnmasked',
    label: 'Melatonin (dim light)',
    unit: 'pg/mL',
    panel: 'hormones',
    description:
      'Plasma melatonin as the same clock would produce it in dim light (no light suppression): the curve DLMO and the melatonin timing metrics are read from.',
  },
  {
    id: 'swa',
    label: 'Slow-wave activity',
    unit: 'rel.',
    panel: 'swa',
    description: 'SWA in NREM sleep (default baseline first NREM episode = 1); 0 in wake and REM.',
  },
  {
    id: 'remPressure',
    label: 'REM pressure',
    unit: '0–1',
    panel: 'swa',
    description: 'Ultradian REM pressure: builds in NREM, discharges in REM.',
  },
];
