/**
 * A virtual cohort in the web edition: the same Cohort tab, its people run on the page's Web
 * Workers (the cohort batches of main/simulation/serve.ts, through the shared analysis handlers),
 * progress to the end, the share beyond the threshold counted from the dots drawn, and the bands
 * on an overlaid chart. Small (24 people): the lab's speed is measured by the desktop spec.
 */
import { settled } from '../pageHelpers';
import { test, expect } from './fixture';

const N = 24;

test('a small cohort runs on the page’s workers to its distribution, share and bands', async ({ page, site }) => {
  test.setTimeout(180_000);
  await page.goto(site);
  await settled(page);
  await page.getByTestId('tab-cohort').click();
  await page.getByTestId('cohort-population').selectOption('young-adults');
  await page.getByTestId('cohort-n').fill(String(N));
  await page.getByTestId('cohort-n').press('Enter');
  await page.getByTestId('cohort-run').click();
  await expect(page.getByTestId('cohort-progress')).toHaveCount(0, { timeout: 150_000 });
  await expect(page.getByTestId('cohort-error')).toHaveCount(0);
  const share = page.getByTestId('cohort-share');
  await expect(share).toContainText(new RegExp(`^\\d+ % of ${N} people lose more than 30 min of total sleep time`));
  const svg = page.getByTestId('cohort-distribution').locator('svg');
  await expect(svg).toHaveAttribute('data-dots', String(N));
  const beyond = Number(await svg.getAttribute('data-beyond'));
  await expect(share).toContainText(`; ${beyond} people)`);

  // The bands on the nights' overlaid charts.
  await page.getByTestId('tab-nights').click();
  await page.getByTestId('mode-overlay').click();
  const chart = page.getByTestId('chart-pressure-overlay');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-cohort', `${N}/${N}`);
  await page.screenshot({ path: 'test-output/screenshots/web-cohort-bands-1440x900.png' });
});
