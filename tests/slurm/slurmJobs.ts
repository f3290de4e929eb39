/**
 * What the Slurm test needs from Slurm's own tools: whether this machine can have a local cluster
 * at all (and why not), and the state of submitted jobs read from `scontrol -o show job` (the
 * local cluster keeps no accounting database, so sacct has nothing; scontrol keeps finished jobs
 * for MinJobAge, set to ten minutes by scripts/slurm/local-cluster.sh).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; its exit code and output, never a throw. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const onPath = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/**
 * Why a single-node cluster cannot be had here, or '' when it can: Linux, root (packages and
 * daemons), and Slurm installed or apt-get to install it. CI (.ci/run) installs the packages and
 * runs as root, so there the test runs.
 */
export function localClusterSkipReason(): string {
  if (process.platform !== 'linux') return `a local Slurm cluster needs Linux, this is ${process.platform}`;
  if (process.getuid?.() !== 0)
    return 'not root: scripts/slurm/local-cluster.sh installs slurm-wlm and munge and starts their daemons';
  if (!onPath('sbatch') && !onPath('apt-get'))
    return 'no Slurm installed and no apt-get to install slurm-wlm and munge';
  return '';
}

/** One job record: an array task, a not-yet-split pending array, or a plain job. */
export interface JobRecord {
  jobId: string;
  arrayTaskId?: string;
  state: string;
  exitCode: string;
}

/** States a job does not leave (Slurm's squeue(1) "JOB STATE CODES"). */
const FINAL = new Set([
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'TIMEOUT',
  'NODE_FAIL',
  'OUT_OF_MEMORY',
  'PREEMPTED',
  'BOOT_FAIL',
  'DEADLINE',
]);

export const isFinal = (record: JobRecord): boolean => FINAL.has(record.state);
export const succeeded = (record: JobRecord): boolean => record.state === 'COMPLETED' && record.exitCode === '0:0';

/** Parses `scontrol -o show job` output: one line per record, `Key=Value` fields. */
export function parseJobs(text: string): JobRecord[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('JobId='))
    .map((line) => {
      const field = (key: string) => new RegExp(`(?:^| )${key}=(\\S*)`).exec(line)?.[1];
      return {
        jobId: field('JobId') ?? '',
        arrayTaskId: field('ArrayTaskId'),
        state: field('JobState') ?? '',
        exitCode: field('ExitCode') ?? '',
      };
    });
}

/**
 * Waits until every record of `jobId` (all tasks of an array) is in a final state, polling
 * scontrol; throws after `timeoutMs` with the last records seen.
 */
export async function waitForJob(jobId: string, timeoutMs: number): Promise<JobRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await run('scontrol', ['-o', 'show', 'job', jobId]);
    if (shown.code !== 0) throw new Error(`scontrol show job ${jobId} failed: ${shown.stderr.trim()}`);
    const records = parseJobs(shown.stdout);
    if (records.length > 0 && records.every(isFinal)) return records;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} not finished after ${timeoutMs / 1000} s; scontrol says:\n${shown.stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Every log file in `dir` with its text, for a failure message. */
export function logsIn(dir: string): string {
  if (!existsSync(dir)) return `(no log folder ${dir})`;
  return readdirSync(dir)
    .sort()
    .map((name) => `--- ${name}\n${readFileSync(join(dir, name), 'utf8')}`)
    .join('\n');
}

/** The wall time each array task logged (`cohort-array: shard i/K done in T ms, C s of CPU`), by shard. */
export function shardTimes(dir: string): Map<number, number> {
  const times = new Map<number, number>();
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const found = /shard (\d+)\/\d+ done in (\d+) ms/.exec(readFileSync(join(dir, name), 'utf8'));
    if (found) times.set(Number(found[1]), Number(found[2]));
  }
  return times;
}
