/**
 * The chart panels of a night, top to bottom; each draws the declared series of its panel id.
 * `since`: the model version that added the panel, so a file saved before it, which lists the
 * panels it showed, is shown the new panel too (renderer/src/stores/file.ts).
 */
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
    since: '0.2.0',
    title: 'Sex steroids',
    hint: 'At the sleeper’s own levels: a woman’s estradiol and progesterone follow her cycle day; in men and after menopause they are held constant.',
  },
  {
    id: 'memory',
    since: '0.3.0',
    title: 'Memory consolidation',
    hint: 'Spindles, slow oscillations over the trained cortex and their coupling in N2/N3; the day’s learning, labile in wake, moved to a stable store by coupled events.',
  },
  {
    id: 'emotion',
    since: '0.3.0',
    title: 'Emotional processing',
    hint: 'Amygdala reactivity: sensitised by time awake, depotentiated by REM sleep while noradrenaline is low.',
  },
  {
    id: 'energy',
    since: '0.3.0',
    title: 'Energy and repair',
    hint: 'Brain energy store drawn down in wake and refilled in NREM; anabolic repair need met by GH and testosterone (hypotheses).',
  },
  { id: 'outcome', title: 'Next-morning outcome', hint: 'Readiness and its parts, 2 h after the final awakening.' },
] as const;

export type PanelId = (typeof PANELS)[number]['id'];

/** Whether model version `a` (major.minor.patch) is older than `b`. */
function olderVersion(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

/**
 * The panels a file saved by model `savedWith` (null: unknown, taken as oldest) shows: those it
 * lists that still exist, in its order, plus every panel added since, each after the panel that
 * precedes it in PANELS (first if none does).
 */
export function panelsShownSince(listed: readonly string[], savedWith: string | null): PanelId[] {
  const ids: readonly PanelId[] = PANELS.map((p) => p.id);
  const shown = listed.filter((id): id is PanelId => (ids as readonly string[]).includes(id));
  PANELS.forEach((p, index) => {
    const added = 'since' in p && (savedWith === null || olderVersion(savedWith, p.since));
    if (!added || shown.includes(p.id)) return;
    const before = ids.slice(0, index).filter((id) => shown.includes(id));
    const after = before.length === 0 ? -1 : shown.indexOf(before[before.length - 1]!);
    shown.splice(after + 1, 0, p.id);
  });
  return shown;
}

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
