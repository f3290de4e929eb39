/**
 * The light log as light events of a driven protocol (drive.ts): clock-aligned bins, the mean of
 * the valid readings in each, a bin with readings over less than half of it left to the
 * parameters' light, runs of equal lux merged (docs/DATA.md, "Light"). Pure.
 */
import { eventKindSpec, MAX_EVENT_DURATION_H, type LightEvent } from '../model/protocolEvents';
import { samplingInterval, type LightLog } from './import/lightLog';
import { DataImportError, isoOfSeconds } from './import/tables';

const DAY_S = 86_400;
const NOON_S = 43_200;

/** Default light bin, min: the engine's light changes at most this often (design choice, see docs/DATA.md). */
export const DRIVE_LIGHT_BIN_MIN = 10;
/** Bin lengths allowed: divisors of an hour, so bins stay on the clock and the protocol's noons. */
export const DRIVE_LIGHT_BINS_MIN = [1, 2, 5, 10, 15, 20, 30, 60] as const;

/** The noon-to-noon slot (days since 1970-01-01 12:00) a time lies in. */
export const slotOf = (t: number): number => Math.floor((t - NOON_S) / DAY_S);
/** Clock hour 0–24 of a time. */
export const clockOf = (t: number): number => (((t % DAY_S) + DAY_S) % DAY_S) / 3600;
export const round2 = (x: number): number => Math.round(x * 100) / 100;
/** "YYYY-MM-DD HH:MM" of a time. */
export const when = (t: number): string => isoOfSeconds(t).replace('T', ' ').slice(0, 16);

/**
 * The log's light over [start, end) (seconds; both on bin boundaries) as light events on the focal
 * slot `F`'s day numbering: the mean of the valid readings in each clock-aligned bin, a bin whose
 * readings cover less than half of it left to the parameters' light, runs of equal lux merged.
 */
export function lightEvents(
  log: LightLog,
  start_s: number,
  end_s: number,
  F: number,
  binMinutes: number,
): { events: LightEvent[]; bins: number; measured_h: number; binMinutes: number; notes: string[] } {
  if (!(DRIVE_LIGHT_BINS_MIN as readonly number[]).includes(binMinutes))
    throw new RangeError(`light bins must be one of ${DRIVE_LIGHT_BINS_MIN.join(', ')} min, got ${binMinutes}`);
  const B = binMinutes * 60;
  const n = Math.round((end_s - start_s) / B);
  const sum = new Float64Array(n);
  const count = new Uint32Array(n);
  const dt = samplingInterval(log.t) || B;
  // A bin shorter than the log's step holds a reading only now and then; the bins between would
  // fall back to the parameters' light, alternating with the measured one.
  if (dt > B)
    throw new DataImportError(
      log.label,
      null,
      `the log reads every ${round2(dt / 60)} min, more coarsely than ${binMinutes}-min bins: most bins would hold no reading; take bins of at least ${round2(dt / 60)} min`,
    );
  for (let i = 0; i < log.t.length; i++) {
    const v = log.lux[i]!;
    const k = Math.floor((log.t[i]! - start_s) / B);
    if (Number.isNaN(v) || k < 0 || k >= n) continue;
    sum[k]! += v;
    count[k]!++;
  }
  const luxMax = eventKindSpec('light')!.fields.find((f) => f.id === 'lux')!.max;
  const notes: string[] = [];
  let clipped = 0;
  const bins: (number | null)[] = Array.from({ length: n }, (_, k) => {
    if (count[k]! * Math.min(dt, B) < B / 2) return null;
    let v = sum[k]! / count[k]!;
    if (v > luxMax) {
      clipped++;
      v = luxMax;
    }
    return v;
  });
  const events: LightEvent[] = [];
  let measured = 0;
  let inside = 0;
  const logFrom = log.t[0]!;
  const logTo = log.t[log.t.length - 1]! + dt;
  for (let k = 0; k < n;) {
    const v = bins[k];
    if (v === null || v === undefined) {
      const t = start_s + k * B;
      if (t + B > logFrom && t < logTo) inside++;
      k++;
      continue;
    }
    let j = k + 1;
    // Equal neighbours are one event, up to the longest event allowed.
    while (j < n && bins[j] === v && (j - k + 1) * B <= MAX_EVENT_DURATION_H * 3600) j++;
    const t = start_s + k * B;
    events.push({ kind: 'light', at: clockOf(t), day: slotOf(t) - F, duration_h: ((j - k) * B) / 3600, lux: v });
    measured += j - k;
    k = j;
  }
  const before_h = Math.max(0, Math.min(end_s, logFrom) - start_s) / 3600;
  const after_h = Math.max(0, end_s - Math.max(start_s, logTo)) / 3600;
  const fill = "the parameters' light (daylight 07:00–19:00, evening light otherwise, bedroom light in bed)";
  notes.push(
    `light binned to ${binMinutes} min (the mean of the readings in each bin); the protocol runs from ${when(start_s)} to ${when(end_s)}, the log from ${when(logFrom)} to ${when(logTo)}`,
  );
  if (before_h > 0 || after_h > 0)
    notes.push(
      `the light log does not cover the whole protocol: ${round2(before_h)} h before it starts${after_h > 0 ? ` and ${round2(after_h)} h after it ends` : ''} keep ${fill}`,
    );
  if (inside > 0)
    notes.push(
      `${inside} bin${inside === 1 ? '' : 's'} inside the log (${round2((inside * B) / 3600)} h) with readings over less than half of the bin (gaps): kept at ${fill}`,
    );
  if (clipped > 0)
    notes.push(`${clipped} bins above ${luxMax} lux (the model's brightest light) taken as ${luxMax} lux`);
  return { events, bins: measured, measured_h: (measured * B) / 3600, binMinutes, notes };
}
