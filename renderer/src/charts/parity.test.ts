/**
 * A chart on screen and the same chart exported draw the same axes. Both are built from the same
 * two simulated nights and drawn by Chart.js on an @napi-rs/canvas: the screen's through the
 * renderer's chart set-up (lineChartConfig, the lab's datasets, setAxes with the comparison
 * view's range) at the sizes a lab chart has, the export's through the figure code
 * (shared/plot/chartConfig.ts, as main/export/figures.ts calls it) at print size. What is
 * compared is what Chart.js drew: the y scale's min, max and tick values after layout, not the
 * options asked for, which Chart.js may widen to a tick step of its own.
 */
import type { NightLabel } from '../../../shared/nights';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { BasicPlatform, Chart, type ChartConfiguration, type Scale } from 'chart.js';
import type { FigureSize } from '../../../shared/export/options';
import { simulateNight } from '../../../shared/model/engine';
import type { SimulationResult } from '../../../shared/model/result';
import { resolveParameters } from '../../../shared/model/scenarios';
import { STAGE_AXIS, stageTickLabel } from '../../../shared/plot/axes';
import { chartConfig, differenceDatasets, figureStyle, overlayDatasets } from '../../../shared/plot/chartConfig';
import type { Point } from '../../../shared/plot/points';
import { figureRowRange, MAX_Y_STEPS, rowRange } from '../../../shared/plot/range';
import { STAGE_ROW, unitRows, type ChartRow } from '../../../shared/plot/rows';
import { spanWindow, unionWindow, type SlotWindow } from '../../../shared/time/axis';
import { lineChartConfig, setAxes, type YRange } from './chart';
import { hypnogramDatasets, seriesDatasets, type Trace } from './datasets';

const a = simulateNight(resolveParameters('baseline'), 1);
// A later bedtime, so B's epochs pair with A's at an offset, and B − A goes both ways around zero.
const b = simulateNight(resolveParameters('late-sleeper'), 1);
// The lab's default pair: caffeine moves SWA, the row whose exported axis ran to 2.0.
const caffeine = simulateNight(resolveParameters('evening-caffeine'), 20260101);
const look = { dark: false, text: '#000', grid: '#ccc', cursor: '#f00' };

type Mode = 'side' | 'overlay' | 'diff';
type Drawn = { min: number; max: number; ticks: number[] };

function drawn(config: ChartConfiguration<'line', Point[]>, width: number, height: number): Drawn {
  const canvas = createCanvas(Math.round(width), Math.round(height));
  // BasicPlatform: no DOM, the chart takes the canvas's size (as the export's viewport canvas).
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, { ...config, platform: BasicPlatform });
  const y = chart.scales.y!;
  const out = { min: y.min, max: y.max, ticks: y.ticks.map((t) => t.value) };
  chart.destroy();
  return out;
}

/**
 * The screen's chart as PanelChart makes and updates it: a lab chart box is 150 px high (120 for
 * the hypnogram) and about 600 px wide per column at 1440 × 900; 180 px is a taller window's.
 */
function screenAxis(
  row: ChartRow,
  nights: [SimulationResult, SimulationResult],
  window: SlotWindow,
  mode: Mode,
  size: [number, number],
): Drawn {
  const hypnogram = row.kind === 'stage';
  const traces: Trace[] = nights.map((result, i) => ({
    night: i === 0 ? 'a' : 'b',
    label: i === 0 ? 'A' : 'B',
    result,
    jobId: i,
  }));
  // Side by side: column A's chart (the row's range is over both nights either way).
  const shown = mode === 'side' ? traces.slice(0, 1) : traces;
  const diff = mode === 'diff' && !hypnogram;
  const config = lineChartConfig({
    yTitle: hypnogram ? 'Stage' : diff ? `Δ ${row.unit}` : row.unit,
    legend: !hypnogram || shown.length > 1,
    look,
    ...(hypnogram ? { yTicks: stageTickLabel, yFixedTicks: [...STAGE_AXIS.ticks] } : {}),
  });
  config.data.datasets = hypnogram
    ? hypnogramDatasets(shown, window)
    : seriesDatasets(row.series, shown, diff, window, size[0]);
  // ComparisonView's range, and PanelChart's fixed axis for the hypnogram.
  const yRange: YRange | null = hypnogram
    ? { min: STAGE_AXIS.min, max: STAGE_AXIS.max, fixed: true }
    : rowRange(row.series, nights, window, diff);
  setAxes(config.options!, window, yRange);
  return drawn(config, size[0], size[1]);
}

