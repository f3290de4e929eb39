import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { SLEEP_REPORT_FIELDS } from '../shared/report/sleepReport';
import { stageRuns, writeTestEdf } from '../shared/report/import/testing/edfWriter';
import { loadEngine } from './engine';
import { focalNightStages } from '../shared/report/agreement';
import { resolveParameters } from '../shared/model/scenarios';
import { runCli } from './main';
import { nodeIo } from './nodeIo';
import { memoryIo as memoryIoOf } from './testing/memoryIo';

/** Files in memory, no random access (the command falls back to reading the whole file). */
const memoryIo = (files: Record<string, string | Uint8Array>) => memoryIoOf(files, async () => loadEngine());

const HYPNO = '# 1 value per 30 seconds\n0\n0\n0\n1\n2\n2\n0\n2\n3\n3\n4\n4\n2\n0\n';

describe('nocturne report', () => {
  it('prints the issue’s JSON for a text hypnogram, with the report counted by hand', async () => {
    const { io, out } = memoryIo({ 'h.txt': HYPNO });
    expect(await runCli(['report', 'h.txt', '--json', '--lights-off', 'start'], io)).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['nights']);
    const [night] = json.nights;
    expect(Object.keys(night)).toEqual(['label', 'source', 'recordingStart', 'epochs', 'epochLength_s', 'report']);
    expect(Object.keys(night.report)).toEqual([...SLEEP_REPORT_FIELDS]);
    expect(night).toMatchObject({ label: 'h.txt', recordingStart: null, epochs: 14, epochLength_s: 30 });
    // 14 epochs: W W W N1 N2 N2 W N2 N3 N3 R R N2 W. Sleep from 3 to 12: SPT 10 epochs, one W inside.
    expect(night.report).toMatchObject({
      TIB_min: 7,
      SPT_min: 5,
      TST_min: 4.5,
      WASO_min: 0.5,
      SOL_min: 1.5,
      SOLPersistent_min: null,
      REMLatency_min: 3.5,
      N1_min: 0.5,
      N2_min: 2,
      N3_min: 1,
      REM_min: 1,
      awakenings: 1,
    });
    expect(night.report.SE_pct).toBeCloseTo((100 * 9) / 14, 12);
    expect(out.stderr).toMatch(/note: h\.txt: epoch length 30 s as the file's comment states/);
    expect(out.written).toBe(0);
  });

  it('leaves SOL, TIB and SE null without a lights-off, and prints a table without --json', async () => {
    const { io, out } = memoryIo({ 'h.txt': HYPNO });
    expect(await runCli(['report', 'h.txt'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /^h\.txt: epoch-per-line text \(YASA integers\)\n {2}recording start —; 14 epochs of 30 s\n/,
    );
    expect(out.stdout).toMatch(/\nSOL_min +—\n/);
    expect(out.stdout).toMatch(/\nTST_min +4\.5\n/);
  });

  it('places clock lights-off and lights-on on an EDF recording’s start', async () => {
    const edf = writeTestEdf({
      time: '23.15.30',
      annotations: stageRuns([
        ['Sleep stage W', 120],
        ['Sleep stage 2', 600],
        ['Sleep stage W', 120],
      ]),
    });
    const { io, out } = memoryIo({ 'n.edf': edf });
    expect(await runCli(['report', 'n.edf', '--json', '--lights-off', '23:16:30', '--lights-on', '13'], io)).toBe(0);
    const [night] = JSON.parse(out.stdout).nights;
    expect(night.recordingStart).toBe('1989-04-24T23:15:30');
    // Lights-off 1 min in (epoch 2), lights-on 13 min in (epoch 26): TIB 12 min, SOL 1 min.
    expect(night.report).toMatchObject({
      TIB_min: 12,
      SOL_min: 1,
      SOLPersistent_min: 1,
      TST_min: 10,
      SE_pct: (100 * 10) / 12,
    });
  });

  it('refuses bad input with exit 2, naming the file, the line and the problem, and prints nothing', async () => {
    const { io, out } = memoryIo({ 'bad.txt': 'W\nN1\nX\n', 'n.edf': writeTestEdf({ annotations: [] }) });
    expect(await runCli(['report', 'bad.txt', '--json'], io)).toBe(2);
    expect(out.stderr).toBe(
      'nocturne report: bad.txt: line 3: unknown stage label "X" (known: W, N1, N2, N3, R and spellings such as Wake, REM, S1–S4, NREM1, "Sleep stage 1", ?, Movement time; or YASA integers 0–4)\n',
    );
    expect(out.stdout).toBe('');
    expect(await runCli(['report', 'missing.txt'], io)).toBe(2);
    expect(out.stderr).toMatch(/cannot read "missing\.txt": no such file/);
    expect(await runCli(['report', 'n.edf'], io)).toBe(2);
    expect(out.stderr).toMatch(/n\.edf: no "Sleep stage …" annotations among its 0 annotations/);
    for (const args of [
      ['report', 'bad.txt', '--epoch', '0'],
      ['report', 'bad.txt', '--lights-off', 'soon'],
      ['report', 'a.txt', 'b.txt'],
      ['report'],
    ])
      expect(await runCli(args, io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.written).toBe(0);
  });

  it('scores both simulated nights of an experiment with the engine’s own sleep metrics', async () => {
    const file = serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' });
    const { io, out } = memoryIo({ 'x.nocturne': file });
    expect(await runCli(['report', 'x.nocturne', '--json'], io)).toBe(0);
    const nights = JSON.parse(out.stdout).nights;
    expect(nights.map((n: { label: string }) => n.label)).toEqual(defaultExperiment().nights.map((n) => n.label));
    const sim = memoryIo({ 'x.nocturne': file });
    expect(await runCli(['simulate', 'x.nocturne', '--json'], sim.io)).toBe(0);
    const metrics = JSON.parse(sim.out.stdout).nights.map((n: { metrics: Record<string, number | null> }) => n.metrics);
    nights.forEach((n: { report: Record<string, number | null>; epochs: number; recordingStart: null }, i: number) => {
      const m = metrics[i];
      expect(n.recordingStart).toBeNull();
      expect(n.report.TIB_min).toBe(n.epochs / 2);
      expect([n.report.SOL_min, n.report.TST_min, n.report.SE_pct, n.report.WASO_min]).toEqual([
        m.sleepOnsetLatency_min,
        m.totalSleepTime_min,
        m.sleepEfficiency_pct,
        m.waso_min,
      ]);
      expect([n.report.N1_pct, n.report.N2_pct, n.report.N3_pct, n.report.REM_pct]).toEqual([
        m.n1_pct,
        m.n2_pct,
        m.n3_pct,
        m.rem_pct,
      ]);
      expect([n.report.REMLatency_min, n.report.cycles]).toEqual([m.remLatency_min, m.cycleCount]);
    });
  });
});

describe('nocturne report --against', () => {
  const experimentFile = serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' });
  const LABELS = ['W', 'R', 'N1', 'N2', 'N3'];
  /** The simulated focal night of night `key`, lights-off to lights-on, as stage labels one per line. */
  function focalNightText(key: 'A' | 'B'): string {
    const experiment = defaultExperiment();
    const night = experiment.nights[key === 'A' ? 0 : 1]!;
    const engine = loadEngine();
    const result = engine.simulateNight(resolveParameters(night.scenario, night.params), night.seed, night.events);
    return `${[...focalNightStages(result)].map((c) => LABELS[c]).join('\n')}\n`;
  }

  it('agrees perfectly with the simulated night it was written from: κ 1, a diagonal matrix, Δ 0', async () => {
    const text = focalNightText('B');
    const { io, out } = memoryIo({ 'x.nocturne': experimentFile, 'twin.txt': text });
    expect(
      await runCli(
        ['report', 'twin.txt', '--against', 'x.nocturne', '--night', 'b', '--lights-off', 'start', '--json'],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['nights', 'agreement']);
    const a = json.agreement;
    expect(Object.keys(a)).toEqual([
      'against',
      'placement',
      'compared',
      'unscored',
      'accuracy',
      'kappa',
      'confusion',
      'simulated',
      'delta',
      'notes',
    ]);
    const epochs = text.trim().split('\n').length;
    expect(a.against.night).toBe('B');
    expect(a.placement.by).toBe('simulated lights-off');
    expect(a.compared).toBe(epochs);
    expect([a.accuracy, a.kappa]).toEqual([1, 1]);
    expect(a.confusion.stages).toEqual(['W', 'N1', 'N2', 'N3', 'R']);
    const counts: number[][] = a.confusion.counts;
    expect(counts.flat().reduce((s, c) => s + c, 0)).toBe(epochs);
    counts.forEach((row, i) => row.forEach((c, j) => i !== j && expect(c).toBe(0)));
    // The measured report is the simulated one, field by field.
    expect(a.simulated).toEqual(json.nights[0].report);
    for (const [k, v] of Object.entries(a.delta)) expect(v, k).toBe(a.simulated[k] === null ? null : 0);
  });

  it('prints the simulated report, Δ = simulated − measured and the experiment’s own night report', async () => {
    const { io, out } = memoryIo({ 'x.nocturne': experimentFile, 'h.txt': HYPNO });
    expect(await runCli(['report', 'h.txt', '--against', 'x.nocturne', '--json'], io)).toBe(0);
    const json = JSON.parse(out.stdout);
    const both = memoryIo({ 'x.nocturne': experimentFile });
    expect(await runCli(['report', 'x.nocturne', '--json'], both.io)).toBe(0);
    const nightA = JSON.parse(both.out.stdout).nights[0];
    const a = json.agreement;
    expect(a.against.night).toBe('A');
    expect(a.against.label).toBe(nightA.label);
    expect(a.simulated).toEqual(nightA.report);
    expect(a.delta.TST_min).toBe(nightA.report.TST_min - json.nights[0].report.TST_min);
    // Without a lights-off in the file, SOL is null measured, so its Δ is too.
    expect(a.delta.SOL_min).toBeNull();
    // 14 epochs from the simulated lights-off, whose first 14 simulated epochs are in the matrix.
    expect(a.compared).toBe(14);
    expect(a.notes[0]).toMatch(/no recording start: its first epoch is placed at the simulated lights-off/);
    // The table says the same in words.
    const table = memoryIo({ 'x.nocturne': experimentFile, 'h.txt': HYPNO });
    expect(await runCli(['report', 'h.txt', '--against', 'x.nocturne'], table.io)).toBe(0);
    expect(table.out.stdout).toMatch(/\nAgreement with night A: simulated night A of x\.nocturne/);
    expect(table.out.stdout).toMatch(
      /epochs compared 14 \(30 s; 0 without a measured stage left out\); accuracy [\d.]+ %; Cohen's kappa -?[\d.]+\n/,
    );
    expect(table.out.stdout).toMatch(/\n {6}W {2}N1 {2}N2 {2}N3 {2}R\n/);
    expect(table.out.stdout).toMatch(/\nfield +measured +simulated +Δ sim − meas\n/);
  });

  it('refuses a bad --night, --night without --against, --against on an experiment and a bad experiment', async () => {
    const { io, out } = memoryIo({ 'x.nocturne': experimentFile, 'h.txt': HYPNO, 'bad.nocturne': '{' });
    expect(await runCli(['report', 'h.txt', '--against', 'x.nocturne', '--night', 'c'], io)).toBe(2);
    expect(out.stderr).toMatch(/--night c: expected a or b/);
    expect(await runCli(['report', 'h.txt', '--night', 'a'], io)).toBe(2);
    expect(out.stderr).toMatch(/give --against too/);
    expect(await runCli(['report', 'x.nocturne', '--against', 'x.nocturne'], io)).toBe(2);
    expect(await runCli(['report', 'h.txt', '--against', 'bad.nocturne'], io)).toBe(2);
    expect(await runCli(['report', 'h.txt', '--against', 'missing.nocturne'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.written).toBe(0);
  });
});

describe('nocturne report on real files (node file access)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nocturne-report-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads an EDF through random access, the same as from memory', async () => {
    const edf = writeTestEdf({
      records: 20,
      recordDuration: 30,
      dataSignals: [{ label: 'EEG', samples: 3000 }],
      annotationSamples: 40,
      annotations: stageRuns([
        ['Sleep stage W', 300],
        ['Sleep stage 2', 300],
      ]).map((a, i) => ({ ...a, record: i * 10 })),
    });
    await writeFile(join(dir, 'psg.edf'), edf);
    const real = { stdout: '', stderr: '' };
    const io = {
      ...nodeIo(dir),
      stdout: (t: string) => void (real.stdout += t),
      stderr: (t: string) => void (real.stderr += t),
    };
    expect(await runCli(['report', 'psg.edf', '--json'], io)).toBe(0);
    const mem = memoryIo({ 'psg.edf': edf });
    expect(await runCli(['report', 'psg.edf', '--json'], mem.io)).toBe(0);
    expect(real.stdout).toBe(mem.out.stdout);
    expect(JSON.parse(real.stdout).nights[0].report.TST_min).toBe(5);
  });
});
