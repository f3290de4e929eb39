/**
 * Figures for reports, drawn with Chart.js: night A and night B side by side on a shared clock
 * axis, one row of charts per unit, a legend under each row, and a provenance footnote. Laid out
 * in points at print width (85 mm single column, 180 mm double), so text keeps its size in print;
 * a PNG is the same drawing at 300 dpi × scale on the edition's rasteriser (canvas.ts), an SVG the
 * same drawing as vectors through svgContext.ts. Text is measured for layout from the font files
 * (fontMetrics.ts), so both editions lay a figure out alike: same PNG size, same SVG bytes.
 */
import type { NightLabel } from '../nights';
import { BasicPlatform, Chart, Decimation, LineController, LineElement, LinearScale, PointElement } from 'chart.js';
import { setSvgPhysicalSize } from './svgMetadata';
import type { SimulationResult } from '../model/result';
import { chartConfig, differenceDatasets, figureStyle, overlayDatasets, type FigureStyle } from '../plot/chartConfig';
import type { Canvas2D, FigureBackend } from './canvas';
import type { TextMeasure } from './fontMetrics';
import { SvgContext } from './svgContext';
import { resolveWindow, type ChartRow, type FigureSpec } from './figureSpec';
import { figureRowRange } from '../plot/range';
import type { SlotWindow } from '../time/axis';
import { FIGURE_SIZES, PNG_DPI, PT_PER_MM, type Background, type FigureSize } from './options';
import { viewportCanvas } from './viewport';
import { cohortBandPlugin, cohortMedianDatasets, type BandNights } from './cohortBands';
import {
  drawFootnote,
  drawHeading,
  drawLegend,
  drawText,
  fit,
  footnoteSize,
  fontSpec,
  legendItems,
  lineHeight,
  placeLegend,
  rowHasBands,
  subtitleText,
  wrap,
  type PlacedLegend,
} from './figureText';

Chart.register(LineController, LineElement, PointElement, LinearScale, Decimation);

// In shared/plot beside FigureStyle, so the renderer's tests can lay out a chart as the export does.
export { figureStyle } from '../plot/chartConfig';

export interface FigureNight {
  readonly night: NightLabel;
  readonly label: string;
  readonly result: SimulationResult;
}

export interface FigureText {
  /** The footnote naming the software, versions and seeds. */
  readonly footnote: string;
}

export interface FigureLayout {
  readonly width: number;
  readonly height: number;
  readonly titleLines: string[];
  readonly subtitleLines: string[];
  /** The charts said, not drawn (FigureSpec.notes), wrapped. */
  readonly noteLines: string[];
  readonly footnoteLines: string[];
  readonly columnWidth: number;
  readonly headerY: number;
  readonly rows: { row: ChartRow; y: number; chartHeight: number; legend: PlacedLegend; legendY: number }[];
  readonly footnoteY: number;
}

export function layoutFigure(
  spec: FigureSpec,
  text: FigureText,
  style: FigureStyle,
  measure: TextMeasure,
): FigureLayout {
  const content = style.width - 2 * style.margin;
  // A pair of nights side by side, or one chart across the width (overlay, difference).
  const columnWidth = (spec.layout ?? 'side') === 'side' ? (content - style.gap) / 2 : content;
  let y = style.margin;
  const titleLines = wrap(measure, fontSpec(style.titleFont, true), spec.title, content);
  y += titleLines.length * lineHeight(style.titleFont);
  // A figure of no charts (all said in notes) has no columns to explain or head.
  const charts = spec.rows.length > 0;
  const legendFont = fontSpec(style.legendFont);
  const subtitleLines = charts ? wrap(measure, legendFont, subtitleText(spec), content) : [];
  const noteLines = (spec.notes ?? []).flatMap((note) => wrap(measure, legendFont, note, content));
  y += (subtitleLines.length + noteLines.length) * lineHeight(style.legendFont) + style.legendFont * 0.6;
  const headerY = y;
  if (charts) y += lineHeight(style.headerFont);
  const rows: FigureLayout['rows'] = [];
  spec.rows.forEach((row, index) => {
    const last = index === spec.rows.length - 1;
    const chartHeight = style.chartHeight + (last ? lineHeight(style.axisFont) : 0);
    const legend = placeLegend(measure, legendItems(spec, row), content, style);
    const legendY = y + chartHeight + style.legendFont * 0.5;
    rows.push({ row, y, chartHeight, legend, legendY });
    y = legendY + legend.lines * lineHeight(style.legendFont) + style.legendFont * 0.8;
  });
  const footnoteLines = wrap(measure, fontSpec(footnoteSize(style)), text.footnote, content);
  const footnoteY = y;
  y += footnoteLines.length * lineHeight(footnoteSize(style)) + style.margin;
  return {
    width: style.width,
    height: Math.ceil(y),
    titleLines,
    subtitleLines,
    noteLines,
    footnoteLines,
    columnWidth,
    headerY,
    rows,
    footnoteY,
  };
}

