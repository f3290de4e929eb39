// The sweep command for real: a child process through tsx, the bundled worker, the pool and the engine.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { METRICS } from '../shared/model/metrics';
import { runCliProcess } from './testing/spawnCli';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const run = (args: string[]) => runCliProcess(args);

const workerBundles = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('nocturne-worker-'));

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-sweep-cli-'));
  file = join(dir, 'default.nocturne.json');
  await writeFile(file, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npx tsx cli/index.ts sweep', () => {
  it('sweeps 3 runs of night B on the real pool and writes the CSV', async () => {
    const out = join(dir, 'results.csv');
    const argv = ['sweep', file, '--night', 'b', '--param', 'caffeine_mg', '--from', '0', '--to', '400'];
    const before = await workerBundles();
    const { code, stdout, stderr } = await run([...argv, '--steps', '3', '--out', out]);
    expect(stderr).toMatch(/^nocturne sweep: 0\/3 runs \(0 %\)\n/);
    expect(stderr).toMatch(/nocturne sweep: 3 runs in [\d.]+ s \([\d.]+ runs\/s\) → .*results\.csv\n$/);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const lines = (await readFile(out, 'utf8')).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(['night', 'caffeine_mg', ...METRICS.map((m) => m.id)].join(','));
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['B,0', 'B,200', 'B,400']);
    for (const line of lines.slice(1)) {
      const cells = line.split(',').slice(2);
      expect(cells).toHaveLength(METRICS.length);
      for (const cell of cells) expect(cell === '' || Number.isFinite(Number(cell))).toBe(true);
      expect(cells.filter((c) => c !== '').length).toBeGreaterThan(METRICS.length / 2);
    }
    // The temporary worker bundle is removed on the way out.
    expect((await workerBundles()).filter((name) => !before.includes(name))).toEqual([]);
  }, 120_000);

  it('stops on Ctrl-C mid-sweep: exit 130, one line, no CSV, no bundle left behind', async () => {
    const out = join(dir, 'interrupted.csv');
    const before = await workerBundles();
    // node with tsx's loader directly (not through npx), so the signal reaches the CLI itself.
    const argv = ['sweep', file, '--night', 'a', '--param', 'caffeine_mg', '--from', '0', '--to', '400'];
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/index.ts', ...argv, '--steps', '200', '--out', out],
      {
        cwd: ROOT,
      },
    );
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes(' runs (')) resolve();
      }),
    );
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/nocturne sweep: interrupted; nothing was written\n$/);
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await workerBundles()).filter((name) => !before.includes(name))).toEqual([]);
  }, 60_000);

  it('refuses bad arguments with exit 2 and one line, writing nothing', async () => {
    const out = join(dir, 'never.csv');
    const argv = ['sweep', file, '--night', 'b', '--param', 'runInDays', '--from', '0', '--to', '60'];
    const { code, stdout, stderr } = await run([...argv, '--steps', '8', '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^nocturne sweep: runInDays takes whole numbers only/),
      '',
    ]);
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);
});
