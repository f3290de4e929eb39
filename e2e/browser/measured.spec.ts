/**
 * A measured night beside a simulated one, as a person does it: "Measured night…" opens a
 * hypnogram (an epoch-per-line text file this test writes), its row appears on the hypnogram
 * panel under the night it is compared with, and the agreement box shows accuracy, κ, the
 * confusion matrix and both reports with Δ. The expected numbers are counted here from the
 * simulated stages main sent the page, independently of the lab's code. A bad file shows the
 * importer's message and changes nothing.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab, type LabHarness } from '../lab';
import { settled } from '../pageHelpers';
import { EPOCH_H, type SimulationResult } from '../../shared/model/result';
import { hasPublicData, publicDataSkipReason, publicFile } from '../../tests/publicData';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-measured-'));
const LABELS = ['W', 'R', 'N1', 'N2', 'N3'];
/** Matrix order of the agreement box: W, N1, N2, N3, R (codes W 0, R 1, N1 2, N2 3, N3 4). */
const ORDER = [0, 2, 3, 4, 1];

/** The newest result main sent for a night, as the page received it. */
function lastResult(lab: LabHarness, night: 'a' | 'b'): { jobId: number; result: SimulationResult } {
  const call = lab.calls.findLast(
    (c) => c.channel === 'sim:run' && (c.payload as { night: string }).night === night && c.reply.ok,
  )!;
  return (call.reply as { value: { jobId: number; result: SimulationResult } }).value;
}

/** n stages from the simulated lights-off on. */
function fromLightsOff(result: SimulationResult, n: number): number[] {
  const off = Math.round(-result.start_h / EPOCH_H);
  return [...result.stage.subarray(off, off + n)];
}

const delta = (d: number) => (d === 0 ? '±0' : `${d > 0 ? '+' : '−'}${Math.abs(d)}`);

/** The focal night's stages, lights-off to lights-on. */
function focalStages(result: SimulationResult): number[] {
  const off = Math.round(-result.start_h / EPOCH_H);
  const on = off + Math.round(result.focalTimeInBed_h / EPOCH_H);
  return [...result.stage.subarray(off, on)];
}

/** Accuracy and κ counted from scratch: p_o the diagonal share, p_e from the marginals. */
function expected(measured: number[], simulated: number[]) {
  const n = measured.length;
  const counts = ORDER.map(() => ORDER.map(() => 0));
  measured.forEach((m, i) => counts[ORDER.indexOf(m)]![ORDER.indexOf(simulated[i]!)]!++);
  const po = counts.reduce((s, row, i) => s + row[i]!, 0) / n;
  const rows = counts.map((r) => r.reduce((s, c) => s + c, 0) / n);
  const cols = ORDER.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0) / n);
  const pe = rows.reduce((s, r, i) => s + r * cols[i]!, 0);
  return { accuracy: `${(100 * po).toFixed(1)} %`, kappa: ((po - pe) / (1 - pe)).toFixed(3), counts };
}

