// `nocturne export` for real: a child process through tsx, the app's engine, files in a temp folder.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { MODEL_INFO } from '../shared/model/engine';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', join(ROOT, 'cli/index.ts'), ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-export-spawn-'));
  file = join(dir, 'default.nocturne.json');
  await writeFile(file, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npx tsx cli/index.ts export', () => {
  it('writes CSVs, the PDF report and a manifest whose hashes verify, with the app and model versions', async () => {
    const out = join(dir, 'pack');
    const { code, stdout, stderr } = await run(['export', file, '--out', out, '--formats', 'csv,pdf']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote 5 files \(.+\) to .+; manifest.json lists them with SHA-256\n$/);
    expect((await readdir(out)).sort()).toEqual([
      'experiment.nocturne',
      'manifest.json',
      'metrics.csv',
      'report.pdf',
      'timeseries.csv',
    ]);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.app).toEqual({ name: packageJson.productName, version: packageJson.version });
    expect(manifest.model).toEqual({ name: MODEL_INFO.name, version: MODEL_INFO.version });
    expect(Date.now() - Date.parse(manifest.created)).toBeLessThan(10 * 60_000);
    for (const entry of manifest.files) {
      const data = await readFile(join(out, entry.path));
      expect(createHash('sha256').update(data).digest('hex'), entry.path).toBe(entry.sha256);
    }
    expect((await readFile(join(out, 'report.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  it('refuses an unknown paper size with exit 2 and one line, creating nothing', async () => {
    const out = join(dir, 'never');
    const { code, stdout, stderr } = await run(['export', file, '--out', out, '--paper', 'a3']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('nocturne export: unknown --paper value "a3"; known: a4, letter\n');
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 60_000);
});
