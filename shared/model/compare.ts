/**
 * Comparing two nights: the difference of a metric (B − A) and of their parameters. One place
 * for the rules every table, card, CSV and report uses: clock metrics get a Δ in hours and no Δ%;
 * a null enters no difference; Δ% is of A, undefined when A is 0; better or worse by the metric's
 * declared direction, and no change below its declared threshold.
 */
import { noChangeBelow, type MetricInfo } from './metrics';
import { PARAMETERS, type ParameterSpec, type ParameterValues } from './parameters';

export interface MetricDelta {
  readonly delta: number | null;
  readonly deltaPct: number | null;
  /**
   * 'better' or 'worse' by the metric's direction; 'neutral' where it has none; 'same' where |Δ|
   * is below the metric's no-change threshold (metrics.ts NO_CHANGE_BELOW).
   */
  readonly verdict: 'better' | 'worse' | 'neutral' | 'same' | 'none';
}

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function metricDelta(
  metric: MetricInfo,
  a: number | null | undefined,
  b: number | null | undefined,
): MetricDelta {
  if (!finite(a) || !finite(b)) return { delta: null, deltaPct: null, verdict: 'none' };
  const delta = b - a;
  const deltaPct = metric.clock || a === 0 ? null : (delta / Math.abs(a)) * 100;
  let verdict: MetricDelta['verdict'];
  // The floor catches float noise on a unit without a threshold.
  if (Math.abs(delta) < Math.max(noChangeBelow(metric), 1e-9)) verdict = 'same';
  else if (metric.direction === 'neutral') verdict = 'neutral';
  else verdict = delta > 0 === (metric.direction === 'higher') ? 'better' : 'worse';
  return { delta, deltaPct, verdict };
}

export interface ParameterDifference {
  readonly spec: ParameterSpec;
  readonly a: number | string;
  readonly b: number | string;
}

/** Parameters whose values differ between two nights, in schema order. */
export function parameterDifferences(a: ParameterValues, b: ParameterValues): ParameterDifference[] {
  const out: ParameterDifference[] = [];
  for (const spec of PARAMETERS) {
    const va = (a as Record<string, number | string>)[spec.id]!;
    const vb = (b as Record<string, number | string>)[spec.id]!;
    if (va !== vb) out.push({ spec, a: va, b: vb });
  }
  return out;
}