test('open a measured hypnogram: its row beside the simulated night, and the agreement', async ({ page }) => {
  const lab = await openLab(page);
  await settled(page);
  const a = lastResult(lab, 'a');
  const simulated = focalStages(a.result);
  // The simulated night A with its first hour scored wake and every 7th epoch of the rest N2:
  // a night that agrees in part. No start time, so its first epoch goes to the simulated lights-off.
  const measured = simulated.map((s, i) => (i < 120 ? 0 : i % 7 === 0 ? 3 : s));
  const path = join(folder, 'night-07.txt');
  writeFileSync(path, `${measured.map((s) => LABELS[s]).join('\n')}\n`);

  lab.dialogs.hypnogram.push(path);
  await page.getByTestId('measured-open').click();
  const row = page.getByTestId('measured-row');
  await expect(row).toBeVisible();
  const chart = page.getByTestId('chart-hypnogram-measured');
  await expect(chart).toHaveAttribute('data-job-ids', `a:${a.jobId}`);
  // The third row of the hypnograms, under A and B, on their axis (the same plot area).
  const box = (await chart.boundingBox())!;
  const hypA = (await page.getByTestId('chart-hypnogram-a').boundingBox())!;
  const hypB0 = (await page.getByTestId('chart-hypnogram-b').boundingBox())!;
  expect(Math.abs(box.x - hypA.x)).toBeLessThan(2);
  expect(box.y).toBeGreaterThan(hypB0.y + hypB0.height - 1);
  await expect(chart).toHaveAttribute(
    'data-plot-x',
    (await page.getByTestId('chart-hypnogram-a').getAttribute('data-plot-x'))!,
  );

  const want = expected(measured, simulated);
  await expect(page.getByTestId('agreement-compared')).toHaveText(String(simulated.length));
  await expect(page.getByTestId('agreement-accuracy')).toHaveText(want.accuracy);
  await expect(page.getByTestId('agreement-kappa')).toHaveText(want.kappa);
  const cells = await page
    .getByTestId('agreement-confusion')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
  expect(cells).toEqual(want.counts);
  // The report side by side: TST counted here; Δ = simulated − measured.
  const tst = (stages: number[]) => stages.filter((s) => s !== 0).length / 2;
  const tstRow = page.getByTestId('agreement-row-TST_min').locator('td');
  await expect(tstRow).toHaveText([
    String(tst(measured)),
    String(tst(simulated)),
    delta(tst(simulated) - tst(measured)),
  ]);
  await expect(page.getByTestId('agreement-notes')).toContainText(
    'no recording start: its first epoch is placed at the simulated lights-off',
  );
  await page.getByTestId('agreement').scrollIntoViewIfNeeded();
  await page.getByTestId('panel-hypnogram').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/screenshots/measured-1440.png' });

  // Compared with night B instead: the row says so and the numbers are B's.
  await page.getByTestId('measured-against-b').click();
  const b = lastResult(lab, 'b');
  const wantB = expected(measured, fromLightsOff(b.result, measured.length));
  await expect(chart).toHaveAttribute('data-job-ids', `b:${b.jobId}`);
  await expect(row).toContainText('compared with night B');
  await expect(page.getByTestId('agreement-accuracy')).toHaveText(wantB.accuracy);
  await expect(page.getByTestId('agreement-kappa')).toHaveText(wantB.kappa);

  // Lights-off typed in minutes after the first epoch: the first 10 min are left out of the
  // comparison; a value that cannot be placed says why and the file's own window is kept.
  const whole = Number(await page.getByTestId('agreement-compared').textContent());
  await page.getByTestId('measured-lights-off').fill('10');
  await page.getByTestId('measured-lights-off').press('Enter');
  await expect(page.getByTestId('agreement-compared')).toHaveText(String(whole - 20));
  await page.getByTestId('measured-lights-off').fill('23:00');
  await page.getByTestId('measured-lights-off').press('Enter');
  await expect(page.getByTestId('measured-window-problem')).toContainText('no recording start');
  await expect(page.getByTestId('agreement-compared')).toHaveText(String(whole));
  await page.getByTestId('measured-lights-off').fill('');
  await page.getByTestId('measured-lights-off').press('Enter');
  await expect(page.getByTestId('measured-window-problem')).toHaveCount(0);

  // A bad file: the importer's message, and the measured night stays as it was.
  const bad = join(folder, 'bad.txt');
  writeFileSync(bad, 'W\nN1\nX\n');
  lab.dialogs.hypnogram.push(bad);
  await page.getByTestId('measured-open').click();
  await expect(page.getByTestId('measured-error')).toContainText(`${bad}: line 3: unknown stage label "X"`);
  await expect(page.getByTestId('agreement-accuracy')).toHaveText(wantB.accuracy);
  await expect(chart).toHaveAttribute('data-job-ids', `b:${b.jobId}`);
  // Unsaved since the measured night (saved with the experiment) came in; the bad file changes nothing.
  await expect(page.getByTestId('file-name')).toHaveText('● Untitled');

  // A cancelled dialog changes nothing either, and says nothing.
  await page.getByTestId('measured-error').locator('..').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByTestId('measured-open').click();
  await expect(page.getByTestId('measured-error')).toHaveCount(0);
  await expect(row).toBeVisible();

  // Overlay: the hypnograms keep their rows (two overlaid hypnograms read as neither), full width.
  await page.getByTestId('mode-overlay').click();
  const rowA = (await page.getByTestId('chart-hypnogram-a').boundingBox())!;
  expect(Math.abs((await chart.boundingBox())!.width - rowA.width)).toBeLessThan(2);

  await page.setViewportSize({ width: 1024, height: 680 });
  await page.getByTestId('mode-side').click();
  await page.getByTestId('panel-hypnogram').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-output/screenshots/measured-1024-row.png' });
  await page.getByTestId('agreement').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: 'test-output/screenshots/measured-1024.png' });
  await page.getByTestId('measured-remove').click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('agreement')).toHaveCount(0);
});

