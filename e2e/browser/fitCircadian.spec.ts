/**
 * The circadian fit, as a person does it: open the synthetic circadian experiment (night A a
 * baseline night with a 10-day run-in, scripts/synthetic-circadian.ts), choose "Light log +
 * DLMOs" on the "Fit a sleeper" tab with the bootstrap, pick the two files, watch the progress
 * move through the bootstrap's refits, read period and light sensitivity with intervals (profile
 * and bootstrap) that hold the true values, see the fitted DLMO curve with its band and the
 * DLMOs, apply to night A, save, reopen and see the fit and its DLMOs again; then change night
 * A's scenario and the lab says the fit was made against different settings; last, DLMOs of the
 * entrained sleeper dropped on the panel (both files at once, in either order) are "not
 * identifiable", said in words, with no number and nothing to apply. Screenshots at
 * 1440×900 and 1024×680, light and dark.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../lab';
import { SHOTS, shotsAt } from '../pageHelpers';
import {
  CIRCADIAN_TRUTH,
  syntheticEntrainedFiles,
  writeSyntheticCircadianSet,
} from '../../scripts/synthetic-circadian';
import type { FitResponse } from '../../shared/ipc';
import { CIRCADIAN_FIT_PARAMETERS } from '../../shared/fit/circadianModel';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-fitcirc-'));
/** The fit panel at the two sizes its screens are checked at, light and dark. */
const shots = (page: Page, name: string): Promise<void> =>
  shotsAt(page, name, 'fit-panel', [
    [1440, 900],
    [1024, 680],
  ]);

/** "identified: 24.30, 95 % interval 24.15 – 24.45; bootstrap 24.17 – 24.45" → the two intervals. */
function intervalsOf(text: string): { profile: [number, number]; bootstrap: [number, number] | null } {
  const m = /95 % interval (-?[\d.]+) – (-?[\d.]+)/.exec(text);
  if (!m) throw new Error(`no interval in "${text}"`);
  const b = /bootstrap (-?[\d.]+) – (-?[\d.]+)/.exec(text);
  return { profile: [Number(m[1]), Number(m[2])], bootstrap: b ? [Number(b[1]), Number(b[2])] : null };
}

