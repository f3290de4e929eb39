/**
 * The Chart.js configuration of one exported chart: one night, one unit, on the shared clock
 * axis. Written for print: sizes in points, the bundled font, no animation or interaction, the
 * y range given by the caller so night A and night B share it. Pure (chart.js types only, no
 * canvas), so it sits in shared/ beside the plot data: the export draws it into @napi-rs/canvas,
 * and the renderer's tests compare its axes with the screen's.
 */
import type { ChartConfiguration, ChartDataset, Plugin, Scale } from 'chart.js';
import { timeTickLabel } from './timeLabel';
import { STAGES, type SimulationResult } from '../model/result';
import { FIGURE_FONT, FIGURE_SIZES, PT_PER_MM, type FigureSize } from '../export/options';
import type { SlotWindow } from '../time/axis';
import { STAGE_AXIS, stageTickLabel, timeAxis } from './axes';
import type { NightLabel } from '../nights';
import { STAGE_COLOURS, printDash, seriesColour } from './palette';
import { differencePoints, seriesPoints, stageHeight, stageSteps, type Point } from './points';
import { yAxis, type Range } from './range';
import type { ChartRow } from './rows';

/** Sizes in points (1/72 in): the figure is laid out at print size. */
export interface FigureStyle {
  readonly width: number;
  readonly margin: number;
  readonly gap: number;
  readonly chartHeight: number;
  readonly yAxisWidth: number;
  readonly tickFont: number;
  readonly axisFont: number;
  readonly legendFont: number;
  readonly headerFont: number;
  readonly titleFont: number;
  readonly lineWidth: number;
}

export function figureStyle(size: FigureSize): FigureStyle {
  const width = FIGURE_SIZES[size].width_mm * PT_PER_MM;
  // Journal guidance: 6–8 pt text at final size, lines no thinner than about 0.5 pt.
  return size === 'single'
    ? {
        width,
        margin: 6,
        gap: 6,
        chartHeight: 86,
        yAxisWidth: 30,
        tickFont: 5.5,
        axisFont: 6,
        legendFont: 6,
        headerFont: 6.5,
        titleFont: 8,
        lineWidth: 0.7,
      }
    : {
        width,
        margin: 10,
        gap: 14,
        chartHeight: 118,
        yAxisWidth: 40,
        tickFont: 7,
        axisFont: 7.5,
        legendFont: 7.5,
        headerFont: 8.5,
        titleFont: 10,
        lineWidth: 0.9,
      };
}

export const TEXT_COLOUR = '#1a1a1a';
export const GRID_COLOUR = 'rgba(0,0,0,0.12)';

/** Clock-tick spacing (h) that keeps "hh:mm" labels apart at this plot width (points). */
export function clockStep(span_h: number, plotWidth: number, tickFont: number): number {
  const labelWidth = tickFont * 3.2; // "00:00" in DejaVu Sans is about 3.1 em wide
  // Divisors of 12, so ticks land on noon and midnight.
  for (const step of [1, 2, 3, 4, 6, 12]) {
    if ((span_h / step) * labelWidth * 1.5 <= plotWidth) return step;
  }
  return 24;
}

/** Faint horizontal bands, one per stage in its colour, behind the hypnogram. */
const stageBands: Plugin<'line'> = {
  id: 'stageBands',
  beforeDatasetsDraw(chart) {
    const y = chart.scales.y;
    if (!y) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    // The bands of W and N3 reach past the axis's ends; they stop at the plot's edges.
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    for (let code = 0; code < STAGES.length; code++) {
      const centre = y.getPixelForValue(stageHeight(code));
      const half = Math.abs(y.getPixelForValue(0) - y.getPixelForValue(1)) / 2;
      ctx.fillStyle = `${STAGE_COLOURS[code]}22`;
      ctx.fillRect(chartArea.left, centre - half * 0.8, chartArea.right - chartArea.left, half * 1.6);
    }
    ctx.restore();
  },
};

