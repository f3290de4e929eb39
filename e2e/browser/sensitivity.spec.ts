/**
 * Global sensitivity as a person runs it in the Sweeps tab: a small Morris screening of night A's
 * sleep time over the Cohort tab's population (the default) with its progress, ranked chart and
 * table; Sobol' indices over the declared ranges; a larger analysis cancelled while it runs.
 * Screenshots at 1440×900 and 1024×680, light and dark.
 */
import { test, expect } from '@playwright/test';
import { openLab } from '../lab';
import { SHOTS } from '../pageHelpers';

test('a Morris screening shows progress, a ranked chart and its table; a second run is cancelled', async ({ page }) => {
  test.setTimeout(240_000);
  await openLab(page);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('tab-sweep').click();
  const panel = page.getByTestId('gsa-panel');
  await panel.scrollIntoViewIfNeeded();
  await page.getByTestId('gsa-target').selectOption('a');
  await page.getByTestId('gsa-method').selectOption('morris');
  await page.getByTestId('gsa-size').fill('2');
  await page.getByTestId('gsa-size').press('Enter');
  // By default the factors are the Cohort tab's population: the young adults' 13 distributions,
  // r·(d + 1) = 2·14 runs of night A, with an estimate of the time.
  await expect(page.getByTestId('gsa-over')).toHaveValue('cohort');
  await expect(page.getByTestId('gsa-over').locator('option:checked')).toHaveText(
    "The Cohort tab's population · Young adults (18–30 y)",
  );
  await expect(page.getByTestId('gsa-cost')).toContainText('28 runs (r·(d + 1) = 2·14, d = 13)');
  await expect(page.getByTestId('gsa-cost')).toContainText(/roughly \d+ (s|min)/);
  await expect(page.getByTestId('gsa-run')).toHaveText('Run 28 simulations');
  await page.getByTestId('gsa-run').click();
  await expect(page.getByTestId('gsa-progress')).toBeVisible();
  await expect(page.getByTestId('gsa-progress-text')).toContainText('/ 28 runs');
  await expect(page.getByTestId('gsa-chart')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('gsa-progress')).toHaveCount(0);
  await expect(page.getByTestId('gsa-title')).toContainText('Morris screening of Total sleep time, night A');
  await expect(page.getByTestId('gsa-summary')).toContainText('28 runs');
  await expect(page.getByTestId('gsa-summary')).toContainText('population young-adults');
  await page.getByText('Indices table').click();
  const rows = page.getByTestId('gsa-table').locator('tbody tr');
  await expect(rows).toHaveCount(13);
  // Spans are the population's, not the sliders': age 18–30 y, sex a choice.
  await expect(rows.filter({ hasText: 'Sex' }).locator('td').first()).toHaveText('male / female');
  await expect(rows.filter({ hasText: /^Age/ }).locator('td').first()).toHaveText('18 years – 30 years');
  // Ranked: μ* never grows down the table.
  const muStar = (await rows.locator('td:nth-child(3)').allTextContents()).map((t) => Number.parseFloat(t));
  expect(muStar.every((v, i) => i === 0 || v <= muStar[i - 1]!)).toBe(true);
  // Once measured, the estimate is the measured pace.
  await expect(page.getByTestId('gsa-cost')).toContainText(/about \d+ (s|min)/);

  await page.getByTestId('gsa-chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/sensitivity-morris.png` });
  // The population's form and ranking in a small dark window.
  await page.setViewportSize({ width: 1024, height: 680 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('gsa-over').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/sensitivity-population-1024x680-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Sobol' indices over the declared ranges, with the smallest base sample: the 11 person
  // parameters, N·(d + 2) = 4·13 runs, S_i and S_Ti with intervals.
  await page.getByTestId('gsa-over').selectOption('ranges');
  await page.getByTestId('gsa-method').selectOption('sobol');
  await page.getByTestId('gsa-size').fill('4');
  await page.getByTestId('gsa-size').press('Enter');
  await expect(page.getByTestId('gsa-cost')).toContainText('52 runs (N·(d + 2) = 4·13, d = 11)');
  await expect(page.getByTestId('gsa-rough')).toContainText('N = 4 gives a rough sketch');
  await page.getByTestId('gsa-run').click();
  await expect(page.getByTestId('gsa-title')).toContainText("Sobol' indices of Total sleep time", { timeout: 180_000 });
  await expect(page.getByTestId('gsa-summary')).toContainText('52 runs');
  await expect(page.getByTestId('gsa-summary')).toContainText('declared ranges');
  const total = (await rows.locator('td:nth-child(4)').allTextContents()).map((t) => Number.parseFloat(t));
  expect(total).toHaveLength(11);
  expect(total.every((v, i) => i === 0 || v <= total[i - 1]!)).toBe(true);

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 680 },
  ]) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.getByTestId('gsa-chart').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/sensitivity-${size.width}x${size.height}-${colorScheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // A second, larger analysis: cancelled while it runs; the indices above stay.
  await page.getByTestId('gsa-method').selectOption('sobol');
  await page.getByTestId('gsa-size').fill('256');
  await page.getByTestId('gsa-size').press('Enter');
  await expect(page.getByTestId('gsa-cost')).toContainText('3328 runs (N·(d + 2) = 256·13, d = 11)');
  await page.getByTestId('gsa-run').click();
  await expect(page.getByTestId('gsa-progress-text')).toContainText('/ 3328 runs');
  await expect(page.getByTestId('gsa-progress-text')).toContainText(/left/, { timeout: 60_000 });
  await page.getByTestId('gsa-progress').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/sensitivity-progress.png` });
  await page.getByTestId('gsa-cancel').click();
  await expect(page.getByTestId('gsa-error')).toContainText(/cancelled after \d+ of 3328 runs/);
  await expect(page.getByTestId('gsa-progress')).toHaveCount(0);
  await expect(page.getByTestId('gsa-chart')).toBeVisible();
  await expect(page.getByTestId('gsa-run')).toBeEnabled();
});