/**
 * Draws the whole figure in figure units (points) onto `ctx`, whose device pixels are `scale` per
 * point. `vector`: `ctx` writes SVG, so Chart.js must stroke its lines point by point (where the
 * platform has Path2D, as browsers do, it would stroke a Path2D the SVG writer cannot read).
 */
export function drawFigure(
  ctx: Canvas2D,
  spec: FigureSpec,
  nights: readonly [FigureNight, FigureNight],
  layout: FigureLayout,
  style: FigureStyle,
  scale: number,
  background: Background,
  measure: TextMeasure,
  vector = false,
): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  if (background === 'white') {
    ctx.fillStyle = '#ffffff';
    // Past the layout's edge: the pixel size is rounded up from it, and the last row must not stay clear.
    ctx.fillRect(0, 0, layout.width + 1, layout.height + 1);
  }
  drawHeading(ctx, style, layout.titleLines, [...layout.subtitleLines, ...layout.noteLines]);
  const columnX = (col: number) => style.margin + col * (layout.columnWidth + style.gap);
  const kind = spec.layout ?? 'side';
  const [a, b] = nights;
  const headers =
    kind === 'side'
      ? nights.map((night) => `${night.night}: ${night.label}`)
      : kind === 'overlay'
        ? [`A: ${a.label}; B: ${b.label}`]
        : [`B − A: ${b.label} minus ${a.label}`];
  headers.slice(0, layout.rows.length > 0 ? headers.length : 0).forEach((text, col) => {
    const header = fit(measure, fontSpec(style.headerFont, true), text, layout.columnWidth - style.yAxisWidth);
    // Centred over the plot area, which starts after the y axis.
    const plotCentre = columnX(col) + style.yAxisWidth + (layout.columnWidth - style.yAxisWidth) / 2;
    drawText(ctx, header, plotCentre, layout.headerY, style.headerFont, { bold: true, align: 'center' });
  });
  const window: SlotWindow = resolveWindow(spec, a.result, b.result);
  layout.rows.forEach(({ row, y: rowY, chartHeight, legend, legendY }, index) => {
    // The hypnogram has no difference: it is overlaid in the difference view too, as in the lab.
    const rowKind = kind === 'diff' && row.kind === 'stage' ? 'overlay' : kind;
    // The same range as the lab's chart of this row.
    const yRange = figureRowRange(
      row,
      nights.map((n) => n.result),
      window,
      rowKind === 'diff',
    );
    const columns = rowKind === 'side' ? nights : [a];
    const cohort = rowHasBands(spec, row) && row.kind === 'series' ? spec.cohort! : null;
    columns.forEach((night, col) => {
      ctx.save();
      const rect = { x: columnX(col), y: rowY, width: layout.columnWidth, height: chartHeight };
      const bandNights: BandNights = rowKind === 'diff' ? ['Δ'] : rowKind === 'overlay' ? ['A', 'B'] : [night.night];
      const base = chartConfig({
        row,
        night: night.night,
        result: night.result,
        window,
        yRange,
        style,
        xTitle: index === layout.rows.length - 1,
        plotWidth: layout.columnWidth - style.yAxisWidth,
        ...(rowKind === 'overlay' ? { datasets: overlayDatasets(row, nights, window, style) } : {}),
        ...(rowKind === 'diff'
          ? { datasets: differenceDatasets(row, a.result, b.result, window, style), yTitle: `Δ ${row.unit}` }
          : {}),
      });
      // The cohort under the night's lines: bands by a plugin, medians as the last datasets (drawn first).
      const config =
        cohort && row.kind === 'series'
          ? {
              ...base,
              data: {
                datasets: [
                  ...base.data.datasets,
                  ...cohortMedianDatasets(cohort, row.series, bandNights, window, style.lineWidth),
                ],
              },
              plugins: [...(base.plugins ?? []), cohortBandPlugin(cohort, row.series, bandNights, window)],
            }
          : base;
      const data = vector
        ? { ...config.data, datasets: config.data.datasets.map((dataset) => ({ ...dataset, segment: {} })) }
        : config.data;
      const chart = new Chart(viewportCanvas(ctx, rect, scale) as unknown as ConstructorParameters<typeof Chart>[0], {
        ...config,
        data,
        platform: BasicPlatform,
      });
      chart.destroy();
      ctx.restore();
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
    });
    drawLegend(ctx, legend, style.margin, legendY, style);
  });
  drawFootnote(ctx, style, layout.footnoteLines, layout.footnoteY);
}

