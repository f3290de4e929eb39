/**
 * The label of a tick on the time axis, one rule for the lab's charts, the hypnogram hero and the
 * exported figures: the clock, except at midnight on an axis longer than two days, where several
 * ticks would read "00:00" and the days could not be told apart — there it names the day on the
 * shared axis (day 0 holds the focal evening, day 1 the morning after; as the actogram's
 * rows, shared/plot/actogram.ts).
 */
import { formatClock } from '../model/parameters';

/** Days are named on axes longer than this (h): up to it, one or two midnights read plainly as 00:00. */
export const DAY_LABELS_OVER_H = 48;

export function timeTickLabel(hour: number, span_h: number): string {
  const day = Math.round(hour / 24);
  if (span_h > DAY_LABELS_OVER_H && Math.abs(hour - 24 * day) < 1e-6) return `day ${day < 0 ? `−${-day}` : day}`;
  return formatClock(hour);
}
