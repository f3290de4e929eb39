/**
 * Simulated nights as one tidy long-form CSV: a row per night, epoch and variable, so R, pandas
 * or a spreadsheet pivot can select and plot any series without knowing the app's layout.
 *
 *   night,time_h,clock,variable,unit,value
 *   A,-11,12:00,stage,,W
 *   A,-11,12:00,processS,S (0–1),0.412345
 *
 * time_h is hours since the focal lights-off (negative before it), clock the time of day (hh:mm,
 * the minute the 30-s epoch starts in), variable a series id or `stage` (value W, R, N1, N2, N3).
 */
import type { LightsOffWindow } from '../time/axis';
import { EPOCH_H, STAGES, type SeriesInfo, type SimulationResult } from '../model/result';
import { csvFixed, csvNumber, csvRow } from './csv';

export const TIMESERIES_COLUMNS = ['night', 'time_h', 'clock', 'variable', 'unit', 'value'] as const;

export interface NightSeries {
  /** What the `night` column says, e.g. 'A' or 'B'. */
  readonly night: string;
  readonly result: SimulationResult;
  /** This night's window, when it differs from the options' (e.g. each night's own chart window). */
  readonly window?: LightsOffWindow;
}

export interface TimeseriesOptions {
  /** Series metadata, in the order to write them (SERIES of shared/model/series.ts). */
  readonly series: readonly SeriesInfo[];
  /** The window for nights that do not bring their own. Default: every epoch. */
  readonly window?: LightsOffWindow;
}

/** "hh:mm" of the minute an epoch starts in, from whole seconds so 30-s steps never drift. */
export function clockText(result: SimulationResult, epoch: number): string {
  const lightsOff_s = Math.round(result.focalLightsOff_clock_h * 3600);
  const since_s = Math.round((result.start_h + epoch * EPOCH_H) * 3600);
  const day_s = (((lightsOff_s + since_s) % 86_400) + 86_400) % 86_400;
  const minutes = Math.floor(day_s / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Declared series first, in declaration order; a series the result carries but nobody declared still goes out, unit unknown. */
function seriesToWrite(result: SimulationResult, declared: readonly SeriesInfo[]): { id: string; unit: string }[] {
  const out = declared.filter((s) => s.id in result.series).map((s) => ({ id: s.id, unit: s.unit }));
  const known = new Set(out.map((s) => s.id));
  for (const id of Object.keys(result.series).sort()) if (!known.has(id)) out.push({ id, unit: '' });
  return out;
}

export function timeseriesCsv(nights: readonly NightSeries[], options: TimeseriesOptions): string {
  const parts: string[] = [csvRow(TIMESERIES_COLUMNS)];
  for (const { night, result, window: own } of nights) {
    const columns = seriesToWrite(result, options.series).map((s) => ({ ...s, values: result.series[s.id]! }));
    const window = own ?? options.window;
    // Epoch i covers [start_h + i·EPOCH_H, …); half an epoch of slack absorbs rounding of the window's ends.
    const first = window ? Math.max(0, Math.ceil((window.start_h - result.start_h) / EPOCH_H - 0.5)) : 0;
    const last = window
      ? Math.min(result.epochs, Math.ceil((window.end_h - result.start_h) / EPOCH_H - 0.5))
      : result.epochs;
    for (let i = first; i < last; i++) {
      const time = csvFixed(result.start_h + i * EPOCH_H, 6);
      const clock = clockText(result, i);
      const prefix = `${csvRow([night, time, clock]).slice(0, -2)},`;
      parts.push(`${prefix}${csvRow(['stage', '', STAGES[result.stage[i]!] ?? ''])}`);
      for (const column of columns)
        parts.push(`${prefix}${csvRow([column.id, column.unit, csvNumber(column.values[i])])}`);
    }
  }
  return parts.join('');
}
