/**
 * An export through the web edition's UI: one chart as CSV from its Export menu, handed to the
 * downloads (the save picker taken away, as headless Chromium cannot answer it), its values adding
 * up to what the chart on screen draws. The exports are web/exports.ts, run with the
 * page's worker pool for the nights.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixture';

test('a chart exported as CSV downloads exactly the data the chart draws', async ({ page, site }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto(site);
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  const menu = 'chart-pressure-export';
  await page.getByTestId(`chart-pressure-b`).scrollIntoViewIfNeeded();
  if (!(await page.getByTestId(menu).isVisible())) await page.getByTestId(`${menu}-toggle`).click();
  await page.getByTestId(`${menu}-format-csv`).check();
  const downloading = page.waitForEvent('download');
  await page.getByTestId(`${menu}-save`).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByTestId(`${menu}-done`)).toBeVisible({ timeout: 30_000 });
  const [header, ...lines] = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(header).toBe('night,time_h,clock,variable,unit,value');
  for (const night of ['a', 'b'] as const) {
    const checksum = Number(await page.getByTestId(`chart-pressure-${night}`).getAttribute('data-checksum'));
    const total = lines
      .map((line) => line.split(','))
      .filter((fields) => fields[0] === night.toUpperCase())
      .reduce((sum, fields) => sum + Number(fields.at(-1)), 0);
    expect(total).toBeCloseTo(checksum, 1);
  }
  await page.screenshot({ path: 'test-output/screenshots/web-chart-export.png' });
});
