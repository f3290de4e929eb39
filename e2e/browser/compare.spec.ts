/**
 * What a researcher does in the lab: compare two nights, change one, undo, switch views, read
 * values under the cursor, and work with the keyboard alone.
 */
import { test, expect } from '@playwright/test';
import { openLab } from '../lab';
import { settled } from '../pageHelpers';

test('opens on A baseline vs B evening caffeine, with every metric and its difference', async ({ page }) => {
  await openLab(page);
  await settled(page);
  await expect(page.getByTestId('scenario-a')).toHaveValue('baseline');
  await expect(page.getByTestId('scenario-b')).toHaveValue('evening-caffeine');
  await expect(page.getByTestId('param-diff-caffeine_mg')).toBeVisible();
  await expect(page.getByTestId('metric-totalSleepTime_min-a')).toHaveText(/^\d/);
  await expect(page.getByTestId('metric-dlmo_clock_h-a')).toHaveText(/^\d\d:\d\d$/);
  await expect(page.getByTestId('metric-dlmo_clock_h-deltapct')).toHaveText(/n\/a|—/);
  await page.screenshot({ path: 'test-output/screenshots/mode-side.png' });
});

test('a woman on night B: her sex steroids in their own panel, no better/worse between the sexes, units by the values', async ({
  page,
}) => {
  await openLab(page);
  await settled(page);
  // Both nights are the default man: said once, under the sex-steroid charts.
  await expect(page.getByTestId('steroid-note-ab')).toContainText('Both nights, a man');
  await page.getByTestId('param-sex-b').selectOption('female');
  await settled(page);
  await expect(page.getByTestId('steroid-note-a')).toContainText('Night A, a man: estradiol 60 pmol/L');
  await expect(page.getByTestId('steroid-note-b')).toHaveCount(0);
  await expect(page.getByTestId('chart-sexSteroids-a')).toBeVisible();
  // A woman's testosterone is about 1 nmol/L: lower than a man's, but not "worse".
  await expect(page.getByTestId('metric-testosteroneNextDay-b')).toHaveText(/^[0-2]\./);
  await expect(page.getByTestId('metric-testosteroneNextDay-delta')).toHaveAttribute('data-verdict', 'neutral');
  // Units beside the absolute hormones; Δ no finer than the values (cortisol ≈ 95 nmol/L: one decimal).
  await expect(page.getByTestId('metrics-table')).toContainText('Cortisol next evening nmol/L');
  await expect(page.getByTestId('metrics-table')).toContainText('Estradiol next day pmol/L');
  await expect(page.getByTestId('metric-cortisolNextEvening-delta')).toHaveText(
    /^([+−]\d+\.\d|±0)( \((better|worse)\))?$/,
  );
  await expect(page.getByTestId('metrics-key')).toContainText('better for the sleeper');
  await expect(page.getByTestId('outcome-reference')).toContainText('100');
});

test('one night awake for B: readiness falls, a slider moves chart and metric, undo restores', async ({ page }) => {
  await openLab(page);
  await settled(page);
  await page.getByTestId('scenario-b').selectOption('one-night-awake');
  await settled(page);
  await expect(page.getByTestId('metric-totalSleepTime_min-b')).toHaveText(/^0(\.0+)?$|^—$/);
  const delta = page.getByTestId('metric-readinessScore-delta');
  await expect(delta).toHaveText(/^−/);
  await expect(delta).toHaveAttribute('data-verdict', 'worse');

  // Back to a real night for B, then shorten it with the slider.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('scenario-b')).toHaveValue('evening-caffeine');
  await settled(page);
  const chart = page.getByTestId('chart-hypnogram-b');
  const before = await chart.getAttribute('data-checksum');
  const tstBefore = await page.getByTestId('metric-totalSleepTime_min-b').textContent();
  await page.getByTestId('param-timeInBed_h-b').fill('5');
  await expect(chart).not.toHaveAttribute('data-checksum', before!);
  await settled(page);
  await expect(page.getByTestId('metric-totalSleepTime_min-b')).not.toHaveText(tstBefore!);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('param-timeInBed_h-b')).toHaveValue('8');
  await expect(chart).toHaveAttribute('data-checksum', before!);
  await expect(page.getByTestId('metric-totalSleepTime_min-b')).toHaveText(tstBefore!);
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('param-timeInBed_h-b')).toHaveValue('5');
});

test('overlay and difference views, and the shared cursor reads both nights', async ({ page }) => {
  await openLab(page);
  await settled(page);
  await page.getByTestId('mode-overlay').click();
  await expect(page.getByTestId('chart-pressure-overlay')).toBeVisible();
  await expect(page.getByTestId('chart-pressure-a')).toHaveCount(0);
  await page.screenshot({ path: 'test-output/screenshots/mode-overlay.png' });

  await page.getByTestId('mode-diff').click();
  const diff = page.getByTestId('chart-pressure-diff');
  await expect(diff).toBeVisible();
  // Charts draw when on screen; the answer bar, hypnograms and pins stand above this one.
  await diff.scrollIntoViewIfNeeded();
  await expect(diff).not.toHaveAttribute('data-checksum', '');
  await page.screenshot({ path: 'test-output/screenshots/mode-diff.png' });

  await page.getByTestId('mode-side').click();
  // The answer bar stands above the charts: the chart is brought on screen before it is pointed at.
  await page.getByTestId('chart-pressure-a').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('chart-pressure-a').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  const readoutA = page.getByTestId('readout-pressure-a').first();
  const readoutB = page.getByTestId('readout-pressure-b').first();
  await expect(readoutA).toHaveText(/^A: -?\d/);
  await expect(readoutB).toHaveText(/^B: -?\d/);
  await expect(page.getByTestId('readout-hypnogram-a')).toHaveText(/^A: (W|R|N1|N2|N3)$/);
  await page.screenshot({ path: 'test-output/screenshots/cursor.png' });
});

test('a parameter can be changed with the keyboard alone', async ({ page }) => {
  await openLab(page);
  await settled(page);
  const slider = page.getByTestId('param-caffeine_mg-b');
  // Tab through the page until the slider has focus, as a keyboard user would.
  await page.getByTestId('scenario-a').focus();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    if (await slider.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(slider).toBeFocused();
  const before = await slider.inputValue();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(Number(before) + 20));
  await settled(page);
  await expect(page.getByTestId('param-diff-caffeine_mg')).toContainText(String(Number(before) + 20));
});

test('works at 1280×800 and in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLab(page);
  await settled(page);
  // Nothing spills sideways; the controls a person needs first are on screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  for (const id of ['scenario-a', 'scenario-b', 'mode-side', 'undo', 'chart-hypnogram-a', 'chart-hypnogram-b']) {
    await expect(page.getByTestId(id)).toBeInViewport();
  }
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(16, 19, 26)');
  await page.screenshot({ path: 'test-output/screenshots/dark-1280x800.png' });
});
