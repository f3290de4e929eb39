/**
 * The tables of a report as text cells: the parameters that differ between the nights, the
 * metrics with A, B, Δ and Δ%, and the model's references. Pure, so the PDF writer, a print view
 * and tests all show the same strings.
 */
import { metricDelta, parameterDifferences } from '../model/compare';
import { METRICS, type MetricInfo } from '../model/metrics';
import { PARAMETERS, formatClock, formatParameterValue, type ParameterValues } from '../model/parameters';
import { SCENARIOS } from '../model/scenarios';

export interface MetricRow {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly a: string;
  readonly b: string;
  readonly delta: string;
  readonly deltaPct: string;
  /** 'better' or 'worse' for B by the metric's declared direction; '' where it has none or Δ is 0. */
  readonly verdict: 'better' | 'worse' | '';
}

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Four significant digits, plain notation: enough for a table, and what the CSV rounds to six. */
export function formatMetricNumber(value: number): string {
  if (value === 0) return '0';
  const text = Number(value.toPrecision(4)).toString();
  return /e/i.test(text) ? value.toFixed(Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value))))) : text;
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/** A metric's value as a table shows it: clock metrics as hh:mm, others to four digits, '—' when undefined. */
export function formatMetricValue(metric: MetricInfo, value: number | null | undefined): string {
  if (!finite(value)) return '—';
  return metric.clock ? formatClock(value) : formatMetricNumber(value);
}

export function metricRows(
  a: Readonly<Record<string, number | null | undefined>>,
  b: Readonly<Record<string, number | null | undefined>>,
): MetricRow[] {
  return METRICS.map((metric: MetricInfo) => {
    const va = a[metric.id];
    const vb = b[metric.id];
    const { delta, deltaPct, verdict } = metricDelta(metric, va, vb);
    let deltaText = '—';
    if (delta !== null) {
      // Clock metrics: the difference of two times of day is a duration in hours.
      deltaText = metric.clock ? `${signed(delta.toFixed(2), delta)} h` : signed(formatMetricNumber(delta), delta);
    }
    return {
      id: metric.id,
      label: metric.label,
      unit: metric.unit,
      a: formatMetricValue(metric, va),
      b: formatMetricValue(metric, vb),
      delta: deltaText,
      deltaPct: deltaPct === null ? '—' : `${signed(deltaPct.toFixed(1), deltaPct)}%`,
      verdict: verdict === 'better' || verdict === 'worse' ? verdict : '',
    };
  });
}

export interface ParameterRow {
  readonly id: string;
  readonly label: string;
  readonly a: string;
  readonly b: string;
}

export function parameterRows(a: ParameterValues, b: ParameterValues): ParameterRow[] {
  return parameterDifferences(a, b).map(({ spec, a: va, b: vb }) => ({
    id: spec.id,
    label: spec.label,
    a: formatParameterValue(spec, va),
    b: formatParameterValue(spec, vb),
  }));
}

/**
 * The literature the model cites: parameter citations and scenario sources, split where one entry
 * names several (';'), keeping only entries that name an author and a year (not "calibrated" or
 * "design choice" notes), without the remarks in brackets or parentheses. Entries for the
 * same author and year collapse into the most complete one. Sorted by author.
 */
export function modelReferences(): string[] {
  const byKey = new Map<string, string>();
  const add = (text: string) => {
    for (const part of text.split(';')) {
      // Remarks in brackets or parentheses say what was taken from a source, not which source it is.
      const reference = part
        .replace(/\s*\[[^\]]*\]/g, '')
        .split(' (')[0]!
        .replace(/\s+/g, ' ')
        .trim();
      const year = /\b(1[89]|20)\d\d[a-z]?\b/.exec(reference);
      if (!year || !/^\p{Lu}/u.test(reference) || /^(calibrated|design)/i.test(reference)) continue;
      const key = reference.slice(0, year.index + year[0].length).toLowerCase();
      const known = byKey.get(key);
      if (!known || reference.length > known.length) byKey.set(key, reference);
    }
  };
  for (const spec of PARAMETERS) add(spec.citation);
  for (const scenario of SCENARIOS) add(scenario.source);
  return [...byKey.values()].sort((x, y) => x.localeCompare(y, 'en'));
}
