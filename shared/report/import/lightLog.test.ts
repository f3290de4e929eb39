/**
 * Light logs written here in the three exports' shapes, their expected summaries counted by
 * plain loops over the values written (not through the importer).
 */
import { describe, expect, it } from 'vitest';
import { importLightLog, summarizeLightLog } from './lightLog';

const pad = (n: number) => String(n).padStart(2, '0');
/** Calendar fields of seconds after 2023-06-21 23:00:00 (UTC arithmetic = a zoneless clock). */
const clock = (s: number) => {
  const d = new Date(Date.UTC(2023, 5, 21, 23, 0, 0) + s * 1000);
  return {
    D: pad(d.getUTCDate()),
    M: pad(d.getUTCMonth() + 1),
    Y: String(d.getUTCFullYear()),
    h: d.getUTCHours(),
    m: pad(d.getUTCMinutes()),
    s: pad(d.getUTCSeconds()),
    iso: d.toISOString().slice(0, 19),
  };
};

/** 480 samples 15 s apart from 23:00 (two hours over midnight); rows 100–139 cut, row 200 NaN. */
const N = 480;
const DT = 15;
const luxAt = (i: number) => (i % 7 === 0 ? 1500 + i : (i * 37) % 900);
const CUT = (i: number) => i >= 100 && i < 140;
const NAN_ROW = 200;

/** What the summary must say, counted over the values written. */
function expected() {
  const day = (i: number) => (i * DT < 3600 ? 0 : 1);
  const sum = [0, 0];
  const n = [0, 0];
  const bright = [0, 0];
  for (let i = 0; i < N; i++) {
    if (CUT(i) || i === NAN_ROW) continue;
    sum[day(i)]! += luxAt(i);
    n[day(i)]!++;
    if (luxAt(i) > 1000) bright[day(i)]!++;
  }
  return { sum, n, bright };
}

