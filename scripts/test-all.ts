/**
 * Every test suite, one summary: builds the app, runs vitest (node + renderer projects) and
 * Playwright (browser + electron projects), then prints one line `N passed, N failed[, N skipped]`
 * summing them. Exit code 1 if anything failed.
 *
 * A browser for the Playwright browser project is found (or installed) before anything runs. Where
 * none can be had, that project is not run and its tests count as failed: a machine that cannot
 * run them has not passed them, and the one line printed says what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultProvisionDeps, provideBrowser } from './browser.ts';

const tmp = join(process.cwd(), '.tmp');
mkdirSync(tmp, { recursive: true });
const vitestJson = join(tmp, 'vitest.json');
const playwrightJson = join(tmp, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

// npx is npx.cmd on Windows, which only a shell finds (the hosted CI runs this on Windows too).
const shell = process.platform === 'win32';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', shell, env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const browser = provideBrowser(defaultProvisionDeps((line) => console.log(`browser: ${line}`)));
if (browser.found) console.log(`browser: ${browser.path} (${browser.source})`);
else
  console.log(
    `browser: ${browser.reason}. Install Chromium or Chrome (on Debian: apt-get install chromium), or set CHROMIUM_PATH to one, and run npm test again; the browser tests are counted as failed, not run.`,
  );

/**
 * How many tests the projects that need Chromium have (the browser harness and the web edition),
 * to count them as not run (listing needs no browser).
 */
function browserTestCount(): number {
  const listed = spawnSync('npx', ['playwright', 'test', '--list', '--project=browser', '--project=web'], {
    encoding: 'utf8',
    shell,
  });
  const total = /Total: (\d+) tests?/.exec(listed.stdout ?? '');
  return total ? Number(total[1]) : 1;
}

const buildStatus = run('npx', ['electron-vite', 'build']);
if (buildStatus !== 0) {
  console.log('0 passed, 1 failed (the build failed)');
  process.exit(1);
}

// Just built: the desktop project's tests of out/ need not build again (tests/desktop/globalSetup.ts).
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], {
  NOCTURNE_BUILT: '1',
});

// The Electron project needs a display where its binary exists; Chromium runs headless.
const wrap = !shell && !process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
const playwrightArgs = ['playwright', 'test', '--reporter=list,json', ...(browser.found ? [] : ['--project=electron'])];
run(wrap ? 'xvfb-run' : 'npx', wrap ? ['-a', 'npx', ...playwrightArgs] : playwrightArgs, {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  ...(browser.found ? { CHROMIUM_PATH: browser.path } : {}),
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

if (!browser.found) {
  const notRun = browserTestCount();
  failed += notRun;
  lines.push(`playwright browser: ${notRun} failed (not run: ${browser.reason})`);
}

for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
