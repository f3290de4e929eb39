/**
 * Files in the web edition, through the browser's own doors: Save hands the experiment to the
 * downloads (in a browser without the File System Access API's save picker, which these tests
 * take away: headless Chromium cannot answer its dialog), Open reads it back through the file
 * input, and unsaved work autosaved in IndexedDB is offered back after a reload.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AUTOSAVE_INTERVAL_MS } from '../../shared/ipc';
import { test, expect } from './fixture';

async function openWebLab(page: Page, site: string): Promise<void> {
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  // "Discard unsaved changes?" and "Leave the page?" are answered yes, as a person moving on would.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(site);
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
}

test('save downloads the experiment; open reads it back through the file input', async ({ page, site }) => {
  await openWebLab(page, site);
  await page.getByTestId('experiment-title').fill('Caffeine dose check');
  await page.getByTestId('param-caffeine_mg-b').fill('300');
  await page.getByTestId('mode-overlay').click();
  await expect(page.getByTestId('file-name')).toHaveText(/^● Untitled/);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('file-save').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('caffeine-dose-check.nocturne');
  await expect(page.getByTestId('file-name')).toHaveText('caffeine-dose-check.nocturne');
  const saved = await download.path();
  const text = readFileSync(saved, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ title: 'Caffeine dose check' });

  // Start over, then open the downloaded file as a person would pick it.
  await page.getByTestId('file-new').click();
  await expect(page.getByTestId('experiment-title')).not.toHaveValue('Caffeine dose check');
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('file-open').click();
  await (
    await choosing
  ).setFiles({ name: 'caffeine-dose-check.nocturne', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('file-name')).toHaveText('caffeine-dose-check.nocturne');
  await expect(page.getByTestId('experiment-title')).toHaveValue('Caffeine dose check');
  await expect(page.getByTestId('param-caffeine_mg-b')).toHaveValue('300');
  await expect(page.getByTestId('mode-overlay')).toHaveAttribute('aria-checked', 'true');
});

test('a file that is not an experiment is refused with its name and the problem, and nothing changes', async ({
  page,
  site,
}) => {
  await openWebLab(page, site);
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('file-open').click();
  const bad = JSON.stringify({ format: 'nocturne-experiment', version: 1, nights: 'two' });
  await (await choosing).setFiles({ name: 'broken.nocturne', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(page.getByTestId('file-error')).toContainText('broken.nocturne');
  await expect(page.getByTestId('scenario-b')).toHaveValue('evening-caffeine');
  await expect(page.getByTestId('file-name')).toHaveText(/Untitled/);
});

test('unsaved work is autosaved in the browser and offered back after a reload', async ({ page, site }) => {
  await openWebLab(page, site);
  await page.getByTestId('param-timeInBed_h-b').fill('6');
  await page.waitForTimeout(AUTOSAVE_INTERVAL_MS + 1500);
  await page.reload();
  await expect(page.getByTestId('recovery-banner')).toBeVisible();
  await page.getByTestId('recover').click();
  await expect(page.getByTestId('param-timeInBed_h-b')).toHaveValue('6');
  await expect(page.getByTestId('file-name')).toHaveText(/^●/);
  // Declining a recovery clears it, as on the desktop.
  await page.reload();
  await expect(page.getByTestId('recovery-banner')).toBeVisible();
  await page.getByTestId('discard-recovery').click();
  await page.reload();
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('recovery-banner')).toHaveCount(0);
});