export interface PngFigure {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Pixels per inch written into the PNG (pHYs), so it opens at its print size. */
  readonly ppi: number;
}

/** Pixel size of a PNG figure: the print width at 300 dpi, times the scale. */
export function pngPixelSize(
  size: FigureSize,
  scale: number,
  height_pt: number,
): { width: number; height: number; perPoint: number } {
  const width = Math.round((FIGURE_SIZES[size].width_mm / 25.4) * PNG_DPI * scale);
  const perPoint = width / (FIGURE_SIZES[size].width_mm * PT_PER_MM);
  return { width, height: Math.round(height_pt * perPoint), perPoint };
}

export interface FigureOptions {
  readonly size: FigureSize;
  /** 1–4: multiplies the pixel density of PNGs. */
  readonly scale: number;
  readonly background: Background;
  readonly text: FigureText;
}

export async function renderFigurePng(
  spec: FigureSpec,
  nights: readonly [FigureNight, FigureNight],
  options: FigureOptions,
  backend: FigureBackend,
): Promise<PngFigure> {
  const style = figureStyle(options.size);
  const layout = layoutFigure(spec, options.text, style, backend.measure);
  const { width, height, perPoint } = pngPixelSize(options.size, options.scale, layout.height);
  const canvas = backend.raster(width, height);
  drawFigure(canvas.context, spec, nights, layout, style, perPoint, options.background, backend.measure);
  const ppi = PNG_DPI * options.scale;
  return { png: await canvas.encodePng(ppi), width, height, ppi };
}

/** The same drawing as SVG vectors, sized in millimetres, drawn in points (viewBox). */
export function renderFigureSvg(
  spec: FigureSpec,
  nights: readonly [FigureNight, FigureNight],
  options: Omit<FigureOptions, 'scale'>,
  measure: TextMeasure,
): string {
  const style = figureStyle(options.size);
  const layout = layoutFigure(spec, options.text, style, measure);
  // Text stays text (editable in a journal's tools), in DejaVu Sans or, in a viewer without it, a
  // similar sans-serif (svgContext.ts names the fallbacks).
  const canvas = new SvgContext(Math.ceil(layout.width), layout.height, measure);
  drawFigure(canvas, spec, nights, layout, style, 1, options.background, measure, true);
  const svg = canvas.toString();
  // The viewBox is the layout's exact width in points, so the SVG prints at exactly 85 or 180 mm.
  return setSvgPhysicalSize(svg, { width: layout.width, height: layout.height }, FIGURE_SIZES[options.size].width_mm);
}
