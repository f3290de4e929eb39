/** How numbers look on screen: significant digits by size, clock metrics as hh:mm. */
import { formatClock } from '../../shared/model/parameters';
import type { MetricInfo } from '../../shared/model/metrics';

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function formatMetric(metric: MetricInfo, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return metric.clock ? formatClock(value) : formatNumber(value);
}

export function formatSigned(value: number, suffix = ''): string {
  const text = formatNumber(Math.abs(value));
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}${suffix}`;
}

/** Why a metric has no value, in words, for the hover text of "—". */
export function nullReason(metricId: string, metrics: Readonly<Record<string, number | null>> | undefined): string {
  if (!metrics) return 'not simulated yet';
  if (metrics.totalSleepTime_min === 0 || metrics.totalSleepTime_min === null)
    return 'undefined: no sleep in this night';
  if (metricId === 'swaDecayRatio' || metricId === 'meanCycleLength_min')
    return 'undefined: fewer than two NREM episodes or cycles';
  if (metricId === 'remLatency_min') return 'undefined: no REM sleep';
  return 'undefined for this night (a zero denominator or a missing event)';
}
