/**
 * Published protocols that the core parameters cannot express, built directly as timelines
 * (light pulses, forced desynchrony, several doses, long deprivation, day-by-day schedules).
 * Every timeline starts at noon of day 0 and lives `runInDays` ordinary days first (habitual
 * schedule, light by clock as in compileProtocol), so the clock and sleep pressure are entrained.
 */
import type { ParameterValues } from '../../shared/model/parameters';
import {
  DAYLIGHT_FROM_H,
  DAYLIGHT_TO_H,
  TimelineBuilder,
  hoursAfterNoon,
  type Timeline,
} from '../../shared/model/protocol';

export interface Night {
  /** Lights-off, hours since the timeline start (noon of day 0). */
  readonly off_h: number;
  readonly tib_h: number;
}

/** Lights-off of a clock bedtime in day slot `slot` (noon-to-noon). */
export const nightAt = (slot: number, bedtime: number, tib_h: number): Night => ({
  off_h: 24 * slot + hoursAfterNoon(bedtime),
  tib_h,
});

/** Ordinary living over [from_h, to_h): light by clock, evening light before each lights-off, the given nights in bed. */
export function live(
  tl: TimelineBuilder,
  p: ParameterValues,
  from_h: number,
  to_h: number,
  nights: readonly Night[],
): void {
  for (let noon = Math.floor(from_h / 24) * 24; noon < to_h; noon += 24) {
    tl.light(Math.max(from_h, noon - 5), Math.min(to_h, noon + DAYLIGHT_TO_H - 12), p.dayLight_lux);
    tl.light(
      Math.max(from_h, noon + DAYLIGHT_TO_H - 12),
      Math.min(to_h, noon + 12 + DAYLIGHT_FROM_H),
      p.eveningLight_lux,
    );
  }
  for (const n of nights) {
    if (n.off_h >= to_h || n.off_h < from_h) continue;
    tl.light(Math.max(from_h, n.off_h - p.eveningLightHours), n.off_h, p.eveningLight_lux);
  }
  for (const n of nights) {
    if (n.off_h >= to_h || n.off_h < from_h || n.tib_h <= 0) continue;
    tl.bed(n.off_h, Math.min(to_h, n.off_h + n.tib_h));
    tl.light(n.off_h, Math.min(to_h, n.off_h + n.tib_h), p.nightLight_lux);
  }
}

/** The habitual nights of slots [0, days). */
export function habitualNights(p: ParameterValues, days: number): Night[] {
  return Array.from({ length: days }, (_, k) => nightAt(k, p.habitualBedtime, p.habitualTimeInBed_h));
}

/** Midnight ending day `slot`'s evening (hours since start). */
export const midnightAfter = (slot: number): number => 24 * slot + 12;

/**
 * Run-in, then a schedule of nights (one per slot after the run-in; tib 0 = awake), then the day
 * after the focal night (index `focalIndex` in `schedule`) until midnight.
 */
export function scheduleTimeline(
  p: ParameterValues,
  schedule: readonly { bedtime: number; tib_h: number }[],
  focalIndex: number,
  extra?: (tl: TimelineBuilder, nights: readonly Night[]) => void,
): Timeline {
  const runIn = p.runInDays;
  const nights = [...habitualNights(p, runIn), ...schedule.map((n, k) => nightAt(runIn + k, n.bedtime, n.tib_h))];
  const last = nights[nights.length - 1]!;
  const end_h = 12 + 24 * Math.ceil((last.off_h + Math.max(last.tib_h, 8)) / 24);
  const tl = new TimelineBuilder(12, end_h);
  live(tl, p, 0, end_h, nights);
  extra?.(tl, nights);
  const focal = nights[runIn + focalIndex]!;
  const awake = focal.tib_h === 0;
  const off = awake ? nightAt(runIn + focalIndex, p.habitualBedtime, p.habitualTimeInBed_h) : focal;
  return tl.build({ lightsOff_h: off.off_h, lightsOn_h: off.off_h + off.tib_h, awakeNight: awake });
}

/**
 * Run-in, then constant conditions from 07:00 after the last run-in night: awake (or as `bed`
 * says) in `dimLux`, for `days` days; `extra` may add pulses. The focus is a nominal 23:00–07:00
 * window on the first constant day (only its clock matters to these protocols).
 */
export function constantRoutine(
  p: ParameterValues,
  days: number,
  dimLux: number,
  extra?: (tl: TimelineBuilder, start_h: number) => void,
): Timeline {
  const runIn = p.runInDays;
  const nights = habitualNights(p, runIn);
  const start_h = 24 * runIn - 5; // 07:00 after the last run-in night
  const end_h = start_h + 24 * days;
  const tl = new TimelineBuilder(12, end_h);
  live(tl, p, 0, start_h, nights);
  tl.light(start_h, end_h, dimLux);
  extra?.(tl, start_h);
  return tl.build({ lightsOff_h: start_h + 16, lightsOn_h: start_h + 24, awakeNight: true });
}

/**
 * Forced desynchrony: after the run-in, `days` of T-hour "days" (2/3 awake in `dimLux`, 1/3 in
 * bed in darkness), starting at 07:00 after the last run-in night.
 */
export function forcedDesynchrony(p: ParameterValues, cycles: number, T_h: number, dimLux: number): Timeline {
  const runIn = p.runInDays;
  const nights = habitualNights(p, runIn);
  const start_h = 24 * runIn - 5;
  const end_h = start_h + cycles * T_h;
  const tl = new TimelineBuilder(12, end_h);
  live(tl, p, 0, start_h, nights);
  tl.light(start_h, end_h, dimLux);
  for (let c = 0; c < cycles; c++) {
    const off = start_h + c * T_h + (2 / 3) * T_h;
    tl.bed(off, off + T_h / 3);
    tl.light(off, off + T_h / 3, 0);
  }
  return tl.build({ lightsOff_h: start_h + (2 / 3) * T_h, lightsOn_h: start_h + T_h, awakeNight: false });
}
