/** How numbers look on screen: significant digits by size, clock metrics as hh:mm. */
import { formatClock } from '../../shared/model/parameters';
import type { MetricInfo } from '../../shared/model/metrics';
import { decimalsFor, formatNumber } from '../../shared/plot/numbers';

// Declared in shared/plot so exported files write numbers as the screen does.
export { formatNumber };

/**
 * A difference B − A with the decimals of the values it is between (of the larger): cortisol
 * 94.2 → 94.7 nmol/L is "+0.5", not "+0.518", which claims a precision the values do not show.
 * Clock metrics' differences are in hours, two decimals at most.
 */
export function formatDelta(delta: number, a: number, b: number, clock = false): string {
  if (delta === 0) return clock ? '±0 h' : '±0';
  const decimals = clock ? 2 : decimalsFor(Math.max(Math.abs(a), Math.abs(b)));
  let text = Math.abs(delta).toFixed(decimals);
  if (clock) text = text.replace(/\.?0+$/, '');
  return `${delta > 0 ? '+' : '−'}${text}${clock ? ' h' : ''}`;
}

/** A number with a true minus sign (U+2212) when negative: "−30", "4.5". */
export function formatMinus(v: number): string {
  return v < 0 ? `−${formatNumber(Math.abs(v))}` : formatNumber(v);
}

/** A number signed both ways: "+0.45", "−0.3", "0". */
export function formatSigned(v: number): string {
  return v > 0 ? `+${formatNumber(v)}` : formatMinus(v);
}

/** A relative difference in %: whole percent from 100 %, else one decimal (two below 0.1 %). */
export function formatPercentChange(pct: number): string {
  if (pct === 0) return '±0%';
  const abs = Math.abs(pct);
  const text = abs >= 100 ? abs.toFixed(0) : abs >= 0.1 ? abs.toFixed(1) : abs.toFixed(2);
  return `${pct > 0 ? '+' : '−'}${text}%`;
}

export function formatMetric(metric: MetricInfo, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return metric.clock ? formatClock(value) : formatNumber(value);
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
