/**
 * The report's figure of a cohort's Δ distribution for the threshold's metric, as the Cohort tab
 * draws it (renderer/src/components/CohortDistribution.vue): one dot per person, stacked in 40
 * bins over the range of Δ and the threshold, the threshold as a dashed line, people beyond it in
 * the "worse" colour. Laid out in points at double-column width and drawn with the figures' own
 * canvas (PNG on the edition's rasteriser, SVG through svgContext.ts), text from the font files.
 */
import type { DeltaThreshold } from '../cohort/thresholds';
import { beyond } from '../cohort/thresholds';
import type { MetricInfo } from '../model/metrics';
import { TEXT_COLOUR, figureStyle } from '../plot/chartConfig';
import { OKABE_ITO } from '../plot/palette';
import type { Canvas2D, FigureBackend } from './canvas';
import { drawFootnote, drawHeading, drawText, fontSpec, footnoteSize, lineHeight, wrap } from './figureText';
import type { TextMeasure } from './fontMetrics';
import { pngPixelSize, type PngFigure } from './figures';
import { FIGURE_SIZES, PNG_DPI } from './options';
import { SvgContext } from './svgContext';
import { setSvgPhysicalSize } from './svgMetadata';
import { formatMetricNumber } from './reportTables';

const BINS = 40;
const PLOT_HEIGHT = 120;
/** The lab's "worse" and neutral dots: Okabe–Ito vermillion and blue. */
const BEYOND_COLOUR = OKABE_ITO[5];
const OTHER_COLOUR = OKABE_ITO[0];

export interface DistributionInput {
  readonly metric: MetricInfo;
  /** Every person's Δ = B − A (finite values). */
  readonly deltas: readonly number[];
  readonly threshold: DeltaThreshold | null;
  readonly beyond: number;
}

export interface DistributionFigure extends DistributionInput {
  readonly title: string;
  readonly subtitle: string;
  readonly footnote: string;
}

export function distributionFigure(input: DistributionInput, cohortLine: string, footnote: string): DistributionFigure {
  const t = input.threshold;
  const unit = input.metric.unit;
  const f = (v: number) => formatMetricNumber(Number(v.toPrecision(4))).replace(/^-/, '−');
  const thresholdText = t
    ? ` Dashed line: Δ ${t.op} ${f(t.value)} ${unit}; ${input.beyond} of ${input.deltas.length} people beyond it (vermillion).`
    : '';
  return {
    ...input,
    title: `Δ ${input.metric.label} (B − A) across the cohort, one dot per person`,
    subtitle: `${cohortLine}. The same people in both nights.${thresholdText}`,
    footnote,
  };
}

/** Ticks on a 1-2-5 step, about five across the span. */
function ticks(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push(Math.abs(v) < step / 1e6 ? 0 : v);
  return out;
}

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly title: string[];
  readonly subtitle: string[];
  readonly footnote: string[];
  readonly plotTop: number;
}

function layout(figure: DistributionFigure, measure: TextMeasure): Layout {
  const style = figureStyle('double');
  const content = style.width - 2 * style.margin;
  const title = wrap(measure, fontSpec(style.titleFont, true), figure.title, content);
  const subtitle = wrap(measure, fontSpec(style.legendFont), figure.subtitle, content);
  const footnote = wrap(measure, fontSpec(footnoteSize(style)), figure.footnote, content);
  const plotTop =
    style.margin + title.length * lineHeight(style.titleFont) + subtitle.length * lineHeight(style.legendFont) + 6;
  const height =
    plotTop +
    PLOT_HEIGHT +
    3 * lineHeight(style.axisFont) +
    footnote.length * lineHeight(footnoteSize(style)) +
    style.margin;
  return { width: style.width, height: Math.ceil(height), title, subtitle, footnote, plotTop };
}

