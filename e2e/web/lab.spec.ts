/**
 * The web edition end to end in Chromium, with no bridge (e2e/web/fixture.ts): the lab opens and
 * simulates in its Web Workers, a slider move redraws the chart, a sweep runs, and the page asks
 * nothing of any origin but its own.
 */
import { test, expect, chartOf } from './fixture';

test('the lab opens with charts of both nights, and a slider move redraws night B', async ({ page, site }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site);
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  const chart = chartOf(page, 'pressure', 'b');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-job-ids', /^b:\d+$/);
  const before = await chart.getAttribute('data-checksum');
  // A chart with data: the sum of its series over the window is a number, not zero.
  expect(Number(before)).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-output/screenshots/web-lab-1440x900.png' });

  await page.getByTestId('param-caffeine_mg-b').fill('600');
  await expect(chart).not.toHaveAttribute('data-checksum', before!);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  // The page is the edition: the LabApi is the browser's, with no bridge in sight.
  expect(
    await page.evaluate(() => ({
      info: typeof (window as unknown as { lab: { info: unknown } }).lab.info,
      bridge: '__labInvoke' in window,
    })),
  ).toEqual({
    info: 'function',
    bridge: false,
  });
  const origin = new URL(site).origin;
  expect(
    requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('blob:') && !url.startsWith('data:')),
  ).toEqual([]);
});

test('a small sweep runs on the page’s workers to its chart and table', async ({ page, site }) => {
  await page.goto(site);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('tab-sweep').click();
  await page.getByTestId('sweep-steps-first').fill('5');
  await page.getByTestId('sweep-steps-first').press('Enter');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-line')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sweep-summary')).toContainText('5 runs');
  await page.getByText('Results table').click();
  await expect(page.getByTestId('sweep-table').locator('tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('sweep-table').locator('tbody tr').first()).toContainText('0 mg');
  await page.screenshot({ path: 'test-output/screenshots/web-sweep-1440x900.png' });
});

test('the page requests nothing outside its own origin, on any tab', async ({ page, site }) => {
  const origin = new URL(site).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    // Object URLs and data URLs are the page's own memory, not requests to anyone.
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) elsewhere.push(url);
  });
  await page.goto(site);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  for (const tab of ['tab-map', 'tab-sweep', 'tab-fit', 'tab-classroom', 'tab-nights']) {
    await page.getByTestId(tab).click();
    await page.waitForTimeout(300);
  }
  await page.getByTestId('param-caffeine_mg-b').fill('400');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  expect(elsewhere).toEqual([]);
});

test('after the first load the lab opens and simulates offline (its service worker)', async ({
  page,
  context,
  site,
}) => {
  await page.goto(site);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  // The service worker has kept every file of the build once it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
    await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
    await page.getByTestId('param-caffeine_mg-b').fill('100');
    await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});

test('the top of the lab at 1440×900 and 1024×680', async ({ page, site }) => {
  for (const [width, height] of [
    [1440, 900],
    [1024, 680],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(site);
    await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
    // A chart drawn with night A's run on the first screen.
    await expect(page.locator('canvas[data-job-ids*="a:"]').first()).toBeVisible();
    // No sideways scrolling at either size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `test-output/screenshots/web-top-${width}x${height}.png` });
  }
});
