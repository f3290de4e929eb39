/**
 * Opens the lab in Chromium with the same bridge as the browser tests (real handlers, pool and
 * engine in this Node process). With a display it opens a window and waits until you close it;
 * without one it runs headless and saves a screenshot of the default experiment.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, browserExecutablePath } from './browser.ts';
import { openLab } from '../e2e/lab';

const headless = !process.env.DISPLAY;
const executablePath = browserExecutablePath();
const browser = await chromium.launch({
  headless,
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const harness = await openLab(page);
await page.getByTestId('chart-pressure-b').and(page.locator(':not([data-job-id="0"])')).waitFor();

if (headless) {
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/browser-lab.png';
  await page.screenshot({ path, fullPage: true });
  console.log(`no display: saved a screenshot of the lab to ${path}`);
  await harness.close();
  await browser.close();
  process.exit(0);
} else {
  console.log('the lab is open in Chromium; close the window to stop');
  page.on('close', () => void harness.close().then(() => browser.close()));
}
