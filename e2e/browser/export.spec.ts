/**
 * Export… from the lab: the figure pack written by main into a folder the person picks, every
 * file listed in the manifest with a hash that verifies.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMetricValue } from '../../shared/export/reportTables';
import { METRICS } from '../../shared/model/metrics';
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

test('the PDF report is printed from the print view, with the tables, key figures and provenance', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = await openLab(page);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('experiment-title').fill('Coffee − and the night');
  await page.getByTestId('file-export').click();
  for (const format of ['png', 'svg'] as const) await page.getByTestId(`export-format-${format}`).uncheck();
  await page.getByTestId('export-paper').selectOption('letter');
  const folder = mkdtempSync(join(tmpdir(), 'nocturne-report-'));
  lab.dialogs.folder.push(folder);
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-done')).toContainText(folder, { timeout: 150_000 });
  // The print view is gone again once the report is printed.
  await expect(page.getByTestId('print-report')).toHaveCount(0);

  const pdf = join(folder, 'report.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  // Provenance in the info dictionary, stamped over Chromium's own.
  expect(info).toMatch(/Title:\s+Coffee − and the night/);
  expect(info).toMatch(/Subject:\s+Nocturne comparison of two simulated nights/);
  expect(info).toMatch(/Producer:.*printed from the lab by Chromium/);
  // US Letter: 612 × 792 pt; tables, two key-figure pages and the references.
  expect(info).toMatch(/Page size:\s+612 x 792 pts/);
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(5);

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Parameters that differ');
  expect(text).toMatch(/Caffeine dose\s+0 mg\s+200 mg/);
  expect(text).toContain('Δ = B − A');
  // Every metric's A and B as the CSV holds them, formatted as the tables show them.
  const rows = readFileSync(join(folder, 'metrics.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  for (const id of ['totalSleepTime_min', 'sleepEfficiency_pct', 'dlmo_clock_h', 'readinessScore']) {
    const metric = METRICS.find((m) => m.id === id)!;
    const row = rows.find((r) => r.startsWith(`${id},`))!.split(',');
    const [a, b] = [row.at(-4)!, row.at(-3)!].map((v) => formatMetricValue(metric, Number(v)));
    expect(text, id).toMatch(new RegExp(`${metric.label.replace(/[()]/g, '\\$&')}\\s+.*${a}\\s+${b}`));
  }
  expect(text).toContain('Key panels, night A and night B');
  expect(text).toContain('Model and references');
  expect(text).toMatch(/Borbély/);

  // Pages as images, to look at (test-output is kept by CI runs on this machine, not committed).
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, 'test-output/screenshots/report-page']);
});
