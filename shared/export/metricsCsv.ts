/**
 * The metrics of two nights side by side, one row per declared metric in METRICS order:
 * metric, unit, A, B, delta (B − A), delta_pct (of A). Clock metrics share the focal slot's
 * 12–36 scale, so their delta is in hours and a percentage would mean nothing: delta_pct stays
 * empty. An undefined metric (null) leaves its cells empty, and so do the deltas it enters.
 *
 * With a virtual cohort (shared/cohort summary), its spreads follow: cohort_n (people with a Δ),
 * then cohort_A_p05 … cohort_A_p95, cohort_B_…, cohort_delta_… (5th, 25th, 50th, 75th and 95th
 * percentiles across people of night A, night B and each person's Δ = B − A).
 */
import type { CohortSummary } from '../cohort/summary';
import { SPREAD_QUANTILES } from '../cohort/summary';
import { METRICS } from '../model/metrics';
import { csvNumber, csvRow } from './csv';

export const METRICS_COLUMNS = ['metric', 'unit', 'A', 'B', 'delta', 'delta_pct'] as const;

const SPREADS = [
  ['A', 'a'],
  ['B', 'b'],
  ['delta', 'delta'],
] as const;

/** The cohort's columns: its count, then each night's and Δ's quantiles. */
export const METRICS_COHORT_COLUMNS = [
  'cohort_n',
  ...SPREADS.flatMap(([night]) => SPREAD_QUANTILES.map(([key]) => `cohort_${night}_${key}`)),
];

type MetricValues = Readonly<Record<string, number | null | undefined>>;

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function metricsCsv(a: MetricValues, b: MetricValues, cohort?: CohortSummary): string {
  const parts = [csvRow(cohort ? [...METRICS_COLUMNS, ...METRICS_COHORT_COLUMNS] : METRICS_COLUMNS)];
  const spreads = new Map(cohort?.metrics.map((m) => [m.metric, m]));
  for (const metric of METRICS) {
    const va = a[metric.id];
    const vb = b[metric.id];
    const both = finite(va) && finite(vb);
    const delta = both ? vb - va : null;
    const clock = 'clock' in metric && metric.clock === true;
    const pct = both && !clock && va !== 0 ? ((vb - va) / Math.abs(va)) * 100 : null;
    const own = [metric.id, metric.unit, csvNumber(va), csvNumber(vb), csvNumber(delta), csvNumber(pct)];
    const m = spreads.get(metric.id);
    const extra = cohort
      ? [
          m ? String(m.delta.n) : '',
          ...SPREADS.flatMap(([, key]) => SPREAD_QUANTILES.map(([q]) => csvNumber(m?.[key][q] ?? null))),
        ]
      : [];
    parts.push(csvRow([...own, ...extra]));
  }
  return parts.join('');
}
