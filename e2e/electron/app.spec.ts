/**
 * The real desktop app through Playwright's Electron support, launched as a user's `electron .`
 * would launch it (package.json's main → out/main/index.js), with a temporary user-data folder.
 * Runs where the Electron binary is installed (the hosted CI, a developer's machine); elsewhere
 * every test here is skipped with the reason, decided before any launch (a failed launch rejects
 * unhandled and kills the run).
 *
 * Native dialogs cannot be clicked by Playwright, so each test answers them in main, by replacing
 * the dialog functions the app calls (app.evaluate runs in the real main process).
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAB_API_MEMBERS } from '../../shared/ipcChannels';
import { findElectronBinary } from '../electronBinary';

const binary = findElectronBinary();
test.skip(!binary.available, `Electron project skipped: ${binary.reason}`);
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userData: string;
const work = mkdtempSync(join(tmpdir(), 'nocturne-electron-files-'));

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'nocturne-electron-'));
  app = await electron.launch({
    executablePath: binary.executablePath!,
    args: ['.', `--user-data-dir=${userData}`],
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close().catch(() => undefined);
  rmSync(userData, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function bothNightsDone(): Promise<void> {
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
}

test('opens one secure window on the app scheme that simulates both nights', async () => {
  await bothNightsDone();
  // The run's own user-data folder (Chromium's --user-data-dir), so no real session is touched.
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
  expect(page.url()).toBe('nocturne://app/index.html');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Isolation and no Node in the page: neither require nor process is reachable from it.
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  // The sandboxed preload loaded and exposed exactly the contract.
  const members = await page.evaluate(() => Object.keys((window as unknown as { lab: object }).lab).sort());
  expect(members).toEqual([...LAB_API_MEMBERS].sort());
});

test('a slider move re-simulates in the worker', async () => {
  const chart = page.getByTestId('chart-pressure-b');
  await expect(chart).not.toHaveAttribute('data-job-id', '0');
  const before = await chart.getAttribute('data-checksum');
  await page.getByTestId('param-caffeine_mg-b').fill('500');
  await expect(chart).not.toHaveAttribute('data-checksum', before!);
  await bothNightsDone();
});

test('saves a file and opens it again', async () => {
  const path = join(work, 'desktop-check.nocturne');
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
  }, path);
  await page.getByTestId('experiment-title').fill('Desktop check');
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('desktop-check.nocturne');
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ title: 'Desktop check' });

  await page.getByTestId('experiment-title').fill('Changed after saving');
  await app.evaluate(({ dialog }, target) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog;
  }, path);
  // Opening over unsaved changes asks in the page (window.confirm): discard them.
  page.once('dialog', (question) => void question.accept());
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('experiment-title')).toHaveValue('Desktop check');
  await expect(page.getByTestId('param-caffeine_mg-b')).toHaveValue('500');
});

test('exports the figure pack into a folder', async () => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(work, 'pack-'));
  await app.evaluate(({ dialog }, target) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog;
  }, folder);
  await page.getByTestId('file-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.getByTestId('export-format-svg').uncheck();
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-done')).toContainText(folder, { timeout: 150_000 });
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
    files: { path: string; sha256: string }[];
  };
  expect(manifest.files.some((file) => file.path.endsWith('.png'))).toBe(true);
  for (const file of manifest.files) {
    const data = readFileSync(join(folder, file.path));
    expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
  }
  // printToPDF of the real window wrote the report.
  expect(existsSync(join(folder, 'report.pdf'))).toBe(true);
});

test('closing with unsaved changes asks, and Cancel keeps the window', async () => {
  await page.getByTestId('param-caffeine_mg-b').fill('120');
  await expect(page.getByTestId('file-name')).toHaveText(/^●/);
  await app.evaluate(({ dialog }) => {
    const asked: string[] = [];
    (globalThis as { __asked?: string[] }).__asked = asked;
    dialog.showMessageBoxSync = ((...args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as { message: string };
      asked.push(options.message);
      return 1; // Cancel
    }) as typeof dialog.showMessageBoxSync;
  });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await expect
    .poll(() => app.evaluate(() => (globalThis as { __asked?: string[] }).__asked ?? []))
    .toEqual(['The experiment has unsaved changes.']);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
