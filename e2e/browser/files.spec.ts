/**
 * Experiments as files, as a person uses them: save, close, reopen the same screen and numbers;
 * a corrupt file is refused with a message and nothing is lost; a crashed session is recovered.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../lab';
import { settled } from '../pageHelpers';
import { AUTOSAVE_INTERVAL_MS } from '../../shared/ipc';
import { defaultExperiment, serializeExperiment } from '../../shared/experiment';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-files-'));

const METRICS = ['totalSleepTime_min', 'readinessScore', 'sleepPressureAtWake', 'dlmo_clock_h'];
async function readMetrics(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const id of METRICS)
    for (const n of ['a', 'b']) out.push((await page.getByTestId(`metric-${id}-${n}`).textContent()) ?? '');
  return out;
}

test('save, close, reopen: the same screen and the same numbers', async ({ browser }) => {
  const path = join(folder, 'caffeine-300.nocturne');
  const first = await browser.newPage();
  const lab1 = await openLab(first);
  await settled(first);
  await first.getByTestId('experiment-title').fill('Caffeine dose check');
  await first.getByTestId('param-caffeine_mg-b').fill('300');
  await first.getByTestId('mode-overlay').click();
  await settled(first);
  await expect(first.getByTestId('file-name')).toHaveText(/^● Untitled/);
  lab1.dialogs.save.push(path);
  await first.getByTestId('file-save').click();
  await expect(first.getByTestId('file-name')).toHaveText('caffeine-300.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as {
    title: string;
    nights: { params: object }[];
    view: { compareMode: string };
  };
  expect(saved.title).toBe('Caffeine dose check');
  expect(saved.nights[1]!.params).toEqual({ caffeine_mg: 300 });
  expect(saved.view.compareMode).toBe('overlay');
  const before = await readMetrics(first);
  await first.close();

  const second = await browser.newPage();
  const lab2 = await openLab(second);
  await settled(second);
  lab2.dialogs.open.push(path);
  await second.getByTestId('file-open').click();
  await expect(second.getByTestId('file-name')).toHaveText('caffeine-300.nocturne');
  await expect(second.getByTestId('experiment-title')).toHaveValue('Caffeine dose check');
  await expect(second.getByTestId('param-caffeine_mg-b')).toHaveValue('300');
  await expect(second.getByTestId('mode-overlay')).toHaveAttribute('aria-checked', 'true');
  await settled(second);
  expect(await readMetrics(second)).toEqual(before);
  await second.screenshot({ path: 'test-output/screenshots/reopened.png' });
});

test('a corrupt file is refused with a message that names the problem, and nothing is lost', async ({ page }) => {
  const lab = await openLab(page);
  await settled(page);
  // The sidebar's sliders set one night at a time (B first).
  await page.getByTestId('edit-night-a').check();
  await page.getByTestId('param-age-a').fill('40');
  // Opening over unsaved work asks first; the person says yes, discard.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  const corrupt = join(folder, 'corrupt.nocturne.json');
  writeFileSync(corrupt, '{ "format": "nocturne-experiment", "version": 1, "title": "cut off", "nights": [');
  lab.dialogs.open.push(corrupt);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('file-error')).toContainText(/JSON|line|end/i);
  expect(asked[0]).toMatch(/unsaved changes/);
  await expect(page.getByTestId('param-age-a')).toHaveValue('40');
  await expect(page.getByTestId('scenario-b')).toHaveValue('evening-caffeine');

  const outOfRange = join(folder, 'range.nocturne.json');
  const good = JSON.parse(serializeExperiment(defaultExperiment(), { app: 'test', model: 'test' })) as {
    nights: { params: Record<string, number> }[];
  };
  good.nights[0]!.params.bedtime = 30;
  writeFileSync(outOfRange, JSON.stringify(good));
  lab.dialogs.open.push(outOfRange);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('file-error')).toContainText('nights[0].params.bedtime');
  await expect(page.getByTestId('file-error')).toContainText('between 0 and 24');
  await expect(page.getByTestId('param-age-a')).toHaveValue('40');
  await page.screenshot({ path: 'test-output/screenshots/corrupt-file.png' });
});

test('a session that ended without closing is offered back from the autosave', async ({ browser }) => {
  const userData = mkdtempSync(join(tmpdir(), 'nocturne-userdata-'));
  const first = await browser.newPage();
  await openLab(first, { userData });
  await settled(first);
  await first.getByTestId('param-timeInBed_h-b').fill('6');
  // Wait for the autosave, then "crash": the page goes away without a normal quit.
  await first.waitForTimeout(AUTOSAVE_INTERVAL_MS + 1500);
  await first.close();

  const second = await browser.newPage();
  await openLab(second, { userData });
  await expect(second.getByTestId('recovery-banner')).toBeVisible();
  await second.getByTestId('recover').click();
  await expect(second.getByTestId('param-timeInBed_h-b')).toHaveValue('6');
  await expect(second.getByTestId('file-name')).toHaveText(/^●/);
});
