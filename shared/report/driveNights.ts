/**
 * How close a driven simulation is to the diary, night by night: every night the drive placed
 * (the prior nights and the focal one) read off the one simulated protocol and scored by the
 * standard report (sleepReport.ts) inside that night's own lights-off to out of bed, beside the
 * diary report of the same night. The prior nights are simulated in the same run as the focal
 * night (as nap events), so one run gives them all. Pure.
 */
import { EPOCH_H, EPOCH_S, type SimulationResult } from '../model/result';
import type { DrivenProtocol } from './drive';
import { diaryReport, type Diary } from './import/diary';
import { scoreSleep } from './sleepReport';

export interface TwinSide {
  /** Lights-off and the final awakening, HH:MM local time; null where undefined. */
  readonly lightsOff: string | null;
  readonly SOL_min: number | null;
  readonly TST_min: number | null;
  readonly wake: string | null;
}

export interface TwinNight {
  /** The diary line, or null for a night the drive filled with the habitual one. */
  readonly line: number | null;
  readonly role: 'prior' | 'focal' | 'filled';
  /** The evening's date, YYYY-MM-DD. */
  readonly date: string;
  readonly diary: TwinSide | null;
  readonly simulated: TwinSide;
}

/** Seconds on the zoneless local calendar of an ISO local time (as the importers write them). */
const secondsOf = (iso: string): number => Date.parse(`${iso}Z`) / 1000;
const hhmm = (s: number): string => new Date(Math.round(s / 60) * 60_000).toISOString().slice(11, 16);

/** Each placed night of a driven protocol, diary beside simulated (`result` the driven run). */
export function twinNights(diary: Diary, protocol: DrivenProtocol, result: SimulationResult): TwinNight[] {
  const byLine = new Map(diary.nights.map((n) => [n.line, n]));
  const focal = protocol.nights.find((n) => n.role === 'focal')!;
  const focalOff = secondsOf(focal.lightsOff);
  return protocol.nights.map((n) => {
    const off = secondsOf(n.lightsOff);
    // result.start_h is epoch 0's time in hours since the focal lights-off.
    const a = Math.round(((off - focalOff) / 3600 - result.start_h) / EPOCH_H);
    const b = a + Math.round(n.timeInBed_h / EPOCH_H);
    const scored = scoreSleep(result.stage.subarray(a, b), EPOCH_S, { lightsOff: 0, lightsOn: b - a });
    const simulated: TwinSide = {
      lightsOff: hhmm(off),
      SOL_min: scored.report.SOL_min,
      TST_min: scored.report.TST_min,
      wake: scored.finalWake === null ? null : hhmm(off + scored.finalWake * EPOCH_S),
    };
    const night = n.line === null ? undefined : byLine.get(n.line);
    let side: TwinSide | null = null;
    if (night) {
      const r = diaryReport(night);
      side = {
        lightsOff: hhmm(off),
        SOL_min: r.SOL_min,
        TST_min: r.TST_min,
        wake: night.times.wake === null ? null : hhmm(night.times.wake),
      };
    }
    return { line: n.line, role: n.role, date: night?.date ?? n.lightsOff.slice(0, 10), diary: side, simulated };
  });
}

/** Minutes from clock time `a` to `b` (HH:MM), taken the short way round the clock (−720 to 720). */
export function clockDelta_min(a: string, b: string): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = (((m(b) - m(a)) % 1440) + 1440) % 1440;
  return d > 720 ? d - 1440 : d;
}

/** Mean SOL and TST (min) over the nights where both sides have them; null without such a night. */
export function twinMeans(twin: readonly TwinNight[]): {
  nights: number;
  diary: { SOL_min: number; TST_min: number };
  simulated: { SOL_min: number; TST_min: number };
} | null {
  const both = twin.filter(
    (n) =>
      n.diary?.SOL_min != null &&
      n.diary.TST_min != null &&
      n.simulated.SOL_min !== null &&
      n.simulated.TST_min !== null,
  );
  if (both.length === 0) return null;
  const mean = (f: (n: TwinNight) => number) => both.reduce((s, n) => s + f(n), 0) / both.length;
  return {
    nights: both.length,
    diary: { SOL_min: mean((n) => n.diary!.SOL_min!), TST_min: mean((n) => n.diary!.TST_min!) },
    simulated: { SOL_min: mean((n) => n.simulated.SOL_min!), TST_min: mean((n) => n.simulated.TST_min!) },
  };
}

/**
 * Beyond this gap in mean TST (min) the sleeper, not the schedule, is the likelier cause of a
 * poor twin: the drive places the diary's times exactly, so a simulated sleeper that sleeps an
 * hour less (or more) of the same time in bed needs a different sleep need (design choice, the
 * size of a night-to-night TST spread; docs/DATA.md, participant 205).
 */
export const SLEEPER_GAP_TST_MIN = 60;

/** A note when the simulated sleeper sleeps much less or more than the diary's person, else null. */
export function sleeperNote(twin: readonly TwinNight[]): string | null {
  const m = twinMeans(twin);
  if (m === null || Math.abs(m.simulated.TST_min - m.diary.TST_min) <= SLEEPER_GAP_TST_MIN) return null;
  const r = (x: number) => Math.round(x);
  const less = m.simulated.TST_min < m.diary.TST_min;
  return `over the ${m.nights} diary night${m.nights === 1 ? '' : 's'} with a sleep onset, the diary sleeps ${r(m.diary.TST_min)} min a night (SOL ${r(m.diary.SOL_min)}) and the simulated sleeper ${r(m.simulated.TST_min)} (SOL ${r(m.simulated.SOL_min)}) in the same times in bed: its sleep need is ${less ? 'shorter' : 'longer'} than this person's, so the schedule alone cannot make the twin (docs/DATA.md; --sleeper sets a sleeper's own parameters)`;
}
