/**
 * A stand-in for the simulation pool, in-process and fast, so the sweep's batching, progress,
 * cancellation and failures can be tested exactly. Test-only.
 *
 * Each point's "metrics" follow from its overrides, so a test can tell which point landed where:
 * metric m = (sum of the point's override values) + m, except metric 1, which is always
 * undefined (NaN), and points with `timeInBed_h: 16`, which the "model" refuses.
 */
import { JobError, type JobHandle, type RunOptions } from '../../simulation/pool';
import type { SweepBatchOutcome, SweepBatchTask } from '../../simulation/task';
import { METRICS } from '../../../shared/model/metrics';
import type { SweepPool } from '../runSweep';

export interface FakeBatch {
  /** The kind the sweep asked the pool for. */
  readonly kind: 'sweep-batch';
  readonly task: SweepBatchTask;
  readonly timeoutMs: number | undefined;
  state: 'running' | 'done' | 'cancelled' | 'failed';
}

export function fakeMetrics(point: Record<string, unknown>): Float64Array {
  const sum = Object.values(point).reduce<number>((acc, v) => acc + (typeof v === 'number' ? v : 0), 0);
  const row = new Float64Array(METRICS.length);
  for (let m = 0; m < row.length; m++) row[m] = m === 1 ? Number.NaN : sum + m;
  return row;
}

export class FakePool implements SweepPool {
  readonly batches: FakeBatch[] = [];
  maxRunning = 0;
  /** Fail the batch that holds this point index (counted over the whole sweep) with this pool error. */
  failPoint: { index: number; code: 'worker-crashed' | 'timeout' | 'simulation-failed' } | null = null;
  private pointsSeen = 0;

  constructor(
    private readonly size: number,
    /** Simulated time per point (ms). */
    private readonly msPerPoint = 2,
  ) {}

  stats() {
    return { size: this.size };
  }

  running(): number {
    return this.batches.filter((b) => b.state === 'running').length;
  }

  run(kind: 'sweep-batch', batchTask: SweepBatchTask, options: RunOptions = {}): JobHandle<SweepBatchOutcome> {
    const batch: FakeBatch = { kind, task: batchTask, timeoutMs: options.timeoutMs, state: 'running' };
    this.batches.push(batch);
    this.maxRunning = Math.max(this.maxRunning, this.running());
    const firstIndex = this.pointsSeen;
    this.pointsSeen += batchTask.points.length;
    const fails =
      this.failPoint !== null &&
      this.failPoint.index >= firstIndex &&
      this.failPoint.index < firstIndex + batchTask.points.length
        ? this.failPoint.code
        : null;
    let reject!: (error: Error) => void;
    let timer: NodeJS.Timeout | null = null;
    const result = new Promise<SweepBatchOutcome>((resolve, rej) => {
      reject = rej;
      const values: Float64Array[] = [];
      const refused: { point: number; message: string }[] = [];
      const step = () => {
        if (batch.state !== 'running') return;
        const i = values.length;
        if (i === batchTask.points.length) {
          batch.state = 'done';
          const outcome: SweepBatchOutcome = {
            values,
            refused,
            elapsed_ms: this.msPerPoint * values.length,
          };
          resolve(outcome);
          return;
        }
        if (fails && i === 0) {
          batch.state = 'failed';
          rej(new JobError(fails, `deliberate ${fails}`));
          return;
        }
        const point = batchTask.points[i]!;
        const merged = { ...batchTask.params, ...point };
        if (merged.timeInBed_h === 16) {
          const where = Object.entries(point)
            .map(([id, v]) => `${id} = ${v}`)
            .join(', ');
          refused.push({ point: i, message: `${where}: refused by the fake model` });
          values.push(new Float64Array(METRICS.length).fill(Number.NaN));
        } else values.push(fakeMetrics(point));
        options.onProgress?.(values.length / batchTask.points.length);
        timer = setTimeout(step, this.msPerPoint);
      };
      timer = setTimeout(step, this.msPerPoint);
    });
    return {
      jobId: this.batches.length,
      result,
      cancel: () => {
        if (batch.state !== 'running') return;
        batch.state = 'cancelled';
        if (timer) clearTimeout(timer);
        reject(new JobError('cancelled', 'cancelled by request'));
      },
    };
  }
}