/**
 * Each run of one stage as a thick bar in its stage colour at its level, over the thin step line,
 * so the architecture reads at a glance (REM and N3 stand out) while transitions stay visible.
 */
function stageRuns(lineWidth: number): Plugin<'line'> {
  return {
    id: 'stageRuns',
    afterDatasetsDraw(chart) {
      const { x, y } = chart.scales;
      const points = chart.data.datasets[0]?.data as Point[] | undefined;
      if (!x || !y || !points) return;
      const { ctx } = chart;
      ctx.save();
      ctx.lineWidth = lineWidth * 2.4;
      ctx.lineCap = 'butt';
      ctx.setLineDash([]);
      for (let i = 0; i + 1 < points.length; i++) {
        const level = y.getPixelForValue(points[i]!.y);
        ctx.strokeStyle = STAGE_COLOURS[stageHeight(points[i]!.y)] ?? STAGE_COLOURS[3];
        ctx.beginPath();
        ctx.moveTo(x.getPixelForValue(points[i]!.x), level);
        ctx.lineTo(x.getPixelForValue(points[i + 1]!.x), level);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

type LineDataset = ChartDataset<'line', Point[]>;

export function rowDatasets(
  row: ChartRow,
  night: NightLabel,
  result: SimulationResult,
  window: SlotWindow,
  style: FigureStyle,
): LineDataset[] {
  const dash = printDash(night, style.lineWidth);
  if (row.kind === 'stage') {
    return [
      {
        label: `Night ${night}`,
        data: stageSteps(result, window),
        // Chart.js 'before' draws each step flat at the earlier point's level, then moves: a run's
        // stage holds until the next run starts. The thin grey line carries the transitions; the
        // stageRuns plugin lays each run's stage colour over it.
        stepped: 'before',
        borderWidth: style.lineWidth * 0.6,
        borderDash: dash,
        pointRadius: 0,
        borderColor: '#555555',
      },
    ];
  }
  return row.series.map((info, index) => ({
    label: info.label,
    data: seriesPoints(result, info.id, window),
    borderColor: seriesColour(index),
    backgroundColor: seriesColour(index),
    borderWidth: style.lineWidth,
    borderDash: dash,
    pointRadius: 0,
    // No `segment: {}` here: where there is no Path2D (Node) Chart.js already strokes point by
    // point, and segment options would cost a style lookup per point. The SVG figures add it
    // (shared/export/figures.ts drawFigure), since in a browser Chart.js would otherwise stroke a
    // Path2D the SVG writer cannot read.
  }));
}

/** Both nights in one chart (the lab's overlay): A solid, B dashed, each line labelled with its night. */
export function overlayDatasets(
  row: ChartRow,
  nights: readonly { readonly night: NightLabel; readonly result: SimulationResult }[],
  window: SlotWindow,
  style: FigureStyle,
): LineDataset[] {
  return nights.flatMap(({ night, result }) =>
    rowDatasets(row, night, result, window, style).map((dataset) =>
      row.kind === 'stage' ? dataset : { ...dataset, label: `${dataset.label} (${night})` },
    ),
  );
}

/** B − A of each series of the row on the shared axis (the lab's difference view). */
export function differenceDatasets(
  row: ChartRow,
  a: SimulationResult,
  b: SimulationResult,
  window: SlotWindow,
  style: FigureStyle,
): LineDataset[] {
  return row.series.map((info, index) => ({
    label: `${info.label} (B − A)`,
    data: differencePoints(a, b, info.id, window),
    borderColor: seriesColour(index),
    backgroundColor: seriesColour(index),
    borderWidth: style.lineWidth,
    pointRadius: 0,
  }));
}

export interface ChartOptionsInput {
  readonly row: ChartRow;
  readonly night: NightLabel;
  readonly result: SimulationResult;
  readonly window: SlotWindow;
  readonly yRange: Range;
  readonly style: FigureStyle;
  /** The x-axis title goes under the bottom row only. */
  readonly xTitle: boolean;
  /** Plot width in points, to choose the clock-tick spacing. */
  readonly plotWidth: number;
  /** Instead of the night's own lines: an overlay of both nights, or their difference. */
  readonly datasets?: LineDataset[];
  /** The y-axis title when it is not the row's unit (e.g. "Δ unit" for a difference). */
  readonly yTitle?: string;
}

export function chartConfig(input: ChartOptionsInput): ChartConfiguration<'line', Point[]> {
  const { row, style } = input;
  const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family: FIGURE_FONT, size, weight });
  const stage = row.kind === 'stage';
  const span = input.window.end - input.window.start;
  const axis = yAxis(input.yRange);
  return {
    type: 'line',
    data: { datasets: input.datasets ?? rowDatasets(row, input.night, input.result, input.window, style) },
    plugins: stage ? [stageBands, stageRuns(style.lineWidth)] : [],
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      parsing: false,
      normalized: true,
      events: [],
      layout: { padding: { top: style.tickFont * 0.6, right: style.tickFont * 1.9, left: 0, bottom: 0 } },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        // Min–max keeps every peak and trough while an SVG stays a few hundred points per line.
        decimation: { enabled: !stage, algorithm: 'min-max' },
      },
      scales: {
        x: {
          type: 'linear',
          ...timeAxis(input.window),
          border: { color: TEXT_COLOUR, width: style.lineWidth * 0.6 },
          grid: { color: GRID_COLOUR, lineWidth: style.lineWidth * 0.4, tickLength: style.tickFont * 0.4 },
          ticks: {
            stepSize: clockStep(span, input.plotWidth, style.tickFont),
            callback: (value) => timeTickLabel(Number(value), span),
            maxRotation: 0,
            autoSkip: true,
            includeBounds: false,
            color: TEXT_COLOUR,
            font: font(style.tickFont),
            padding: style.tickFont * 0.25,
          },
          title: {
            display: input.xTitle,
            text: 'Clock time (hh:mm)',
            color: TEXT_COLOUR,
            font: font(style.axisFont),
            padding: { top: style.axisFont * 0.3, bottom: 0 },
          },
        },
        y: {
          type: 'linear',
          // Exact bounds, as on screen (setAxes): Chart.js draws the shared axis's ticks and no
          // others, so the figure's axis is the lab's whatever the chart's height.
          ...(stage ? { min: STAGE_AXIS.min, max: STAGE_AXIS.max } : { min: axis.min, max: axis.max }),
          border: { color: TEXT_COLOUR, width: style.lineWidth * 0.6 },
          grid: {
            color: GRID_COLOUR,
            lineWidth: style.lineWidth * 0.4,
            tickLength: style.tickFont * 0.4,
            display: !stage,
          },
          ticks: {
            color: TEXT_COLOUR,
            font: font(style.tickFont),
            padding: style.tickFont * 0.25,
            // yAxis keeps to MAX_Y_STEPS steps; a tick limit here would let Chart.js widen the step.
            ...(stage ? {} : { stepSize: axis.step }),
            ...(stage ? { callback: (value: string | number) => stageTickLabel(Number(value)) } : {}),
          },
          // The hypnogram's axis shows exactly one tick per stage, W on top.
          ...(stage
            ? { afterBuildTicks: (axis: Scale) => void (axis.ticks = STAGE_AXIS.ticks.map((value) => ({ value }))) }
            : {}),
          // A fixed axis width lines up the plot areas of every row and of both columns.
          afterFit: (axis: Scale) => void (axis.width = style.yAxisWidth),
          title: {
            display: true,
            text: input.yTitle ?? (stage ? 'Stage' : row.unit),
            color: TEXT_COLOUR,
            font: font(style.axisFont),
            padding: 0,
          },
        },
      },
    },
  };
}
