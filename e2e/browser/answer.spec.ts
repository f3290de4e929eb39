/**
 * The answer first, as a person meets it: the lab opens with what B did to the night at the top
 * (the sleep report A | B | Δ and the next-morning cards) inside the window without scrolling;
 * changing B's scenario changes the Δ and its verdict in words; a card or a report row, clicked
 * or pressed with the keyboard, lands on its chart with the focus there; a measured night adds
 * its column. Screenshots at three sizes in light and dark, to look at.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab, type LabHarness } from '../lab';
import { SHOTS, settled } from '../pageHelpers';
import { EPOCH_H, type SimulationResult } from '../../shared/model/result';

/** The bar lies wholly inside the window, and the results have not been scrolled to show it. */
async function expectBarInWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  const box = (await page.getByTestId('answer-bar').boundingBox())!;
  const what = `the answer bar at ${size.width}×${size.height} (${JSON.stringify(box)})`;
  expect(box.y, what).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, what).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width, what).toBeLessThanOrEqual(size.width);
  const scrolled = await page.evaluate(
    () => (document.querySelector('.results')?.scrollTop ?? 0) + document.documentElement.scrollTop,
  );
  expect(scrolled, 'nothing was scrolled').toBe(0);
}

/** The landed panel's heading is on screen and not under the sticky night headings. */
async function expectHeadingUncovered(page: Page, panel: string): Promise<void> {
  const heading = page.getByTestId(`panel-${panel}`).locator('h3');
  await expect(heading).toBeInViewport();
  const box = (await heading.boundingBox())!;
  const onTop = await page.evaluate(
    ({ x, y }) =>
      document.elementFromPoint(x, y)?.closest('section[data-testid^="panel-"]')?.getAttribute('data-testid'),
    { x: box.x + 4, y: box.y + box.height / 2 },
  );
  expect(onTop, `what is drawn over the ${panel} panel's heading`).toBe(`panel-${panel}`);
}

test('the answer is at the top: change B, read the Δ in words, go from a figure to its chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLab(page);
  await settled(page);
  await expectBarInWindow(page, { width: 1280, height: 720 });
  await expect(page.getByTestId('answer-label-b')).toContainText('B: ');

  // B: a night awake. No sleep, so TST falls to 0 (worse, with its sign and the word) and
  // readiness falls; REM latency has no value for B and no verdict.
  await page.getByTestId('scenario-b').selectOption('one-night-awake');
  await settled(page);
  await expect(page.getByTestId('answer-totalSleepTime_min-b')).toHaveText('0');
  const tst = page.getByTestId('answer-totalSleepTime_min-delta');
  await expect(tst).toHaveText(/^−\d+ worse$/);
  await expect(tst).toHaveAttribute('data-verdict', 'worse');
  await expect(page.getByTestId('answer-remLatency_min-b')).toHaveText('—');
  await expect(page.getByTestId('answer-remLatency_min-delta')).toHaveText(/^— n\/a$/);
  const readiness = page.getByTestId('answer-card-readinessScore-delta');
  await expect(readiness).toHaveText(/^−\d+(\.\d+)? worse$/);
  await expect(page.getByTestId('answer-card-pvtLapsesNextMorning-delta')).toHaveText(/^\+\d+(\.\d+)? worse$/);
  // The table below says the same, by the same rule.
  await expect(page.getByTestId('metric-readinessScore-delta')).toHaveAttribute('data-verdict', 'worse');
  // The legend writes the rule out.
  const legend = page.getByTestId('answer-legend');
  await expect(legend).toContainText('higher is better for TST, SE, N3');
  await expect(legend).toContainText('lower is better for SOL, WASO');
  await expect(legend).toContainText('no change below 1 min');
  await page.screenshot({ path: `${SHOTS}/answer-night-awake-1280x720.png` });

  // A card is a button: clicked, its chart's panel is scrolled to and takes the focus.
  await page.getByTestId('answer-card-readinessScore').click();
  const outcome = page.getByTestId('panel-outcome');
  await expect(outcome).toBeFocused();
  await expect(outcome).toBeInViewport();
  await expectHeadingUncovered(page, 'outcome');
  await page.screenshot({ path: `${SHOTS}/answer-landed-outcome-1280x720.png` });

  // By keyboard: back to the top, Tab to the TST row's link, Enter: the hypnogram.
  await page.evaluate(() => document.querySelector('.results')?.scrollTo(0, 0));
  const link = page.getByTestId('answer-link-totalSleepTime_min');
  await expect(link).toHaveAccessibleName('Total sleep time (min): go to the Hypnogram chart');
  await page.getByTestId('tab-nights').focus();
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel-hypnogram')).toBeFocused();
  await expectHeadingUncovered(page, 'hypnogram');

  // A panel switched off is shown again to be landed on.
  await page.evaluate(() => document.querySelector('.results')?.scrollTo(0, 0));
  await page.getByText('Panels', { exact: true }).click();
  await page.getByTestId('toggle-panel-outcome').uncheck();
  await expect(outcome).toHaveCount(0);
  await page.getByTestId('answer-card-kssNextMorning').click();
  await expect(outcome).toBeFocused();
  await expect(page.getByTestId('toggle-panel-outcome')).toBeChecked();
});

