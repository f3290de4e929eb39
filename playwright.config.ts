import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, browserExecutablePath } from './scripts/browser.ts';

// CHROMIUM_PATH (npm test sets it to what it found or installed), else a system Chromium or
// Chrome, else Playwright's own download: Playwright cannot download browsers on every machine.
const chromium = browserExecutablePath();

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  projects: [
    {
      name: 'browser',
      testMatch: 'browser/**/*.spec.ts',
      use: {
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          args: ['--headless', ...CHROMIUM_ARGS],
        },
      },
    },
    // The web edition's exports (web/exports.ts) in Chromium against the desktop's; no app build.
    {
      name: 'webexport',
      testMatch: 'webexport/**/*.spec.ts',
      use: {
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          args: ['--headless', ...CHROMIUM_ARGS],
        },
      },
    },
    {
      // The web edition as shipped (out/web on a static server), with no bridge: e2e/web/fixture.ts.
      name: 'web',
      testMatch: 'web/**/*.spec.ts',
      use: {
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          args: ['--headless', ...CHROMIUM_ARGS],
        },
      },
    },
    {
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
    },
  ],
});