test('fit a sleeper’s clock on the synthetic light log and DLMOs: bootstrap, truth inside, apply, save, reopen, stale', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const paths = writeSyntheticCircadianSet(folder);
  const lab = await openLab(page);
  lab.dialogs.open.push(paths.experiment);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('experiment-title')).toHaveValue('Synthetic sleeper (circadian)');

  await page.getByTestId('tab-fit').click();
  await page.getByTestId('fit-kind-circadian').check();
  await page.getByTestId('fit-bootstrap-option').check();
  await expect(page.getByTestId('fit-open')).toHaveText('Open the light log and DLMOs…');
  lab.dialogs.pvt.push(paths.light, paths.dlmo);
  await page.getByTestId('fit-open').click();
  // The bar moves through the bootstrap's refits, well short of done while they run.
  await expect(page.getByTestId('fit-progress-text')).toContainText('bootstrap: refit', { timeout: 120_000 });
  const during = Number(await page.getByTestId('fit-progress').locator('progress').getAttribute('value'));
  expect(during).toBeLessThan(0.95);
  await page.screenshot({ path: `${SHOTS}/fit-circadian-progress-1440-light.png` });
  await expect(page.getByTestId('fit-title')).toContainText(
    'Night A fitted to synthetic-light.csv and synthetic-dlmo.csv',
    { timeout: 240_000 },
  );
  await expect(page.getByTestId('fit-title')).toContainText('4 DLMOs');
  const reply = lab.calls.findLast((c) => c.channel === 'fit:run')!.reply;
  if (!reply.ok) throw new Error(reply.error.message);
  const fitted = reply.value as FitResponse;

  for (const id of CIRCADIAN_FIT_PARAMETERS) {
    const row = page.getByTestId(`fit-param-${id}`);
    await expect(row).toHaveAttribute('data-status', 'identified');
    const { profile, bootstrap } = intervalsOf((await row.getByTestId('fit-status').textContent())!);
    const p = fitted.result.parameters.find((q) => q.id === id)!;
    expect(profile[0]).toBeCloseTo(p.interval![0], 1);
    expect(profile[1]).toBeCloseTo(p.interval![1], 1);
    expect(profile[0]).toBeLessThan(CIRCADIAN_TRUTH[id]);
    expect(profile[1]).toBeGreaterThan(CIRCADIAN_TRUTH[id]);
    // The bootstrap's interval, a second bar.
    expect(bootstrap).not.toBeNull();
    expect(bootstrap![0]).toBeLessThan(bootstrap![1]);
    await expect(row.getByTestId('fit-interval')).toBeVisible();
    await expect(row.getByTestId('fit-bootstrap')).toBeVisible();
  }
  await expect(page.getByTestId('fit-curve')).toBeVisible();
  await expect(page.getByTestId('fit-unidentified')).toBeHidden();
  await expect(page.getByTestId('fit-stale')).toBeHidden();
  await shots(page, 'fit-circadian');

  // Applied to night A (its period and sensitivity are the estimates): the fit is still current.
  await page.getByTestId('fit-apply-a').click();
  await expect(page.getByTestId('fit-stale')).toBeHidden();
  const saved = join(folder, 'fitted-circadian.nocturne.json');
  lab.dialogs.save.push(saved);
  await page.getByTestId('file-save-as').click();
  await expect(page.getByTestId('file-name')).toHaveText('fitted-circadian.nocturne.json');
  const file = JSON.parse(readFileSync(saved, 'utf8')) as {
    nights: { params: Record<string, number> }[];
    fits: { kind: string; against: string; points: { x: number[]; y: number[] } }[];
  };
  const period = fitted.result.parameters.find((p) => p.id === 'circadianPeriod_h')!.estimate!;
  expect(Math.abs(file.nights[0]!.params.circadianPeriod_h! - period)).toBeLessThanOrEqual(0.01);
  expect(file.fits).toHaveLength(1);
  expect(file.fits[0]!.kind).toBe('circadian');
  expect(file.fits[0]!.against).toMatch(/^[0-9a-f]{64}$/);
  expect(file.fits[0]!.points.y).toHaveLength(4);

  // Reopened in a fresh lab: the circadian fit, its intervals, its DLMOs.
  await page.getByTestId('file-new').click();
  await expect(page.getByTestId('fit-title')).toBeHidden();
  lab.dialogs.open.push(saved);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('file-name')).toHaveText('fitted-circadian.nocturne.json');
  await expect(page.getByTestId('fit-kind-circadian')).toBeChecked();
  await expect(page.getByTestId('fit-title')).toContainText('synthetic-light.csv and synthetic-dlmo.csv');
  await expect(page.getByTestId('fit-no-sessions')).toBeHidden();
  await expect(page.getByTestId('fit-param-circadianPeriod_h').getByTestId('fit-bootstrap')).toBeVisible();
  await expect(page.getByTestId('fit-stale')).toBeHidden();
  await shots(page, 'fit-circadian-reopened');

  // Night A changed (another scenario, which clears its overrides once confirmed): the fit says it
  // was made against other settings of night A.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('scenario-a').selectOption('evening-caffeine');
  await expect(page.getByTestId('fit-stale')).toContainText('Fitted against different settings of night A');
  await page.getByTestId('fit-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/fit-circadian-stale-1440-light.png` });

  // DLMOs of the entrained sleeper, dropped together (DLMOs first): neither parameter identifiable.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('scenario-a').selectOption('baseline');
  await page.getByTestId('fit-bootstrap-option').uncheck();
  const entrained = syntheticEntrainedFiles();
  await page.getByTestId('fit-panel').evaluate((panel, files) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([files.dlmo], 'entrained-dlmo.csv', { type: 'text/csv' }));
    transfer.items.add(new File([files.light], 'entrained-light.csv', { type: 'text/csv' }));
    panel.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, entrained);
  await expect(page.getByTestId('fit-title')).toContainText(
    'Night A fitted to entrained-light.csv and entrained-dlmo.csv',
    { timeout: 120_000 },
  );
  await expect(page.getByTestId('fit-unidentified')).toContainText(
    'Neither intrinsic circadian period nor light sensitivity k is identifiable from these data',
  );
  for (const id of CIRCADIAN_FIT_PARAMETERS) {
    const row = page.getByTestId(`fit-param-${id}`);
    await expect(row).toHaveAttribute('data-status', 'not identifiable');
    await expect(row.getByTestId('fit-interval')).toHaveCount(0);
  }
  await expect(page.getByTestId('fit-apply-a')).toBeDisabled();
  await shots(page, 'fit-circadian-entrained');
});
