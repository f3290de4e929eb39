/**
 * Fit a sleeper in the web edition: the synthetic experiment and its PVT sessions (drawn from the
 * model at known values, scripts/synthetic-pvt.ts) picked through the browser's file inputs, the
 * fit run on its own Web Worker with progress, intervals that hold the true values.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRUTH, writeSyntheticDataSet } from '../../scripts/synthetic-pvt';
import { FIT_PARAMETERS } from '../../shared/fit/pvtModel';
import { test, expect } from './fixture';

test('a fit on its own worker: progress, then intervals holding the truth', async ({ page, site }) => {
  test.setTimeout(180_000);
  const paths = writeSyntheticDataSet(mkdtempSync(join(tmpdir(), 'nocturne-webfit-')), 11);
  await page.goto(site);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  const opening = page.waitForEvent('filechooser');
  await page.getByTestId('file-open').click();
  await (await opening).setFiles(paths.experiment);
  await expect(page.getByTestId('experiment-title')).toHaveValue('Synthetic sleeper');

  await page.getByTestId('tab-fit').click();
  await expect(page.getByTestId('fit-night')).toHaveValue('a');
  const picking = page.waitForEvent('filechooser');
  await page.getByTestId('fit-open').click();
  await (await picking).setFiles(paths.pvt);
  await expect(page.getByTestId('fit-progress-text')).toContainText(/profiling|fitting|simulating|reading/);
  await expect(page.getByTestId('fit-title')).toContainText('Night A fitted to synthetic-pvt.csv', {
    timeout: 150_000,
  });
  for (const id of FIT_PARAMETERS) {
    const row = page.getByTestId(`fit-param-${id}`);
    await expect(row).toHaveAttribute('data-status', 'identified');
    const m = /95 % interval (-?[\d.]+) – (-?[\d.]+)/.exec((await row.getByTestId('fit-status').textContent())!);
    expect(Number(m![1])).toBeLessThan(TRUTH[id]);
    expect(Number(m![2])).toBeGreaterThan(TRUTH[id]);
  }
  await page.getByTestId('fit-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/screenshots/web-fit-1440x900.png' });
});
