// `nocturne report` for real: a child process through tsx, real files in a temp folder.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageRuns, writeTestEdf } from '../shared/report/import/testing/edfWriter';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'cli/index.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

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
});
