/**
 * A measured hypnogram in the web edition: picked through the browser's file input, read by the
 * same importer as on the desktop, shown beside the simulated night; read again with another
 * epoch length (the tab keeps the picked file, as the desktop keeps its path); a bad file refused
 * with its name, its line and the problem, changing nothing.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixture';

async function pickHypnogram(page: Page, name: string, text: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('measured-open').click();
  await (await choosing).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

test('a measured night picked, re-read with another epoch length, and a bad file refused', async ({ page, site }) => {
  await page.goto(site);
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  // Eight hours of 30-s epochs: an hour awake, then cycles of N2, N3, N2, REM.
  const cycle = [...Array(30).fill('N2'), ...Array(40).fill('N3'), ...Array(60).fill('N2'), ...Array(50).fill('R')];
  const stages = [...Array(120).fill('W'), ...Array(4).fill(cycle).flat()].slice(0, 960);
  await pickHypnogram(page, 'night-07.txt', `${stages.join('\n')}\n`);
  await expect(page.getByTestId('measured-row')).toBeVisible();
  await expect(page.getByTestId('agreement-accuracy')).toBeVisible();
  const accuracy = await page.getByTestId('agreement-accuracy').textContent();

  // Re-read as 20-s epochs (resampled to 30): the tab still has the file it was given.
  // Typed and Enter, as a person does (a synthetic change event left the field's own change
  // pending, and the next click's blur read the file a second time).
  await page.getByTestId('measured-epoch').fill('20');
  await page.getByTestId('measured-epoch').press('Enter');
  await expect(page.getByTestId('measured-epoch-problem')).toHaveCount(0);
  await expect(page.getByTestId('agreement-accuracy')).not.toHaveText(accuracy!);

  await pickHypnogram(page, 'bad.txt', 'W\nN1\nX\n');
  await expect(page.getByTestId('measured-error')).toContainText('bad.txt: line 3: unknown stage label "X"');
  await expect(page.getByTestId('measured-row')).toBeVisible();
  await page.getByTestId('measured-row').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/screenshots/web-measured-1440x900.png' });
});
