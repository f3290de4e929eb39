// The cohort on a real Slurm: a single-node cluster on this machine (scripts/slurm/local-cluster.sh,
// Debian's slurm-wlm and munge), the job array and the dependent merge submitted by
// scripts/slurm/submit-cohort.sh, and the merged cohort compared byte for byte with one unsharded
// run. Skips, saying why, where no local cluster can be had (not Linux, not root, no Slurm and no
// apt-get); CI runs as root with the packages installed, so there it runs.
//
// NOCTURNE_ROOT names the project checkout whose CLI the jobs run (default: this one), so the
// scripts can be tried against another checkout's CLI.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultExperiment, serializeExperiment } from '../../shared/experiment';
import { localClusterSkipReason, logsIn, run, shardTimes, succeeded, waitForJob } from './slurmJobs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI_ROOT = process.env.NOCTURNE_ROOT ?? ROOT;
const CLUSTER = join(ROOT, 'scripts/slurm/local-cluster.sh');
const SUBMIT = join(ROOT, 'scripts/slurm/submit-cohort.sh');
const N = 12;
const K = 3;
const SEED = '7';
const JOB_TIMEOUT_MS = 300_000;

const skip = localClusterSkipReason();
let startedHere = false;
let dir = '';

afterAll(async () => {
  // Leave a cluster that was already running (someone's own) as it was.
  if (startedHere) await run(CLUSTER, ['stop']);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the cohort on a single-node Slurm cluster', () => {
  it.skipIf(skip)(
    `runs ${K} shards as a job array, merges after them, and equals one unsharded run byte for byte${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'nocturne-slurm-'));
      const file = join(dir, 'default.nocturne.json');
      await writeFile(file, serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' }));

      const before = await run(CLUSTER, ['status']);
      const started = await run(CLUSTER, ['start']);
      expect(started.code, `local-cluster.sh start failed:\n${started.stdout}${started.stderr}`).toBe(0);
      startedHere = before.code !== 0;

      const out = join(dir, 'sharded');
      const submitted = await run(SUBMIT, [file, String(N), String(K), out, '--seed', SEED], {
        env: { NOCTURNE_ROOT: CLI_ROOT },
      });
      expect(submitted.code, `submit-cohort.sh failed:\n${submitted.stdout}${submitted.stderr}`).toBe(0);
      const arrayId = /^array (\d+)$/m.exec(submitted.stdout)?.[1];
      const mergeId = /^merge (\d+)$/m.exec(submitted.stdout)?.[1];
      expect(arrayId && mergeId, `submit-cohort.sh printed no job ids:\n${submitted.stdout}`).toBeTruthy();

      const logs = join(out, 'logs');
      const failWith = async (what: string): Promise<never> => {
        await run('scancel', [arrayId!, mergeId!]);
        throw new Error(`${what}\nthe task logs:\n${logsIn(logs)}`);
      };
      const tasks = await waitForJob(arrayId!, JOB_TIMEOUT_MS).catch((error: Error) => failWith(error.message));
      expect(tasks.map((t) => t.arrayTaskId).sort()).toEqual(Array.from({ length: K }, (_, i) => String(i)));
      if (!tasks.every(succeeded))
        await failWith(`array tasks did not all succeed: ${JSON.stringify(tasks.filter((t) => !succeeded(t)))}`);
      const [merge] = await waitForJob(mergeId!, JOB_TIMEOUT_MS).catch((error: Error) => failWith(error.message));
      if (!succeeded(merge!)) await failWith(`the merge job did not succeed: ${JSON.stringify(merge)}`);

      const times = shardTimes(logs);
      console.log(
        `slurm: N=${N}, K=${K}, wall time per shard (ms): ${[...times].map(([i, ms]) => `${i}: ${ms}`).join(', ')}`,
      );
      expect([...times.keys()].sort()).toEqual([0, 1, 2]);

      const entries = await readdir(out);
      for (let i = 0; i < K; i++)
        expect(entries).toEqual(expect.arrayContaining([`part-${i}-of-${K}.csv`, `part-${i}-of-${K}.json`]));

      // The reference: the same cohort in one process, merged the same way.
      const single = join(dir, 'single');
      const cli = (args: string[]) => run('npm', ['run', '-s', 'cli', '--', 'cohort', ...args], { cwd: CLI_ROOT });
      const one = await cli([file, '--n', String(N), '--seed', SEED, '--out', single]);
      expect(one.code, one.stderr).toBe(0);
      const merged = await cli(['merge', single]);
      expect(merged.code, merged.stderr).toBe(0);

      const sharded = await readFile(join(out, 'cohort.csv'));
      const reference = await readFile(join(single, 'cohort.csv'));
      // A header and a row per person, so equal bytes are a real cohort, not two empty files.
      expect(sharded.toString('utf8').trimEnd().split('\n').length).toBe(N + 1);
      expect(sharded.equals(reference)).toBe(true);
      expect(await readFile(join(out, 'summary.json'), 'utf8')).toBe(
        await readFile(join(single, 'summary.json'), 'utf8'),
      );
    },
    600_000,
  );
});