function draw(ctx: Canvas2D, figure: DistributionFigure, l: Layout, scale: number): void {
  const style = figureStyle('double');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, l.width + 1, l.height + 1);
  drawHeading(ctx, style, l.title, l.subtitle);
  const values = [...figure.deltas].sort((a, b) => a - b);
  const t = figure.threshold;
  const lo0 = Math.min(values[0] ?? 0, t?.value ?? 0);
  const hi0 = Math.max(values.at(-1) ?? 0, t?.value ?? 0);
  const margin = (hi0 - lo0 || 1) * 0.05;
  const [lo, hi] = [lo0 - margin, hi0 + margin];
  const left = style.margin + 4;
  const right = l.width - style.margin - 4;
  const bottom = l.plotTop + PLOT_HEIGHT;
  const xOf = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);
  const binWidth = (hi - lo) / BINS;
  const counts = new Array<number>(BINS).fill(0);
  const dots: { x: number; stack: number; beyond: boolean }[] = [];
  for (const v of values) {
    const bin = Math.min(BINS - 1, Math.floor((v - lo) / binWidth));
    dots.push({ x: lo + (bin + 0.5) * binWidth, stack: counts[bin]!, beyond: t !== null && beyond(t, v) });
    counts[bin]!++;
  }
  // Dots as large as the bins and the tallest stack allow.
  const tallest = Math.max(1, ...counts);
  const r = Math.max(0.6, Math.min((right - left) / BINS / 2 - 0.4, PLOT_HEIGHT / tallest / 2 - 0.2));
  for (const d of dots) {
    ctx.fillStyle = d.beyond ? BEYOND_COLOUR : OTHER_COLOUR;
    ctx.beginPath();
    ctx.arc(xOf(d.x), bottom - r - d.stack * 2 * r, r, 0, 2 * Math.PI);
    ctx.closePath();
    ctx.fill();
  }
  // The axis, its ticks and labels.
  ctx.strokeStyle = TEXT_COLOUR;
  ctx.lineWidth = style.lineWidth * 0.6;
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(left, bottom);
  ctx.lineTo(right, bottom);
  ctx.stroke();
  for (const v of ticks(lo, hi)) {
    const x = xOf(v);
    ctx.beginPath();
    ctx.moveTo(x, bottom);
    ctx.lineTo(x, bottom + style.tickFont * 0.4);
    ctx.stroke();
    const label = v < 0 ? `−${formatMetricNumber(-v)}` : formatMetricNumber(v);
    drawText(ctx, label, x, bottom + style.tickFont * 0.6, style.tickFont, { align: 'center' });
  }
  const axisY = bottom + lineHeight(style.tickFont) + style.tickFont * 0.6;
  const unit = figure.metric.unit ? ` (${figure.metric.unit})` : '';
  drawText(ctx, `Δ ${figure.metric.label}${unit}, B − A`, (left + right) / 2, axisY, style.axisFont, {
    align: 'center',
  });
  if (t) {
    const x = xOf(t.value);
    ctx.strokeStyle = BEYOND_COLOUR;
    ctx.lineWidth = style.lineWidth;
    ctx.setLineDash([style.lineWidth * 3, style.lineWidth * 2]);
    ctx.beginPath();
    ctx.moveTo(x, l.plotTop);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  drawFootnote(ctx, style, l.footnote, l.height - style.margin - l.footnote.length * lineHeight(footnoteSize(style)));
}

export async function renderDistributionPng(figure: DistributionFigure, backend: FigureBackend): Promise<PngFigure> {
  const l = layout(figure, backend.measure);
  const { width, height, perPoint } = pngPixelSize('double', 1, l.height);
  const canvas = backend.raster(width, height);
  draw(canvas.context, figure, l, perPoint);
  return { png: await canvas.encodePng(PNG_DPI), width, height, ppi: PNG_DPI };
}

export function renderDistributionSvg(figure: DistributionFigure, measure: TextMeasure): string {
  const l = layout(figure, measure);
  const canvas = new SvgContext(Math.ceil(l.width), l.height, measure);
  draw(canvas, figure, l, 1);
  return setSvgPhysicalSize(canvas.toString(), { width: l.width, height: l.height }, FIGURE_SIZES.double.width_mm);
}
