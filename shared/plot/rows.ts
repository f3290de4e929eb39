/**
 * The rows of a figure or a panel: one chart per unit, so curves in different units never share
 * a y axis, and the hypnogram as a row of its own.
 */
import type { SeriesInfo } from '../model/result';
import { unitGroups, type PanelId } from '../model/panels';
import { SERIES } from '../model/series';

export interface ChartRow {
  /** 'stage' draws the hypnogram; 'series' draws the listed series as lines. */
  readonly kind: 'stage' | 'series';
  readonly unit: string;
  readonly series: readonly SeriesInfo[];
}

export const STAGE_ROW: ChartRow = { kind: 'stage', unit: 'stage', series: [] };

/** Series of a panel grouped by unit, in declaration order. */
export function unitRows(panel: PanelId, series: readonly SeriesInfo[] = SERIES): ChartRow[] {
  return unitGroups(panel, series).map((group) => ({ kind: 'series', ...group }));
}
