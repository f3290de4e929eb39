/**
 * A horizontal bar chart, one row per label with the legend below: the sweep's ±10 % tornado
 * (SweepPanel.vue) and the global sensitivity's ranking (SensitivityPanel.vue) are drawn this way,
 * in the theme's colours.
 */
import type { ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import type { ChartLook } from './chart';

export interface HorizontalBars {
  readonly labels: string[];
  readonly datasets: ChartDataset<'bar'>[];
  /** The value axis's title. */
  readonly title: string;
  /** Bars of a row stacked end to end (the tornado's −10 % and +10 %) rather than side by side. */
  readonly stacked?: boolean;
  /** The value axis's ends and tick step; Chart.js's own from the data when absent. */
  readonly range?: { readonly min: number; readonly max: number; readonly step: number };
  readonly plugins?: Plugin<'bar'>[];
}

export function horizontalBars(look: ChartLook, bars: HorizontalBars): ChartConfiguration<'bar'> {
  const stacked = bars.stacked ? { stacked: true } : {};
  const { range } = bars;
  return {
    type: 'bar',
    data: { labels: bars.labels, datasets: bars.datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { color: look.text } } },
      scales: {
        x: {
          ...stacked,
          ...(range ? { min: range.min, max: range.max } : {}),
          title: { display: true, text: bars.title, color: look.text },
          ticks: { color: look.text, ...(range ? { stepSize: range.step } : {}) },
          grid: { color: look.grid },
        },
        y: { ...stacked, ticks: { color: look.text, font: { size: 11 } }, grid: { display: false } },
      },
    },
    ...(bars.plugins ? { plugins: bars.plugins } : {}),
  };
}
