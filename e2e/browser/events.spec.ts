/**
 * Protocol events in the lab, as a person uses them: place a caffeine dose at 15:00 on night B's
 * protocol strip, see B's numbers change, drag the dose to 17:00, remove it, add it back with the
 * keyboard form, save, and reopen the file with the dose in place and the same numbers.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLab } from '../lab';
import { settled } from '../pageHelpers';
import { EXPERIMENT_VERSION } from '../../shared/experiment';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-events-'));

const METRICS = [
  'totalSleepTime_min',
  'sleepOnsetLatency_min',
  'waso_min',
  'n3_pct',
  'rem_pct',
  'sleepPressureAtBedtime',
  'readinessScore',
];
async function metricsOf(page: Page, night: 'a' | 'b'): Promise<string[]> {
  const out: string[] = [];
  for (const id of METRICS) out.push((await page.getByTestId(`metric-${id}-${night}`).textContent()) ?? '');
  return out;
}

/** The page x of a clock time on a night's strip (day 0, the focal slot: 12–24 evening, 0–12 next morning). */
async function xOf(page: Page, night: 'a' | 'b', clock: number): Promise<{ x: number; y: number }> {
  const strip = page.getByTestId(`protocol-track-${night}`);
  const [start, end] = ((await strip.getAttribute('data-window')) ?? '').split(' ').map(Number) as [number, number];
  const box = (await strip.boundingBox())!;
  const slotHour = clock >= 12 ? clock : clock + 24;
  const exact = box.x + ((slotHour - start) / (end - start)) * box.width;
  // A pointer lands on whole pixels, and at this width a pixel is about 5 minutes: take the pixel
  // nearest the exact place whose time snaps to the clock time asked for.
  const snapsTo = (px: number) => Math.round((start + ((px - box.x) / box.width) * (end - start)) * 12) / 12;
  const pixels = [-2, -1, 0, 1, 2].map((d) => Math.round(exact) + d).filter((px) => snapsTo(px) === slotHour);
  const x = pixels.sort((p, q) => Math.abs(p - exact) - Math.abs(q - exact))[0] ?? exact;
  return { x, y: box.y + box.height / 2 };
}

