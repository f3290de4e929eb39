/**
 * The real desktop app through Playwright's Electron support. Runs where the Electron binary is
 * installed; elsewhere every test here is skipped with the reason, decided before any launch.
 */
import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../electronBinary';

const binary = findElectronBinary();
test.skip(!binary.available, `Electron project skipped: ${binary.reason}`);

let app: ElectronApplication;
let userData: string;

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'nocturne-e2e-'));
  app = await electron.launch({
    executablePath: binary.executablePath!,
    args: [join(process.cwd(), 'out', 'main', 'index.js'), `--user-data-dir=${userData}`],
  });
});

test.afterAll(async () => {
  await app?.close();
  rmSync(userData, { recursive: true, force: true });
});

test('opens one secure window that shows both nights', async () => {
  const window = await app.firstWindow();
  await expect(window.getByTestId('night-a')).toBeVisible();
  await expect(window.getByTestId('chart-pressure-b')).not.toHaveAttribute('data-job-id', '0');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Isolation and no Node in the page: neither require nor process is reachable from it.
  expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((window as unknown as { lab: object }).lab).sort())).toEqual([
    'cancel',
    'info',
    'on',
    'simulate',
  ]);
});

test('a slider move re-simulates in the worker', async () => {
  const window = await app.firstWindow();
  const chart = window.getByTestId('chart-pressure-b');
  await expect(chart).not.toHaveAttribute('data-job-id', '0');
  const before = await chart.getAttribute('data-checksum');
  await window.getByTestId('param-caffeine_mg-b').fill('500');
  await expect(chart).not.toHaveAttribute('data-checksum', before!);
});