/** The export's chart as drawFigure makes it, double column unless asked, night A's column (or the one chart of an overlay or difference). */
function exportAxis(
  row: ChartRow,
  nights: [SimulationResult, SimulationResult],
  window: SlotWindow,
  mode: Mode,
  lastRow: boolean,
  size: FigureSize = 'double',
): Drawn {
  const style = figureStyle(size);
  const content = style.width - 2 * style.margin;
  const columnWidth = mode === 'side' ? (content - style.gap) / 2 : content;
  const rowKind = mode === 'diff' && row.kind === 'stage' ? 'overlay' : mode;
  const [ra, rb] = nights;
  const figureNights = [
    { night: 'A' as NightLabel, result: ra },
    { night: 'B' as NightLabel, result: rb },
  ];
  const config = chartConfig({
    row,
    night: 'A',
    result: ra,
    window,
    yRange: figureRowRange(row, nights, window, rowKind === 'diff'),
    style,
    xTitle: lastRow,
    plotWidth: columnWidth - style.yAxisWidth,
    ...(rowKind === 'overlay' ? { datasets: overlayDatasets(row, figureNights, window, style) } : {}),
    ...(rowKind === 'diff'
      ? { datasets: differenceDatasets(row, ra, rb, window, style), yTitle: `Δ ${row.unit}` }
      : {}),
  });
  // drawFigure's rect: a row's height, one axis-title line more under the bottom row.
  return drawn(config, columnWidth, style.chartHeight + (lastRow ? style.axisFont * 1.3 : 0));
}

const pressure = unitRows('pressure')[0]!; // Process S and its two thresholds: three series, one unit
const swa = unitRows('swa')[0]!;
const synapses = unitRows('synapses')[0]!;
const hormones = unitRows('hormones');

/** Ticks of 1, 2 or 5 × 10^k apart, from min to max, at most MAX_Y_STEPS + 1 of them. */
function expectReadable(axis: Drawn): void {
  expect(axis.ticks[0]).toBe(axis.min);
  expect(axis.ticks.at(-1)).toBe(axis.max);
  expect(axis.ticks.length).toBeLessThanOrEqual(MAX_Y_STEPS + 1);
  expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
  const step = (axis.max - axis.min) / (axis.ticks.length - 1);
  const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
  expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
  axis.ticks.forEach((tick, i) => expect(tick).toBeCloseTo(axis.min + i * step, 9));
}

