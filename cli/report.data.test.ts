/**
 * `nocturne report` on the public hypnograms named by NOCTURNE_PUBLIC_DATA (tests/publicData.ts), checked
 * against numbers counted from the files independently of the importer: with shell tools
 * (grep/sed/awk over the text files; `tr` splitting the EDF+ annotation bytes into TALs; iconv
 * for the UTF-16 Noxturnal export), then YASA's definitions applied by an awk script to the
 * epoch list (first and last sleep epoch, W epochs between them, first R after onset, wake bouts).
 * The files may not be copied into the project: where that folder is not given, these tests skip.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { runCli } from './main';
import { nodeIo } from './nodeIo';
import { hasPublicData, PUBLIC_DATA, publicDataSkipReason } from '../tests/publicData';

const DATA = PUBLIC_DATA;
const present = (file: string) => hasPublicData(file);
const reason = (file: string) => publicDataSkipReason(file);

async function report(file: string, ...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = {
    ...nodeIo(DATA),
    stdout: (t: string) => void (out.stdout += t),
    stderr: (t: string) => void (out.stderr += t),
  };
  const code = await runCli(['report', file, '--json', ...args], io);
  expect(out.stderr).not.toMatch(/error/i);
  expect(code).toBe(0);
  return JSON.parse(out.stdout).nights[0];
}

/** Minutes from 30-s epoch counts. */
const m = (epochs: number) => epochs / 2;

const CASES: {
  file: string;
  start: string | null;
  epochs: number;
  /** Epochs counted by hand: SPT, TST, WASO, N1, N2, N3, R, REM latency from onset, wake bouts. */
  n: [number, number, number, number, number, number, number, number | null, number];
  /** With --lights-off start (the file taken as cropped to time in bed, YASA's convention): SOL, persistent. */
  fromStart?: [number, number];
}[] = [
  // 2880 epochs; sleep from epoch 1022 to 1742 (1-based); 58/250/220/125 N1/N2/N3/R (R&K 3 + 4 = 220).
  {
    file: 'SC4001EC-Hypnogram.edf',
    start: '1989-04-24T16:13:00',
    epochs: 2880,
    n: [721, 653, 68, 58, 250, 220, 125, 178, 10],
  },
  // Header start 00:31:00; the first stage annotation is at +30 s.
  {
    file: 'ST7132JR-Hypnogram.edf',
    start: '1994-08-09T00:31:30',
    epochs: 852,
    n: [811, 792, 19, 89, 384, 103, 216, 194, 4],
  },
  // grep -v '^#' | sort | uniq -c: 43 W, 22 N1, 318 N2, 182 N3, 155 REM; first sleep at epoch 12.
  {
    file: 'data_full_6hrs_100Hz_hypno_30s.txt',
    start: null,
    epochs: 720,
    n: [709, 677, 32, 22, 318, 182, 155, 127, 11],
    fromStart: [11, 41],
  },
  // 36 W, 9 N1, 31 N2, 22 N3, no REM; first sleep at epoch 23, last at 91.
  { file: 'sub-02_hypno_30s.txt', start: null, epochs: 98, n: [69, 62, 7, 9, 31, 22, 0, null, 3], fromStart: [22, 40] },
  // 1358 stage rows (213 Éveil, 66 N1, 466 N2, 364 N3, 249 REM) over 22:30:00–10:58:30 with 139 missing epochs.
  {
    file: 'noxturnal_events_example_unicode.csv',
    start: '2016-01-15T22:30:00',
    epochs: 1497,
    n: [1295, 1145, 11, 66, 466, 364, 249, 214, 7],
  },
];

describe('nocturne report on the public hypnograms', () => {
  for (const c of CASES) {
    it.skipIf(!present(c.file))(
      `${c.file}: the report matches the epochs counted by hand${reason(c.file)}`,
      async () => {
        const night = await report(c.file);
        const [spt, tst, waso, n1, n2, n3, r, remLat, awakenings] = c.n;
        expect(night.recordingStart).toBe(c.start);
        expect(night.epochs).toBe(c.epochs);
        expect(night.epochLength_s).toBe(30);
        expect(night.report).toMatchObject({
          TIB_min: null,
          SE_pct: null,
          SOL_min: null,
          SOLPersistent_min: null,
          SPT_min: m(spt),
          TST_min: m(tst),
          WASO_min: m(waso),
          N1_min: m(n1),
          N2_min: m(n2),
          N3_min: m(n3),
          REM_min: m(r),
          REMLatency_min: remLat === null ? null : m(remLat),
          awakenings,
        });
        expect(night.report.SME_pct).toBeCloseTo((100 * tst) / spt, 10);
        expect(night.report.N3_pct).toBeCloseTo((100 * n3) / tst, 10);
        if (c.fromStart) {
          const [sol, persistent] = c.fromStart;
          const cropped = await report(c.file, '--lights-off', 'start');
          expect(cropped.report).toMatchObject({
            TIB_min: m(c.epochs),
            SOL_min: m(sol),
            SOLPersistent_min: m(persistent),
          });
          expect(cropped.report.SE_pct).toBeCloseTo((100 * tst) / c.epochs, 10);
        }
      },
    );
  }
});

describe('nocturne report --against on the public hypnograms', () => {
  const file = 'SC4001EC-Hypnogram.edf';
  it.skipIf(!present(file))(
    `${file}: placed by its recording start, compared over the lights-off to lights-on given${reason(file)}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'nocturne-against-'));
      try {
        const experiment = join(dir, 'x.nocturne');
        await writeFile(experiment, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
        const out = { stdout: '', stderr: '' };
        const io = {
          ...nodeIo(DATA),
          stdout: (t: string) => void (out.stdout += t),
          stderr: (t: string) => void (out.stderr += t),
        };
        const args = ['report', file, '--json', '--lights-off', '22:00', '--lights-on', '08:00'];
        expect(await runCli([...args, '--against', experiment], io)).toBe(0);
        const json = JSON.parse(out.stdout);
        const a = json.agreement;
        // Recording from 16:13:00: on night A's clock (lights-off 23:00) at slot hour 16 13/60.
        expect(a.placement).toEqual({ start_slot_h: 16 + 13 / 60, by: 'recording start' });
        // 22:00 to 08:00 is 10 h: 1200 simulated epochs, each compared or left out as unscored.
        expect(json.nights[0].report.TIB_min).toBe(600);
        expect(a.compared + a.unscored).toBe(1200);
        expect(a.confusion.counts.flat().reduce((s: number, c: number) => s + c, 0)).toBe(a.compared);
        expect(a.accuracy).toBeGreaterThan(0);
        expect(a.accuracy).toBeLessThan(1);
        expect(a.notes).toContain('compared from the measured lights-off to its lights-on');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
