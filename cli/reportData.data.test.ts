/**
 * `nocturne report` on the public light logs and diary named by NOCTURNE_PUBLIC_DATA (tests/publicData.ts),
 * checked against numbers computed from the files with awk, independently of the importers:
 * samples, missing values, mean lux, readings above 1000 lux, per-day means, gaps (consecutive
 * valid readings more than 1.5 intervals apart, times through mawk's mktime with TZ=UTC) and the
 * diary's nights (TIB = out_ofbed − sleep, SPT = offset − sleep − sleepdelay, TST = SPT −
 * awake_duration). The files may not be copied into the project: where that folder is not given,
 * these tests skip. The ActLumus export is a zip: the CLI reads the log inside it (fflate), and
 * the same numbers come from the .txt the system `unzip` extracts (skipped without `unzip`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main';
import { nodeIo } from './nodeIo';
import { hasPublicData, PUBLIC_DATA, publicDataSkipReason } from '../tests/publicData';

const DATA = PUBLIC_DATA;
const present = (file: string) => hasPublicData(file);
const reason = (file: string) => publicDataSkipReason(file);

async function report(path: string) {
  const out = { stdout: '', stderr: '' };
  const io = {
    ...nodeIo(DATA),
    stdout: (t: string) => void (out.stdout += t),
    stderr: (t: string) => void (out.stderr += t),
  };
  const code = await runCli(['report', path, '--json'], io);
  return { code, ...out };
}

async function lightLog(path: string) {
  const r = await report(path);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).lightLog;
}

const LYS = 'sample_data_LYS.csv';
const ACTIWATCH = 'sample_actiwatch.csv';
const ACTLUMUS = '205_actlumus_Log_1020_20230904101707532.txt.zip';
const DIARY = '205_sleepdiary_all_20230904.csv';
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('nocturne report on the public light logs and diary', () => {
  it.skipIf(!present(LYS))(`${LYS}: the LYS summary matches awk${reason(LYS)}`, async () => {
    const s = await lightLog(LYS);
    expect(s).toMatchObject({
      source: 'light log (LYS CSV)',
      luxColumn: 'lux',
      start: '2023-06-21T00:00:12',
      end: '2023-06-22T23:59:48',
      samples: 11422,
      // One reading of −1867 lux (line 8694) is kept missing.
      missingValues: 1,
      interval_s: 15,
      gaps: [{ start: '2023-06-22T12:32:16', end: '2023-06-22T12:32:31', duration_min: 0.25 }],
      above1000_min: (145 * 15) / 60,
    });
    expect(s.meanLux).toBeCloseTo(161.3793888451, 8);
    expect(s.coverage_pct).toBeCloseTo(99.1458, 3);
    expect(s.days.map((d: { date: string }) => d.date)).toEqual(['2023-06-21', '2023-06-22']);
    expect(s.days[0].meanLux).toBeCloseTo(77.093979699, 8);
    expect(s.days[1].meanLux).toBeCloseTo(245.7681794288, 8);
    expect(s.days.map((d: { above1000_min: number }) => d.above1000_min)).toEqual([3, 33.25]);
  });

  it.skipIf(!present(ACTIWATCH))(`${ACTIWATCH}: the Actiwatch summary matches awk${reason(ACTIWATCH)}`, async () => {
    const s = await lightLog(ACTIWATCH);
    expect(s).toMatchObject({
      source: 'light log (Actiwatch CSV)',
      luxColumn: 'White Light',
      start: '2019-02-20T12:32:00',
      end: '2019-03-11T20:17:00',
      samples: 55651,
      missingValues: 1680,
      interval_s: 30,
      above1000_min: 526.5,
    });
    expect(s.meanLux).toBeCloseTo(76.5953358285, 8);
    // 53 971 valid readings × 30 s over 19 d 7 h 45 min + 30 s.
    expect(s.coverage_pct).toBeCloseTo((100 * 53971 * 30) / (19 * 86400 + 27900 + 30), 10);
    expect(s.gaps).toHaveLength(161);
    expect(s.gaps.reduce((a: number, g: { duration_min: number }) => a + g.duration_min, 0)).toBeCloseTo(840, 8);
    expect(s.days).toHaveLength(20);
    const day = (date: string) => s.days.find((d: { date: string }) => d.date === date);
    expect(day('2019-02-23').meanLux).toBeCloseTo(47.9094437628, 8);
    expect(day('2019-02-23').above1000_min).toBe(5.5);
    expect(day('2019-03-10').meanLux).toBeCloseTo(8.5963487644, 8);
  });

  it.skipIf(!present(ACTLUMUS))(
    `${ACTLUMUS}: the zip is read, the log inside it summarised${reason(ACTLUMUS)}`,
    async () => {
      const s = await lightLog(ACTLUMUS);
      expect(s).toMatchObject({
        source: 'light log (ActLumus export)',
        luxColumn: 'LIGHT',
        samples: 61016,
        interval_s: 10,
      });
      expect(s.meanLux).toBeCloseTo(737.9782180084, 8);
      expect(s.above1000_min).toBeCloseTo((6448 * 10) / 60, 10);
    },
  );

  it.skipIf(!present(ACTLUMUS) || !hasUnzip)(
    `${ACTLUMUS}: the unzipped ActLumus log's summary matches awk${reason(ACTLUMUS)}${hasUnzip ? '' : ' (skipped: no `unzip` on this machine)'}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'actlumus-'));
      try {
        expect(spawnSync('unzip', ['-q', '-o', `${DATA}${ACTLUMUS}`, '-x', '__MACOSX/*', '-d', dir]).status).toBe(0);
        const s = await lightLog(join(dir, ACTLUMUS.replace(/\.zip$/, '')));
        expect(s).toMatchObject({
          source: 'light log (ActLumus export)',
          luxColumn: 'LIGHT',
          start: '2023-08-28T08:47:54',
          end: '2023-09-04T10:17:04',
          samples: 61016,
          missingValues: 0,
          interval_s: 10,
          coverage_pct: 100,
          gaps: [],
        });
        expect(s.meanLux).toBeCloseTo(737.9782180084, 8);
        expect(s.above1000_min).toBeCloseTo((6448 * 10) / 60, 10);
        expect(s.days).toHaveLength(8);
        expect(s.days[0].meanLux).toBeCloseTo(226.0759766125, 8);
        expect(s.days[4].meanLux).toBeCloseTo(837.8519027778, 8);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(!present(DIARY))(`${DIARY}: one night per row, as computed with awk${reason(DIARY)}`, async () => {
    const r = await report(DIARY);
    expect(r.code).toBe(0);
    const { nights } = JSON.parse(r.stdout);
    // line, TIB, SOL, SPT, WASO, TST, awakenings
    const awk = [
      [3, 617, 15, 602, 10, 592, 3],
      [4, 583, 10, 571, 5, 566, 1],
      [5, 632, 15, 617, 2, 615, 3],
      [6, 629, 10, 605, 5, 600, 1],
      [7, 605, 5, 595, 40, 555, 1],
      [8, 592, 10, 582, 0, 582, 0],
      [9, 597, 10, 585, 5, 580, 1],
    ];
    expect(nights).toHaveLength(awk.length);
    nights.forEach((n: { diary: { line: number }; report: Record<string, number | null> }, i: number) => {
      const [line, tib, sol, spt, waso, tst, awakenings] = awk[i]!;
      expect(n.diary.line).toBe(line);
      expect(n.report).toMatchObject({
        TIB_min: tib,
        SOL_min: sol,
        SPT_min: spt,
        WASO_min: waso,
        TST_min: tst,
        awakenings,
        N2_min: null,
      });
      expect(n.report.SE_pct).toBeCloseTo((100 * tst!) / tib!, 10);
    });
    expect(nights[0].recordingStart).toBe('2023-08-28T22:37:00');
    expect(r.stderr).toMatch(/"sleep" read as lights-off/);
  });
});
