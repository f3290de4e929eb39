/**
 * A driven protocol (drive.ts) as the lab applies it to one night: the events that fit a night
 * (MAX_EVENTS_PER_NIGHT), and the summary the lab shows of what was set. The drive decides the
 * protocol; this only fits it to an experiment night and words it. Pure.
 *
 * More events than a night may hold: the nights the diary places (naps) are kept whole, and of the
 * light events those nearest the focal night are kept (the light of the days just before it moves
 * the clock the most at the focal night); the earliest are left out, and there the parameters'
 * light holds. Whatever the drive sends, however compressed, is fitted the same way.
 */
import { eventSlotHour, MAX_EVENTS_PER_NIGHT, type ProtocolEvent } from '../model/protocolEvents';
import type { DrivenProtocol } from './drive';
import { addSecondsIso } from './import/types';

export interface FittedEvents {
  readonly events: readonly ProtocolEvent[];
  /** Light events the drive gave and those left out. */
  readonly lightEvents: number;
  readonly leftOut: number;
  /** Says what was left out, or null when everything fits. */
  readonly note: string | null;
}

const clock = (h: number): string => {
  const m = Math.round(h * 60) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

export function fitDrivenEvents(events: readonly ProtocolEvent[], max: number = MAX_EVENTS_PER_NIGHT): FittedEvents {
  const light = events.filter((e) => e.kind === 'light');
  const other = events.filter((e) => e.kind !== 'light');
  if (events.length <= max) return { events, lightEvents: light.length, leftOut: 0, note: null };
  const room = Math.max(0, max - other.length);
  const byTime = [...light].sort((a, b) => eventSlotHour(a) - eventSlotHour(b));
  const kept = new Set(byTime.slice(byTime.length - room));
  const left = byTime.length - kept.size;
  const firstKept = byTime[byTime.length - room];
  const until = firstKept
    ? `; measured light starts on day ${firstKept.day} (${-firstKept.day} day${firstKept.day === -1 ? '' : 's'} before the focal night) at ${clock(firstKept.at)}`
    : '';
  return {
    // In the drive's order: the naps, then the light kept.
    events: events.filter((e) => e.kind !== 'light' || kept.has(e)),
    lightEvents: light.length,
    leftOut: left,
    note: `the light log gave ${light.length} light events, but a night holds at most ${max} events (with ${other.length} for the diary's nights): the ${left} earliest are left out and keep the parameters' light${until}`,
  };
}

/** One in-bed period as the summary lists it. */
export interface DrivenNightRow {
  /** Days before the focal night (−1 the night before), 0 the focal night. */
  readonly day: number;
  readonly role: 'prior' | 'focal' | 'filled';
  /** The diary line, or null for a night filled in with the habitual one. */
  readonly line: number | null;
  /** Lights-off and lights-on (out of bed, else wake), local "YYYY-MM-DD HH:MM". */
  readonly lightsOff: string;
  readonly lightsOn: string;
  readonly timeInBed_h: number;
}

export interface DriveSummary {
  readonly diary: string;
  readonly lightLog: string | null;
  readonly nights: readonly DrivenNightRow[];
  /** The run-in's habitual night: the diary's medians. */
  readonly habitualLightsOff: string;
  readonly habitualTimeInBed_h: number;
  /** Light events applied, of those the drive gave. */
  readonly lightEvents: number;
  readonly lightEventsGiven: number;
  /** The drive's notes, then what fitting the events to a night left out. */
  readonly notes: readonly string[];
}

const minutes = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

export function drivenSummary(
  protocol: DrivenProtocol,
  fitted: FittedEvents,
  files: { diary: string; lightLog: string | null },
): DriveSummary {
  return {
    diary: files.diary,
    lightLog: files.lightLog,
    nights: protocol.nights.map((n) => ({
      day: n.day,
      role: n.role,
      line: n.line,
      lightsOff: minutes(n.lightsOff),
      lightsOn: minutes(addSecondsIso(n.lightsOff, Math.round(n.timeInBed_h * 3600))),
      timeInBed_h: n.timeInBed_h,
    })),
    habitualLightsOff: clock(Number(protocol.params.habitualBedtime)),
    habitualTimeInBed_h: Number(protocol.params.habitualTimeInBed_h),
    lightEvents: fitted.lightEvents - fitted.leftOut,
    lightEventsGiven: fitted.lightEvents,
    notes: [...protocol.notes, ...(fitted.note ? [fitted.note] : [])],
  };
}
