/**
 * The hypnograms as the lab's hero, as a sleep scientist meets them: night A above night B on one
 * axis, full width, opening on the focal night (18:00 → 12:00); "Whole protocol" and back to
 * "Night" with one click (or the keyboard); a measured night as a third row; the caffeine-free
 * night's blood alcohol said in a line instead of a flat chart; PVT lapses left out while asleep.
 * Screenshots at 1440×900, 1024×680 and 2560×1440, light and dark.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab, type LabHarness } from '../lab';
import { EPOCH_H, STAGE_CODE, type SimulationResult } from '../../shared/model/result';
import { sleepReport } from '../../shared/report/sleepReport';
import { epochAt } from '../../shared/time/axis';
import { settled } from '../pageHelpers';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-hypnogram-'));
const LABELS = ['W', 'R', 'N1', 'N2', 'N3'];

function lastResult(lab: LabHarness, night: 'a' | 'b'): { jobId: number; result: SimulationResult } {
  const call = lab.calls.findLast(
    (c) => c.channel === 'sim:run' && (c.payload as { night: string }).night === night && c.reply.ok,
  )!;
  return (call.reply as { value: { jobId: number; result: SimulationResult } }).value;
}

/** The focal night's stages, lights-off to lights-on. */
function focalStages(result: SimulationResult): number[] {
  const off = Math.round(-result.start_h / EPOCH_H);
  const on = off + Math.round(result.focalTimeInBed_h / EPOCH_H);
  return [...result.stage.subarray(off, on)];
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 680 },
  { width: 2560, height: 1440 },
] as const;

