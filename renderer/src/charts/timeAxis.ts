/** A shared time axis: hours since the focal lights-off, labelled with the clock time. */
import { formatClock } from '../../../shared/model/parameters';

export function clockTickLabel(time_h: number, focalLightsOff_clock_h: number): string {
  return formatClock(focalLightsOff_clock_h + time_h);
}

/** Tick step (h) for a window of this many hours, so ticks stay readable. */
export function tickStep(span_h: number): number {
  if (span_h <= 12) return 1;
  if (span_h <= 30) return 2;
  if (span_h <= 60) return 3;
  if (span_h <= 120) return 6;
  return 24;
}
