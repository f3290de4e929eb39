// `nocturne fit` for real: a child process through tsx, real files in a temp folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { runCliProcess } from './testing/spawnCli';

const run = (args: string[]) => runCliProcess(args);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-fit-spawn-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npx tsx cli/index.ts fit', () => {
  it('refuses a file that is not PVT sessions with exit 2, naming it, and nothing on stdout', async () => {
    const experiment = join(dir, 'e.nocturne');
    await writeFile(experiment, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
    const notPvt = join(dir, 'light.csv');
    await writeFile(notPvt, 'timestamp,lux\n2026-05-04 10:00,300\n');
    const r = await run(['fit', experiment, '--pvt', notPvt]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(
      /^nocturne fit: not a file of PVT sessions: .*light\.csv.*a time, a mean RT and a lapses column/,
    );
  });
});
