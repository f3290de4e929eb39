/**
 * A cohort's bands on a time chart (shared/cohort/labResult.ts): for each series, for night A and
 * B (or Δ in difference mode), the 5–95 % band, the 25–75 % band over it, and the median as a thin
 * line in the night's dash. Chart.js fills a band between two consecutive datasets (fill '-1'),
 * so each band's lower edge comes just before its upper edge. One legend entry per night says
 * what the shading is; the edges stay out of the legend as a pinned snapshot's lines do.
 */
import type { CohortLabResult, NightBands } from '../../../shared/cohort';
import type { SeriesBands } from '../../../shared/cohort/bands';
import type { SeriesInfo } from '../../../shared/model/result';
import { screenDash, seriesColour } from '../../../shared/plot/palette';
import type { SlotWindow } from '../../../shared/time/axis';
import type { LineDataset } from './chart';
import { formatNumber } from '../format';

type Point = { x: number; y: number };

/** Shading of the 90 % and 50 % bands: the series' colour at these alphas (hex of 8-digit colours). */
const BAND_ALPHA = { outer: '22', inner: '44' } as const;

function points(band: Float32Array, grid: CohortLabResult['grid'], window?: SlotWindow): Point[] {
  const out: Point[] = [];
  for (let k = 0; k < band.length; k++) {
    const x = grid.start + k * grid.step_h;
    // One grid step beyond each end, so the band reaches the chart's edges.
    if (window && (x < window.start - grid.step_h || x > window.end + grid.step_h)) continue;
    out.push({ x, y: Number.isFinite(band[k]!) ? band[k]! : Number.NaN });
  }
  return out;
}

function nightBandDatasets(
  bands: SeriesBands,
  grid: CohortLabResult['grid'],
  colour: string,
  night: 'A' | 'B' | 'Δ',
  legend: boolean,
  window?: SlotWindow,
): LineDataset[] {
  const edge = (band: Float32Array, label: string, fill: string | false, shade: string): LineDataset => ({
    label,
    data: points(band, grid, window),
    borderWidth: 0,
    borderColor: 'transparent',
    backgroundColor: shade,
    pointRadius: 0,
    fill,
    snapshot: true,
  });
  const dash = night === 'Δ' ? [] : screenDash(night === 'A' ? 'a' : 'b');
  return [
    edge(bands.p05, `Cohort ${night} 5 %`, false, 'transparent'),
    edge(bands.p95, `Cohort ${night} 95 %`, '-1', `${colour}${BAND_ALPHA.outer}`),
    edge(bands.p25, `Cohort ${night} 25 %`, false, 'transparent'),
    edge(bands.p75, `Cohort ${night} 75 %`, '-1', `${colour}${BAND_ALPHA.inner}`),
    {
      label: `Cohort ${night}: median, 50 % and 90 % of people`,
      data: points(bands.median, grid, window),
      borderColor: colour,
      backgroundColor: `${colour}${BAND_ALPHA.inner}`,
      borderWidth: 1,
      borderDash: dash.length ? dash.map((d) => d / 2) : [2, 2],
      pointRadius: 0,
      fill: false,
      snapshot: !legend,
    },
  ];
}

/**
 * The bands of a chart's series. `nights`: the nights the chart draws (A, B or both); with
 * `diff`, the Δ band alone.
 */
export function cohortBandDatasets(
  series: readonly SeriesInfo[],
  cohort: CohortLabResult,
  diff: boolean,
  nights: readonly ('a' | 'b')[],
  window?: SlotWindow,
): LineDataset[] {
  const out: LineDataset[] = [];
  series.forEach((info, index) => {
    const bands: NightBands | undefined = cohort.bands[info.id];
    if (!bands) return;
    const colour = seriesColour(index);
    const legend = index === 0;
    if (diff) out.push(...nightBandDatasets(bands.delta, cohort.grid, colour, 'Δ', legend, window));
    else
      for (const night of nights)
        out.push(...nightBandDatasets(bands[night], cohort.grid, colour, night === 'a' ? 'A' : 'B', legend, window));
  });
  return out;
}

/** A band's "median [5–95 %]" at slot hour x (the grid point nearest it), for the data-table twin. */
export function bandAt(bands: SeriesBands, grid: CohortLabResult['grid'], x: number): string {
  const k = Math.round((x - grid.start) / grid.step_h);
  if (k < 0 || k >= bands.median.length || bands.count[k] === 0) return '—';
  const f = (v: number) => formatNumber(Number(v.toPrecision(3)));
  return `${f(bands.median[k]!)} [${f(bands.p05[k]!)}–${f(bands.p95[k]!)}]`;
}