test('a hypnogram dropped on the window becomes the measured night; the cursor reads its stage', async ({ page }) => {
  const lab = await openLab(page);
  await settled(page);
  const a = lastResult(lab, 'a');
  const stages = fromLightsOff(a.result, 600);
  const drop = async (name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n, { type: 'text/plain' }));
        return dt;
      },
      [name, text] as const,
    );
    await page.dispatchEvent('.lab', 'drop', { dataTransfer });
  };
  // YASA's integers (0 W, 1 N1, 2 N2, 3 N3, 4 REM), as the simulated night A has them.
  const YASA = [0, 4, 1, 2, 3];
  await drop('dropped.csv', `${stages.map((s) => YASA[s]).join('\n')}\n`);
  await expect(page.getByTestId('measured-row')).toBeVisible();
  await expect(page.getByTestId('agreement-accuracy')).toHaveText('100.0 %');
  await expect(page.getByTestId('agreement-kappa')).toHaveText('1.000');
  await expect(page.getByTestId('agreement')).toContainText('dropped.csv');
  // Hovering the measured row: the readout gives the measured stage beside A's and B's.
  const chart = page.getByTestId('chart-hypnogram-measured');
  // 01:00 (slot hour 25) on the night's window 18:00–12:00, in the plot area's page x.
  const [left, right] = (await chart.getAttribute('data-plot-x'))!.split(' ').map(Number) as [number, number];
  const box = (await chart.boundingBox())!;
  await page.mouse.move(left + ((25 - 18) / 18) * (right - left), box.y + box.height / 2);
  await expect(page.getByTestId('readout-hypnogram-measured')).toHaveText(/^(W|R|N1|N2|N3)$/);
  // A dropped file the importer refuses: its message, and the measured night stays.
  await drop('broken.txt', 'W\nN2\nN9\n');
  await expect(page.getByTestId('measured-error')).toContainText('broken.txt: line 3: unknown stage label "N9"');
  await expect(page.getByTestId('agreement-accuracy')).toHaveText('100.0 %');
  // Unsaved since the measured night (saved with the experiment) came in; the bad file changes nothing.
  await expect(page.getByTestId('file-name')).toHaveText('● Untitled');
  // The File menu's "Measured Night…" does what the button does.
  const fromMenu = join(folder, 'from-menu.txt');
  writeFileSync(fromMenu, 'W\nN1\nN2\nN2\n');
  lab.dialogs.hypnogram.push(fromMenu);
  await lab.emit('menu', { command: 'measured' });
  await expect(page.getByTestId('agreement')).toContainText('from-menu.txt');
  await expect(page.getByTestId('agreement-compared')).toHaveText('4');
  // The dark theme: the box and the matrix's shading read as well.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('panel-hypnogram').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-output/screenshots/measured-dark.png' });
});

const SLEEP_EDF = publicFile('SC4001EC-Hypnogram.edf');
test('a public Sleep-EDF hypnogram: placed by its recording start on the clock', async ({ page }) => {
  // The real recording may not be copied into the project: read where NOCTURNE_PUBLIC_DATA names it.
  test.skip(!hasPublicData('SC4001EC-Hypnogram.edf'), publicDataSkipReason('SC4001EC-Hypnogram.edf').trim());
  const lab = await openLab(page);
  await settled(page);
  lab.dialogs.hypnogram.push(SLEEP_EDF);
  await page.getByTestId('measured-open').click();
  await expect(page.getByTestId('measured-row')).toBeVisible();
  await expect(page.getByTestId('agreement-notes')).toContainText(
    'placed by its recording start (16:13:00) on the simulated night',
  );
  // 22 h from 16:13 on the simulated night's grid: the row starts at 16:13 and holds every epoch
  // of the recording that lies in the simulated night, unscored ones (Movement time, ?) left out.
  const compared = Number(await page.getByTestId('agreement-compared').textContent());
  expect(compared).toBeGreaterThan(2000);
  await page.getByTestId('panel-hypnogram').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-output/screenshots/measured-sleep-edf.png' });
});