describe('screen and export draw the same y axis', () => {
  const ab: [SimulationResult, SimulationResult] = [a, b];
  const whole = unionWindow(ab.map(spanWindow));
  const zoomed: SlotWindow = { start: 22.37, end: 27.81 };
  const labPair: [SimulationResult, SimulationResult] = [a, caffeine];
  const labWhole = unionWindow(labPair.map(spanWindow));

  const cases: [string, ChartRow, [SimulationResult, SimulationResult], SlotWindow, Mode][] = [
    ['sleep pressure, three series in one unit', pressure, ab, whole, 'side'],
    ['sleep pressure, zoomed', pressure, ab, zoomed, 'side'],
    ['SWA of baseline vs evening caffeine', swa, labPair, labWhole, 'side'],
    ['SWA, both nights overlaid', swa, labPair, labWhole, 'overlay'],
    ['synaptic strength', synapses, ab, whole, 'side'],
    ['every hormone row', hormones[0]!, ab, whole, 'side'],
    ['sleep pressure, B − A', pressure, ab, whole, 'diff'],
    ['sleep pressure, B − A zoomed', pressure, ab, zoomed, 'diff'],
    ['SWA, B − A', swa, labPair, labWhole, 'diff'],
  ];
  for (const row of hormones.slice(1)) cases.push([`hormones (${row.unit})`, row, ab, whole, 'side']);

  for (const [name, row, nights, window, mode] of cases) {
    it(name, () => {
      const exported = exportAxis(row, nights, window, mode, false);
      expectReadable(exported);
      // A column of the side-by-side view is about 600 px wide at 1440 × 900, an overlay or
      // difference chart the whole width; 150 px is a lab chart's height, 180 a taller one's.
      const width = mode === 'side' ? 600 : 1200;
      for (const height of [150, 180]) {
        expect(screenAxis(row, nights, window, mode, [width, height]), `screen ${width}×${height}`).toEqual(exported);
      }
      // In a narrow window a legend of several lines leaves a short plot, and Chart.js may skip
      // labels there: then the same bounds, and ticks that are the export's, only fewer.
      const narrow = screenAxis(row, nights, window, mode, [420, 150]);
      expect([narrow.min, narrow.max]).toEqual([exported.min, exported.max]);
      expect(exported.ticks).toEqual(expect.arrayContaining(narrow.ticks));
      // The bottom row, a line taller for the x-axis title, and the single-column size draw it too.
      expect(exportAxis(row, nights, window, mode, true)).toEqual(exported);
      expect(exportAxis(row, nights, window, mode, false, 'single')).toEqual(exported);
      // No curve is cut off: the axis covers every drawn value.
      const range = rowRange(row.series, nights, window, mode === 'diff');
      expect(range!.min).toBeGreaterThanOrEqual(exported.min);
      expect(range!.max).toBeLessThanOrEqual(exported.max);
    });
  }

  it('the SWA row of the key figure ends where the data does, not a step beyond', () => {
    const exported = exportAxis(swa, labPair, labWhole, 'side', false);
    expect(exported).toEqual({ min: 0, max: 1.5, ticks: [0, 0.5, 1, 1.5] });
  });

  it('the hypnogram keeps its fixed stage axis', () => {
    const exported = exportAxis(STAGE_ROW, ab, whole, 'side', false);
    expect(screenAxis(STAGE_ROW, ab, whole, 'side', [600, 120])).toEqual(exported);
    expect(exported).toEqual({ min: STAGE_AXIS.min, max: STAGE_AXIS.max, ticks: [...STAGE_AXIS.ticks] });
  });
});

describe('screen and export share the x axis and the stage labels', () => {
  it('the window, and one tick per stage, W on top', () => {
    const whole = unionWindow([a, b].map(spanWindow));
    const config = lineChartConfig({
      yTitle: 'Stage',
      legend: false,
      look,
      yTicks: stageTickLabel,
      yFixedTicks: [...STAGE_AXIS.ticks],
    });
    setAxes(config.options!, whole, { min: STAGE_AXIS.min, max: STAGE_AXIS.max, fixed: true });
    const exported = chartConfig({
      row: STAGE_ROW,
      night: 'A',
      result: a,
      window: whole,
      yRange: figureRowRange(STAGE_ROW, [a, b], whole, false),
      style: figureStyle('double'),
      xTitle: true,
      plotWidth: 300,
    });
    type X = { min?: number; max?: number };
    const sx = config.options!.scales!.x as X;
    const ex = exported.options!.scales!.x as X;
    expect([ex.min, ex.max]).toEqual([sx.min, sx.max]);
    expect([sx.min, sx.max]).toEqual([whole.start, whole.end]);
    const labels = (scale: object) => {
      const s = scale as { afterBuildTicks: (axis: Scale) => void; ticks: { callback: (v: number) => string } };
      const axis = { ticks: [] as { value: number }[] } as unknown as Scale;
      s.afterBuildTicks(axis);
      return axis.ticks.map((t) => String(s.ticks.callback(t.value)));
    };
    expect(labels(exported.options!.scales!.y!)).toEqual(labels(config.options!.scales!.y!));
    expect(labels(config.options!.scales!.y!)).toEqual(['N3', 'N2', 'N1', 'R', 'W']);
  });
});
