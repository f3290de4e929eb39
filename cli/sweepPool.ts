/**
 * A simulation pool on the app's own worker entry, for the CLI and the sweep bench.
 *
 * The worker entry is TypeScript and the CLI runs under tsx, whose loader does not reach worker
 * threads, so the pool needs a runnable JS file. It is bundled from main/simulation/worker.ts with
 * esbuild at start (as build/nodeWorkerPlugin.ts does for vitest), into a fresh temporary folder
 * removed on close. Not out/main/worker.js: that is only as new as the last `npm run build`, and
 * "newer than the sources" would have to mean newer than every file the engine imports (all of
 * shared/model and more); a stale build would silently give another engine's numbers than
 * `simulate`, which runs the working tree. Bundling costs well under a second against a sweep.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SimulationPool, defaultPoolSize } from '../main/simulation/pool';

const WORKER_ENTRY = fileURLToPath(new URL('../main/simulation/worker.ts', import.meta.url));

/** Bundles the worker entry into `dir` and returns the bundle's path. */
export async function bundleWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'worker.mjs');
  await build({
    entryPoints: [WORKER_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return outfile;
}

export interface OpenPool {
  readonly pool: SimulationPool;
  readonly size: number;
  /** Stops the workers and removes the bundle. */
  close(): Promise<void>;
}

export interface OpenPoolOptions {
  /** Workers; default one per core, as the app. */
  readonly size?: number;
  /**
   * When set, Ctrl-C (SIGINT) while the pool is open removes the bundle, prints this line on
   * stderr and exits 130. Without it Node would exit on the signal and leave the bundle's folder
   * behind; nothing else needs undoing, as outputs are written atomically at the end.
   */
  readonly interruptMessage?: string;
}

export async function openWorkerPool(options: OpenPoolOptions = {}): Promise<OpenPool> {
  const dir = await mkdtemp(join(tmpdir(), 'nocturne-worker-'));
  const onInterrupt = () => {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`${options.interruptMessage}\n`);
    process.exit(130);
  };
  try {
    const workerPath = await bundleWorker(dir);
    const size = options.size ?? defaultPoolSize(availableParallelism());
    const pool = new SimulationPool({ workerPath, size });
    if (options.interruptMessage !== undefined) process.once('SIGINT', onInterrupt);
    return {
      pool,
      size,
      close: async () => {
        process.removeListener('SIGINT', onInterrupt);
        await pool.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
