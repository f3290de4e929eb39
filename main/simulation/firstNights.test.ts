import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobPool } from '../../shared/pool/jobPool';
import type { SimulationProtocol } from './messages';
import { serveSimulation } from './serve';
import { runSimulationTask } from './task';
import {
  firstNightTasks,
  outcomeDigest,
  sameOutcome,
  startFirstNights,
  type SavedNights,
  type SavedNightsStore,
} from './firstNights';
import { FIRST_NIGHTS_FILE, savedNightsFile, workerBuild } from './firstNightFile';

/**
 * A pool whose "worker" runs the real task in this thread, `startMs` after it is posted: as a
 * fresh worker's first run, slower than reading the saved answers (here the engine is warm after
 * the first test, and its run-in cache full).
 */
function inThreadPool(startMs = 400): JobPool<SimulationProtocol> {
  return new JobPool<SimulationProtocol>(
    (events) => ({
      post: (request) => setTimeout(() => serveSimulation(request, (reply) => events.message(reply)), startMs),
      terminate: () => undefined,
    }),
    { size: 1 },
  );
}

/** A store in memory that counts its writes (a real one: firstNightFile.ts, web/firstNightStore.ts). */
function memoryStore(initial: unknown = null): SavedNightsStore & { record: unknown; writes: number } {
  const store = {
    record: initial,
    writes: 0,
    read: async () => store.record,
    write: async (record: SavedNights) => {
      store.record = structuredClone(record);
      store.writes++;
    },
  };
  return store;
}

let pools: JobPool<SimulationProtocol>[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});
const open = () => {
  const pool = inThreadPool();
  pools.push(pool);
  return pool;
};

describe('the first nights saved between starts', () => {
  const tasks = firstNightTasks();

  it('saves the first start, then answers the next from it, bit-identical to a fresh run', async () => {
    const store = memoryStore();
    const first = await startFirstNights(open(), { store, build: 'b1' }, tasks);
    expect(first).toEqual({ answered: 0, ignored: 'none', written: true, differed: 0 });

    const pool = open();
    const report = startFirstNights(pool, { store, build: 'b1' }, tasks);
    // The page's request, as main's handler makes it, gets the saved answer.
    const answer = await pool.run('night', tasks[0]!).result;
    expect(await report).toEqual({ answered: 2, ignored: null, written: false, differed: 0 });
    expect(store.writes).toBe(1);
    expect(sameOutcome(answer, runSimulationTask(tasks[0]!))).toBe(true);
  });

  it('tells outcomes apart by any field or any byte, but not by how long the run took', () => {
    const run = runSimulationTask(tasks[0]!);
    expect(sameOutcome(run, { ...run, elapsed_ms: run.elapsed_ms + 1 })).toBe(true);
    expect(sameOutcome(run, { ...run, result: { ...run.result, start_h: run.result.start_h + 1 } })).toBe(false);
    const [name, values] = Object.entries(run.result.series)[0]!;
    const changed = Float32Array.from(values);
    changed[changed.length - 1] = changed[changed.length - 1]! + 1;
    expect(
      sameOutcome(run, { ...run, result: { ...run.result, series: { ...run.result.series, [name]: changed } } }),
    ).toBe(false);
  });

  it('ignores a record of another build, or a corrupt one, and writes the fresh results in its place', async () => {
    const store = memoryStore();
    await startFirstNights(open(), { store, build: 'b1' }, tasks);
    const saved = structuredClone(store.record) as SavedNights;

    expect(await startFirstNights(open(), { store, build: 'b2' }, tasks)).toMatchObject({
      answered: 0,
      ignored: 'saved by another engine build',
      written: true,
    });
    expect((store.record as SavedNights).build).toBe('b2');

    // One bit of one series flipped: the digest no longer matches, so it answers nothing.
    const corrupt = structuredClone(saved);
    const series = Object.values(corrupt.nights[0]!.outcome.result.series)[0]!;
    new Uint8Array(series.buffer, series.byteOffset)[5]! ^= 1;
    const corruptStore = memoryStore(corrupt);
    expect(await startFirstNights(open(), { store: corruptStore, build: 'b1' }, tasks)).toMatchObject({
      answered: 1,
      ignored: 'its bytes do not match their digest',
      written: true,
    });
    const rewritten = corruptStore.record as SavedNights;
    rewritten.nights.forEach((night, i) => {
      expect(night.digest).toBe(outcomeDigest(night.outcome));
      expect(sameOutcome(night.outcome, saved.nights[i]!.outcome)).toBe(true);
    });

    for (const junk of [42, { format: 1, build: 'b1', nights: [{ signature: 'x' }] }, { format: 9 }]) {
      const report = await startFirstNights(open(), { store: memoryStore(junk), build: 'b1' }, tasks);
      expect(report).toMatchObject({ answered: 0, written: true });
    }
  });

  it('keeps its record in a file, and ignores a file that cannot be read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nocturne-first-nights-'));
    const path = join(folder, FIRST_NIGHTS_FILE);
    expect(await startFirstNights(open(), { store: savedNightsFile(path), build: 'b1' }, tasks)).toMatchObject({
      written: true,
    });
    expect(await startFirstNights(open(), { store: savedNightsFile(path), build: 'b1' }, tasks)).toMatchObject({
      answered: 2,
      written: false,
    });
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    const torn = await startFirstNights(open(), { store: savedNightsFile(path), build: 'b1' }, tasks);
    expect(torn).toMatchObject({ answered: 0, written: true });
    expect(torn.ignored).toMatch(/^it cannot be read/);
    expect(await startFirstNights(open(), { store: savedNightsFile(path), build: 'b1' }, tasks)).toMatchObject({
      answered: 2,
    });
  });

  it("keys the desktop's build on the worker's script and every script it imports", () => {
    const folder = mkdtempSync(join(tmpdir(), 'nocturne-build-'));
    writeFileSync(join(folder, 'worker.js'), 'import { a } from "./chunks/engine.js";\nimport "node:fs";\n');
    const chunk = join(folder, 'chunks');
    mkdirSync(chunk);
    writeFileSync(join(chunk, 'engine.js'), 'import { b } from "./model.js";\nexport const a = 1;\n');
    writeFileSync(join(chunk, 'model.js'), 'export const b = 1;\n');
    const before = workerBuild(join(folder, 'worker.js'));
    expect(workerBuild(join(folder, 'worker.js'))).toBe(before);
    writeFileSync(join(chunk, 'model.js'), 'export const b = 2;\n');
    expect(workerBuild(join(folder, 'worker.js'))).not.toBe(before);
  });
});
