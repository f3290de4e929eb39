/**
 * Editing a cohort's population in the lab (issue 17: "editable in the lab and saved in the
 * file"): young adults, baseline against evening caffeine; 20 people as the preset has them, then
 * caffeine's half-life narrowed to a slow metaboliser's by keyboard, an out-of-range edit refused
 * beside its row with Run held, the same 20 people again with a different result, and the edit
 * saved in the file and back on open. Screenshots of the editor at 1024×680 and 1440×900, light
 * and dark, with nothing wider than the window.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../lab';
import { SHOTS, settled } from '../pageHelpers';

const N = 20;
const SIZES = [
  [1024, 680],
  [1440, 900],
] as const;

/** Types into a field and leaves it with Tab, as a person at the keyboard commits a number. */
async function type(page: Page, testId: string, value: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.focus();
  await field.fill(value);
  await page.keyboard.press('Tab');
}

/** Nothing wider than the window: not the page, the results column or the editor's table. */
async function expectNoSidewaysScroll(page: Page, width: number, height: number): Promise<void> {
  const widths = await page.evaluate(() => {
    const over = (selector: string) => {
      const el = document.querySelector(selector)!;
      return el.scrollWidth - el.clientWidth;
    };
    return { page: document.scrollingElement!.scrollWidth, results: over('.results'), editor: over('.table-box') };
  });
  expect(widths.page, `the page is wider than the window at ${width}×${height}`).toBeLessThanOrEqual(width);
  expect(widths.results, `the results column scrolls sideways at ${width}×${height}`).toBeLessThanOrEqual(0);
  expect(widths.editor, `the editor's table scrolls sideways at ${width}×${height}`).toBeLessThanOrEqual(0);
}

async function runCohort(page: Page): Promise<string> {
  await page.getByTestId('cohort-run').click();
  await expect(page.getByTestId('cohort-progress')).toHaveCount(0, { timeout: 300_000 });
  await expect(page.getByTestId('cohort-error')).toHaveCount(0);
  await expect(page.getByTestId('cohort-share')).toContainText(`of ${N} people`);
  return (await page.getByTestId('cohort-metric-totalSleepTime_min').textContent())!;
}

