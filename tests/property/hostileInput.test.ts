/**
 * Hostile input, property-based (fast-check): arbitrary JSON, wrong types, NaN and Infinity,
 * huge arrays, deep nesting and long strings reach the experiment parser and every IPC handler.
 * Never a crash, never a write, always a typed answer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import faultWorkerPath from '../../main/simulation/testing/faultWorker?modulePath';
import { SimulationPool } from '../../main/simulation/pool';
import { createHandlers, handleInvoke } from '../../main/ipc/handlers';
import fitWorkerPath from '../../main/fit/worker?modulePath';
import { INVOKE_CHANNELS, type LabErrorCode } from '../../shared/ipc';
import { TEST_APP_INFO, testFileDeps } from '../../main/ipc/testing/handlerSetup';
import { defaultExperiment, parseExperiment, serializeExperiment } from '../../shared/experiment';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-hostile-'));
// A pool whose worker never simulates: a request that got past validation would show up as a job.
const pool = new SimulationPool({ workerPath: faultWorkerPath, size: 1, timeoutMs: 2_000 });
afterAll(async () => {
  await pool.close();
  rmSync(folder, { recursive: true, force: true });
});
const handlers = createHandlers({
  pool,
  fitWorkerPath,
  appInfo: TEST_APP_INFO,
  emit: () => undefined,
  // Every dialog is cancelled: a hostile payload must never reach a path of its own choosing.
  files: testFileDeps(folder, {
    // A hostile payload must never reach the clipboard either.
    clipboard: {
      writeImage: async () => {
        throw new Error('clipboard written');
      },
      writeText: async () => {
        throw new Error('clipboard written');
      },
    },
  }),
});

const CODES: readonly LabErrorCode[] = [
  'invalid-payload',
  'invalid-parameters',
  'invalid-file',
  'cancelled',
  'write-failed',
  'unknown-channel',
  'worker-crashed',
  'timeout',
  'simulation-failed',
];

/** Values a hostile renderer could send: any JSON, plus the things JSON cannot carry. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, undefined, null, -0, 2 ** 53, 1e308),
  fc.string({ minLength: 10_000, maxLength: 20_000 }),
  fc.array(fc.integer(), { minLength: 10_000, maxLength: 12_000 }),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.constant(1), fc.tuple(tie('deep'))) })).deep,
  fc.record({
    night: fc.constantFrom('a', 'b', 'c', 1),
    scenario: fc.oneof(fc.constantFrom('baseline', 'nap', ''), fc.string()),
    params: fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.double(), fc.string(), fc.constant(null))),
    seed: fc.oneof(fc.integer(), fc.double(), fc.constant(-1)),
  }),
);

describe('every IPC handler, with hostile payloads', () => {
  it('answers with a typed reply, never throws, never writes or simulates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(INVOKE_CHANNELS), 'fs:read', ''),
        hostile,
        async (channel, payload) => {
          const reply = await handleInvoke(handlers, channel, payload);
          expect(typeof reply.ok).toBe('boolean');
          if (!reply.ok) {
            expect(CODES).toContain(reply.error.code);
            expect(reply.error.message.length).toBeGreaterThan(0);
            expect(reply.error.message.length).toBeLessThan(2_000);
          }
          expect(pool.stats().busy + pool.stats().queued).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
    // Nothing reached the disk: not the recent list, not an autosave, not a saved file.
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('the experiment parser, with hostile text', () => {
  const base = serializeExperiment(defaultExperiment(), { app: '0', model: '1' });

  it('refuses or accepts any text, never throws, and names a field or the reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v) ?? ''),
          fc.uint8Array({ maxLength: 2_000 }).map((bytes) => new TextDecoder('latin1').decode(bytes)),
          // Truncations and byte flips of a good file.
          fc.nat({ max: base.length }).map((n) => base.slice(0, n)),
          fc
            .tuple(fc.nat({ max: base.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
            .map(([i, c]) => base.slice(0, i) + c + base.slice(i + 1)),
        ),
        (text) => {
          const result = parseExperiment(text);
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(result.error.message.length).toBeLessThan(2_000);
          } else {
            // What it accepts it can write back, and reads back the same (saving stamps createdWith).
            const again = parseExperiment(serializeExperiment(result.experiment, { app: '0', model: '1' }));
            const { createdWith: _a, ...first } = result.experiment;
            expect(again.ok).toBe(true);
            if (again.ok) {
              const { createdWith: _b, ...second } = again.experiment;
              expect(second).toEqual(first);
            }
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses deep nesting, huge arrays and huge files with a message', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseExperiment(deep).ok).toBe(false);
    const huge = JSON.stringify({ ...JSON.parse(base), notes: 'x'.repeat(6 * 1024 * 1024) });
    const refused = parseExperiment(huge);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/MB|large|size/i);
    const manyNights = JSON.stringify({ ...JSON.parse(base), nights: Array.from({ length: 100_000 }, () => ({})) });
    expect(parseExperiment(manyNights).ok).toBe(false);
  });
});
