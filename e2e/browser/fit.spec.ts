/**
 * Fit a sleeper, as a person does it: open the synthetic experiment (night A a night awake), open
 * the synthetic PVT file (drawn from the model at known values, scripts/synthetic-pvt.ts) on the
 * "Fit a sleeper" tab, watch the progress, read intervals that hold the true values, apply them to
 * night A, save, reopen the file and see the same fit with its sessions; then drop a file of other sessions on the
 * panel, cancel its fit, and the lab says the data at hand are not the saved fit's; fitted against
 * night B, the same sessions tell neither value, in words. Screenshots at
 * 1440×900 and 1024×680, light and dark.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../lab';
import { SHOTS, shotsAt } from '../pageHelpers';
import { TRUTH, syntheticPvt, writeSyntheticDataSet } from '../../scripts/synthetic-pvt';
import type { FitResponse } from '../../shared/ipc';
import { FIT_PARAMETERS } from '../../shared/fit/pvtModel';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-fit-'));
/** The fit panel at the two sizes its screens are checked at, light and dark. */
const shots = (page: Page, name: string): Promise<void> =>
  shotsAt(page, name, 'fit-panel', [
    [1440, 900],
    [1024, 680],
  ]);

/** "identified: 1.65, 95 % interval 1.30 – 2.05" → [1.3, 2.05]. */
function intervalOf(text: string): [number, number] {
  const m = /95 % interval (-?[\d.]+) – (-?[\d.]+)/.exec(text);
  if (!m) throw new Error(`no interval in "${text}"`);
  return [Number(m[1]), Number(m[2])];
}

