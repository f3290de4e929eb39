/**
 * The words of a figure and where they go: its subtitle (how to read it, and the cohort's shading
 * when there is one), its legends (one under each row of charts), wrapped and fitted text, all
 * measured from the font files (fontMetrics.ts) so both editions lay a figure out alike. Apart
 * from figures.ts, which draws the charts.
 */
import { STAGES } from '../model/result';
import { STAGE_COLOURS, printDash, seriesColour } from '../plot/palette';
import { TEXT_COLOUR, type FigureStyle } from '../plot/chartConfig';
import type { Canvas2D } from './canvas';
import { BAND_OPACITY, bandFill, hasBands } from './cohortBands';
import type { ChartRow, FigureSpec } from './figureSpec';
import type { TextMeasure } from './fontMetrics';
import { FIGURE_FONT } from './options';

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  /** 'band': a cohort's shading with its dotted median. */
  readonly kind: 'line' | 'dash' | 'box' | 'band';
}

/** Whether a row draws the spec's cohort bands: series rows whose series the cohort has (the hypnogram has none, as in the lab). */
export function rowHasBands(spec: FigureSpec, row: ChartRow): boolean {
  return spec.cohort !== undefined && row.kind === 'series' && hasBands(spec.cohort, row.series);
}

export function legendItems(spec: FigureSpec, row: ChartRow): LegendItem[] {
  const layout = spec.layout;
  const items: LegendItem[] =
    row.kind === 'stage'
      ? STAGES.map((stage, code) => ({ label: stage, colour: STAGE_COLOURS[code]!, kind: 'box' }))
      : row.series.map((s, index) => ({ label: s.label, colour: seriesColour(index), kind: 'line' }));
  if (layout === 'overlay') {
    items.push(
      { label: 'Night A', colour: TEXT_COLOUR, kind: 'line' },
      { label: 'Night B', colour: TEXT_COLOUR, kind: 'dash' },
    );
  }
  if (rowHasBands(spec, row)) {
    const what = layout === 'diff' ? 'Cohort Δ' : 'Cohort';
    items.push({
      label: `${what}: median (dotted), 50 % and 90 % of people; ${spec.cohort!.line}`,
      colour: row.kind === 'series' ? seriesColour(0) : TEXT_COLOUR,
      kind: 'band',
    });
  }
  return items;
}

/** The line under the title that says how to read the figure. */
export function subtitleText(spec: FigureSpec): string {
  return layoutText(spec) + (spec.cohort && spec.rows.some((row) => rowHasBands(spec, row)) ? cohortText(spec) : '');
}

function layoutText(spec: FigureSpec): string {
  switch (spec.layout ?? 'side') {
    case 'overlay':
      return 'Night A solid, night B dashed, in one chart on the same clock-time axis.';
    case 'diff':
      return 'Night B minus night A at each 30-s epoch on the same clock-time axis; 0 means no difference.';
    default:
      return 'Night A left, solid lines; night B right, dashed lines; both on the same clock-time axis and y range.';
  }
}

/** The caption's sentence on the cohort's shading. */
function cohortText(spec: FigureSpec): string {
  const what = (spec.layout ?? 'side') === 'diff' ? "each person's B − A" : 'each night';
  return (
    ` Shading: a virtual cohort (${spec.cohort!.line}) in ${what}, 90 % (light) and 50 % (dark) of people` +
    ' every 10 min, median dotted; the same people in both nights.' +
    (spec.cohort!.stale ? ' The cohort ran before the nights last changed: it is of the nights as they were.' : '')
  );
}