test('narrowing caffeine half-life in the population editor: refused out of range, run, saved and reopened', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab = await openLab(page);
  await settled(page);
  await expect(page.getByTestId('scenario-b')).toHaveValue('evening-caffeine');
  await page.getByTestId('tab-cohort').click();
  await expect(page.getByTestId('population-id')).toHaveText('young-adults');
  const row = page.getByTestId('population-row-caffeineHalfLife_h');
  await expect(row).toContainText('Caffeine half-life');
  await expect(row).toContainText('caffeineHalfLife_h · h');
  await expect(page.getByTestId('population-range-caffeineHalfLife_h')).toHaveText('5–95 %: 3.05–7.87 h');
  await expect(page.getByTestId('population-certainty-caffeineHalfLife_h')).toContainText('derived');
  await expect(page.getByTestId('population-reset')).toBeDisabled();

  // The preset's 20 people.
  await type(page, 'cohort-n', String(N));
  const preset = await runCohort(page);

  // Slow metabolisers only: half-life 8–9.5 h. Each field is committed on its own and stays valid.
  await type(page, 'population-field-caffeineHalfLife_h-median', '9');
  await type(page, 'population-field-caffeineHalfLife_h-min', '8');
  await type(page, 'population-field-caffeineHalfLife_h-sdLog', '0.05');
  await expect(page.getByTestId('population-id')).toHaveText('young-adults (edited)');
  await expect(page.getByTestId('population-range-caffeineHalfLife_h')).toHaveText(/^5–95 %: 8\.\d+–9\.\d+ h$/);
  await expect(page.getByTestId('population-certainty-caffeineHalfLife_h')).toContainText('assumed');
  await expect(page.getByTestId('population-problem-caffeineHalfLife_h')).toHaveCount(0);
  await expect(page.getByTestId('cohort-run')).toBeEnabled();

  // Past the parameter's declared range: refused beside the row, in the CLI's words; Run waits.
  await type(page, 'population-field-caffeineHalfLife_h-max', '12');
  await expect(page.getByTestId('population-problem-caffeineHalfLife_h')).toHaveText(
    "caffeineHalfLife_h: the distribution reaches [8, 12] h, outside the parameter's range [1.5, 10] h",
  );
  await expect(page.getByTestId('population-field-caffeineHalfLife_h-max')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('cohort-run')).toBeDisabled();
  await expect(page.getByTestId('population-invalid')).toBeVisible();
  for (const [width, height] of SIZES)
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await row.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page, width, height);
      await page.screenshot({ path: `${SHOTS}/cohort-edit-${width}-${scheme}.png` });
    }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Back inside the range: the same 20 people, now slow metabolisers, lose more sleep to the coffee.
  await type(page, 'population-field-caffeineHalfLife_h-max', '9.5');
  await expect(page.getByTestId('population-problem-caffeineHalfLife_h')).toHaveCount(0);
  await expect(page.getByTestId('cohort-run')).toBeEnabled();
  const edited = await runCohort(page);
  console.log(`ΔTST of ${N} people, preset: ${preset}; half-life 8–9.5 h: ${edited}`);
  expect(edited).not.toBe(preset);
  const median = (text: string) => Number(/^[+−]?([\d.]+)/.exec(text)![0].replace('−', '-'));
  expect(median(edited)).toBeLessThan(median(preset));
  await page.getByTestId('tab-nights').click();
  await expect(page.getByTestId('cohort-strip')).toContainText('young-adults (edited)');
  await page.getByTestId('tab-cohort').click();
  // An edit after the run: the result says it is for the population as it was.
  await expect(page.getByTestId('cohort-population-stale')).toHaveCount(0);
  await type(page, 'population-field-age-max', '29');
  await expect(page.getByTestId('cohort-population-stale')).toBeVisible();

  // Saved with the edit, and reopened with it.
  const path = join(mkdtempSync(join(tmpdir(), 'nocturne-cohort-edit-')), 'edited.nocturne');
  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('edited.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as {
    cohort: { population: string; distributions: { param: string; marginal: unknown; certainty: string }[] };
  };
  expect(saved.cohort.population).toBe('young-adults');
  expect(saved.cohort.distributions.find((d) => d.param === 'caffeineHalfLife_h')).toMatchObject({
    marginal: { kind: 'lognormal', median: 9, sdLog: 0.05, min: 8, max: 9.5 },
    certainty: 'assumed',
  });
  await page.close();

  const second = await browser.newPage({ viewport: { width: 1024, height: 680 } });
  const lab2 = await openLab(second);
  await settled(second);
  lab2.dialogs.open.push(path);
  await second.getByTestId('file-open').click();
  await expect(second.getByTestId('file-name')).toHaveText('edited.nocturne');
  await second.getByTestId('tab-cohort').click();
  await expect(second.getByTestId('population-id')).toHaveText('young-adults (edited)');
  await expect(second.getByTestId('population-field-caffeineHalfLife_h-median')).toHaveValue('9');
  await expect(second.getByTestId('population-field-caffeineHalfLife_h-min')).toHaveValue('8');
  await expect(second.getByTestId('population-reset')).toBeEnabled();
  // A correlation: its ρ out of bounds is refused beside it; the row's source opens below it.
  await second.getByTestId('correlation-add').click();
  await expect(second.getByTestId('correlation-a-0')).toHaveValue('age');
  await expect(second.getByTestId('correlation-b-0')).toHaveValue('sex');
  await second.getByTestId('correlation-b-0').selectOption('circadianPeriod_h');
  await type(second, 'correlation-rho-0', '1');
  await expect(second.getByTestId('correlation-problem-0')).toHaveText(
    'the correlation of age and circadianPeriod_h must be between −1 and 1 (exclusive), got 1',
  );
  await expect(second.getByTestId('cohort-run')).toBeDisabled();
  await type(second, 'correlation-rho-0', '0.3');
  await expect(second.getByTestId('correlation-problem-0')).toHaveCount(0);
  await expect(second.getByTestId('cohort-run')).toBeEnabled();
  await second.getByTestId('population-certainty-caffeineHalfLife_h').press('Enter');
  await expect(second.getByTestId('population-row-caffeineHalfLife_h')).toContainText(
    'Edited in the lab from the preset',
  );
  await second.getByTestId('population-correlations').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(second, 1024, 680);
  await second.screenshot({ path: `${SHOTS}/cohort-edit-correlation-1024-light.png` });
  // Reset gives the preset back, and its id.
  await second.getByTestId('population-reset').click();
  await expect(second.getByTestId('population-id')).toHaveText('young-adults');
  await expect(second.getByTestId('population-field-caffeineHalfLife_h-median')).toHaveValue('5');
  await second.close();
});