test('at each size and in both themes the answer is inside the window', async ({ page }) => {
  await openLab(page);
  await settled(page);
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 680 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectBarInWindow(page, size);
      if (size.width !== 1366)
        await page.screenshot({ path: `${SHOTS}/answer-${size.width}x${size.height}-${colorScheme}.png` });
    }
  }
});

/** The focal night's stages, lights-off to lights-on. */
function focalStages(result: SimulationResult): number[] {
  const off = Math.round(-result.start_h / EPOCH_H);
  const on = off + Math.round(result.focalTimeInBed_h / EPOCH_H);
  return [...result.stage.subarray(off, on)];
}

function lastResult(lab: LabHarness, night: 'a' | 'b'): SimulationResult {
  const call = lab.calls.findLast(
    (c) => c.channel === 'sim:run' && (c.payload as { night: string }).night === night && c.reply.ok,
  )!;
  return (call.reply as { value: { result: SimulationResult } }).value.result;
}

test('a measured night adds its column to the report', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const lab = await openLab(page);
  await settled(page);
  await expect(page.getByTestId('answer-measured-head')).toHaveCount(0);
  // Night A's own stages with the first hour scored wake: 60 min less sleep than A.
  const stages = focalStages(lastResult(lab, 'a')).map((s, i) => (i < 120 ? 0 : s));
  const path = join(mkdtempSync(join(tmpdir(), 'nocturne-answer-')), 'night.txt');
  writeFileSync(path, `${stages.map((s) => ['W', 'R', 'N1', 'N2', 'N3'][s]).join('\n')}\n`);
  lab.dialogs.hypnogram.push(path);
  await page.getByTestId('measured-open').click();
  await expect(page.getByTestId('answer-measured-head')).toHaveText('Measured (vs A)');
  const tst = stages.filter((s) => s !== 0).length / 2;
  const shown = Number(await page.getByTestId('answer-totalSleepTime_min-measured').textContent());
  expect(Math.abs(shown - tst)).toBeLessThanOrEqual(0.5);
  // A text hypnogram gives no lights-off: latency and efficiency are undefined, and say why.
  const sol = page.getByTestId('answer-sleepOnsetLatency_min-measured');
  await expect(sol).toHaveText('—');
  await expect(sol).toHaveAttribute('title', /no lights-off/);
  await page.evaluate(() => document.querySelector('.results')?.scrollTo(0, 0));
  await expectBarInWindow(page, { width: 1280, height: 720 });
  await page.screenshot({ path: `${SHOTS}/answer-measured-1280x720.png` });
});
