// The cohort command for real: child processes through tsx, the app's engine on the worker pool,
// real files. The shard test of cohort.test.ts runs on a stand-in engine; this one shows the same
// for the engine itself: 2 shards merged are the bytes of one run merged.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../shared/experiment';
import { runCliProcess } from './testing/spawnCli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-cohort-'));
  await writeFile(join(dir, 'exp.nocturne'), serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nocturne cohort (spawned)', () => {
  it('merges 2 shards into the same bytes as one run of 3 people', async () => {
    const file = join(dir, 'exp.nocturne');
    const common = [file, '--n', '3', '--population', 'mixed', '--seed', '9'];
    const runs = await Promise.all([
      runCliProcess(['cohort', ...common, '--out', join(dir, 'one')]),
      runCliProcess(['cohort', ...common, '--shard', '0/2', '--out', join(dir, 'two')]),
      runCliProcess(['cohort', ...common, '--shard', '1/2', '--out', join(dir, 'two')]),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect((await readdir(join(dir, 'two'))).sort()).toEqual([
      'part-0-of-2.csv',
      'part-0-of-2.json',
      'part-1-of-2.csv',
      'part-1-of-2.json',
    ]);
    const [one, two] = await Promise.all([
      runCliProcess(['cohort', 'merge', join(dir, 'one'), '--threshold', 'totalSleepTime_min<-30']),
      runCliProcess(['cohort', 'merge', join(dir, 'two'), '--threshold', 'totalSleepTime_min<-30']),
    ]);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    expect(one.stdout).toContain('totalSleepTime_min');
    expect(two.stdout).toBe(one.stdout);
    for (const name of ['cohort.csv', 'summary.json']) {
      expect(await readFile(join(dir, 'two', name), 'utf8'), name).toBe(await readFile(join(dir, 'one', name), 'utf8'));
    }
    const summary = JSON.parse(await readFile(join(dir, 'one', 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({
      n: 3,
      seed: 9,
      population: 'mixed',
      model: expect.stringMatching(/^nocturne-restoration /),
    });
    expect(summary.metrics[1]).toMatchObject({ metric: 'totalSleepTime_min', a: { n: 3 }, b: { n: 3 } });
  }, 240_000);
});
