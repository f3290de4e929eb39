/**
 * The actogram of the whole protocol as an SVG figure of the pack (figures/actogram.svg): night A
 * above night B, each the lab's double plot (shared/plot/actogram.ts, drawn by the same
 * shared/plot/actogramDraw.ts as the screen) at print width in points, the legend and the
 * provenance footnote under them. The export already simulates both nights over the whole
 * protocol (main/ipc/handlers.ts exportInputs, the CLI likewise), so the figure costs no run.
 */
import {
  LIGHT_SCALE,
  actogramDays,
  actogramDaysOf,
  actogramEvents,
  doublePlot,
  type ActogramNight,
} from '../plot/actogram';
import { actogramColours, drawActogramRows, lightFill, type ActogramSizes } from '../plot/actogramDraw';
import { figureStyle, TEXT_COLOUR } from '../plot/chartConfig';
import { setSvgPhysicalSize } from './svgMetadata';
import { FIGURE_FONT, FIGURE_SIZES, type Background, type FigureSize } from './options';
import { spanWindow } from '../time/axis';
import type { TextMeasure } from './fontMetrics';
import { SvgContext } from './svgContext';
import type { ExportSource } from './source';

export const ACTOGRAM_FIGURE = {
  id: 'actogram',
  title: 'Actogram of the whole protocol',
  subtitle: 'Double plotted: each row is a day and the next (48 h); days counted from the focal evening’s (day 0).',
} as const;

const fontSpec = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px "${FIGURE_FONT}"`;
const lineHeight = (size: number) => size * 1.3;

/** Words into lines no wider than `width` at the context's font. */
function wrap(ctx: SvgContext, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ActogramFigureOptions {
  readonly size: FigureSize;
  readonly background: Background;
  readonly footnote: string;
}

/**
 * Lays out and (with `draw`) paints the figure; returns its height. One pass measures, the next
 * draws on a canvas of that height, so the layout is written once.
 */
function paint(
  ctx: SvgContext,
  input: Pick<ExportSource, 'experiment' | 'params' | 'results'>,
  options: ActogramFigureOptions,
  draw: boolean,
  height: number,
): number {
  const style = figureStyle(options.size);
  const content = style.width - 2 * style.margin;
  const x0 = style.margin;
  if (draw && options.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, style.width + 1, height + 1);
  }
  const text = (line: string, x: number, y: number, size: number, bold = false) => {
    ctx.font = fontSpec(size, bold);
    ctx.fillStyle = TEXT_COLOUR;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    if (draw) ctx.fillText(line, x, y);
  };
  let y = style.margin;
  ctx.font = fontSpec(style.titleFont, true);
  for (const line of wrap(ctx, ACTOGRAM_FIGURE.title, content)) {
    text(line, x0, y, style.titleFont, true);
    y += lineHeight(style.titleFont);
  }
  ctx.font = fontSpec(style.legendFont);
  for (const line of wrap(ctx, ACTOGRAM_FIGURE.subtitle, content)) {
    text(line, x0, y, style.legendFont);
    y += lineHeight(style.legendFont);
  }
  y += style.legendFont * 0.6;

  const nights: ActogramNight[] = input.results.map((result, i) => ({
    result,
    events: actogramEvents(input.experiment.nights[i]!.events, input.params[i]!),
    dlmoThreshold_pgPerMl: input.params[i]!.dlmoThreshold_pgPerMl,
  }));
  const days = actogramDays(nights.map((n) => spanWindow(n.result)));
  const sizes: ActogramSizes = {
    left: style.yAxisWidth,
    right: style.tickFont * 1.6,
    top: style.tickFont * 1.8,
    row: style.tickFont * 1.5,
    bottom: style.gap / 2,
    font: style.tickFont,
    fontOf: (size, bold) => fontSpec(size, bold),
  };
  const look = { dark: false, text: TEXT_COLOUR, grid: 'rgba(0,0,0,0.12)' };
  nights.forEach((night, i) => {
    const letter = i === 0 ? 'A' : 'B';
    text(`${letter}: ${input.experiment.nights[i]!.label}`, x0, y, style.headerFont, true);
    y += lineHeight(style.headerFont);
    const rows = doublePlot(actogramDaysOf(night, days));
    if (draw) drawActogramRows(ctx, { rows, look, sizes, x: x0, y, width: content });
    y += sizes.top + rows.length * sizes.row + sizes.bottom + style.gap / 2;
  });

  // The legend: a swatch or a mark, then its label, flowing onto new lines.
  const c = actogramColours(false);
  const f = style.legendFont;
  const items: { label: string; mark: (x: number, mid: number) => void }[] = [
    { label: 'Asleep', mark: (x, mid) => box(x, mid - f * 0.2, f * 1.2, f * 0.4, c.sleep) },
    ...LIGHT_SCALE.map((l, k) => ({
      label: l.label,
      mark: (x: number, mid: number) => box(x, mid - f * 0.35, f * 1.2, f * 0.7, lightFill(k)),
    })),
    {
      label: 'Dose (tick); nap, light (line)',
      mark: (x, mid) => box(x + f * 0.5, mid - f * 0.45, f * 0.2, f * 0.9, c.event),
    },
    {
      label: 'DLMO',
      mark: (x, mid) => {
        ctx.beginPath();
        ctx.moveTo(x + f * 0.6, mid - f * 0.45);
        ctx.lineTo(x + f * 1.1, mid + f * 0.4);
        ctx.lineTo(x + f * 0.1, mid + f * 0.4);
        ctx.closePath();
        ctx.fillStyle = c.dlmo;
        if (draw) ctx.fill();
      },
    },
    {
      label: 'CBTmin',
      mark: (x, mid) => {
        ctx.beginPath();
        ctx.arc(x + f * 0.6, mid, f * 0.4, 0, 2 * Math.PI);
        ctx.fillStyle = c.cbtMin;
        if (draw) ctx.fill();
      },
    },
  ];
  function box(x: number, top: number, w: number, h: number, colour: string): void {
    ctx.fillStyle = colour;
    if (draw) ctx.fillRect(x, top, w, h);
  }
  let x = x0;
  ctx.font = fontSpec(f);
  for (const item of items) {
    const w = f * 1.6 + ctx.measureText(item.label).width + f;
    if (x > x0 && x + w > x0 + content) {
      x = x0;
      y += lineHeight(f);
    }
    item.mark(x, y + f * 0.55);
    text(item.label, x + f * 1.6, y, f);
    ctx.font = fontSpec(f);
    x += w;
  }
  y += lineHeight(f) + f * 0.8;

  const small = f * 0.85;
  ctx.font = fontSpec(small);
  for (const line of wrap(ctx, options.footnote, content)) {
    text(line, x0, y, small);
    y += lineHeight(small);
  }
  return Math.ceil(y + style.margin);
}

/** The figure as SVG vectors, sized in millimetres, drawn in points (viewBox), as the pack's other figures. */
export function renderActogramSvg(
  input: Pick<ExportSource, 'experiment' | 'params' | 'results'>,
  options: ActogramFigureOptions,
  measure: TextMeasure,
): string {
  const width = figureStyle(options.size).width;
  const height = paint(new SvgContext(1, 1, measure), input, options, false, 0);
  const canvas = new SvgContext(Math.ceil(width), height, measure);
  paint(canvas, input, options, true, height);
  const svg = canvas.toString();
  return setSvgPhysicalSize(svg, { width, height }, FIGURE_SIZES[options.size].width_mm);
}
