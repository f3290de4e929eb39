/**
 * Sweeps as a person runs them: start one, watch its progress, cancel it; run a small one to the
 * end and read its chart and table; a grid as a heatmap; and the sensitivity tornado.
 */
import { test, expect } from '@playwright/test';
import { openLab } from '../lab';

test('a sweep shows progress and can be cancelled; a finished one shows its chart and table', async ({ page }) => {
  await openLab(page);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('tab-sweep').click();
  await page.getByTestId('sweep-steps-first').fill('400');
  await page.getByTestId('sweep-steps-first').press('Enter');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-progress')).toBeVisible();
  await expect(page.getByTestId('sweep-progress-text')).toContainText('/ 400 runs');
  await expect(page.getByTestId('sweep-progress-text')).toContainText(/s left|min left/, { timeout: 30_000 });
  await page.screenshot({ path: 'test-output/screenshots/sweep-progress.png' });
  await page.getByTestId('sweep-cancel').click();
  await expect(page.getByTestId('sweep-error')).toContainText(/cancel/i);
  await expect(page.getByTestId('sweep-progress')).toHaveCount(0);

  await page.getByTestId('sweep-steps-first').fill('5');
  await page.getByTestId('sweep-steps-first').press('Enter');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-line')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sweep-summary')).toContainText('5 runs');
  await page.getByText('Results table').click();
  await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('sweep-table').locator('tbody tr').first()).toContainText('0 mg');
  await page.screenshot({ path: 'test-output/screenshots/sweep-line.png' });
});

test('a grid sweep as a heatmap, and the sensitivity tornado', async ({ page }) => {
  await openLab(page);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('tab-sweep').click();
  await page.getByTestId('sweep-steps-first').fill('3');
  await page.getByTestId('sweep-steps-first').press('Enter');
  await page.getByTestId('sweep-grid').check();
  await page.getByTestId('sweep-steps-second').fill('3');
  await page.getByTestId('sweep-steps-second').press('Enter');
  await expect(page.getByTestId('sweep-run')).toHaveText('Run 9 simulations');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-heatmap')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('sensitivity-run').click();
  await expect(page.getByTestId('sensitivity-tornado')).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: 'test-output/screenshots/sweep-heatmap-tornado.png', fullPage: true });
});
