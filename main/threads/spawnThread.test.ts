import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SPAWN_THREAD = fileURLToPath(new URL('./spawnThread.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nocturne-spawn-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A hot function in a worker thread, run long enough that TurboFan optimises it. */
const HOT_WORKER = `
function hotInThread(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) * (i & 3); return s; }
let total = 0;
for (let k = 0; k < 3000; k++) total += hotInThread(1000);
require('node:worker_threads').parentPort.postMessage(total);
`;

/**
 * V8's own trace of how it compiled hotInThread in a thread started one way or the other: a child
 * Node under --trace-opt (which prints "(target TURBOFAN), mode: ConcurrencyMode::k…").
 */
function compileModes(start: 'spawnThread' | 'new Worker'): string[] {
  const script = join(dir, `${start === 'spawnThread' ? 'spawn' : 'plain'}.ts`);
  writeFileSync(
    script,
    `import { Worker } from 'node:worker_threads';
import { spawnThread } from ${JSON.stringify(SPAWN_THREAD)};
const code = ${JSON.stringify(HOT_WORKER)};
const worker = ${start === 'spawnThread' ? 'spawnThread(code, { eval: true })' : 'new Worker(code, { eval: true })'};
worker.once('message', () => void worker.terminate());
`,
  );
  const run = spawnSync(process.execPath, ['--trace-opt', '--import', 'tsx', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return [
    ...run.stdout.matchAll(/compiling method [^\n]*hotInThread[^\n]*\(target TURBOFAN\)[^\n]*ConcurrencyMode::(\w+)/g),
  ].map((m) => m[1]!);
}

describe('spawnThread', () => {
  it('starts threads that optimise on their own thread, never on a background compiler', () => {
    const modes = compileModes('spawnThread');
    expect(modes.length, 'TurboFan never optimised the hot function, so nothing was checked').toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(['kSynchronous']));
  });

  it('differs from a thread started plainly, which compiles in the background (so the test above can fail)', () => {
    expect(compileModes('new Worker')).toContain('kConcurrent');
  });
});
