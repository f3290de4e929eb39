/**
 * One chart of the lab as a file: PNG or SVG drawn by the same figure code as the pack (so a
 * chart exported from the screen and the pack's panel look alike), or the CSV of exactly the
 * epochs it shows. The chart is named as the lab names it: a panel, the unit of its y axis
 * (null for the hypnogram), the comparison mode and the zoomed window.
 */
import { chartCsv } from './chartCsv';
import type { ChartFormat, FigureSize, Background } from './options';
import type { CompareMode } from '../nights';
import { insertPngText } from './pngText';
import { nightsLine, softwareLine } from './provenance';
import { insertSvgMetadata } from './svgMetadata';
import { PANELS, type PanelId } from '../model/panels';
import type { SeriesInfo } from '../model/result';
import { STAGE_ROW, collapseFlat, unitRows, type ChartRow, type FigureSpec } from './figureSpec';
import type { SlotWindow } from '../time/axis';
import { renderFigurePng, renderFigureSvg } from './figures';
import { ChartRefError } from './chartRefError';
import type { FigureBackend } from './canvas';
import {
  figureCohort,
  figureNights,
  figureTitle,
  footnote,
  pngText,
  sourceProvenance,
  withCohort,
  type ExportSource,
} from './source';

export { ChartRefError } from './chartRefError';

export interface ChartRef {
  readonly panel: PanelId;
  /** The unit of the chart's y axis; null for the hypnogram. */
  readonly unit: string | null;
  readonly layout: CompareMode;
  /** Slot hours, as the chart's x axis shows them. */
  readonly window: SlotWindow;
}

export function chartRow(ref: ChartRef, series: readonly SeriesInfo[]): ChartRow {
  if (ref.unit === null) {
    if (ref.panel !== 'hypnogram') throw new ChartRefError(`the ${ref.panel} panel has no hypnogram`, 'chart.unit');
    return STAGE_ROW;
  }
  const rows = unitRows(ref.panel, series);
  const row = rows.find((r) => r.unit === ref.unit);
  if (!row) {
    const known = rows.map((r) => `"${r.unit}"`).join(', ') || 'none';
    throw new ChartRefError(`the ${ref.panel} panel has no chart in "${ref.unit}"; its units: ${known}`, 'chart.unit');
  }
  return row;
}

/** A short file-name part from a unit, e.g. "S (0–1)" → "s-0-1". */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, ' ')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 40) || 'chart'
  );
}

export function chartSpec(ref: ChartRef, series: readonly SeriesInfo[]): FigureSpec {
  const row = chartRow(ref, series);
  const panel = PANELS.find((p) => p.id === ref.panel)!;
  const unitPart = ref.unit === null ? '' : `: ${ref.unit}`;
  const mode = ref.layout === 'side' ? '' : ref.layout === 'overlay' ? ', overlaid' : ', B − A';
  return {
    id: ['chart', ref.panel, ...(ref.unit === null ? [] : [slug(ref.unit)]), ref.layout].join('-'),
    title: `${panel.title}${unitPart}${mode}`,
    rows: [row],
    window: ref.window,
    layout: ref.layout,
  };
}

export interface ChartExportInput extends ExportSource {
  readonly chart: ChartRef;
  readonly format: ChartFormat;
  readonly options: { readonly size: FigureSize; readonly scale: number; readonly background: Background };
}

export interface ChartFile {
  /** A suggested file name, e.g. "chart-pressure-s-0-1-pair.png". */
  readonly name: string;
  readonly data: Uint8Array;
  /** Pixel size of a PNG. */
  readonly width?: number;
  readonly height?: number;
}

export async function buildChartFile(input: ChartExportInput, backend: FigureBackend): Promise<ChartFile> {
  // A chart flat in both nights is a one-line figure, as the lab says it (its CSV keeps the data).
  // The cohort's bands as the lab draws them on this chart (its toggle on), in the figure and the CSV.
  const spec = withCohort(collapseFlat(chartSpec(input.chart, input.series), ...input.results), input);
  const provenance = sourceProvenance(input);
  const name = `${spec.id}.${input.format}`;
  if (input.format === 'csv') {
    const row = chartRow(input.chart, input.series);
    const csv = chartCsv({
      layout: input.chart.layout,
      a: input.results[0],
      b: input.results[1],
      series: row.series,
      window: input.chart.window,
      cohort: figureCohort(input),
    });
    return { name, data: new TextEncoder().encode(csv) };
  }
  const nights = figureNights({ experiment: input.experiment, results: input.results });
  const text = { footnote: footnote(provenance) };
  if (input.format === 'png') {
    const figure = await renderFigurePng(spec, nights, { ...input.options, text }, backend);
    return {
      name,
      data: insertPngText(figure.png, pngText(spec, provenance, 'Nocturne chart export')),
      width: figure.width,
      height: figure.height,
    };
  }
  const svg = renderFigureSvg(
    spec,
    nights,
    { size: input.options.size, background: input.options.background, text },
    backend.measure,
  );
  const withMetadata = insertSvgMetadata(svg, {
    title: figureTitle(spec, provenance),
    description: `${nightsLine(provenance)}. ${softwareLine(provenance)}. Created ${provenance.created}.`,
    metadata: provenance,
  });
  return { name, data: new TextEncoder().encode(withMetadata) };
}
