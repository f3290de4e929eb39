import { describe, expect, it } from 'vitest';
import { simulateNight } from '../model/engine';
import { compileProtocol, hoursAfterNoon } from '../model/protocol';
import { EPOCH_S, STAGE_CODE } from '../model/result';
import { clearRunInCache, configureRunInCache, runInCacheStats } from '../model/runInCache';
import { checkSleeper, driveProtocol, drivenValues, type DrivenProtocol } from './drive';
import { importDiary } from './import/diary';
import { importLightLog, type LightLog } from './import/lightLog';
import { HypnogramImportError } from './import/types';

/** Seconds on the zoneless local calendar (as the importers read them) of "YYYY-MM-DD HH:MM". */
const sec = (s: string): number => Date.parse(`${s.replace(' ', 'T')}:00Z`) / 1000;

/** A diary file: date, lights-off, out of bed, one night a row (written here, not copied). */
function diaryText(nights: readonly [string, string, string][]): string {
  return ['date,lights off,out of bed', ...nights.map((n) => n.join(','))].join('\n');
}

const NIGHTS: [string, string, string][] = [
  ['2024-03-04', '2024-03-04 23:10', '2024-03-05 07:05'],
  ['2024-03-05', '2024-03-05 22:40', '2024-03-06 06:50'],
  ['2024-03-06', '2024-03-07 00:20', '2024-03-07 08:15'],
  ['2024-03-07', '2024-03-07 23:45', '2024-03-08 07:30'],
  ['2024-03-08', '2024-03-08 22:55', '2024-03-09 07:40'],
];

const diary = (nights = NIGHTS) => importDiary('diary.csv', 'diary.csv', diaryText(nights));

/** A light log with one reading a minute from `from` to `to` (local), lux given by the time. */
function lightLog(from: string, to: string, luxAt: (t: number) => number): LightLog {
  const lines = ['timestamp,lux'];
  for (let t = sec(from); t < sec(to); t += 60) {
    lines.push(`${new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ')},${luxAt(t)}`);
  }
  return importLightLog('light.csv', 'light.csv', lines.join('\n'));
}

/** Clock hour of a time in seconds. */
const clock = (t: number) => (((t % 86_400) + 86_400) % 86_400) / 3600;
/** Daylight-ish, varying minute to minute so that a bin's mean is not any one reading. */
const dayLux = (t: number) => {
  const h = clock(t);
  return h >= 7 && h < 21 ? 200 + 37 * (Math.floor(t / 60) % 13) : 3 + (Math.floor(t / 60) % 5);
};

/** The protocol's first epoch in local seconds: noon of the first run-in slot. */
function startOf(d: DrivenProtocol): number {
  const v = drivenValues(d);
  const focalOff = sec(
    d.nights
      .find((n) => n.role === 'focal')!
      .lightsOff.slice(0, 16)
      .replace('T', ' '),
  );
  const F = Math.floor((focalOff - 43_200) / 86_400);
  return (F - v.priorNights - v.runInDays) * 86_400 + 43_200;
}

/** In-bed runs of a timeline as [from, to) epochs. */
function runs(inBed: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < inBed.length; i++) {
    if (inBed[i] === 1 && (i === 0 || inBed[i - 1] === 0)) out.push([i, i]);
    if (inBed[i] === 1) out[out.length - 1]![1] = i + 1;
  }
  return out;
}

