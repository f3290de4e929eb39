/**
 * One chart's data as tidy long-form CSV, the same columns as timeseries.csv:
 *
 *   night,time_h,clock,variable,unit,value
 *
 * Exactly the epochs the chart represents: those lying wholly inside its window (the lab's
 * zoom), at full 30-s resolution — the screen thins lines to its pixels, the file does not. In
 * the difference view the night column says `B-A` and the value is B minus A at B's epoch paired
 * with A's on the shared clock axis; the hypnogram is overlaid there, as on screen.
 *
 * With a virtual cohort's bands on the chart (the lab's toggle), five columns follow the value:
 * cohort_p05, cohort_p25, cohort_median, cohort_p75, cohort_p95 — the quantiles across people of
 * the same series in the row's night (A, B, or B-A: each person's own difference). The bands are
 * on a 10-min grid (shared/cohort/labResult.ts BAND_GRID), each point taken from the epoch that
 * holds its time, so those cells are filled on that epoch's row and left empty between.
 */
import { EPOCH_H, STAGES, type SeriesInfo, type SimulationResult } from '../model/result';
import { epochAt, epochsInside, pairOffset, slotHour, type SlotWindow } from '../time/axis';
import type { SeriesBands } from '../cohort/bands';
import type { FigureCohort } from './cohortBands';
import { csvFixed, csvNumber, csvRow } from './csv';
import type { CompareMode } from '../nights';
import { TIMESERIES_COLUMNS, clockText } from './timeseries';

export interface ChartCsvInput {
  readonly layout: CompareMode;
  readonly a: SimulationResult;
  readonly b: SimulationResult;
  /** The chart's series; empty for the hypnogram. */
  readonly series: readonly SeriesInfo[];
  /** Slot hours (clock hours from the midnight before the focal slot's noon), as the chart's x axis. */
  readonly window: SlotWindow;
  /** A cohort's bands drawn on the chart: its quantiles go in five more columns. */
  readonly cohort?: Pick<FigureCohort, 'grid' | 'bands'>;
}

/** The quantile columns a cohort adds, in SeriesBands' keys, low to high. */
export const COHORT_QUANTILE_KEYS = ['p05', 'p25', 'median', 'p75', 'p95'] as const;
export const COHORT_COLUMNS = COHORT_QUANTILE_KEYS.map((key) => `cohort_${key}`);

/**
 * The grid point epoch `i` of `result` holds, or -1: the point whose time falls in the epoch (the
 * epoch the bands sampled there, sampleOnGrid).
 */
function gridPointAt(result: SimulationResult, i: number, grid: FigureCohort['grid']): number {
  const k = Math.ceil((slotHour(result, i) - grid.start) / grid.step_h - 1e-9);
  return k >= 0 && epochAt(result, grid.start + k * grid.step_h) === i ? k : -1;
}

function quantileCells(bands: SeriesBands | undefined, k: number): string[] {
  if (!bands || k < 0 || k >= bands.median.length) return COHORT_QUANTILE_KEYS.map(() => '');
  return COHORT_QUANTILE_KEYS.map((key) => csvNumber(bands[key][k]));
}

function rowPrefix(night: string, result: SimulationResult, epoch: number): string {
  return `${csvRow([night, csvFixed(result.start_h + epoch * EPOCH_H, 6), clockText(result, epoch)]).slice(0, -2)},`;
}

export function chartCsv(input: ChartCsvInput): string {
  const stage = input.series.length === 0;
  // The hypnogram has no bands, as in the lab.
  const cohort = stage ? undefined : input.cohort;
  const parts: string[] = [csvRow(cohort ? [...TIMESERIES_COLUMNS, ...COHORT_COLUMNS] : TIMESERIES_COLUMNS)];
  const bandsOf = (id: string, night: 'a' | 'b' | 'delta') => cohort?.bands[id]?.[night];
  if (input.layout === 'diff' && !stage) {
    const { a, b } = input;
    // Epoch i of B pairs with epoch i + offset of A.
    const offset = pairOffset(a, b);
    const [first, last] = epochsInside(b, input.window);
    for (let i = first; i < last; i++) {
      const j = i + offset;
      if (j < 0 || j >= a.epochs) continue;
      const prefix = rowPrefix('B-A', b, i);
      // The Δ bands are on the absolute grid: B's epoch holds the same slot hour as A's paired one.
      const k = cohort ? gridPointAt(b, i, cohort.grid) : -1;
      for (const s of input.series) {
        const va = a.series[s.id];
        const vb = b.series[s.id];
        if (!va || !vb) continue;
        const extra = cohort ? quantileCells(bandsOf(s.id, 'delta'), k) : [];
        parts.push(`${prefix}${csvRow([s.id, s.unit, csvNumber(vb[i]! - va[j]!), ...extra])}`);
      }
    }
    return parts.join('');
  }
  for (const [night, result] of [
    ['A', input.a],
    ['B', input.b],
  ] as const) {
    const [first, last] = epochsInside(result, input.window);
    const key = night === 'A' ? 'a' : 'b';
    for (let i = first; i < last; i++) {
      const prefix = rowPrefix(night, result, i);
      if (stage) {
        parts.push(`${prefix}${csvRow(['stage', '', STAGES[result.stage[i]!] ?? ''])}`);
        continue;
      }
      const k = cohort ? gridPointAt(result, i, cohort.grid) : -1;
      for (const s of input.series) {
        const values = result.series[s.id];
        const extra = cohort ? quantileCells(bandsOf(s.id, key), k) : [];
        if (values) parts.push(`${prefix}${csvRow([s.id, s.unit, csvNumber(values[i]), ...extra])}`);
      }
    }
  }
  return parts.join('');
}
