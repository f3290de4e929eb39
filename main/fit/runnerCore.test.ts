// The fit runner's cancel with a scripted worker: the flag it sets, the worker kept when the fit
// answers, and terminated only when a cancelled fit does not answer in time.
import { describe, expect, it, vi } from 'vitest';
import { cancelRequested, FitRunnerCore, type FitWorkerEvents, type FitWorkerRequest } from './runnerCore';
import type { FitTask } from './task';
import type { AnyFitResult } from '../../shared/experiment/fitRecord';

const task = { kind: 'pvt' } as FitTask;
const result = { converged: true } as unknown as AnyFitResult;

/** A worker that answers cancelled when it reads the flag, or never when `deaf`; done on `finish()`. */
function scripted(deaf = false) {
  const workers: { events: FitWorkerEvents; request: FitWorkerRequest | null; terminated: boolean }[] = [];
  const runner = new FitRunnerCore((events) => {
    const worker = { events, request: null as FitWorkerRequest | null, terminated: false };
    workers.push(worker);
    return {
      post: (request) => {
        worker.request = request;
        events.message({ type: 'progress', message: 'fitting' });
      },
      terminate: () => {
        worker.terminated = true;
      },
    };
  }, 1_000);
  /** The worker's fit reaching its next model evaluation. */
  const evaluate = (i: number) => {
    const w = workers[i]!;
    if (!deaf && w.request?.cancel && cancelRequested(w.request.cancel)) w.events.message({ type: 'cancelled' });
  };
  const finish = (i: number) => workers[i]!.events.message({ type: 'done', result, elapsed_ms: 1 });
  return { runner, workers, evaluate, finish };
}

describe('FitRunnerCore', () => {
  it('cancels by the flag; the fit answers and its worker serves the next fit', async () => {
    const { runner, workers, evaluate, finish } = scripted();
    const first = runner.run(task, () => undefined);
    expect(runner.cancel()).toBe(true);
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect(cancelRequested(workers[0]!.request!.cancel!)).toBe(true);
    evaluate(0);
    expect(workers[0]!.terminated).toBe(false);
    const second = runner.run(task, () => undefined);
    // The flag is cleared for the next task, on the same worker.
    expect(workers).toHaveLength(1);
    expect(cancelRequested(workers[0]!.request!.cancel!)).toBe(false);
    finish(0);
    await expect(second).resolves.toMatchObject({ result });
    expect(workers[0]!.terminated).toBe(false);
    runner.close();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('starts another worker for a fit while a cancelled one winds down, and keeps one of them', async () => {
    const { runner, workers, evaluate, finish } = scripted();
    const first = runner.run(task, () => undefined);
    const second = runner.run(task, () => undefined);
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect(workers).toHaveLength(2);
    evaluate(0);
    finish(1);
    await second;
    // Both answered: one is kept for the next fit, the other ended between tasks.
    expect(workers.filter((w) => w.terminated)).toHaveLength(1);
    runner.run(task, () => undefined).catch(() => undefined);
    expect(workers).toHaveLength(2);
    runner.close();
  });

  it('terminates a worker whose cancelled fit does not answer within the wait', async () => {
    vi.useFakeTimers();
    try {
      const { runner, workers, evaluate } = scripted(true);
      const first = runner.run(task, () => undefined);
      runner.cancel();
      await expect(first).rejects.toMatchObject({ code: 'cancelled' });
      evaluate(0);
      vi.advanceTimersByTime(999);
      expect(workers[0]!.terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(workers[0]!.terminated).toBe(true);
      runner.run(task, () => undefined).catch(() => undefined);
      expect(workers).toHaveLength(2);
      runner.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
