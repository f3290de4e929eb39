// The CLI for real: a child process through tsx, the app's engine, real files in a temp folder.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPERIMENT_VERSION, defaultExperiment, serializeExperiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'cli/index.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npx tsx cli/index.ts', () => {
  it('simulates the default experiment: JSON on stdout, the same bytes twice, CSVs in DIR', async () => {
    const file = join(dir, 'default.nocturne.json');
    await writeFile(file, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
    const csvDir = join(dir, 'csv');
    const [first, second] = await Promise.all([
      run(['simulate', file, '--json', '--csv', csvDir]),
      run(['simulate', file, '--json']),
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const json = JSON.parse(first.stdout);
    expect(Object.keys(json)).toEqual(['model', 'nights']);
    expect(json.nights.map((n: { label: string }) => n.label)).toEqual(defaultExperiment().nights.map((n) => n.label));
    for (const night of json.nights) {
      expect(Object.keys(night.metrics)).toEqual(METRICS.map((m) => m.id));
      for (const value of Object.values(night.metrics)) expect(value === null || Number.isFinite(value)).toBe(true);
    }
    expect((await readdir(csvDir)).sort()).toEqual(['metrics.csv', 'timeseries.csv']);
    const csv = await readFile(join(csvDir, 'timeseries.csv'), 'utf8');
    expect(csv.startsWith('night,time_h,clock,variable,unit,value\r\nA,-11,12:00,stage,,')).toBe(true);
    // Both nights go to bed at 23:00: 12:00 to 24:00 the day after is 36 h of 30-s epochs each.
    expect(csv.match(/,stage,,/g)?.length).toBe(2 * 36 * 120);
  }, 90_000);

  it('refuses a bad file with exit 2 and one line on stderr, writing nothing', async () => {
    const file = join(dir, 'bad.nocturne.json');
    await writeFile(file, '{"format": "nocturne-experiment", "version": 7}');
    const csvDir = join(dir, 'never');
    const { code, stdout, stderr } = await run(['simulate', file, '--json', '--csv', csvDir]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `nocturne simulate: "${file}" is not a usable experiment: made by a newer Nocturne; version 7, this app reads ≤ ${EXPERIMENT_VERSION}\n`,
    );
    await expect(readdir(csvDir)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);
});
