/**
 * A night's protocol with a person's light log laid over it, for the circadian fit: the protocol is
 * the experiment's (its scenario, parameters and events), placed on the calendar by the focal date
 * (the evening of the focal night: slot hour 0 is that date's midnight, as for PVT sessions,
 * placement.ts), and the log's light, binned on the clock, replaces the parameters' light wherever
 * it has readings — run-in included — exactly as a diary-driven protocol takes it
 * (shared/report/drive.ts lightEvents, which this calls). Where the log has no reading the
 * parameters' light stays, and a note says how much.
 */
import type { ParameterValues } from '../model/parameters';
import { compileProtocol, type Timeline } from '../model/protocol';
import type { ProtocolEvent } from '../model/protocolEvents';
import { EPOCHS_PER_HOUR } from '../model/result';
import { DRIVE_LIGHT_BIN_MIN, lightEvents } from '../report/drive';
import type { LightLog } from '../report/import/lightLog';
import { DataImportError, isoOfSeconds } from '../report/import/tables';
import { dayOfDate } from './placement';

const DAY_S = 86_400;

export interface LitProtocol {
  readonly timeline: Timeline;
  /** The experiment's events, then the log's light events. */
  readonly events: readonly ProtocolEvent[];
  readonly light: {
    readonly binMinutes: number;
    /** Hours of the protocol the log's readings cover, and the protocol's length. */
    readonly measured_h: number;
    readonly protocol_h: number;
    readonly events: number;
  };
  readonly notes: readonly string[];
}

/** Lays `log` over the protocol of `params` and `events` whose focal evening is `focalDate` (YYYY-MM-DD). */
export function lightProtocol(
  params: ParameterValues,
  events: readonly ProtocolEvent[],
  log: LightLog,
  focalDate: string,
  binMinutes: number = DRIVE_LIGHT_BIN_MIN,
): LitProtocol {
  const day = dayOfDate(focalDate);
  if (day === null) throw new RangeError(`focal date "${focalDate}" is not a date (YYYY-MM-DD)`);
  const bare = compileProtocol(params, events);
  // Epoch 0 is a noon (the protocol starts at the run-in's first noon): slot hour 12 − slotNoon/EPOCHS_PER_HOUR.
  const start_s = day * DAY_S + (12 - bare.focus.slotNoon / EPOCHS_PER_HOUR) * 3600;
  const end_s = start_s + (bare.epochs / EPOCHS_PER_HOUR) * 3600;
  const binned = lightEvents(log, start_s, end_s, day, binMinutes);
  if (binned.bins === 0)
    throw new DataImportError(
      log.label,
      null,
      `the light log (${isoOfSeconds(log.t[0]!)} to ${isoOfSeconds(log.t[log.t.length - 1]!)}) has no reading inside the simulated protocol (${isoOfSeconds(start_s)} to ${isoOfSeconds(end_s)}): set the focal date or the run-in so that they overlap`,
    );
  const all = [...events, ...binned.events];
  const timeline = compileProtocol(params, all);
  return {
    timeline,
    events: all,
    light: {
      binMinutes: binned.binMinutes,
      measured_h: binned.measured_h,
      protocol_h: bare.epochs / EPOCHS_PER_HOUR,
      events: binned.events.length,
    },
    notes: binned.notes,
  };
}
