// A fit cancelled on the real worker thread: it answers cancelled between model evaluations instead
// of being terminated mid-task (wasted work, and on Node 20 a risk to the process:
// main/threads/spawnThread.ts), and the same thread then fits the next task to its end.
import { describe, expect, it } from 'vitest';
import fitWorkerPath from './worker?modulePath';
import { FitRunnerCore, type SpawnFitWorker } from './runnerCore';
import { spawnFitThread } from './runner';
import type { FitTask } from './task';
import { syntheticExperiment, syntheticPvt } from '../../scripts/synthetic-pvt';
import { resolveParameters } from '../../shared/model/scenarios';
import { JobError } from '../../shared/pool/jobPool';

const night = syntheticExperiment().nights[0];
const task: FitTask = {
  kind: 'pvt',
  night: 'A',
  label: night.label,
  scenario: night.scenario,
  values: resolveParameters(night.scenario, night.params),
  events: [],
  seed: night.seed,
  pvt: { fileName: 'synthetic-pvt.csv', bytes: new TextEncoder().encode(syntheticPvt(11)) },
};

describe('a fit on its worker thread', () => {
  it('answers a cancel as cancelled, and the same thread then fits the next task', async () => {
    let started = 0;
    let crashed: JobError | null = null;
    const spawn = spawnFitThread(fitWorkerPath);
    let answered: (type: string) => void = () => undefined;
    const lastReply = new Promise<string>((resolve) => (answered = resolve));
    const counted: SpawnFitWorker = (events) => {
      started++;
      return spawn({
        message: (reply) => {
          if (reply.type !== 'progress') answered(reply.type);
          events.message(reply);
        },
        failed: (error) => ((crashed = error), events.failed(error)),
      });
    };
    const runner = new FitRunnerCore(counted);
    const replies: string[] = [];
    // Cancelled once the fit is fitting (its model evaluated in a loop), not before it started.
    const first = runner.run({ ...task, bootstrap: 200 }, (message) => {
      replies.push(message);
      if (message.startsWith('fitting')) runner.cancel();
    });
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    // The caller hears at once; the thread answers at its fit's next model evaluation.
    expect(await lastReply).toBe('cancelled');
    expect(replies.some((m) => m.startsWith('profiling'))).toBe(false);
    const second = await runner.run(task, () => undefined);
    expect(second.result.converged).toBe(true);
    expect(started).toBe(1);
    expect(crashed).toBeNull();
    runner.close();
  }, 120_000);

  it('reads the cancel while it draws the fitted curve too, after the estimate', async () => {
    const spawn = spawnFitThread(fitWorkerPath);
    let answered: (type: string) => void = () => undefined;
    const lastReply = new Promise<string>((resolve) => (answered = resolve));
    const runner = new FitRunnerCore((events) =>
      spawn({
        message: (reply) => {
          if (reply.type !== 'progress') answered(reply.type);
          events.message(reply);
        },
        failed: events.failed,
      }),
    );
    const fit = runner.run(task, (message) => {
      if (message.startsWith('drawing')) runner.cancel();
    });
    await expect(fit).rejects.toMatchObject({ code: 'cancelled' });
    // Not "done": the curve's model evaluations read the flag as the estimate's do.
    expect(await lastReply).toBe('cancelled');
    runner.close();
  }, 120_000);
});
