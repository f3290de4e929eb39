/**
 * Chart.js set-up for one panel of a night: data from the simulation result, drawn in place
 * without animation so a slider move redraws at once.
 */
import {
  Chart,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Tooltip,
  Filler,
  type ChartDataset,
} from 'chart.js';
import { STAGES, EPOCH_H, type SimulationResult, type SeriesInfo } from '../../../shared/model/result';
import { clockTickLabel, tickStep } from './timeAxis';
import { seriesColour } from './palette';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Filler);

export type Point = { x: number; y: number };

/** Hypnogram heights: W on top, then R, N1, N2, N3 (the clinical order). */
export function hypnogramPoints(result: SimulationResult): Point[] {
  const points: Point[] = new Array(result.epochs);
  const top = STAGES.length - 1;
  for (let i = 0; i < result.epochs; i++) points[i] = { x: result.start_h + i * EPOCH_H, y: top - result.stage[i]! };
  return points;
}

export function seriesPoints(result: SimulationResult, id: string): Point[] {
  const values = result.series[id];
  if (!values) return [];
  const points: Point[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) points[i] = { x: result.start_h + i * EPOCH_H, y: values[i]! };
  return points;
}

export function datasetsFor(panel: string, result: SimulationResult, series: readonly SeriesInfo[]): ChartDataset<'line', Point[]>[] {
  if (panel === 'hypnogram') {
    return [
      {
        label: 'Stage',
        data: hypnogramPoints(result),
        stepped: 'before',
        borderColor: seriesColour(0),
        borderWidth: 1.5,
        pointRadius: 0,
      },
    ];
  }
  return series
    .filter((s) => s.panel === panel)
    .map((s, index) => ({
      label: s.unit ? `${s.label} (${s.unit})` : s.label,
      data: seriesPoints(result, s.id),
      borderColor: seriesColour(index),
      backgroundColor: seriesColour(index),
      borderWidth: 1.5,
      pointRadius: 0,
    }));
}

export function createNightChart(canvas: HTMLCanvasElement, panel: string, focalLightsOff_clock_h: () => number): Chart<'line', Point[]> {
  const isHypnogram = panel === 'hypnogram';
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: !isHypnogram, position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? clockTickLabel(items[0].parsed.x ?? 0, focalLightsOff_clock_h()) : ''),
            label: (item) =>
              isHypnogram ? `Stage ${STAGES[STAGES.length - 1 - Math.round(item.parsed.y ?? 0)]}` : `${item.dataset.label}: ${(item.parsed.y ?? 0).toFixed(3)}`,
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          ticks: {
            callback: (value) => clockTickLabel(Number(value), focalLightsOff_clock_h()),
            maxRotation: 0,
          },
          title: { display: true, text: 'Clock time' },
        },
        y: isHypnogram
          ? {
              min: -0.2,
              max: STAGES.length - 0.8,
              ticks: { stepSize: 1, callback: (value) => STAGES[STAGES.length - 1 - Number(value)] ?? '' },
              title: { display: true, text: 'Stage' },
            }
          : { title: { display: false } },
      },
    },
  });
}

/** Replaces the data of a chart and redraws it without animation. */
export function updateNightChart(chart: Chart<'line', Point[]>, datasets: ChartDataset<'line', Point[]>[], window: { start_h: number; end_h: number }): void {
  chart.data.datasets = datasets;
  const x = chart.options.scales?.x;
  if (x) {
    x.min = window.start_h;
    x.max = window.end_h;
    (x.ticks as { stepSize?: number }).stepSize = tickStep(window.end_h - window.start_h);
  }
  chart.update('none');
}
