/**
 * Chart.js set-up shared by every panel: a linear slot-hour x axis labelled with clock times,
 * no animation (a slider move redraws at once), min–max decimation, and a vertical time cursor
 * shared by all charts.
 */
import {
  Chart,
  Decimation,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type ChartOptions,
  type Plugin,
  type Scale,
} from 'chart.js';
import { formatClock } from '../../../shared/model/parameters';
import { timeTickLabel } from '../../../shared/plot/timeLabel';
import { timeAxis } from '../../../shared/plot/axes';
import type { Point } from '../../../shared/plot/points';
import { yAxis, type Range } from '../../../shared/plot/range';
import type { SlotWindow } from '../../../shared/time/axis';
import { thinTimeTicks, tickStep, Y_AXIS_MIN_PX } from './timeTicks';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Filler, Decimation);

export type LineChart = Chart<'line', Point[]>;
/**
 * A dataset of a screen chart. `snapshot`: a pinned snapshot's line, left out of the chart's own
 * legend (the snapshot legend above the charts names each with its line style; five snapshots of
 * every series would leave a chart more legend than plot).
 */
export type LineDataset = ChartDataset<'line', Point[]> & { snapshot?: boolean };

interface CursorOptions {
  x: number | null;
  colour: string;
}

const cursorPlugin: Plugin<'line'> = {
  id: 'timeCursor',
  afterDatasetsDraw(chart) {
    const options = (chart.options.plugins as unknown as { timeCursor?: CursorOptions }).timeCursor;
    if (!options || options.x === null) return;
    const { ctx, chartArea, scales } = chart;
    const px = scales.x!.getPixelForValue(options.x);
    if (px < chartArea.left || px > chartArea.right) return;
    ctx.save();
    ctx.strokeStyle = options.colour;
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(px, chartArea.top);
    ctx.lineTo(px, chartArea.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/**
 * Charts follow the size of their box through one ResizeObserver for all of them. Chart.js's own
 * `responsive` mode gives each chart a ResizeObserver and two MutationObservers on the whole
 * document, so every DOM change anywhere (a table cell, a status text) ran ~40 charts' callbacks.
 */
const chartOfBox = new WeakMap<Element, Chart>();
let boxObserver: ResizeObserver | null = null;

export const followBoxPlugin: Plugin = {
  id: 'followBox',
  afterInit(chart) {
    const box = chart.canvas.parentElement;
    if (!box) return;
    boxObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const chart = chartOfBox.get(entry.target);
        if (chart?.canvas) chart.resize();
      }
    });
    chartOfBox.set(box, chart);
    boxObserver.observe(box);
  },
  // Before: Chart.js lets go of the canvas during destroy.
  beforeDestroy(chart) {
    const box = chart.canvas?.parentElement;
    if (box && chartOfBox.get(box) === chart) {
      chartOfBox.delete(box);
      boxObserver?.unobserve(box);
    }
  },
};

/**
 * Gives a canvas its box's size before a chart is made on it, so the chart's first layout is at
 * the right size (Chart.js takes a fixed chart's size from the canvas) instead of 300×150 and
 * then again when the observer reports the box.
 */
export function fitCanvasToBox(canvas: HTMLCanvasElement): void {
  const box = canvas.parentElement;
  if (!box || box.clientWidth === 0) return;
  canvas.width = box.clientWidth;
  canvas.height = box.clientHeight;
}

/** Where a chart's plot area is, in page (client) x, reported after each layout. */
export interface PlotArea {
  readonly left: number;
  readonly right: number;
}

/** Reports a chart's plot area after each layout (resize, new axes), for the protocol strip. */
function plotAreaPlugin(report: (area: PlotArea) => void): Plugin<'line'> {
  // Chart.js lays a chart out on every update: the box is read (a forced layout of the page, in
  // the middle of a slider move's redraw) only when the chart's size or plot area changed since
  // the last report. The box moves sideways only when the layout around it changes, which
  // resizes the chart too.
  let laidOut = '';
  return {
    id: 'plotArea',
    afterLayout(chart) {
      const { left, right } = chart.chartArea;
      const layout = `${chart.width} ${chart.height} ${left} ${right}`;
      if (layout === laidOut) return;
      laidOut = layout;
      const box = chart.canvas.getBoundingClientRect();
      // chartArea is in the chart's own CSS pixels; the canvas may be drawn a fraction of a pixel
      // wider or narrower than that (its box is not a whole number of pixels): scale to where it shows.
      const scale = chart.width > 0 ? box.width / chart.width : 1;
      report({ left: box.left + chart.chartArea.left * scale, right: box.left + chart.chartArea.right * scale });
    },
  };
}

export interface ChartLook {
  /** The dark theme (charts drawn by hand pick their dark colours by it). */
  readonly dark: boolean;
  readonly text: string;
  readonly grid: string;
  readonly cursor: string;
}

export interface LineChartOptions {
  yTitle: string;
  yTicks?: (value: number) => string;
  yFixedTicks?: number[];
  legend: boolean;
  look: ChartLook;
  /** Called with the plot area after each layout. */
  onPlotArea?: (area: PlotArea) => void;
}

