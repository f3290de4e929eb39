/**
 * A virtual cohort in the web edition's exports (web/exports.ts, the same shared/export code as the
 * desktop): a small cohort run on the page's workers, its per-person table saved from the Cohort
 * tab and a chart's SVG and CSV with the bands, each handed to the downloads (the save picker taken
 * away, as headless Chromium cannot answer it) and read back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { settled } from '../pageHelpers';
import { test, expect } from './fixture';

const N = 12;

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(button).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a small cohort’s table, and a chart with its bands and quantiles, download from the page', async ({
  page,
  site,
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto(site);
  await settled(page);
  await page.getByTestId('tab-cohort').click();
  await page.getByTestId('cohort-n').fill(String(N));
  await page.getByTestId('cohort-n').press('Enter');
  await page.getByTestId('cohort-run').click();
  await expect(page.getByTestId('cohort-progress')).toHaveCount(0, { timeout: 180_000 });

  const table = await download(page, 'cohort-export-table');
  expect(table.name).toBe(`cohort-young-adults-n${N}-seed1.csv`);
  expect(table.text.trim().split('\n')).toHaveLength(N + 1);
  await expect(page.getByTestId('cohort-export-done')).toContainText('per-person table');

  await page.getByTestId('tab-nights').click();
  await page.getByTestId('mode-overlay').click();
  const menu = 'chart-pressure-export';
  await page.getByTestId('chart-pressure-overlay').scrollIntoViewIfNeeded();
  if (!(await page.getByTestId(menu).isVisible())) await page.getByTestId(`${menu}-toggle`).click();
  await page.getByTestId(`${menu}-format-svg`).check();
  const svg = await download(page, `${menu}-save`);
  expect((svg.text.match(/<path [^>]*fill-opacity="0\.133"/g) ?? []).length).toBeGreaterThanOrEqual(2);
  expect(svg.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(`n = ${N}, seed 1`);
  await page.getByTestId(`${menu}-format-csv`).check();
  const csv = await download(page, `${menu}-save`);
  expect(csv.text.split('\r\n')[0]).toBe(
    'night,time_h,clock,variable,unit,value,cohort_p05,cohort_p25,cohort_median,cohort_p75,cohort_p95',
  );
});
