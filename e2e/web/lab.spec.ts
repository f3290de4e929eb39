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
  expect(await page.evaluate(() => ({ info: typeof window.lab.info, bridge: '__labInvoke' in window }))).toEqual({
    info: 'function',
    bridge: false,
  });
  await page.setViewportSize({ width: 1024, height: 680 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-output/screenshots/web-lab-1024x680.png' });
  const origin = new URL(site).origin;
  expect(
    requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('blob:') && !url.startsWith('data:')),
  ).toEqual([]);
});