function lysText(): string {
  const rows = ['timestamp,sensor,lux,kelvin,mEDI'];
  for (let i = 0; i < N; i++) {
    if (CUT(i)) continue;
    const c = clock(i * DT);
    const lux = i === NAN_ROW ? 'NaN' : String(luxAt(i));
    rows.push(`${c.D}-${c.M}-${c.Y} ${pad(c.h)}.${c.m}.${c.s},New Button,${lux},4000,${luxAt(i) * 10}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('importLightLog', () => {
  it('a LYS CSV: lux (not mEDI), a cut as a gap, NaN kept missing, days split at midnight', () => {
    const log = importLightLog('l.csv', 'l.csv', lysText());
    expect(log.source).toBe('light log (LYS CSV)');
    expect(log.luxColumn).toBe('lux');
    expect(log.notes[0]).toMatch(/column "lux".*"mEDI" \(melanopic EDI\) not read/);
    const s = summarizeLightLog(log);
    const e = expected();
    expect(s.start).toBe('2023-06-21T23:00:00');
    expect(s.end).toBe(clock((N - 1) * DT).iso);
    expect(s.samples).toBe(N - 40);
    expect(s.missingValues).toBe(1);
    expect(s.interval_s).toBe(DT);
    // The cut: from row 99's end to row 140; the NaN row: from row 199's end to row 201.
    expect(s.gaps).toEqual([
      { start: clock(100 * DT).iso, end: clock(140 * DT).iso, duration_min: 10 },
      { start: clock(200 * DT).iso, end: clock(201 * DT).iso, duration_min: 0.25 },
    ]);
    expect(s.coverage_pct).toBeCloseTo((100 * (N - 41)) / N, 10);
    expect(s.days.map((d) => d.date)).toEqual(['2023-06-21', '2023-06-22']);
    expect(s.days[0]!.meanLux).toBeCloseTo(e.sum[0]! / e.n[0]!, 10);
    expect(s.days[1]!.meanLux).toBeCloseTo(e.sum[1]! / e.n[1]!, 10);
    // Day 1 spans 23:00–24:00 of the log, day 2 00:00 to the last sample + 15 s.
    expect(s.days[0]!.coverage_pct).toBeCloseTo((100 * e.n[0]! * DT) / 3600, 10);
    expect(s.days[1]!.coverage_pct).toBeCloseTo((100 * e.n[1]! * DT) / (N * DT - 3600), 10);
    expect(s.days[0]!.above1000_min).toBe((e.bright[0]! * DT) / 60);
    expect(s.above1000_min).toBe(((e.bright[0]! + e.bright[1]!) * DT) / 60);
    expect(s.meanLux).toBeCloseTo((e.sum[0]! + e.sum[1]!) / (e.n[0]! + e.n[1]!), 10);
  });

  it('an ActLumus log: the report preamble skipped, LIGHT read, MELANOPIC EDI not', () => {
    const pre = ['#ActLogModel=2.0.0', '+----+ Condor Instruments Report +----+', 'DEVICE_ID : 1020', '+------+'];
    const rows = ['DATE/TIME;MS;EVENT;PIM;LIGHT;AMB LIGHT;MELANOPIC EDI'];
    for (let i = 0; i < 60; i++) {
      const c = clock(i * 10);
      rows.push(`${c.D}/${c.M}/${c.Y} ${pad(c.h)}:${c.m}:${c.s};0;0;3;${(i * 2.5).toFixed(2)};0.00;${i}`);
    }
    const log = importLightLog('a.txt', 'a.txt', `${[...pre, ...rows].join('\r\n')}\r\n`);
    expect(log.source).toBe('light log (ActLumus export)');
    expect(log.luxColumn).toBe('LIGHT');
    expect(log.notes).toContain('4 preamble lines before the header skipped');
    const s = summarizeLightLog(log);
    // Mean of 0, 2.5, …, 147.5 = 2.5 × 29.5.
    expect(s.meanLux).toBeCloseTo(73.75, 10);
    expect(s).toMatchObject({ samples: 60, interval_s: 10, coverage_pct: 100, gaps: [], above1000_min: 0 });
  });

  it('an Actiwatch CSV: date and time columns, AM/PM across noon and midnight, NaN rows, month first', () => {
    const text = [
      'Date,Time,Activity,White Light,Sleep/Wake',
      '2/20/2019,11:59:30 AM,91,10,1',
      '2/20/2019,12:00:00 PM,91,1200.5,1',
      '2/20/2019,12:00:30 PM,NaN,NaN,NaN',
      '2/20/2019,12:01:00 PM,5,30,',
      '2/20/2019,11:59:30 PM,0,0,0',
      '2/21/2019,12:00:00 AM,0,2,0',
      '2/21/2019,12:00:30 AM,0,4,0',
    ].join('\n');
    const log = importLightLog('w.csv', 'w.csv', text);
    expect(log.source).toBe('light log (Actiwatch CSV)');
    expect(log.timeColumn).toBe('"Date" and "Time"');
    const s = summarizeLightLog(log);
    expect(s.start).toBe('2019-02-20T11:59:30');
    expect(s.end).toBe('2019-02-21T00:00:30');
    expect(s.missingValues).toBe(1);
    expect(s.interval_s).toBe(30);
    expect(s.days.map((d) => [d.date, d.meanLux])).toEqual([
      ['2019-02-20', (10 + 1200.5 + 30 + 0) / 4],
      ['2019-02-21', 3],
    ]);
    expect(s.above1000_min).toBe(0.5);
    // 12:00:00 to 12:01:00 (the NaN row) and 12:01:00 to 23:59:30.
    expect(s.gaps.map((g) => [g.start, g.end])).toEqual([
      ['2019-02-20T12:00:30', '2019-02-20T12:01:00'],
      ['2019-02-20T12:01:30', '2019-02-20T23:59:30'],
    ]);
  });

  it('a day without readings is still listed; an ISO timestamp column works', () => {
    const text = 'timestamp\tlux\n2024-01-01T23:59:00\t5\n2024-01-03T00:00:00\t7\n2024-01-03T00:01:00\t9\n';
    const s = summarizeLightLog(importLightLog('t.tsv', 't.tsv', text));
    expect(s.days.map((d) => [d.date, d.meanLux, d.coverage_pct])).toEqual([
      ['2024-01-01', 5, 100],
      ['2024-01-02', null, 0],
      ['2024-01-03', 8, 100],
    ]);
  });

  it('dates that cannot tell day from month: read day first, with a note', () => {
    const log = importLightLog('d.csv', 'd.csv', 'date,time,lux\n01/02/2024,10:00,1\n01/02/2024,10:01,2\n');
    expect(summarizeLightLog(log).start).toBe('2024-02-01T10:00:00');
    expect(log.notes.join('\n')).toMatch(/day or month.*read day first/);
  });
});
