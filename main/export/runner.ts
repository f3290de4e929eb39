/**
 * Runs export jobs on one worker thread (started on the first export, replaced if it dies), or
 * in-process when no worker path is given (the CLI and unit tests). Several jobs may be in
 * flight; each answer is matched by id.
 */
import type { Worker } from 'node:worker_threads';
import { spawnThread } from '../threads/spawnThread';
import { fromJobFailure, type JobFailure } from './errors';
// Types only: the renderers load in-process on the first in-process job, never at start.
import type { ExportJob, ExportJobResults, Fonts } from './jobs';

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: JobFailure };

export class ExportRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  constructor(
    private readonly fonts: Fonts,
    private readonly workerPath: string | null = null,
  ) {}

  run<J extends ExportJob>(job: J): Promise<ExportJobResults[J['kind']]> {
    if (!this.workerPath) return import('./jobs').then(({ runExportJob }) => runExportJob(job, this.fonts));
    const worker = this.ensureWorker(this.workerPath);
    const id = this.nextId++;
    // Kept alive while it has work; an idle export worker must not hold the process open.
    worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, job, fonts: this.fonts });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(path: string): Worker {
    if (this.worker) return this.worker;
    const worker = spawnThread(path);
    worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if (answer.ok) waiting.resolve(answer.value);
      else waiting.reject(fromJobFailure(answer.failure));
    });
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(new Error(`the export worker stopped: ${reason}`));
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }
}
