/**
 * Every test suite, one summary: builds the app, runs vitest (node + renderer projects) and
 * Playwright (browser + electron projects), then prints one line `N passed, N failed[, N skipped]`
 * summing them. Exit code 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const tmp = join(process.cwd(), '.tmp');
mkdirSync(tmp, { recursive: true });
const vitestJson = join(tmp, 'vitest.json');
const playwrightJson = join(tmp, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const buildStatus = run('npx', ['electron-vite', 'build']);
if (buildStatus !== 0) {
  console.log('0 passed, 1 failed (the build failed)');
  process.exit(1);
}

run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);

// The Electron project needs a display where its binary exists; Chromium runs headless.
const wrap = !process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
const playwrightArgs = ['playwright', 'test', '--reporter=list,json'];
run(wrap ? 'xvfb-run' : 'npx', wrap ? ['-a', 'npx', ...playwrightArgs] : playwrightArgs, {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; tests: { status: string; annotations?: { type: string; description?: string }[] }[] }[];
}

function skipReasons(suites: PlaywrightSuite[]): string[] {
  const out: string[] = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'skipped') continue;
        const note = test.annotations?.find((a) => a.type === 'skip')?.description;
        out.push(`${suite.title}: ${note ?? 'no reason given'}`);
      }
    }
    out.push(...skipReasons(suite.suites ?? []));
  }
  return out;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const lines: string[] = [];

if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A suite that fails to load has no failed tests of its own: count it as one failure.
  const vf = v.numFailedTests + (v.numFailedTests === 0 ? v.numFailedTestSuites : 0);
  passed += v.numPassedTests;
  failed += vf;
  skipped += v.numPendingTests + v.numTodoTests;
  lines.push(`vitest: ${v.numPassedTests} passed, ${vf} failed, ${v.numPendingTests + v.numTodoTests} skipped`);
} else {
  failed += 1;
  lines.push('vitest: no report (it did not run)');
}

if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
    suites?: PlaywrightSuite[];
  };
  // Say why each skipped test skipped (the electron project where its binary is missing).
  for (const reason of new Set(skipReasons(p.suites ?? []))) lines.push(`playwright skipped: ${reason}`);
  const pf = p.stats.unexpected + (p.errors?.length ?? 0);
  passed += p.stats.expected + p.stats.flaky;
  failed += pf;
  skipped += p.stats.skipped;
  lines.push(`playwright: ${p.stats.expected + p.stats.flaky} passed, ${pf} failed, ${p.stats.skipped} skipped`);
} else {
  failed += 1;
  lines.push('playwright: no report (it did not run)');
}

for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
