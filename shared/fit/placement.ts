/**
 * PVT sessions placed on a simulated protocol. A session's time is a date and a clock time; the
 * protocol's axis is the slot hour (shared/time/axis.ts: hours from the midnight that starts the
 * focal slot's day, so the focal evening's 23:00 is 23). The link is the focal date, the calendar
 * date of the focal slot's noon (the evening of the focal night): a session at seconds t on the
 * zoneless calendar lies at slot hour (t − focalDate·86 400) / 3600.
 *
 * Given no focal date, the one that puts the most sessions inside the protocol is taken, and of
 * those the one that puts them latest (nearest the focal night and the day after, where a protocol
 * manipulates sleep; the run-in before it stands for habitual days). Callers say which was used.
 */
import { epochAt, slotHour, type EpochSpan } from '../time/axis';
import type { PvtSession } from '../report/import/pvt';
import { dateOfSeconds, isoOfSeconds } from '../report/import/tables';

const DAY_S = 86_400;

export interface PlacedSession {
  readonly line: number;
  /** ISO local date-time of the session. */
  readonly time: string;
  readonly slot_h: number;
  /** The protocol epoch the session starts in. */
  readonly epoch: number;
  readonly lapses: number;
  readonly meanRT_ms: number;
}

export interface Placement {
  /** YYYY-MM-DD of the focal slot's noon. */
  readonly focalDate: string;
  readonly by: 'given' | 'most sessions inside';
  readonly inside: readonly PlacedSession[];
  /** Sessions before or after the simulated protocol: left out of the fit. */
  readonly outside: readonly PvtSession[];
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null when it is not one. */
export function dayOfDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / (DAY_S * 1000);
}

function placeOn(sessions: readonly PvtSession[], grid: EpochSpan, day: number) {
  const start = slotHour(grid, 0);
  const end = slotHour(grid, grid.epochs);
  const inside: PlacedSession[] = [];
  const outside: PvtSession[] = [];
  for (const s of sessions) {
    const slot = (s.t - day * DAY_S) / 3600;
    const epoch = epochAt(grid, slot);
    if (slot < start || slot >= end || epoch < 0 || epoch >= grid.epochs) outside.push(s);
    else
      inside.push({
        line: s.line,
        time: isoOfSeconds(s.t),
        slot_h: slot,
        epoch,
        lapses: s.lapses,
        meanRT_ms: s.meanRT_ms,
      });
  }
  return { inside, outside };
}

export function placeSessions(sessions: readonly PvtSession[], grid: EpochSpan, focalDate?: string): Placement {
  if (focalDate !== undefined) {
    const day = dayOfDate(focalDate);
    if (day === null) throw new RangeError(`focal date "${focalDate}" is not a date (YYYY-MM-DD)`);
    return { focalDate: dateOfSeconds(day * DAY_S), by: 'given', ...placeOn(sessions, grid, day) };
  }
  // Candidate days: every day that puts at least one session inside the protocol.
  const start = slotHour(grid, 0);
  const end = slotHour(grid, grid.epochs);
  const days = new Set<number>();
  for (const s of sessions) {
    const h = s.t / 3600;
    for (let d = Math.floor((h - end) / 24); d <= Math.ceil((h - start) / 24); d++) days.add(d);
  }
  let best = { day: Math.floor(sessions[0]!.t / DAY_S), inside: -1 };
  // Ascending days: a later day puts the sessions earlier in the protocol, so ">" keeps the latest placement.
  for (const d of [...days].sort((a, b) => a - b)) {
    const n = placeOn(sessions, grid, d).inside.length;
    if (n > best.inside) best = { day: d, inside: n };
  }
  return {
    focalDate: dateOfSeconds(best.day * DAY_S),
    by: 'most sessions inside',
    ...placeOn(sessions, grid, best.day),
  };
}
