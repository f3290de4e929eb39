/**
 * A chart on screen and the same chart exported have the same axes: both are built here from the
 * same two simulated nights, the screen's through the renderer's chart set-up and the comparison
 * view's range, the export's through the figure code's (shared/plot), for a line panel, the
 * hypnogram and a difference chart, over the whole window and zoomed in.
 */
import { describe, expect, it } from 'vitest';
import type { Scale } from 'chart.js';
import { simulateNight } from '../../../shared/model/engine';
import { resolveParameters } from '../../../shared/model/scenarios';
import { STAGE_AXIS, stageTickLabel } from '../../../shared/plot/axes';
import { chartConfig, differenceDatasets, type FigureStyle } from '../../../shared/plot/chartConfig';
import { figureRowRange, rowRange } from '../../../shared/plot/range';
import { STAGE_ROW, unitRows } from '../../../shared/plot/rows';
import { spanWindow, unionWindow, type SlotWindow } from '../../../shared/time/axis';
import { lineChartConfig, setAxes, type YRange } from './chart';

const a = simulateNight(resolveParameters('baseline'), 1);
// A later bedtime, so B's epochs pair with A's at an offset.
const b = simulateNight(resolveParameters('late-sleeper'), 1);
const nights = [a, b];
const look = { text: '#000', grid: '#ccc', cursor: '#f00' };
const style: FigureStyle = {
  width: 510,
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

/** The comparison view's window before any zoom: everything the results cover. */
const whole = unionWindow(nights.map(spanWindow));
const zoomed: SlotWindow = { start: 22.37, end: 27.81 };

type AnyScale = Record<string, unknown> & { afterBuildTicks?: (axis: Scale) => void; ticks?: object };

/** The screen's axes: PanelChart's options after updateLineChart puts the window and range on them. */
function screenScales(hypnogram: boolean, window: SlotWindow, yRange: YRange | null) {
  const config = lineChartConfig({
    yTitle: 'unit',
    legend: true,
    look,
    ...(hypnogram ? { yTicks: stageTickLabel, yFixedTicks: [...STAGE_AXIS.ticks] } : {}),
  });
  setAxes(config.options!, window, hypnogram ? { min: STAGE_AXIS.min, max: STAGE_AXIS.max, fixed: true } : yRange);
  return config.options!.scales as unknown as { x: AnyScale; y: AnyScale };
}

function exportScales(row: typeof STAGE_ROW, window: SlotWindow, diff: boolean) {
  const config = chartConfig({
    row,
    night: 'A',
    result: a,
    window,
    yRange: figureRowRange(row, nights, window, diff),
    style,
    xTitle: true,
    plotWidth: 300,
    ...(diff ? { datasets: differenceDatasets(row, a, b, window, style), yTitle: `Δ ${row.unit}` } : {}),
  });
  return config.options!.scales as unknown as { x: AnyScale; y: AnyScale };
}

const bounds = (scale: AnyScale) => ({
  min: scale.min,
  max: scale.max,
  suggestedMin: scale.suggestedMin,
  suggestedMax: scale.suggestedMax,
});

/** The ticks an axis's afterBuildTicks leaves, with their labels. */
function fixedTicks(scale: AnyScale): { value: number; label: string }[] {
  const axis = { ticks: [] as { value: number }[] } as unknown as Scale;
  scale.afterBuildTicks!(axis);
  const callback = (scale.ticks as { callback: (value: number) => string }).callback;
  return axis.ticks.map((t) => ({ value: t.value, label: String(callback(t.value)) }));
}

describe('screen and export share the axes of a chart', () => {
  const pressure = unitRows('pressure')[0]!;

  for (const [name, window] of [
    ['whole window', whole],
    ['zoomed', zoomed],
  ] as const) {
    it(`a line panel (${name})`, () => {
      const screen = screenScales(false, window, rowRange(pressure.series, nights, window, false));
      const exported = exportScales(pressure, window, false);
      expect(bounds(exported.x)).toEqual(bounds(screen.x));
      expect(screen.x.min).toBe(window.start);
      expect(screen.x.max).toBe(window.end);
      expect(bounds(exported.y)).toEqual(bounds(screen.y));
      expect(screen.y.suggestedMin).toEqual(expect.any(Number));
    });

    it(`the hypnogram (${name})`, () => {
      const screen = screenScales(true, window, null);
      const exported = exportScales(STAGE_ROW, window, false);
      expect(bounds(exported.x)).toEqual(bounds(screen.x));
      expect(bounds(exported.y)).toEqual(bounds(screen.y));
      expect(screen.y.min).toBe(STAGE_AXIS.min);
      expect(fixedTicks(exported.y)).toEqual(fixedTicks(screen.y));
      expect(fixedTicks(screen.y).map((t) => t.label)).toEqual(['N3', 'N2', 'N1', 'R', 'W']);
    });

    it(`a difference chart (${name})`, () => {
      const screen = screenScales(false, window, rowRange(pressure.series, nights, window, true));
      const exported = exportScales(pressure, window, true);
      expect(bounds(exported.x)).toEqual(bounds(screen.x));
      expect(bounds(exported.y)).toEqual(bounds(screen.y));
      // B − A of a later bedtime goes both ways around zero.
      expect(screen.y.suggestedMin as number).toBeLessThan(0);
    });
  }
});
