/**
 * A threshold on a person's Δ = B − A of one metric ("totalSleepTime_min<-30": who loses more than
 * 30 min of sleep). The CLI's --threshold and the experiment file's cohort section both use it.
 */
import { isMetricId, type MetricId, type MetricInfo } from '../model/metrics';

export const THRESHOLD_OPERATORS = ['<', '>'] as const;
export type ThresholdOperator = (typeof THRESHOLD_OPERATORS)[number];

export interface DeltaThreshold {
  readonly metric: MetricId;
  readonly op: ThresholdOperator;
  readonly value: number;
}

const PATTERN = /^([A-Za-z][A-Za-z0-9_]*)\s*([<>])\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/;

/** Reads "METRIC<VALUE" or "METRIC>VALUE"; the message says what is wrong. */
export function parseThreshold(text: string): { ok: true; threshold: DeltaThreshold } | { ok: false; message: string } {
  const m = PATTERN.exec(text.trim());
  if (!m) return { ok: false, message: `"${text}" is not METRIC<VALUE or METRIC>VALUE (e.g. totalSleepTime_min<-30)` };
  const [, metric, op, value] = m;
  if (!isMetricId(metric!)) return { ok: false, message: `"${metric}" is not a metric id` };
  return { ok: true, threshold: { metric: metric, op: op as ThresholdOperator, value: Number(value) } };
}

export function formatThreshold(t: DeltaThreshold): string {
  return `${t.metric}${t.op}${t.value}`;
}

export function beyond(t: DeltaThreshold, delta: number): boolean {
  return t.op === '<' ? delta < t.value : delta > t.value;
}

/**
 * What crossing a threshold means, in words ("lose more than 30 min of total sleep time"): the
 * lab's Cohort tab and the exported report say it with their own number format.
 */
export function thresholdMeaning(
  metric: Pick<MetricInfo, 'label' | 'unit'>,
  t: Pick<DeltaThreshold, 'op' | 'value'>,
  number: (v: number) => string,
): string {
  const what = `${metric.unit} of ${metric.label.toLowerCase()}`;
  if (t.op === '<' && t.value <= 0) return `lose more than ${number(-t.value)} ${what}`;
  if (t.op === '>' && t.value >= 0) return `gain more than ${number(t.value)} ${what}`;
  return `have Δ ${metric.label.toLowerCase()} ${t.op} ${number(t.value)} ${metric.unit}`;
}
