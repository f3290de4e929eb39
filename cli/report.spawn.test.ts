// `nocturne report` for real: a child process through tsx, real files in a temp folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageRuns, writeTestEdf } from '../shared/report/import/testing/edfWriter';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { runCliProcess } from './testing/spawnCli';

const run = (args: string[]) => runCliProcess(args);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-report-spawn-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npx tsx cli/index.ts report', () => {
  it('prints the JSON report of an EDF+ hypnogram, and refuses a bad one with exit 2 and nothing on stdout', async () => {
    const good = join(dir, 'night.edf');
    await writeFile(
      good,
      writeTestEdf({
        records: 2,
        recordDuration: 30,
        dataSignals: [{ label: 'EEG', samples: 3000 }],
        annotations: stageRuns([
          ['Sleep stage W', 60],
          ['Sleep stage 2', 600],
          ['Sleep stage R', 300],
        ]),
      }),
    );
    const bad = join(dir, 'bad.edf');
    await writeFile(bad, 'W\nN2\n');
    const [ok, refused] = await Promise.all([
      run(['report', good, '--json', '--lights-off', 'start']),
      run(['report', bad]),
    ]);
    expect(ok.code).toBe(0);
    const [night] = JSON.parse(ok.stdout).nights;
    expect(night).toMatchObject({ epochs: 32, recordingStart: '1989-04-24T23:15:30' });
    expect(night.report).toMatchObject({ TIB_min: 16, SOL_min: 1, TST_min: 15, REMLatency_min: 10 });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `nocturne report: ${bad}: header field "version": the extension says EDF but the file starts "W.N2.", not "0" and 7 spaces: not an EDF file\n`,
    );
  });

  it('compares an EDF+ night with a simulated night of an experiment file (--against), and refuses a bad experiment', async () => {
    // From 23:00:00, the default experiment's lights-off: 20 min of N2 placed on the simulated clock.
    const night = join(dir, 'against.edf');
    await writeFile(night, writeTestEdf({ time: '23.00.00', annotations: stageRuns([['Sleep stage 2', 1200]]) }));
    const experiment = join(dir, 'x.nocturne');
    await writeFile(experiment, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
    const bad = join(dir, 'bad.nocturne');
    await writeFile(bad, '{ "format": ');
    const [ok, refused] = await Promise.all([
      run(['report', night, '--json', '--against', experiment, '--night', 'b']),
      run(['report', night, '--against', bad]),
    ]);
    expect(ok.code).toBe(0);
    const { agreement } = JSON.parse(ok.stdout);
    expect(agreement.against.night).toBe('B');
    expect(agreement.placement).toEqual({ start_slot_h: 23, by: 'recording start' });
    // 40 epochs, all N2 measured: every compared epoch is in the N2 row.
    expect(agreement.compared).toBe(40);
    expect(agreement.confusion.counts[2].reduce((s: number, c: number) => s + c, 0)).toBe(40);
    expect(agreement.accuracy).toBe(agreement.confusion.counts[2][2] / 40);
    // A rater who says N2 throughout agrees only by chance: p_o = p_e, κ 0 (night B lies awake
    // after lights-off, so it is not N2 throughout, which would leave κ 0/0).
    expect(agreement.kappa).toBe(0);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/bad\.nocturne/);
  });
});
