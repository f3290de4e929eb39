// The Slurm scripts' own checks, with no Slurm: each refuses a mistake before any work, with a
// message naming it (exit 2), so a misconfigured array fails in its first second, not after a queue.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJobs, run, shardTimes, succeeded } from './slurmJobs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const script = (name: string) => join(ROOT, 'scripts/slurm', name);
// Only bash is needed; Windows has none by default.
const noBash = process.platform === 'win32';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nocturne-slurm-scripts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(noBash)('scripts/slurm', () => {
  it('cohort-array.sbatch wants its four arguments', async () => {
    const r = await run('bash', [script('cohort-array.sbatch')], { env: { SLURM_ARRAY_TASK_ID: '0' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cohort-array: usage: sbatch --array=0-\$\(\(K-1\)\) cohort-array.sbatch FILE N K OUT/);
  });

  it('cohort-array.sbatch refuses to run outside an array', async () => {
    const r = await run('bash', [script('cohort-array.sbatch'), 'f.json', '12', '3', dir], {
      env: { SLURM_ARRAY_TASK_ID: '' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort-array: SLURM_ARRAY_TASK_ID is not set: submit with sbatch --array=0-2\n');
  });

  it('cohort-array.sbatch names an array task beyond the shard count', async () => {
    const r = await run('bash', [script('cohort-array.sbatch'), 'f.json', '12', '3', dir], {
      env: { SLURM_ARRAY_TASK_ID: '3', NOCTURNE_ROOT: ROOT },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cohort-array: array task 3 is outside 0..2: submit with --array=0-2\n');
  });

  it('cohort-array.sbatch and cohort-merge.sbatch name a folder that is not a checkout', async () => {
    const array = await run('bash', [script('cohort-array.sbatch'), 'f.json', '12', '3', dir], {
      env: { SLURM_ARRAY_TASK_ID: '1', NOCTURNE_ROOT: dir },
    });
    expect(array.code).toBe(2);
    expect(array.stderr).toBe(
      `cohort-array: no Nocturne checkout at ${dir}: submit from the project folder or set NOCTURNE_ROOT\n`,
    );
    const merge = await run('bash', [script('cohort-merge.sbatch'), dir], { env: { NOCTURNE_ROOT: dir } });
    expect(merge.code).toBe(2);
    expect(merge.stderr).toBe(
      `cohort-merge: no Nocturne checkout at ${dir}: submit from the project folder or set NOCTURNE_ROOT\n`,
    );
  });

  it('submit-cohort.sh refuses a shard count that is not a whole number ≥ 1, submitting nothing', async () => {
    const r = await run('bash', [script('submit-cohort.sh'), 'f.json', '12', '0', join(dir, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("submit-cohort: K (the shard count) must be a whole number ≥ 1, not '0'\n");
  });
});

describe('reading scontrol', () => {
  it('reads array tasks, a pending array and a plain job from scontrol -o show job', () => {
    const records = parseJobs(
      [
        'JobId=7 ArrayJobId=5 ArrayTaskId=0 JobName=nocturne-cohort JobState=COMPLETED Reason=None ExitCode=0:0 RunTime=00:00:01',
        'JobId=8 ArrayJobId=5 ArrayTaskId=1 JobName=nocturne-cohort JobState=FAILED Reason=NonZeroExitCode ExitCode=3:0',
        'JobId=5 ArrayJobId=5 ArrayTaskId=2-4 JobName=nocturne-cohort JobState=PENDING Reason=Resources ExitCode=0:0',
        'JobId=6 JobName=nocturne-cohort-merge JobState=PENDING Reason=Dependency Dependency=afterok:5_*(unfulfilled) ExitCode=0:0',
        '',
      ].join('\n'),
    );
    expect(records).toEqual([
      { jobId: '7', arrayTaskId: '0', state: 'COMPLETED', exitCode: '0:0' },
      { jobId: '8', arrayTaskId: '1', state: 'FAILED', exitCode: '3:0' },
      { jobId: '5', arrayTaskId: '2-4', state: 'PENDING', exitCode: '0:0' },
      { jobId: '6', arrayTaskId: undefined, state: 'PENDING', exitCode: '0:0' },
    ]);
    expect(records.map(succeeded)).toEqual([true, false, false, false]);
  });

  it('finds each shard’s wall time in the task logs', async () => {
    await writeFile(
      join(dir, 'shard-5_0.out'),
      'cohort-array: job 5 task 0 of 2\ncohort-array: shard 0/2 done in 1341 ms, 0.82 s of CPU\n',
    );
    await writeFile(join(dir, 'shard-5_1.out'), 'cohort-array: job 5 task 1 of 2\nboom\n');
    expect([...shardTimes(dir)]).toEqual([[0, 1341]]);
  });
});
