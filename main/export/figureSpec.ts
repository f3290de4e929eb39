/**
 * What each exported figure shows: one figure per chart panel of the lab (the same panel ids and
 * titles as the renderer's panel stack), each a stack of charts, one per unit, with night A and
 * night B side by side; and one "key panels" figure of the charts a report usually needs.
 * Plot data are on the slot-hour axis: clock hours counted from the midnight before the focal
 * slot's noon (focalLightsOff_clock_h + time_h), so two nights with different bedtimes share it.
 */
import { STAGES, type SeriesInfo, type SimulationResult } from '../../shared/model/result';
import { epochsInside, pairOffset, slotHour } from '../../shared/time/axis';
import type { FigureLayoutKind } from '../../shared/export/options';
import { PANELS, unitGroups, type PanelId } from '../../shared/model/panels';
import { SERIES } from '../../shared/model/series';

export interface ChartRow {
  /** 'stage' draws the hypnogram; 'series' draws the listed series as lines. */
  readonly kind: 'stage' | 'series';
  readonly unit: string;
  readonly series: readonly SeriesInfo[];
}

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
   * 'pair' (default): night A left, night B right; 'overlay': both in one chart, B dashed;
   * 'diff': one chart of B − A. The lab's three comparison modes.
   */
  readonly layout?: FigureLayoutKind;
}

export const STAGE_ROW: ChartRow = { kind: 'stage', unit: 'stage', series: [] };

/** Series of a panel grouped by unit, in declaration order: curves in different units never share a y axis. */
export function unitRows(panel: PanelId, series: readonly SeriesInfo[] = SERIES): ChartRow[] {
  return unitGroups(panel, series).map((group) => ({ kind: 'series', ...group }));
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

// ── plot data ────────────────────────────────────────────────────────────

export type Point = { x: number; y: number };

export interface SlotWindow {
  /** Slot hours (clock hours from the midnight before the focal slot's noon). */
  readonly start: number;
  readonly end: number;
}

export { slotHour };

/**
 * 12:00 before the focal lights-off to 24:00 of the day after (slot hours 12 to 48), clipped to
 * what the protocol covers: the charts' focal window, the same for both nights.
 */
export function figureWindow(result: SimulationResult): SlotWindow {
  return { start: Math.max(12, slotHour(result, 0)), end: Math.min(48, slotHour(result, result.epochs)) };
}

/** Both nights on one axis: the union of their windows. */
export function sharedWindow(a: SimulationResult, b: SimulationResult): SlotWindow {
  const wa = figureWindow(a);
  const wb = figureWindow(b);
  return { start: Math.min(wa.start, wb.start), end: Math.max(wa.end, wb.end) };
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

/** Epochs [first, last) lying wholly inside the window (the same rule as a chart's CSV). */
const epochRange = epochsInside;

export function seriesPoints(result: SimulationResult, id: string, window: SlotWindow): Point[] {
  const values = result.series[id];
  if (!values) return [];
  const [first, last] = epochRange(result, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) points.push({ x: slotHour(result, i), y: values[i]! });
  return points;
}

/** B − A at B's epochs inside the window that A also covers (the lab's difference view). */
export function differencePoints(a: SimulationResult, b: SimulationResult, id: string, window: SlotWindow): Point[] {
  const va = a.series[id];
  const vb = b.series[id];
  if (!va || !vb) return [];
  const offset = pairOffset(a, b);
  const [first, last] = epochRange(b, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) {
    const j = i + offset;
    if (j >= 0 && j < va.length) points.push({ x: slotHour(b, i), y: vb[i]! - va[j]! });
  }
  return points;
}

/** Hypnogram heights, W on top: y = 4 for W … 0 for N3 (clinical order W, R, N1, N2, N3). */
export function stageHeight(code: number): number {
  return STAGES.length - 1 - code;
}

/**
 * The hypnogram as steps: a point where each run of one stage starts, and one at the window's
 * end. Exact (nothing decimated) and small enough for an SVG.
 */
export function stageSteps(result: SimulationResult, window: SlotWindow): Point[] {
  const [first, last] = epochRange(result, window);
  const points: Point[] = [];
  for (let i = first; i < last; i++) {
    if (i === first || result.stage[i] !== result.stage[i - 1]) {
      points.push({ x: slotHour(result, i), y: stageHeight(result.stage[i]!) });
    }
  }
  if (last > first) points.push({ x: slotHour(result, last), y: stageHeight(result.stage[last - 1]!) });
  return points;
}

/** One y range for both columns of a row, padded a little; quantities that never go negative keep zero. */
export function sharedRange(lists: readonly Point[][]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const points of lists) {
    for (const p of points) {
      if (!Number.isFinite(p.y)) continue;
      if (p.y < min) min = p.y;
      if (p.y > max) max = p.y;
    }
  }
  if (!Number.isFinite(min)) return { min: 0, max: 1 };
  if (min === max)
    return min === 0 ? { min: 0, max: 1 } : { min: min - Math.abs(min) * 0.1, max: max + Math.abs(max) * 0.1 };
  const pad = (max - min) * 0.05;
  return { min: min >= 0 ? Math.max(0, min - pad) : min - pad, max: max + pad };
}
