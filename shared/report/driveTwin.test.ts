/**
 * The driven night as a twin, on a diary and a light log this test writes: a sleeper who keeps
 * the model's own kind of schedule (lights-off at 23:00 ± 5 min, 8 h in bed: the default sleeper's
 * habit, so the sleeper and the person agree and only the drive is tested), under a light log of bright, noisy days, dim evenings and dark nights. Such a person's
 * simulated nights must start within a plausible latency of the diary's lights-off and end at the
 * diary's wake; and the light merged to fit an experiment file (lightCompress.ts) must leave the
 * clock at the focal night where the exact light puts it.
 */
import { describe, expect, it } from 'vitest';
import { simulateNight } from '../model/engine';
import { MAX_EVENTS_PER_NIGHT } from '../model/protocolEvents';
import { RAD_PER_H } from '../model/circadian/circadian';
import { driveProtocol, drivenValues, type DrivenProtocol } from './drive';
import { clockDelta_min, twinNights } from './driveNights';
import { importDiary } from './import/diary';
import { importLightLog } from './import/lightLog';

const DAY_S = 86_400;
/** "YYYY-MM-DD HH:MM" of seconds on the zoneless local calendar. */
const stamp = (t: number): string => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');
const at = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00Z`) / 1000;

/** Lights-off offsets from 23:00 (min) of the ten nights, and the diary's latencies (min). */
const JITTER_MIN = [-5, 5, 0, 5, -5, 0, 5, -5, 0, 5];
const LATENCY_MIN = [10, 15, 5, 10, 20, 10, 15, 5, 10, 15];
/** Minutes awake after sleep onset the diary gives (a diary's TST needs them). */
const WASO_MIN = [10, 5, 15, 10, 5, 20, 10, 5, 15, 10];
const FIRST = at('2024-05-06', '23:00');

/** Each night's lights-off, sleep onset, wake and out of bed (seconds), and WASO (min): 8 h in bed, awake 5 min before getting up. */
const nights = JITTER_MIN.map((j, k) => {
  const off = FIRST + k * DAY_S + j * 60;
  return { off, onset: off + LATENCY_MIN[k]! * 60, wake: off + 8 * 3600 - 300, up: off + 8 * 3600, waso: WASO_MIN[k]! };
});

function diaryText(): string {
  const rows = nights.map((n) =>
    [
      stamp(n.off).slice(0, 10),
      stamp(n.off - 900),
      stamp(n.off),
      stamp(n.onset),
      stamp(n.wake),
      stamp(n.up),
      n.waso,
    ].join(','),
  );
  return ['date,bed,lights off,sleep onset,wake,out of bed,waso', ...rows].join('\n');
}

/**
 * A reading a minute: in bed 0 lux; otherwise daylight 07:00–19:00 at 300–3000 lux changing every
 * few minutes (a pseudo-random walk of clouds, indoors and outdoors), 20–150 lux in the evening and
 * early morning. Deterministic, so the test is.
 */
function lightText(): string {
  const lines = ['timestamp,lux'];
  const from = FIRST - 2 * DAY_S;
  const to = nights.at(-1)!.up + 6 * 3600;
  let seed = 12345;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  let level = 0.5;
  for (let t = from; t < to; t += 60) {
    const inBed = nights.some((n) => t >= n.off && t < n.up);
    const h = (((t % DAY_S) + DAY_S) % DAY_S) / 3600;
    if (t % 300 === 0) level = Math.min(1, Math.max(0, level + (rand() - 0.5) * 0.4));
    const lux = inBed ? 0 : h >= 7 && h < 19 ? 300 * 10 ** level : 20 + 130 * level;
    lines.push(`${stamp(t)}:00,${lux.toFixed(1)}`);
  }
  return lines.join('\n');
}

const diary = importDiary('twin-diary.csv', 'twin-diary.csv', diaryText());
const log = importLightLog('twin-light.csv', 'twin-light.csv', lightText());

/** Pacemaker phase (h) at the focal lights-off, and the simulated DLMO (clock h). */
function clockAtFocal(d: DrivenProtocol): { phase_h: number; dlmo: number } {
  const r = simulateNight(drivenValues(d), 1, d.events);
  const off = Math.round(-r.start_h * 120);
  return { phase_h: r.series.circadianPhase![off]! / RAD_PER_H, dlmo: r.metrics.dlmo_clock_h! };
}

describe('a driven night as the diary’s twin (synthetic diary and light log)', () => {
  it('the synthetic log makes far more events than an experiment file holds', () => {
    const exact = driveProtocol(diary, log);
    expect(exact.events.length).toBeGreaterThan(3 * MAX_EVENTS_PER_NIGHT);
  });

  it('each night starts within a plausible latency of the diary’s lights-off and ends at its wake', () => {
    const d = driveProtocol(diary, log);
    const result = simulateNight(drivenValues(d), 1, d.events);
    const twin = twinNights(diary, d, result);
    expect(twin.map((n) => n.line)).toEqual(nights.map((_, k) => k + 2));
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    for (const n of twin) {
      // The same lights-off on both sides, and sleep onset within an hour of it on every night
      // (the switch's onset is a hazard, 1/λ_on = 15 min at threshold, so one night may run long).
      expect(n.simulated.lightsOff).toBe(n.diary!.lightsOff);
      expect(n.simulated.SOL_min).toBeGreaterThanOrEqual(0);
      expect(n.simulated.SOL_min).toBeLessThanOrEqual(60);
      // It sleeps until it is got up: the final wake within 15 min of the diary's.
      expect(Math.abs(clockDelta_min(n.diary!.wake!, n.simulated.wake!))).toBeLessThanOrEqual(15);
    }
    // Over the ten nights: a normal latency (≈ 10–20 min in young adults, Ohayon et al. 2004), the
    // mean within 15 min of the diary's 11.5, and the mean TST within 30 min of the diary's 453.
    const sol = mean(twin.map((n) => n.simulated.SOL_min!));
    expect(sol).toBeLessThanOrEqual(25);
    expect(Math.abs(sol - mean(twin.map((n) => n.diary!.SOL_min!)))).toBeLessThanOrEqual(15);
    const tst = mean(twin.map((n) => n.simulated.TST_min!));
    expect(Math.abs(tst - mean(twin.map((n) => n.diary!.TST_min!)))).toBeLessThanOrEqual(30);
  });

  it('the light merged to fit an experiment file leaves the clock within 5 min of the exact light', () => {
    const exact = driveProtocol(diary, log);
    const merged = driveProtocol(diary, log, { maxEvents: MAX_EVENTS_PER_NIGHT });
    expect(merged.events.length).toBeLessThanOrEqual(MAX_EVENTS_PER_NIGHT);
    expect(merged.light!.compressed).toMatchObject({ before: exact.light!.events });
    expect(merged.notes.join('\n')).toMatch(/light merged from \d+ to \d+ events/);
    const a = clockAtFocal(exact);
    const b = clockAtFocal(merged);
    expect(Math.abs(b.phase_h - a.phase_h) * 60).toBeLessThanOrEqual(5);
    expect(Math.abs(b.dlmo - a.dlmo) * 60).toBeLessThanOrEqual(5);
  });
});