describe('driveProtocol: the diary becomes the protocol', () => {
  it('places every diary night at its own lights-off for its own time in bed, the last as the focal night', () => {
    const d = driveProtocol(diary(), null);
    const v = drivenValues(d);
    expect(v.priorNights).toBe(4);
    expect(v.priorTimeInBed_h).toBe(0);
    expect(v.bedtime).toBeCloseTo(22 + 55 / 60, 12);
    expect(v.timeInBed_h).toBeCloseTo(8 + 45 / 60, 12);
    const tl = compileProtocol(v, d.events);
    const start = startOf(d);
    const expected = NIGHTS.map(([, off, on]) => [(sec(off) - start) / EPOCH_S, (sec(on) - start) / EPOCH_S]);
    // The diary's nights are the protocol's last five in-bed runs, epoch for epoch.
    const all = runs(tl.inBed);
    expect(all.slice(-5)).toEqual(expected);
    // Before them, the run-in: one habitual night a day at the diary's median (23:10, 8 h).
    expect(all.length).toBe(v.runInDays + 5);
    expect(v.habitualBedtime).toBeCloseTo(23 + 10 / 60, 12);
    expect(v.habitualTimeInBed_h).toBeCloseTo(7 + 55 / 60, 12);
    expect([tl.focus.lightsOff, tl.focus.lightsOn]).toEqual(expected[4]);
    expect(d.nights.map((n) => [n.role, n.line, n.day])).toEqual([
      ['prior', 2, -4],
      ['prior', 3, -3],
      ['prior', 4, -2],
      ['prior', 5, -1],
      ['focal', 6, 0],
    ]);
  });

  it('takes a chosen focal night, and fills a night the diary skips with the habitual one, saying so', () => {
    const skipped = [NIGHTS[0]!, NIGHTS[1]!, NIGHTS[3]!, NIGHTS[4]!];
    const d = driveProtocol(diary(skipped), null, { line: 4 });
    expect(d.nights.map((n) => n.role)).toEqual(['prior', 'prior', 'filled', 'focal']);
    expect(d.notes.join('\n')).toMatch(/no diary night for the evening of 2024-03-06: filled with the habitual night/);
    expect(d.notes.join('\n')).toMatch(/1 diary night after the focal night not used/);
    expect(drivenValues(d).bedtime).toBeCloseTo(23.75, 12);
  });

  it('keeps the habitual time in bed within its range, saying so', () => {
    const short: [string, string, string][] = [
      ['2024-03-04', '2024-03-05 03:00', '2024-03-05 05:30'],
      ['2024-03-05', '2024-03-06 03:00', '2024-03-06 05:30'],
    ];
    const d = driveProtocol(diary(short), null);
    expect(drivenValues(d).habitualTimeInBed_h).toBe(3);
    expect(d.notes).toContain(
      "the diary's median time in bed (2.5 h) is outside the habitual range of 3–16 h: the run-in uses 3 h",
    );
    expect(drivenValues(d).timeInBed_h).toBe(2.5);
  });

  it('refuses a night that runs into the next, a second night in one day, and an unknown focal line', () => {
    const overlap: [string, string, string][] = [
      ['2024-03-04', '2024-03-04 23:10', '2024-03-05 23:20'],
      ['2024-03-05', '2024-03-05 23:00', '2024-03-06 07:00'],
    ];
    expect(() => driveProtocol(diary(overlap), null)).toThrow(
      'diary.csv: line 2: the night from 2024-03-04 23:10 to 2024-03-05 23:20 runs into the next night',
    );
    const twice: [string, string, string][] = [
      ['2024-03-04', '2024-03-04 23:10', '2024-03-05 02:00'],
      ['2024-03-04', '2024-03-05 03:00', '2024-03-05 07:00'],
    ];
    expect(() => driveProtocol(diary(twice), null)).toThrow(
      /line 3: lights-off 2024-03-05 03:00 falls in the same noon-to-noon day as line 2's/,
    );
    expect(() => driveProtocol(diary(), null, { line: 9 })).toThrow(
      /line 9: is not a diary night .*lines 2, 3, 4, 5, 6/,
    );
  });
});