test('a caffeine dose on night B: placed, dragged, removed, added by keyboard, saved and reopened', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const lab = await openLab(page);
  await settled(page);
  const a0 = await metricsOf(page, 'a');
  const b0 = await metricsOf(page, 'b');
  // B's own 200 mg 4 h before bed is shown as a parameter mark, not as an event.
  await expect(page.getByTestId('param-event-b-0')).toBeVisible();
  await expect(page.getByTestId('event-mark-b-0')).toHaveCount(0);

  // The lab opens on the night (from 18:00): show the afternoon too, then choose the kind and
  // click 15:00 on B's strip.
  await page.getByTestId('span-nightDay').click();
  await page.getByTestId('event-kind-b').selectOption('caffeine');
  await page.getByTestId('event-place-b').click();
  const at15 = await xOf(page, 'b', 15);
  await page.mouse.click(at15.x, at15.y);
  const mark = page.getByTestId('event-mark-b-0');
  await expect(mark).toHaveAttribute('data-time', '15:00');
  // The night re-simulates: B's numbers change, A's stay.
  await expect.poll(() => metricsOf(page, 'b')).not.toEqual(b0);
  await settled(page);
  const b1 = await metricsOf(page, 'b');
  expect(await metricsOf(page, 'a')).toEqual(a0);

  // Drag it to 17:00 (times snap to 5 minutes).
  await page.getByTestId('panel-protocol').screenshot({ path: 'test-output/screenshots/events-strip.png' });
  await page.screenshot({ path: 'test-output/screenshots/events-lab.png' });
  const from = (await mark.boundingBox())!;
  const at17 = await xOf(page, 'b', 17);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move((from.x + at17.x) / 2, at17.y, { steps: 4 });
  await page.mouse.move(at17.x, at17.y, { steps: 4 });
  await page.mouse.up();
  await expect(mark).toHaveAttribute('data-time', '17:00');
  await expect.poll(() => metricsOf(page, 'b')).not.toEqual(b1);
  await settled(page);

  // Select it and press Delete: gone, and B's numbers are those of the night without it.
  await mark.click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('event-mark-b-0')).toHaveCount(0);
  await expect.poll(() => metricsOf(page, 'b')).toEqual(b0);

  // The keyboard way: the form under the strip, kind, time and dose.
  await page.getByTestId('event-editor-b').locator('summary').click();
  await page.getByTestId('event-time-b').fill('15:00');
  await page.getByTestId('event-mg-b').fill('200');
  await page.getByTestId('event-add-b').press('Enter');
  await expect(page.getByTestId('event-mark-b-0')).toHaveAttribute('data-time', '15:00');
  await expect(page.getByTestId('event-item-b-0')).toContainText('caffeine 15:00 200 mg');
  await expect.poll(() => metricsOf(page, 'b')).toEqual(b1);
  await settled(page);
  await page.getByTestId('panel-protocol').screenshot({ path: 'test-output/screenshots/events-form.png' });

  // Save: a version-2 file with the dose on night B.
  const path = join(folder, 'afternoon-coffee.nocturne');
  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('afternoon-coffee.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { version: number; nights: { events: unknown[] }[] };
  expect(saved.version).toBe(EXPERIMENT_VERSION);
  expect(saved.nights[0]!.events).toEqual([]);
  expect(saved.nights[1]!.events).toEqual([{ kind: 'caffeine', at: 15, day: 0, mg: 200 }]);
  await page.close();

  // Reopen in a fresh lab: the dose is back on the strip and the numbers are the same.
  const again = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const lab2 = await openLab(again);
  await settled(again);
  lab2.dialogs.open.push(path);
  await again.getByTestId('file-open').click();
  await expect(again.getByTestId('file-name')).toHaveText('afternoon-coffee.nocturne');
  // It says which model made it.
  await expect(again.getByTestId('file-name')).toHaveAttribute('title', /made with Nocturne \S+, model \S+$/);
  await expect(again.getByTestId('event-mark-b-0')).toHaveAttribute('data-time', '15:00');
  await expect.poll(() => metricsOf(again, 'b')).toEqual(b1);
  mkdirSync('test-output/screenshots', { recursive: true });
  await again.getByTestId('panel-protocol').screenshot({ path: 'test-output/screenshots/events-strip-reopened.png' });

  await again.close();

  // At the smallest window the lab supports, the strips fit their columns: nothing scrolls sideways.
  const small = await browser.newPage({ viewport: { width: 1024, height: 680 } });
  const lab3 = await openLab(small);
  await settled(small);
  lab3.dialogs.open.push(path);
  await small.getByTestId('file-open').click();
  await expect(small.getByTestId('event-mark-b-0')).toHaveAttribute('data-time', '15:00');
  await settled(small);
  const sideways = await small.evaluate(() => {
    const el = document.querySelector('.results')!;
    return el.scrollWidth - el.clientWidth;
  });
  expect(sideways).toBeLessThanOrEqual(0);
  await small.getByTestId('panel-protocol').screenshot({ path: 'test-output/screenshots/events-strip-1024.png' });

  // A version-1 file (before events existed) opens with no events, saying which model made it.
  lab3.dialogs.open.push(fileURLToPath(new URL('../../tests/fixtures/v1/dose-sweep.nocturne', import.meta.url)));
  small.on('dialog', (dialog) => void dialog.accept());
  await small.getByTestId('file-open').click();
  await expect(small.getByTestId('file-name')).toHaveText('dose-sweep.nocturne');
  await expect(
    small.getByTestId('file-notice').filter({ hasText: 'made by Nocturne 0.1.0 with model 0.1.0' }),
  ).toHaveCount(1);
  await expect(small.getByTestId('event-mark-b-0')).toHaveCount(0);
  await expect(small.getByTestId('file-name')).toHaveAttribute('data-made-with', '0.1.0');
});
