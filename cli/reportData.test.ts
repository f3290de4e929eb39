/**
 * `nocturne report` on diaries, light logs and PVT files written here (in memory), and on files
 * that are not what their names say.
 */
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { SLEEP_REPORT_FIELDS } from '../shared/report/sleepReport';
import { runCli } from './main';
import { memoryIo } from './testing/memoryIo';

async function run(files: Record<string, string | Uint8Array>, ...argv: string[]) {
  const { io, out } = memoryIo(files);
  const code = await runCli(['report', ...argv], io);
  return { code, ...out };
}

const DIARY =
  'night,bed,lights out,sleep latency,wake,rise,waso,awakenings\n2024-05-01,22:40,23:00,20,6:30,6:45,15,2\n';
const LIGHT =
  'Date;Time;White Light\n01.05.2024;10:00:00;100\n01.05.2024;10:00:30;2000\n01.05.2024;10:01:00;\n01.05.2024;10:01:30;40\n';
const LIGHT_BYTES = new TextEncoder().encode(LIGHT);
const PVT = 'datetime,mean reaction time,number of lapses\n2024-05-01T09:00:00,240,0\n';

describe('nocturne report on diaries, light logs and PVT files', () => {
  it('a diary: one night per row, the report fields a diary defines, null for the rest', async () => {
    const r = await run({ 'd.csv': DIARY }, 'd.csv', '--json');
    expect(r.code).toBe(0);
    const { nights } = JSON.parse(r.stdout);
    expect(nights).toHaveLength(1);
    const [n] = nights;
    expect(Object.keys(n)).toEqual(['label', 'source', 'recordingStart', 'epochs', 'epochLength_s', 'diary', 'report']);
    expect(Object.keys(n.report)).toEqual([...SLEEP_REPORT_FIELDS]);
    expect(n).toMatchObject({ label: 'd.csv line 2', source: 'sleep diary', recordingStart: '2024-05-01T22:40:00' });
    expect(n.diary).toEqual({
      line: 2,
      date: '2024-05-01',
      bed: '2024-05-01T22:40:00',
      lightsOff: '2024-05-01T23:00:00',
      sleepOnset: '2024-05-01T23:20:00',
      sleepOnsetFrom: 'latency',
      wake: '2024-05-02T06:30:00',
      getUp: '2024-05-02T06:45:00',
      latency_min: 20,
      WASO_min: 15,
      awakenings: 2,
    });
    // 23:00 → 06:45 = 465; onset 23:20 → 06:30 = 430; TST 415.
    expect(n.report).toMatchObject({
      TIB_min: 465,
      SOL_min: 20,
      SPT_min: 430,
      WASO_min: 15,
      TST_min: 415,
      N3_min: null,
      cycles: null,
    });
    const table = await run({ 'd.csv': DIARY }, 'd.csv');
    expect(table.stdout).toMatch(
      /^2\s+2024-05-01\s+22:40\s+23:00\s+23:20\s+06:30\s+06:45\s+465\s+20\s+430\s+15\s+415\s+89\.2\s+96\.5\s+2$/m,
    );
  });

  it('a light log: the summary, notes on stderr', async () => {
    const r = await run({ 'w.txt': LIGHT }, 'w.txt', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      lightLog: {
        label: 'w.txt',
        source: 'light log (delimited text)',
        timeColumn: '"Date" and "Time"',
        luxColumn: 'White Light',
        brightThreshold_lux: 1000,
        start: '2024-05-01T10:00:00',
        end: '2024-05-01T10:01:30',
        samples: 4,
        missingValues: 1,
        interval_s: 30,
        coverage_pct: 75,
        gaps: [{ start: '2024-05-01T10:01:00', end: '2024-05-01T10:01:30', duration_min: 0.5 }],
        days: [{ date: '2024-05-01', coverage_pct: 75, meanLux: (100 + 2000 + 40) / 3, above1000_min: 0.5 }],
        meanLux: (100 + 2000 + 40) / 3,
        above1000_min: 0.5,
      },
    });
    expect(r.stderr).toMatch(/note: w\.txt: 1 samples without a value kept missing/);
    const table = await run({ 'w.txt': LIGHT }, 'w.txt');
    expect(table.stdout).toMatch(/coverage 75 %; 1 gaps; mean 713\.3 lux; 0\.5 min above 1000 lux/);
  });

  it('PVT sessions', async () => {
    const r = await run({ 'p.csv': PVT }, 'p.csv', '--json');
    expect(JSON.parse(r.stdout)).toEqual({
      pvt: {
        label: 'p.csv',
        source: 'PVT sessions',
        sessions: [{ line: 2, time: '2024-05-01T09:00:00', meanRT_ms: 240, lapses: 0 }],
      },
    });
  });

  it('hypnogram options on a diary are refused', async () => {
    const r = await run({ 'd.csv': DIARY }, 'd.csv', '--lights-off', 'start');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lights-on and --against apply to a measured hypnogram, not a sleep diary/);
    expect(r.stdout).toBe('');
  });

  it('a file that is not what its name says', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    const asCsv = await run({ 'log.csv': zip }, 'log.csv');
    expect(asCsv.code).toBe(2);
    expect(asCsv.stderr).toMatch(/^nocturne report: log\.csv: not a readable zip archive/);
    const asZip = await run({ 'log.txt.zip': LIGHT }, 'log.txt.zip');
    expect(asZip.stderr).toMatch(/log\.txt\.zip: the name says zip but the file does not start "PK\\3\\4"/);
    const asEdf = await run({ 'log.edf': LIGHT }, 'log.edf');
    expect(asEdf.code).toBe(2);
    expect(asEdf.stderr).toMatch(/log\.edf: header field "version": the extension says EDF .* not an EDF file/);
    const binary = await run({ 'log.csv': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) }, 'log.csv');
    expect(binary.stderr).toMatch(/log\.csv: byte 5: a NUL byte: this is a binary file, not text/);
    expect([asCsv, asZip, asEdf, binary].map((x) => x.stdout)).toEqual(['', '', '', '']);
  });

  it('a zipped log is read from inside its archive; an archive of several files is refused naming them', async () => {
    const zipped = zipSync({ 'export/': new Uint8Array(), 'export/Log_1.txt': LIGHT_BYTES });
    const r = await run({ 'a.txt.zip': zipped }, 'a.txt.zip', '--json');
    const plain = await run({ 'a.txt': LIGHT_BYTES }, 'a.txt', '--json');
    expect(r.code).toBe(0);
    const { lightLog } = JSON.parse(r.stdout);
    const { lightLog: unzipped } = JSON.parse(plain.stdout);
    expect(lightLog.samples).toBe(4);
    for (const key of ['samples', 'meanLux', 'start', 'end', 'interval_s', 'gaps', 'days'])
      expect(lightLog[key], key).toEqual(unzipped[key]);
    const two = await run({ 'b.zip': zipSync({ 'x.txt': LIGHT_BYTES, 'y.txt': LIGHT_BYTES }) }, 'b.zip');
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(
      'nocturne report: b.zip: the zip archive holds 2 files (x.txt, y.txt); unzip it and give the one to read\n',
    );
  });
});
