/**
 * What each exported figure shows: one figure per chart panel of the lab (the same panel ids and
 * titles as the renderer's panel stack), each a stack of charts, one per unit, with night A and
 * night B side by side; and one "key panels" figure of the charts a report usually needs.
 * Windows are on the slot-hour axis (shared/time/axis.ts), so two nights with different bedtimes
 * share it; the plot data and chart configuration are in shared/plot/.
 */
import type { SeriesInfo, SimulationResult } from '../model/result';
import type { CompareMode } from '../nights';
import { PANELS } from '../model/panels';
import { SERIES } from '../model/series';
import { STAGE_ROW, unitRows, type ChartRow } from '../plot/rows';
import { flatLines } from '../plot/signal';
import { focalWindow, unionWindow, type SlotWindow } from '../time/axis';
import type { FigureCohort } from './cohortBands';

export { STAGE_ROW, unitRows, type ChartRow } from '../plot/rows';

export interface FigureSpec {
  /** File stem in the pack, e.g. "panel-hypnogram". */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly ChartRow[];
  /**
   * 'focal': 12:00 before lights-off to 24:00 the day after, as the lab opens; 'night': around the
   * sleep period; or an explicit window (a chart exported as the user zoomed it).
   */
  readonly window: 'focal' | 'night' | SlotWindow;
  /**
   * 'side' (default): night A left, night B right; 'overlay': both in one chart, B dashed;
   * 'diff': one chart of B − A. The lab's three comparison modes.
   */
  readonly layout?: CompareMode;
  /**
   * What is said instead of drawn: one line per series of a chart that is flat in both nights
   * over the window ("Caffeine: none in either night"), as the lab says it (collapseFlat).
   */
  readonly notes?: readonly string[];
  /** A virtual cohort's bands drawn under the nights' lines (only when the lab shows them). */
  readonly cohort?: FigureCohort;
}

export function panelFigures(series: readonly SeriesInfo[] = SERIES): FigureSpec[] {
  return PANELS.map((panel) => ({
    id: `panel-${panel.id}`,
    title: panel.title,
    rows: [...(panel.id === 'hypnogram' ? [STAGE_ROW] : []), ...unitRows(panel.id, series)],
    window: 'focal' as const,
  })).filter((figure) => figure.rows.length > 0);
}

/** The charts of the side-by-side summary: architecture, pressure, SWA, synapses, clearance, GH. */
const KEY_SERIES: readonly (readonly string[])[] = [
  ['processS', 'thresholdUpper', 'thresholdLower'],
  ['swa'],
  ['synapticStrength'],
  ['clearanceRate'],
  ['growthHormone'],
];

export function keyFigure(series: readonly SeriesInfo[] = SERIES): FigureSpec {
  const byId = new Map(series.map((s) => [s.id, s]));
  const rows: ChartRow[] = [STAGE_ROW];
  for (const ids of KEY_SERIES) {
    const list = ids.map((id) => byId.get(id)).filter((s): s is SeriesInfo => s !== undefined);
    if (list.length > 0) rows.push({ kind: 'series', unit: list[0]!.unit, series: list });
  }
  // Around the night, so the sleep architecture is wide enough to read in a journal column.
  return { id: 'side-by-side', title: 'Night A and night B: key panels', rows, window: 'night' };
}

/** The key figure in two halves (architecture and pressure; restoration), one per report page. */
export function reportFigures(series: readonly SeriesInfo[] = SERIES): FigureSpec[] {
  const key = keyFigure(series);
  const half = Math.ceil(key.rows.length / 2);
  return [key.rows.slice(0, half), key.rows.slice(half)]
    .filter((rows) => rows.length > 0)
    .map((rows, index, all) => ({
      ...key,
      id: `report-key-${index + 1}`,
      title: all.length > 1 ? `${key.title} (${index + 1} of ${all.length})` : key.title,
      rows,
    }));
}

// ── windows ──────────────────────────────────────────────────────────────

/** Both nights on one axis: the union of their windows. */
export function sharedWindow(a: SimulationResult, b: SimulationResult): SlotWindow {
  return unionWindow([focalWindow(a), focalWindow(b)]);
}

/**
 * From 3 h before the earlier lights-off to 5 h after the later final wake (lights-off plus time
 * in bed), on whole hours, within both nights' focal windows.
 */
export function nightWindow(a: SimulationResult, b: SimulationResult): SlotWindow {
  const focal = sharedWindow(a, b);
  // Ends on multiples of 3 h so the clock ticks (every 1, 3 or 6 h) fall on the axis ends.
  const start = 3 * Math.floor((Math.min(a.focalLightsOff_clock_h, b.focalLightsOff_clock_h) - 3) / 3);
  const end =
    3 *
    Math.ceil(
      (Math.max(a.focalLightsOff_clock_h + a.focalTimeInBed_h, b.focalLightsOff_clock_h + b.focalTimeInBed_h) + 5) / 3,
    );
  return { start: Math.max(focal.start, start), end: Math.min(focal.end, end) };
}

/** The slot-hour window a figure shows for these two nights. */
export function resolveWindow(spec: FigureSpec, a: SimulationResult, b: SimulationResult): SlotWindow {
  if (spec.window === 'night') return nightWindow(a, b);
  if (spec.window === 'focal') return sharedWindow(a, b);
  return spec.window;
}

/**
 * The figure as the lab would show it: each chart whose series are all flat over the figure's
 * window in both nights (shared/plot/signal.ts flatLines, the lab's rule) leaves the figure, and
 * its lines become the figure's notes. A figure left with no rows is said, not drawn.
 */
export function collapseFlat(spec: FigureSpec, a: SimulationResult, b: SimulationResult): FigureSpec {
  const window = resolveWindow(spec, a, b);
  const rows: ChartRow[] = [];
  const notes: string[] = [...(spec.notes ?? [])];
  for (const row of spec.rows) {
    const lines = row.kind === 'series' ? flatLines(row.series, [a, b], window, ['A', 'B']) : null;
    if (lines) notes.push(...lines);
    else rows.push(row);
  }
  return notes.length === 0 ? spec : { ...spec, rows, notes };
}
