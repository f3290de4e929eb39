/**
 * One chart's data as tidy long-form CSV, the same columns as timeseries.csv:
 *
 *   night,time_h,clock,variable,unit,value
 *
 * Exactly the epochs the chart represents: those lying wholly inside its window (the lab's
 * zoom), at full 30-s resolution — the screen thins lines to its pixels, the file does not. In
 * the difference view the night column says `B-A` and the value is B minus A at B's epoch paired
 * with A's on the shared clock axis; the hypnogram is overlaid there, as on screen.
 */
import { EPOCH_H, STAGES, type SeriesInfo, type SimulationResult } from '../model/result';
import { epochsInside, pairOffset, type SlotWindow } from '../time/axis';
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
}

function rowPrefix(night: string, result: SimulationResult, epoch: number): string {
  return `${csvRow([night, csvFixed(result.start_h + epoch * EPOCH_H, 6), clockText(result, epoch)]).slice(0, -2)},`;
}

export function chartCsv(input: ChartCsvInput): string {
  const parts: string[] = [csvRow(TIMESERIES_COLUMNS)];
  const stage = input.series.length === 0;
  if (input.layout === 'diff' && !stage) {
    const { a, b } = input;
    // Epoch i of B pairs with epoch i + offset of A.
    const offset = pairOffset(a, b);
    const [first, last] = epochsInside(b, input.window);
    for (let i = first; i < last; i++) {
      const j = i + offset;
      if (j < 0 || j >= a.epochs) continue;
      const prefix = rowPrefix('B-A', b, i);
      for (const s of input.series) {
        const va = a.series[s.id];
        const vb = b.series[s.id];
        if (!va || !vb) continue;
        parts.push(`${prefix}${csvRow([s.id, s.unit, csvNumber(vb[i]! - va[j]!)])}`);
      }
    }
    return parts.join('');
  }
  for (const [night, result] of [
    ['A', input.a],
    ['B', input.b],
  ] as const) {
    const [first, last] = epochsInside(result, input.window);
    for (let i = first; i < last; i++) {
      const prefix = rowPrefix(night, result, i);
      if (stage) {
        parts.push(`${prefix}${csvRow(['stage', '', STAGES[result.stage[i]!] ?? ''])}`);
        continue;
      }
      for (const s of input.series) {
        const values = result.series[s.id];
        if (values) parts.push(`${prefix}${csvRow([s.id, s.unit, csvNumber(values[i])])}`);
      }
    }
  }
  return parts.join('');
}