test('fit a sleeper on the synthetic data set: progress, intervals holding the truth, apply, save, reopen, cancel', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const paths = writeSyntheticDataSet(folder, 11);
  const lab = await openLab(page);
  lab.dialogs.open.push(paths.experiment);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('experiment-title')).toHaveValue('Synthetic sleeper');

  await page.getByTestId('tab-fit').click();
  await expect(page.getByTestId('fit-night')).toHaveValue('a');
  lab.dialogs.pvt.push(paths.pvt);
  await page.getByTestId('fit-open').click();
  // Progress in words while it runs (the profiles take most of the time).
  await expect(page.getByTestId('fit-progress-text')).toContainText(/profiling|fitting|simulating|reading/);
  await expect(page.getByTestId('fit-title')).toContainText('Night A fitted to synthetic-pvt.csv', {
    timeout: 120_000,
  });
  await expect(page.getByTestId('fit-progress')).toBeHidden();
  const reply = lab.calls.findLast((c) => c.channel === 'fit:run')!.reply;
  if (!reply.ok) throw new Error(reply.error.message);
  const fitted = reply.value as FitResponse;

  // Each parameter: identified, its interval on screen the fit's, and holding the true value.
  for (const id of FIT_PARAMETERS) {
    const row = page.getByTestId(`fit-param-${id}`);
    await expect(row).toHaveAttribute('data-status', 'identified');
    const [lo, hi] = intervalOf((await row.getByTestId('fit-status').textContent())!);
    const interval = fitted.result.parameters.find((p) => p.id === id)!.interval!;
    expect(lo).toBeCloseTo(interval[0], 1);
    expect(hi).toBeCloseTo(interval[1], 1);
    expect(lo).toBeLessThan(TRUTH[id]);
    expect(hi).toBeGreaterThan(TRUTH[id]);
    await expect(row.getByTestId('fit-interval')).toBeVisible();
  }
  await expect(page.getByTestId('fit-curve')).toBeVisible();
  await expect(page.getByTestId('fit-no-sessions')).toBeHidden();
  await shots(page, 'fit');

  // Applied to night A: the night's parameters are the estimates (on their steps); then saved.
  await page.getByTestId('fit-apply-a').click();
  const saved = join(folder, 'fitted.nocturne.json');
  lab.dialogs.save.push(saved);
  await page.getByTestId('file-save-as').click();
  await expect(page.getByTestId('file-name')).toHaveText('fitted.nocturne.json');
  const file = JSON.parse(readFileSync(saved, 'utf8')) as {
    nights: { params: Record<string, number> }[];
    fits: { data: { sha256: string }[]; parameters: { id: string; interval: number[] }[] }[];
  };
  const vulnerability = fitted.result.parameters.find((p) => p.id === 'pvtVulnerability')!.estimate!;
  expect(Math.abs(file.nights[0]!.params.pvtVulnerability! - vulnerability)).toBeLessThanOrEqual(0.025);
  expect(file.fits).toHaveLength(1);
  expect(file.fits[0]!.data[0]!.sha256).toBe(fitted.result.data.sha256);

  // Reopened in a fresh lab: the same fit, intervals and band, and its sessions (the file keeps them).
  await page.getByTestId('file-new').click();
  await expect(page.getByTestId('fit-title')).toBeHidden();
  lab.dialogs.open.push(saved);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('file-name')).toHaveText('fitted.nocturne.json');
  await expect(page.getByTestId('fit-title')).toContainText('Night A fitted to synthetic-pvt.csv');
  for (const p of file.fits[0]!.parameters) {
    const text = (await page.getByTestId(`fit-param-${p.id}`).getByTestId('fit-status').textContent())!;
    const [lo, hi] = intervalOf(text);
    expect(lo).toBeCloseTo(p.interval[0]!, 1);
    expect(hi).toBeCloseTo(p.interval[1]!, 1);
  }
  await expect(page.getByTestId('fit-curve')).toBeVisible();
  await expect(page.getByTestId('fit-no-sessions')).toBeHidden();
  await shots(page, 'fit-reopened');

  // A second fit, of other sessions dropped on the panel (their bytes go to main), cancelled while
  // it runs: no new fit, and the lab says the data at hand are not the ones the saved fit was made with.
  const other = syntheticPvt(12);
  await page.getByTestId('fit-panel').evaluate((panel, text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'other-pvt.csv', { type: 'text/csv' }));
    panel.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, other);
  await expect(page.getByTestId('fit-progress')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/fit-progress-1440-light.png` });
  await page.getByTestId('fit-cancel').click();
  await expect(page.getByTestId('fit-progress')).toBeHidden();
  const dropped = lab.calls.findLast((c) => c.channel === 'fit:run')!;
  expect(dropped.payload).toMatchObject({ fileName: 'other-pvt.csv' });
  // The panel took the drop: the window did not also try it as an experiment file.
  await expect(page.getByTestId('file-error')).toBeHidden();
  const cancelled = dropped.reply;
  expect(cancelled.ok ? 'ok' : cancelled.error.code).toBe('cancelled');
  await expect(page.getByTestId('fit-error')).toBeHidden();
  await expect(page.getByTestId('fit-data-differs')).toContainText('The data at hand (other-pvt.csv, SHA-256');
  await expect(page.getByTestId('fit-title')).toContainText('synthetic-pvt.csv');
  await page.screenshot({ path: `${SHOTS}/fit-cancelled-1440-light.png` });

  // The same sessions against night B (evening caffeine: a slept night, the person awake on night
  // A's): the data cannot tell either value, and the lab says so in words, with nothing to apply.
  await page.getByTestId('fit-night').selectOption('b');
  lab.dialogs.pvt.push(paths.pvt);
  await page.getByTestId('fit-open').click();
  await expect(page.getByTestId('fit-title')).toContainText('Night B fitted to synthetic-pvt.csv', {
    timeout: 120_000,
  });
  const flat = page.getByTestId('fit-param-pvtVulnerability');
  await expect(flat).toHaveAttribute('data-status', 'not identifiable');
  await expect(flat.getByTestId('fit-status')).toContainText(
    'not identifiable: its profile stays under the 95 % threshold',
  );
  await expect(flat.getByTestId('fit-interval')).toHaveCount(0);
  await expect(page.getByTestId('fit-apply-a')).toBeDisabled();
  await expect(page.getByTestId('fit-notes')).toContainText('asleep at');
  await shots(page, 'fit-unidentified');
});