test('the hypnograms lead: A above B on the night, whole protocol and back, a measured third row', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = await openLab(page);
  await settled(page);
  const hero = page.getByTestId('hypnogram-hero');
  const a = page.getByTestId('chart-hypnogram-a');
  const b = page.getByTestId('chart-hypnogram-b');
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();

  // A above B, both the hero's full width, on one axis (the same plot area in page x), tall enough to read.
  const boxA = (await a.boundingBox())!;
  const boxB = (await b.boundingBox())!;
  const heroBox = (await hero.boundingBox())!;
  expect(boxB.y).toBeGreaterThan(boxA.y + boxA.height - 1);
  expect(Math.abs(boxA.x - boxB.x)).toBeLessThan(1);
  expect(Math.abs(boxA.width - heroBox.width)).toBeLessThan(2);
  expect(boxB.y + boxB.height - boxA.y).toBeGreaterThanOrEqual(160);
  await expect(a).toHaveAttribute('data-plot-x', (await b.getAttribute('data-plot-x'))!);
  // The hero is wider than half the results area: not a chart beside another.
  const results = (await page.locator('main.results').boundingBox())!;
  expect(boxA.width).toBeGreaterThan(results.width * 0.8);

  // The focal night by default; the cycles numbered are the sleep report's count of the night main sent.
  await expect(page.getByTestId('span-window')).toHaveText('18:00 → 12:00');
  await expect(page.getByTestId('span-night')).toHaveAttribute('aria-pressed', 'true');
  const resultA = lastResult(lab, 'a');
  const cycles = sleepReport(focalStages(resultA.result), 30, { lightsOff: 0 }).cycles;
  expect(cycles).toBeGreaterThan(2);
  await expect(a).toHaveAttribute('data-cycles', String(cycles));
  await expect(page.getByTestId('hero-summary-a')).toContainText(`${cycles} cycles`);
  await expect(a).toHaveAttribute('data-job-ids', `a:${resultA.jobId}`);
  await expect(a).toHaveAttribute('aria-label', /^Hypnogram, night A \(.+\), 18:00 to 12:00: TST \d+ h/);

  // The protocol strips stand on the hero's axis: their tracks start and end where its plot does.
  const [left, right] = (await a.getAttribute('data-plot-x'))!.split(' ').map(Number) as [number, number];
  const track = (await page.getByTestId('protocol-track-a').boundingBox())!;
  expect(Math.abs(track.x - left)).toBeLessThan(1.5);
  expect(Math.abs(track.x + track.width - right)).toBeLessThan(1.5);

  // Hovering the hero moves the shared cursor: the readout gives both nights' stages at 02:00 (slot hour 26).
  await page.mouse.move(left + ((26 - 18) / 18) * (right - left), boxA.y + boxA.height / 2);
  await expect(page.getByTestId('readout-hypnogram-a')).toHaveText(/^A: (W|R|N1|N2|N3)$/);
  await expect(page.getByTestId('readout-hypnogram-b')).toHaveText(/^B: (W|R|N1|N2|N3)$/);
  const stageAt26 = resultA.result.stage[epochAt(resultA.result, 26)]!;
  await expect(page.getByTestId('readout-hypnogram-a')).toHaveText(`A: ${LABELS[stageAt26]}`);

  // Nothing to see, said in a line: neither night drinks alcohol (B has caffeine, so its chart stays).
  await expect(page.getByTestId('flat-pressure-alcohol')).toHaveText('Blood alcohol: none in either night');
  // Its chart (the pressure panel's fourth unit, g/L) is not drawn; caffeine's (mg/L, the third) is.
  await expect(page.getByTestId('chart-pressure-4-a')).toHaveCount(0);
  await expect(page.getByTestId('chart-pressure-3-b')).toBeAttached();
  await page.getByTestId('flat-pressure-alcohol').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/screenshots/hypnogram-flat-1440.png' });
  await expect(page.getByTestId('flat-pressure-caffeine')).toHaveCount(0);
  // PVT lapses are not a test anyone takes asleep: the readout at 02:00 says so.
  await page.getByTestId('panel-outcome').scrollIntoViewIfNeeded();
  const pvt = page.getByTestId('chart-outcome-a').first();
  // Charts are drawn when on screen: wait for its plot area before pointing into it.
  await expect(pvt).not.toHaveAttribute('data-plot-x', '');
  const pvtBox = (await pvt.boundingBox())!;
  const [pl, pr] = (await pvt.getAttribute('data-plot-x'))!.split(' ').map(Number) as [number, number];
  await page.mouse.move(pl + ((26 - 18) / 18) * (pr - pl), pvtBox.y + pvtBox.height / 2);
  await expect(page.getByTestId('readout-outcome-a').first()).toHaveText('A: asleep');
  await page.screenshot({ path: 'test-output/screenshots/hypnogram-outcome-1440.png' });
  await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));

  // Whole protocol with one click: main is asked for the protocol, and the window covers it.
  const before = lab.calls.length;
  await page.getByTestId('span-protocol').click();
  await settled(page);
  await expect
    .poll(() =>
      lab.calls
        .slice(before)
        .some((c) => c.channel === 'sim:run' && (c.payload as { window: string }).window === 'protocol'),
    )
    .toBe(true);
  await expect(page.getByTestId('span-protocol')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('span-window')).not.toHaveText('18:00 → 12:00');
  await page.screenshot({ path: 'test-output/screenshots/hypnogram-protocol-1440.png' });
  // And back to the night, by keyboard.
  await page.getByTestId('span-night').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('span-window')).toHaveText('18:00 → 12:00');
  await settled(page);
  // Night + next day: from the noon before, as the exported panel figures.
  await page.getByTestId('span-nightDay').click();
  await expect(page.getByTestId('span-window')).toHaveText('12:00 → 00:00');
  await page.getByTestId('span-night').click();

  // Zoom still works on the hero (a key on the focused row), and "Night" resets it.
  await a.focus();
  await page.keyboard.press('+');
  await expect(page.getByTestId('span-window')).toContainText('(zoomed)');
  await expect(page.getByTestId('span-night')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('span-night').click();
  await expect(page.getByTestId('span-window')).toHaveText('18:00 → 12:00');

  // A measured night: a third row under B, on the same axis.
  const simulated = focalStages(resultA.result);
  const measured = simulated.map((s, i) => (i < 120 ? STAGE_CODE.W : i % 7 === 0 ? STAGE_CODE.N2 : s));
  const path = join(folder, 'night-07.txt');
  writeFileSync(path, `${measured.map((s) => LABELS[s]).join('\n')}\n`);
  lab.dialogs.hypnogram.push(path);
  await page.getByTestId('measured-open').click();
  const third = page.getByTestId('chart-hypnogram-measured');
  await expect(page.getByTestId('measured-row')).toBeVisible();
  const boxM = (await third.boundingBox())!;
  const boxB2 = (await b.boundingBox())!;
  expect(boxM.y).toBeGreaterThan(boxB2.y + boxB2.height - 1);
  await expect(third).toHaveAttribute('data-plot-x', (await a.getAttribute('data-plot-x'))!);
  await expect(page.getByTestId('measured-row')).toContainText('compared with night A');
  const measuredCycles = sleepReport(measured, 30).cycles;
  await expect(third).toHaveAttribute('data-cycles', String(measuredCycles));
  await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      // No sideways overflow from the hero.
      const heroWidth = await hero.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(heroWidth).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-output/screenshots/hypnogram-${size.width}-${scheme}.png` });
    }
  }
  await page.getByTestId('measured-remove').click();
  await expect(third).toHaveCount(0);
});

test('pinned snapshots are thin rows under the nights, gone with their pin; the span is saved and reopened', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab = await openLab(page);
  await settled(page);
  await expect(page.locator('[data-snapshot]')).toHaveCount(0);

  await page.getByTestId('pin-name').fill('Baseline as it was');
  await page.getByTestId('pin-a').click();
  await page.getByTestId('param-caffeine_mg-b').fill('300');
  await settled(page);
  await page.getByTestId('pin-name').fill('Strong coffee');
  await page.getByTestId('pin-b').click();
  await page.getByTestId('param-caffeine_mg-b').fill('0');
  await settled(page);

  // A row each, under A and B, on their axis, named beside its line's mark.
  const rows = page.locator('[data-snapshot]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-snapshot', 'Baseline as it was');
  await expect(rows.nth(1)).toHaveAttribute('data-snapshot', 'Strong coffee');
  await expect(rows.nth(1)).toContainText('pinned from night B');
  const coffee = rows.nth(1).locator('canvas');
  await expect(coffee).toHaveAttribute('aria-label', /^Hypnogram, snapshot Strong coffee, pinned from night B, 18:00/);
  const b = page.getByTestId('chart-hypnogram-b');
  await expect(coffee).toHaveAttribute('data-plot-x', (await b.getAttribute('data-plot-x'))!);
  const boxB = (await b.boundingBox())!;
  const boxPin = (await rows.nth(0).locator('canvas').boundingBox())!;
  expect(boxPin.y).toBeGreaterThan(boxB.y + boxB.height - 1);
  // Thin: under half a night's row.
  expect(boxPin.height).toBeLessThan(boxB.height / 2);
  // Its stages are the pinned night's: B then, with its 300 mg, not B now.
  const pinRun = lab.calls.findLast(
    (c) => c.channel === 'sim:run' && (c.payload as { pin?: number }).pin !== undefined && c.reply.ok,
  )!;
  expect((pinRun.payload as { params: Record<string, number> }).params.caffeine_mg).toBe(300);

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 680 },
  ])
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByTestId('panel-hypnogram').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({
        path: `test-output/screenshots/hypnogram-pins-${size.width}x${size.height}-${scheme}.png`,
      });
    }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });

  // Removed with its ×: its row goes too.
  await page.getByRole('button', { name: 'Remove pinned snapshot Baseline as it was' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toHaveAttribute('data-snapshot', 'Strong coffee');
  // Put back into night A: A is that night now (300 mg), and Undo takes it back.
  await page.getByRole('button', { name: 'Use pinned snapshot Strong coffee as night A' }).click();
  await expect(page.getByTestId('scenario-a')).toHaveValue('evening-caffeine');
  await page.getByTestId('edit-night-a').check();
  await expect(page.getByTestId('param-caffeine_mg-a')).toHaveValue('300');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('scenario-a')).toHaveValue('baseline');
  await expect(page.getByTestId('param-caffeine_mg-a')).toHaveValue('0');

  // The span is the file's: saved as "night + next day", it opens so.
  await page.getByTestId('span-nightDay').click();
  await expect(page.getByTestId('span-window')).toHaveText('12:00 → 00:00');
  const path = join(folder, 'span.nocturne');
  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('span.nocturne');
  expect((JSON.parse(readFileSync(path, 'utf8')) as { view: { span: string } }).view.span).toBe('nightDay');
  await page.close();

  const second = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab2 = await openLab(second);
  await settled(second);
  await expect(second.getByTestId('span-night')).toHaveAttribute('aria-pressed', 'true');
  lab2.dialogs.open.push(path);
  await second.getByTestId('file-open').click();
  await expect(second.getByTestId('file-name')).toHaveText('span.nocturne');
  await expect(second.getByTestId('span-nightDay')).toHaveAttribute('aria-pressed', 'true');
  await expect(second.getByTestId('span-window')).toHaveText('12:00 → 00:00');
  await expect(second.locator('[data-snapshot]')).toHaveCount(1);
  await second.close();
});
