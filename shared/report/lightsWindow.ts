/**
 * A measured night's lights-off and lights-on as a person gives them — "start" / "end", a clock
 * time HH:MM[:SS] (placed by the recording start), or minutes after the first epoch — to epoch
 * indices of the night. One reading for the CLI's --lights-off/--lights-on and the lab's fields,
 * so a time means the same epoch in both.
 */
import type { MeasuredNight } from './import/types';

export type LightsEdge = 'lights-off' | 'lights-on';

/** What is wrong with a lights-off/on value; the message reads after the value. */
export class LightsWindowError extends Error {}

/** The epoch index of a lights-off/on value for `night`. */
export function lightsEpoch(value: string, night: MeasuredNight, which: LightsEdge): number {
  const n = night.stages.length;
  const L = night.epochLength_s;
  const v = value.trim();
  if (v === 'start' && which === 'lights-off') return 0;
  if (v === 'end' && which === 'lights-on') return n;
  let offset_s: number;
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (clock) {
    if (night.recordingStart === null)
      throw new LightsWindowError(
        'the file has no recording start, so a clock time cannot be placed; give minutes after the first epoch',
      );
    const [h, m, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (h > 23 || m > 59 || s > 59) throw new LightsWindowError('is not a clock time');
    const start = /T(\d{2}):(\d{2}):(\d{2})$/.exec(night.recordingStart)!;
    const startS = Number(start[1]) * 3600 + Number(start[2]) * 60 + Number(start[3]);
    offset_s = (((h * 3600 + m * 60 + s - startS) % 86400) + 86400) % 86400;
  } else if (/^\d+(\.\d+)?$/.test(v)) offset_s = Number(v) * 60;
  else
    throw new LightsWindowError(
      `: expected ${which === 'lights-off' ? '"start"' : '"end"'}, HH:MM[:SS] or minutes after the first epoch`,
    );
  const epoch = Math.round(offset_s / L);
  if (epoch > n) throw new LightsWindowError(`falls after the end of the hypnogram (${(n * L) / 60} min long)`);
  return epoch;
}

/**
 * The night's lights-off and lights-on epochs: the values given (empty or undefined: the file's
 * own), refused when lights-on is not after lights-off.
 */
export function lightsWindow(
  night: MeasuredNight,
  off: string | undefined,
  on: string | undefined,
): { lightsOff: number | null; lightsOn: number | null } {
  const given = (v: string | undefined) => v !== undefined && v.trim() !== '';
  const lightsOff = given(off) ? lightsEpoch(off!, night, 'lights-off') : night.lightsOff;
  const lightsOn = given(on) ? lightsEpoch(on!, night, 'lights-on') : night.lightsOn;
  if (lightsOff !== null && lightsOn !== null && lightsOn <= lightsOff)
    throw new LightsWindowError(`lights-on (epoch ${lightsOn}) is not after lights-off (epoch ${lightsOff})`);
  return { lightsOff, lightsOn };
}