export const fontSpec = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px "${FIGURE_FONT}"`;

/** Greedy line breaking of `text` at spaces to fit `width` in `font`. */
export function wrap(measure: TextMeasure, font: string, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.width(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with an ellipsis to fit `width` in `font`. */
export function fit(measure: TextMeasure, font: string, text: string, width: number): string {
  if (measure.width(text, font) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure.width(`${cut}…`, font) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export interface PlacedLegend {
  /** Each item at its place; `text` is its label in lines (one, but for a label wider than the legend). */
  readonly items: { item: LegendItem; x: number; line: number; text: string[] }[];
  readonly lines: number;
}

export function placeLegend(
  measure: TextMeasure,
  items: readonly LegendItem[],
  width: number,
  style: FigureStyle,
): PlacedLegend {
  const font = fontSpec(style.legendFont);
  const swatch = style.legendFont * 2;
  const spacing = style.legendFont * 1.2;
  const placed: PlacedLegend['items'] = [];
  let x = 0;
  let line = 0;
  const labelRoom = width - swatch - style.legendFont * 0.4;
  for (const item of items) {
    const itemWidth = swatch + style.legendFont * 0.4 + measure.width(item.label, font);
    if (x > 0 && x + itemWidth > width) {
      line++;
      x = 0;
    }
    if (itemWidth <= width) {
      placed.push({ item, x, line, text: [item.label] });
      x += itemWidth + spacing;
      continue;
    }
    // A label wider than the legend (a cohort's, in a single column) wraps on lines of its own.
    const text = wrap(measure, font, item.label, labelRoom);
    placed.push({ item, x: 0, line, text });
    line += text.length;
    x = 0;
  }
  return { items: placed, lines: x === 0 && placed.length > 0 ? line : line + 1 };
}

export function lineHeight(size: number): number {
  return size * 1.3;
}

export function drawText(
  ctx: Canvas2D,
  text: string,
  x: number,
  y: number,
  size: number,
  options: { bold?: boolean; align?: 'left' | 'center' | 'right'; colour?: string } = {},
): void {
  ctx.font = fontSpec(size, options.bold);
  ctx.fillStyle = options.colour ?? TEXT_COLOUR;
  ctx.textAlign = options.align ?? 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(text, x, y);
}

/** The footnote's size: smaller than the legend's, so the provenance reads as small print under the figure. */
export const footnoteSize = (style: FigureStyle): number => style.legendFont * 0.85;

/** Draws a figure's title (bold) and then its subtitle lines (grey) from the top margin; returns the y under them. */
export function drawHeading(
  ctx: Canvas2D,
  style: FigureStyle,
  title: readonly string[],
  subtitle: readonly string[],
): number {
  let y = style.margin;
  for (const line of title) {
    drawText(ctx, line, style.margin, y, style.titleFont, { bold: true });
    y += lineHeight(style.titleFont);
  }
  for (const line of subtitle) {
    drawText(ctx, line, style.margin, y, style.legendFont, { colour: '#444444' });
    y += lineHeight(style.legendFont);
  }
  return y;
}

/** Draws a figure's footnote lines (footnoteSize, grey) from `y` down. */
export function drawFootnote(ctx: Canvas2D, style: FigureStyle, lines: readonly string[], y: number): void {
  const size = footnoteSize(style);
  for (const line of lines) {
    drawText(ctx, line, style.margin, y, size, { colour: '#555555' });
    y += lineHeight(size);
  }
}

export function drawLegend(ctx: Canvas2D, legend: PlacedLegend, x0: number, y0: number, style: FigureStyle): void {
  const swatch = style.legendFont * 2;
  for (const { item, x, line, text } of legend.items) {
    const top = y0 + line * lineHeight(style.legendFont);
    const mid = top + style.legendFont * 0.55;
    ctx.save();
    if (item.kind === 'box') {
      ctx.fillStyle = item.colour;
      ctx.fillRect(x0 + x, mid - style.legendFont * 0.35, swatch, style.legendFont * 0.7);
    } else if (item.kind === 'band') {
      // The two bands over each other, as drawn, with the dotted median through them.
      ctx.fillStyle = bandFill(item.colour, BAND_OPACITY.outer);
      ctx.fillRect(x0 + x, mid - style.legendFont * 0.45, swatch, style.legendFont * 0.9);
      ctx.fillStyle = bandFill(item.colour, BAND_OPACITY.inner);
      ctx.fillRect(x0 + x, mid - style.legendFont * 0.22, swatch, style.legendFont * 0.44);
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = style.lineWidth * 0.8;
      ctx.setLineDash([style.lineWidth, style.lineWidth * 1.2]);
      ctx.beginPath();
      ctx.moveTo(x0 + x, mid);
      ctx.lineTo(x0 + x + swatch, mid);
      ctx.stroke();
    } else {
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = style.lineWidth * 1.4;
      ctx.setLineDash(item.kind === 'dash' ? printDash('B', style.lineWidth) : []);
      ctx.beginPath();
      ctx.moveTo(x0 + x, mid);
      ctx.lineTo(x0 + x + swatch, mid);
      ctx.stroke();
    }
    ctx.restore();
    text.forEach((part, k) =>
      drawText(
        ctx,
        part,
        x0 + x + swatch + style.legendFont * 0.4,
        top + k * lineHeight(style.legendFont),
        style.legendFont,
      ),
    );
  }
}
