/**
 * The metrics of two nights side by side, one row per declared metric in METRICS order:
 * metric, unit, A, B, delta (B − A), delta_pct (of A). Clock metrics share the focal slot's
 * 12–36 scale, so their delta is in hours and a percentage would mean nothing: delta_pct stays
 * empty. An undefined metric (null) leaves its cells empty, and so do the deltas it enters.
 */
import { METRICS } from '../model/metrics';
import { csvNumber, csvRow } from './csv';

export const METRICS_COLUMNS = ['metric', 'unit', 'A', 'B', 'delta', 'delta_pct'] as const;

type MetricValues = Readonly<Record<string, number | null | undefined>>;

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function metricsCsv(a: MetricValues, b: MetricValues): string {
  const parts = [csvRow(METRICS_COLUMNS)];
  for (const metric of METRICS) {
    const va = a[metric.id];
    const vb = b[metric.id];
    const both = finite(va) && finite(vb);
    const delta = both ? vb - va : null;
    const clock = 'clock' in metric && metric.clock === true;
    const pct = both && !clock && va !== 0 ? ((vb - va) / Math.abs(va)) * 100 : null;
    parts.push(csvRow([metric.id, metric.unit, csvNumber(va), csvNumber(vb), csvNumber(delta), csvNumber(pct)]));
  }
  return parts.join('');
}
