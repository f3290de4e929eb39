/** The chart panels of a night, top to bottom; each draws the declared series of its panel id. */
import { SERIES } from './series';
import type { SeriesInfo } from './result';

export const PANELS = [
  {
    id: 'hypnogram',
    title: 'Hypnogram',
    hint: 'Sleep stages scored on 30-s epochs, in the clinical order W, R, N1, N2, N3.',
  },
  {
    id: 'pressure',
    title: 'Sleep pressure and circadian thresholds',
    hint: 'Process S (two-process scale) between the circadian sleep and wake thresholds.',
  },
  {
    id: 'swa',
    title: 'Slow-wave activity',
    hint: 'EEG slow-wave activity during NREM sleep, relative to the default baseline.',
  },
  {
    id: 'neuro',
    title: 'Neurotransmitters and adenosine',
    hint: 'Neuromodulator tone by state, extracellular adenosine, and the receptor states (D2/D3, 5-HT2A, LC reserve) that wake moves and sleep restores.',
  },
  {
    id: 'synapses',
    title: 'Synaptic strength',
    hint: 'Net synaptic strength, potentiated in wake and downscaled in slow-wave sleep; the learning capacity and signal-to-noise that down-scaling restores.',
  },
  {
    id: 'glymphatic',
    title: 'Glymphatic clearance',
    hint: 'Interstitial volume fraction, clearance rate and amyloid-β.',
  },
  {
    id: 'hormones',
    title: 'Hormones',
    hint: 'Clock phase, melatonin (plasma, and as it would be in dim light), growth hormone, cortisol, TSH and the thyroid hormones T4 and T3.',
  },
  // Apart from cortisol: in the same nmol/L, testosterone (≈ 1 or 16) and progesterone (0.1–40)
  // drew as flat lines at the foot of cortisol's 0–500 axis.
  {
    id: 'sexSteroids',
    title: 'Sex steroids',
    hint: 'At the sleeper’s own levels: a woman’s estradiol and progesterone follow her cycle day; in men and after menopause they are held constant.',
  },
  {
    id: 'memory',
    title: 'Memory consolidation',
    hint: 'Spindles, slow oscillations over the trained cortex and their coupling in N2/N3; the day’s learning, labile in wake, moved to a stable store by coupled events.',
  },
  {
    id: 'emotion',
    title: 'Emotional processing',
    hint: 'Amygdala reactivity: sensitised by time awake, depotentiated by REM sleep while noradrenaline is low.',
  },
  {
    id: 'energy',
    title: 'Energy and repair',
    hint: 'Brain energy store drawn down in wake and refilled in NREM; anabolic repair need met by GH and testosterone (hypotheses).',
  },
  { id: 'outcome', title: 'Next-morning outcome', hint: 'Readiness and its parts, 2 h after the final awakening.' },
] as const;

export type PanelId = (typeof PANELS)[number]['id'];

export interface UnitGroup {
  /** Unit shared by the series of this chart. */
  readonly unit: string;
  readonly series: readonly SeriesInfo[];
}

/**
 * Series of a panel, one chart per unit: curves in different units never share a y axis.
 */
export function unitGroups(panel: PanelId, series: readonly SeriesInfo[] = SERIES): UnitGroup[] {
  const groups = new Map<string, SeriesInfo[]>();
  for (const s of series) {
    if (s.panel !== panel) continue;
    const list = groups.get(s.unit) ?? [];
    list.push(s);
    groups.set(s.unit, list);
  }
  return [...groups].map(([unit, list]) => ({ unit, series: list }));
}
