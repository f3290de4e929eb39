/**
 * Export… from the lab: the figure pack written by main into a folder the person picks, every
 * file listed in the manifest with a hash that verifies.
 */
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../lab';

test('Export… writes the figure pack of the shown experiment', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = await openLab(page);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('param-caffeine_mg-b').fill('350');
  await page.getByTestId('file-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.getByTestId('export-format-svg').uncheck();
  await page.getByTestId('export-format-pdf').uncheck();
  await page.getByTestId('export-size').selectOption('single');
  await page.screenshot({ path: 'test-output/screenshots/export-dialog.png' });

  const folder = mkdtempSync(join(tmpdir(), 'nocturne-pack-'));
  lab.dialogs.folder.push(folder);
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-done')).toContainText(folder, { timeout: 150_000 });

  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
    files: { path: string; sha256: string }[];
    nights: { params: Record<string, unknown> }[];
  };
  expect(manifest.files.some((f) => f.path.endsWith('.png'))).toBe(true);
  expect(manifest.files.some((f) => f.path === 'timeseries.csv')).toBe(true);
  expect(manifest.files.some((f) => f.path.endsWith('.svg'))).toBe(false);
  for (const file of manifest.files) {
    const data = readFileSync(join(folder, file.path));
    expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
  }
  expect(JSON.stringify(manifest.nights[1])).toContain('"caffeine_mg":350');
  expect(existsSync(join(folder, 'report.pdf'))).toBe(false);
});
