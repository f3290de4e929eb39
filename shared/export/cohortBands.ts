/**
 * A cohort's bands in an exported chart, as the lab draws them (renderer/src/charts/bands.ts): for
 * each series of the chart, the 5–95 % band, the 25–75 % band over it, and the median as a thin
 * dotted line, of night A and B (both in an overlay) or of Δ in the difference view. The bands are
 * filled polygons drawn by a plugin under the night's own lines (one path per band and run of
 * people, so an SVG keeps them as shapes), the medians are datasets; all on the bands' grid
 * (BAND_GRID, 10 min), clipped to the plot as the lab's are.
 */
import type { ChartDataset, Plugin } from 'chart.js';
import type { CohortLabResult, NightBands } from '../cohort/labResult';
import type { SeriesBands } from '../cohort/bands';
import type { SeriesInfo } from '../model/result';
import type { NightLabel } from '../nights';
import { seriesColour } from '../plot/palette';
import type { Point } from '../plot/points';
import type { SlotWindow } from '../time/axis';

/** What a figure needs to draw a cohort: the bands and the legend's words. */
export interface FigureCohort {
  readonly grid: CohortLabResult['grid'];
  readonly bands: Readonly<Record<string, NightBands>>;
  /** "Young adults (18–30 y), n = 20, seed 1". */
  readonly line: string;
  /** The nights changed after the cohort ran: the caption says so, as the lab does. */
  readonly stale?: boolean;
}

/** Opacity of the 90 % and 50 % bands, over each other (the lab's alphas, 0x22 and 0x44). */
export const BAND_OPACITY = { outer: 0x22 / 255, inner: 0x44 / 255 } as const;

/** Which bands a chart of one column draws: A or B (side by side), both (overlay), or Δ (difference). */
export type BandNights = readonly (NightLabel | 'Δ')[];

interface BandLayer {
  readonly colour: string;
  readonly bands: SeriesBands;
}

/** A series' #rrggbb colour at an opacity, as rgba() (the SVG writer turns it into fill-opacity). */
export function bandFill(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${Number(alpha.toFixed(3))})`;
}

/** The grid's indices inside the window, one step beyond each end so a band reaches the plot's edges. */
function gridRange(grid: FigureCohort['grid'], length: number, window: SlotWindow): [number, number] {
  const first = Math.max(0, Math.floor((window.start - grid.start) / grid.step_h) - 1);
  const last = Math.min(length, Math.ceil((window.end - grid.start) / grid.step_h) + 2);
  return [first, Math.max(first, last)];
}

function layers(cohort: FigureCohort, series: readonly SeriesInfo[], nights: BandNights): BandLayer[] {
  const out: BandLayer[] = [];
  series.forEach((info, index) => {
    const bands = cohort.bands[info.id];
    if (!bands) return;
    for (const night of nights) {
      out.push({ colour: seriesColour(index), bands: night === 'Δ' ? bands.delta : night === 'A' ? bands.a : bands.b });
    }
  });
  return out;
}

/** Whether the cohort has bands for any of these series (a chart of series it lacks draws none). */
export function hasBands(cohort: FigureCohort, series: readonly SeriesInfo[]): boolean {
  return series.some((info) => cohort.bands[info.id] !== undefined);
}

/** The plugin that fills the bands under the chart's lines. */
export function cohortBandPlugin(
  cohort: FigureCohort,
  series: readonly SeriesInfo[],
  nights: BandNights,
  window: SlotWindow,
): Plugin<'line'> {
  const drawn = layers(cohort, series, nights);
  return {
    id: 'cohortBands',
    beforeDatasetsDraw(chart) {
      const { x, y } = chart.scales;
      if (!x || !y) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.beginPath();
      ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
      ctx.clip();
      const { grid } = cohort;
      for (const { colour, bands } of drawn) {
        const [first, last] = gridRange(grid, bands.median.length, window);
        for (const [low, high, alpha] of [
          [bands.p05, bands.p95, BAND_OPACITY.outer],
          [bands.p25, bands.p75, BAND_OPACITY.inner],
        ] as const) {
          ctx.fillStyle = bandFill(colour, alpha);
          // One polygon per run of grid points where the band is defined (NaN: nobody there).
          let k = first;
          while (k < last) {
            while (k < last && !(Number.isFinite(low[k]!) && Number.isFinite(high[k]!))) k++;
            const start = k;
            while (k < last && Number.isFinite(low[k]!) && Number.isFinite(high[k]!)) k++;
            if (k - start < 2) continue;
            const px = (i: number) => x.getPixelForValue(grid.start + i * grid.step_h);
            ctx.beginPath();
            ctx.moveTo(px(start), y.getPixelForValue(high[start]!));
            for (let i = start + 1; i < k; i++) ctx.lineTo(px(i), y.getPixelForValue(high[i]!));
            for (let i = k - 1; i >= start; i--) ctx.lineTo(px(i), y.getPixelForValue(low[i]!));
            ctx.closePath();
            ctx.fill();
          }
        }
      }
      ctx.restore();
    },
  };
}

/** The medians as thin dotted lines in each series' colour (A dotted, B dash-dotted in an overlay). */
export function cohortMedianDatasets(
  cohort: FigureCohort,
  series: readonly SeriesInfo[],
  nights: BandNights,
  window: SlotWindow,
  lineWidth: number,
): ChartDataset<'line', Point[]>[] {
  const out: ChartDataset<'line', Point[]>[] = [];
  series.forEach((info, index) => {
    const bands = cohort.bands[info.id];
    if (!bands) return;
    for (const night of nights) {
      const band = night === 'Δ' ? bands.delta : night === 'A' ? bands.a : bands.b;
      const [first, last] = gridRange(cohort.grid, band.median.length, window);
      const data: Point[] = [];
      for (let k = first; k < last; k++) {
        const v = band.median[k]!;
        data.push({ x: cohort.grid.start + k * cohort.grid.step_h, y: Number.isFinite(v) ? v : Number.NaN });
      }
      out.push({
        label: `Cohort median ${night}: ${info.label}`,
        data,
        borderColor: seriesColour(index),
        borderWidth: lineWidth * 0.8,
        borderDash:
          night === 'B' ? [lineWidth * 3, lineWidth * 1.5, lineWidth, lineWidth * 1.5] : [lineWidth, lineWidth * 1.2],
        pointRadius: 0,
      });
    }
  });
  return out;
}