export function createLineChart(canvas: HTMLCanvasElement, options: LineChartOptions): LineChart {
  fitCanvasToBox(canvas);
  return new Chart<'line', Point[]>(canvas, lineChartConfig(options));
}

/** A screen chart's configuration before any data (pure, so tests can read its axes). */
export function lineChartConfig(options: LineChartOptions): ChartConfiguration<'line', Point[]> {
  const { look } = options;
  return {
    type: 'line',
    data: { datasets: [] },
    plugins: [
      cursorPlugin,
      ...(options.onPlotArea ? [plotAreaPlugin(options.onPlotArea)] : []),
      followBoxPlugin as Plugin<'line'>,
    ],
    options: {
      animation: false,
      // Sized by followBoxPlugin instead.
      responsive: false,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      events: [],
      plugins: {
        // Points arrive already thinned to the chart's width (traces.ts).
        decimation: { enabled: false },
        legend: {
          display: options.legend,
          position: 'bottom',
          labels: {
            boxWidth: 14,
            boxHeight: 2,
            color: look.text,
            font: { size: 11 },
            filter: (item, data) => !(data.datasets[item.datasetIndex ?? -1] as LineDataset | undefined)?.snapshot,
          },
        },
        tooltip: { enabled: false },
        ...({ timeCursor: { x: null, colour: look.cursor } } as object),
      },
      scales: {
        x: {
          type: 'linear',
          ticks: {
            callback: (value) => formatClock(Number(value)),
            // The step (tickStep) already keeps the clock labels apart: no skipping to work out.
            autoSkip: false,
            maxRotation: 0,
            color: look.text,
            font: { size: 11 },
          },
          grid: { color: look.grid },
          title: { display: false },
          // The axis's width is set before its ticks are built, on every layout pass and resize.
          afterBuildTicks: (axis: Scale) => {
            const step = (axis.options as { ticks?: { stepSize?: number } }).ticks?.stepSize;
            if (step) axis.ticks = thinTimeTicks(axis.ticks, step, axis.width);
          },
        },
        y: {
          ticks: {
            color: look.text,
            font: { size: 11 },
            ...(options.yTicks ? { callback: (value: string | number) => options.yTicks!(Number(value)) } : {}),
            // Every stage keeps its label, also when a legend leaves the hypnogram less height.
            ...(options.yFixedTicks ? { autoSkip: false } : {}),
          },
          grid: { color: look.grid },
          title: { display: true, text: options.yTitle, color: look.text, font: { size: 11 } },
          afterFit: (axis: Scale) => {
            axis.width = Math.max(axis.width, Y_AXIS_MIN_PX);
          },
          // The hypnogram's axis shows exactly one tick per stage.
          ...(options.yFixedTicks
            ? {
                afterBuildTicks: (axis: { ticks: { value: number }[] }) =>
                  (axis.ticks = options.yFixedTicks!.map((value) => ({ value }))),
              }
            : {}),
        },
      },
    },
  };
}

export function setCursor(chart: LineChart, x: number | null): void {
  const plugins = chart.options.plugins as unknown as { timeCursor: CursorOptions };
  if (plugins.timeCursor.x === x) return;
  plugins.timeCursor.x = x;
  chart.draw();
}

/** A y range; `fixed`: exact bounds as given (the hypnogram), else rounded to the shared axis (yAxis). */
export type YRange = Range & { readonly fixed?: boolean };

/** Replaces the data and the axes of a chart and redraws it without animation. */
export function updateLineChart(
  chart: LineChart,
  datasets: LineDataset[],
  window: SlotWindow,
  yRange: YRange | null,
): void {
  chart.data.datasets = datasets;
  setAxes(chart.options, window, yRange);
  chart.update('none');
}

/** Puts a window and a y range on a chart's options (pure, so tests can read the axes a chart gets). */
export function setAxes(options: ChartOptions<'line'>, window: SlotWindow, yRange: YRange | null): void {
  const x = options.scales!.x!;
  const bounds = timeAxis(window);
  x.min = bounds.min;
  x.max = bounds.max;
  const span = window.end - window.start;
  const ticks = x.ticks as { stepSize?: number; callback?: (value: string | number) => string };
  ticks.stepSize = tickStep(span);
  // On an axis of days every midnight would read 00:00: those ticks name their day.
  ticks.callback = (value) => timeTickLabel(Number(value), span);
  const y = options.scales!.y! as { min?: number; max?: number; ticks: { stepSize?: number } };
  if (yRange && yRange.fixed) {
    y.min = yRange.min;
    y.max = yRange.max;
  } else if (yRange) {
    // Exact bounds and step, as the export sets them (shared/plot/chartConfig.ts): Chart.js would
    // round suggested bounds to a step that depends on the chart's height, so a figure put beside
    // the screen would show another axis.
    const axis = yAxis(yRange);
    y.min = axis.min;
    y.max = axis.max;
    y.ticks.stepSize = axis.step;
  }
}