describe('driveProtocol: the light log becomes the light', () => {
  const log = lightLog('2024-03-03 09:00', '2024-03-09 12:00', dayLux);

  it('puts the log’s binned lux into the simulated light series (eyelids attenuate it while asleep)', () => {
    const d = driveProtocol(diary(), log, { binMinutes: 10 });
    const v = drivenValues(d);
    const result = simulateNight(v, 7, d.events);
    const light = result.series.light!;
    const start = startOf(d);
    const tl = compileProtocol(v, d.events);
    let awake = 0;
    let asleep = 0;
    // Every epoch from the log's second hour to its end: the bin's mean, computed here from dayLux.
    for (let t = sec('2024-03-03 10:00'); t < sec('2024-03-09 11:00'); t += EPOCH_S) {
      const i = (t - start) / EPOCH_S;
      const b0 = Math.floor(t / 600) * 600;
      let sum = 0;
      for (let s = b0; s < b0 + 600; s += 60) sum += dayLux(s);
      const lux = Math.fround(sum / 10);
      const eyesShut = tl.inBed[i] === 1 && result.stage[i - 1] !== STAGE_CODE.W;
      expect(light[i]).toBe(eyesShut ? Math.fround(lux * v.eyelidTransmission) : lux);
      if (eyesShut) asleep++;
      else awake++;
    }
    expect(awake).toBeGreaterThan(3000);
    expect(asleep).toBeGreaterThan(2000);
    expect(d.light).toMatchObject({ binMinutes: 10, measured_h: 6 * 24 + 3 });
  });

  it('says what it fills where the log does not cover the protocol, and refuses a log outside it', () => {
    const d = driveProtocol(diary(), log);
    const notes = d.notes.join('\n');
    expect(notes).toMatch(
      /the light log does not cover the whole protocol: \d+(\.\d+)? h before it starts and 12 h after it ends keep the parameters' light \(daylight 07:00–19:00, evening light otherwise, bedroom light in bed\)/,
    );
    // Before the log: the parameters' light by clock, untouched (14:00 on the run-in's first day).
    const v = drivenValues(d);
    const tl = compileProtocol(v, d.events);
    expect(tl.lux[(2 * 3600) / EPOCH_S]).toBe(v.dayLight_lux);
    const gap = lightLog('2024-03-03 09:00', '2024-03-09 12:00', (t) =>
      clock(t) >= 14 && clock(t) < 15 ? NaN : dayLux(t),
    );
    expect(driveProtocol(diary(), gap).notes.join('\n')).toMatch(
      /36 bins inside the log \(6 h\) with readings over less than half of the bin \(gaps\): kept at the parameters' light/,
    );
    const old = lightLog('2023-01-01 09:00', '2023-01-02 09:00', dayLux);
    expect(() => driveProtocol(diary(), old)).toThrow(
      /^light.csv: the light log \(2023-01-01 09:00 to 2023-01-02 08:59\) has no reading inside the simulated protocol \(2024-02-\d\d 12:00 to 2024-03-10 00:00\)/,
    );
    try {
      driveProtocol(diary(), old);
    } catch (error) {
      expect(error).toBeInstanceOf(HypnogramImportError);
    }
  });

  it('never takes another log’s run-in from the run-in cache', () => {
    // Two logs that differ only before the first diary night, inside the run-in.
    const a = lightLog('2024-03-01 09:00', '2024-03-09 12:00', dayLux);
    const b = lightLog('2024-03-01 09:00', '2024-03-09 12:00', (t) => (t < sec('2024-03-02 12:00') ? 5000 : dayLux(t)));
    const run = (log: LightLog) => {
      const d = driveProtocol(diary(), log);
      return simulateNight(drivenValues(d), 7, d.events);
    };
    clearRunInCache();
    const first = run(a);
    const second = run(b);
    // Same parameters, so the same key: the cache compares the light and refuses the entry.
    expect(runInCacheStats()).toMatchObject({ hits: 0, rejected: 1 });
    configureRunInCache({ enabled: false });
    try {
      expect(run(b).series.processS).toEqual(second.series.processS);
      expect(second.series.light).not.toEqual(first.series.light);
    } finally {
      configureRunInCache({ enabled: true });
    }
  });

  it('moves DLMO later when the measured evenings are brighter', () => {
    const evening = (lux: number) => (t: number) => {
      const h = clock(t);
      return h >= 19 && h < 23 ? lux : dayLux(t);
    };
    const dlmo = (lux: number) => {
      const d = driveProtocol(diary(), lightLog('2024-03-03 09:00', '2024-03-09 12:00', evening(lux)));
      const m = simulateNight(drivenValues(d), 7, d.events).metrics.dlmo_clock_h!;
      return hoursAfterNoon(m);
    };
    const dim = dlmo(5);
    const bright = dlmo(1500);
    // Evening light falls on the clock's delay zone: later DLMO (19:54 → 22:11 when written).
    expect(bright - dim).toBeGreaterThan(1);
  });

  it('takes the sleeper’s own parameters, never the schedule the diary sets', () => {
    const d = driveProtocol(diary(), null, { sleeper: { sTauWake_h: 14, age: 40 } });
    expect(d.sleeper).toEqual({ sTauWake_h: 14, age: 40 });
    expect(drivenValues(d)).toMatchObject({ sTauWake_h: 14, age: 40, bedtime: 22 + 55 / 60 });
    expect(checkSleeper({ habitualBedtime: 22 })).toMatch(/^habitualBedtime is set by the diary/);
    expect(checkSleeper({ sTauWake_h: 99 })).toMatch(/sTauWake_h must be between 10 and 30/);
    expect(() => driveProtocol(diary(), null, { sleeper: { timeInBed_h: 6 } })).toThrow(
      /timeInBed_h is set by the diary/,
    );
  });

  it('refuses bins shorter than the log’s step, naming the log', () => {
    const sparse = importLightLog(
      'sparse.csv',
      'sparse.csv',
      ['timestamp,lux', '2024-03-08 10:00:00,100', '2024-03-08 10:05:00,120', '2024-03-08 10:10:00,90'].join('\n'),
    );
    expect(() => driveProtocol(diary(), sparse, { binMinutes: 2 })).toThrow(
      /^sparse.csv: the log reads every 5 min, more coarsely than 2-min bins/,
    );
  });
});
