/**
 * The whole protocol as a double-plotted actogram: "Whole protocol" opens it in the hypnogram
 * panel, a row per day (the 14-day run-in, the focal night, the day after) for A beside B, the
 * rows those of the results main sent; the data-table twin lists each day. A night shift for B
 * moves its last rows' sleep to the daytime while its run-in rows stay A's. A cursor reads out a
 * moment of both nights (pointer and keys), and the days shown zoom (selects, keys, Ctrl + wheel),
 * the table twin following. Screenshots at 1440×900, 1024×680 and 2560×1440, light and dark; axe
 * on the panel in both.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openLab, type LabHarness } from '../lab';
import type { SimulationResult } from '../../shared/model/result';
import { actogramDays, daySummaries } from '../../shared/plot/actogram';
import { momentAt, momentWords } from '../../shared/plot/actogramCursor';
import { formatClock } from '../../shared/model/parameters';
import { spanWindow } from '../../shared/time/axis';
import { settled } from '../pageHelpers';

function lastResult(lab: LabHarness, night: 'a' | 'b'): { jobId: number; result: SimulationResult } {
  const call = lab.calls.findLast(
    (c) => c.channel === 'sim:run' && (c.payload as { night: string }).night === night && c.reply.ok,
  )!;
  return (call.reply as { value: { jobId: number; result: SimulationResult } }).value;
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 680 },
  { width: 2560, height: 1440 },
] as const;

test('the whole protocol as a double-plotted actogram, A beside B, a night shift on the last rows', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize(SIZES[0]);
  const lab = await openLab(page);
  await settled(page);
  // Not on the night's window: the hypnograms lead there.
  await expect(page.getByTestId('actogram')).toHaveCount(0);
  await expect(page.getByTestId('protocol-figure')).toHaveCount(0);

  await page.getByTestId('span-protocol').click();
  await settled(page);
  await expect(page.getByTestId('actogram-loading')).toHaveCount(0);
  await expect(page.getByTestId('protocol-figure-actogram')).toHaveAttribute('aria-pressed', 'true');
  const a = page.getByTestId('actogram-a');
  const b = page.getByTestId('actogram-b');
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();

  // The rows are the days of the whole protocol main simulated: the run-in, the focal night, the day after.
  const ra = lastResult(lab, 'a');
  const rb = lastResult(lab, 'b');
  await expect(page.getByTestId('actogram-canvas-a')).toHaveAttribute('data-job-ids', `a:${ra.jobId}`);
  const days = actogramDays([spanWindow(ra.result), spanWindow(rb.result)]);
  const expected = Array.from({ length: days.last - days.first + 1 }, (_, k) => days.first + k).join(' ');
  expect(days.last - days.first + 1).toBeGreaterThanOrEqual(16);
  await expect(a).toHaveAttribute('data-days', expected);
  await expect(b).toHaveAttribute('data-days', expected);
  // A circadian marker on (nearly) every day: CBTmin and DLMO from the model's series.
  expect(Number(await a.getAttribute('data-markers'))).toBeGreaterThanOrEqual(2 * (days.last - days.first));
  await expect(page.getByTestId('actogram-canvas-a')).toHaveAttribute(
    'aria-label',
    /^Actogram, night A .*double plotted/,
  );

  // A beside B at 1440 px, the canvases tall enough for a row per day.
  const boxA = (await a.boundingBox())!;
  const boxB = (await b.boundingBox())!;
  expect(Math.abs(boxA.y - boxB.y)).toBeLessThan(1);
  expect(boxB.x).toBeGreaterThan(boxA.x + boxA.width - 1);
  expect(boxA.height).toBeGreaterThan(16 * 14);

  // The data-table twin: a line per day, the first sleep as the layout computes it from the result.
  await page.getByTestId('actogram').locator('details.table-twin > summary').click();
  const tableA = page.getByTestId('actogram-table-a');
  await expect(tableA.locator('tbody tr')).toHaveCount(
    daySummaries({ result: ra.result, events: [], dlmoThreshold_pgPerMl: null }, days).length,
  );
  await page.screenshot({ path: 'test-output/screenshots/actogram-default-1440.png' });

  // B works a night shift and sleeps from 08:00: its last rows move, its run-in rows stay A's.
  await page.getByTestId('scenario-b').selectOption('night-shift-day-sleep');
  await settled(page);
  await expect(page.getByTestId('actogram-loading')).toHaveCount(0);
  const shifted = lastResult(lab, 'b');
  await expect(page.getByTestId('actogram-canvas-b')).toHaveAttribute('data-job-ids', `b:${shifted.jobId}`);
  const tableB = page.getByTestId('actogram-table-b');
  const rowOf = (table: typeof tableA, day: number) =>
    table
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: day < 0 ? `day −${-day}` : `day ${day}`, exact: true }) });
  const summaryB = daySummaries({ result: shifted.result, events: [], dlmoThreshold_pgPerMl: null }, days);
  const focalB = summaryB.find((d) => d.day === 0)!;
  // The focal day's sleep is in the daytime (08:00 lights-off), A's in the evening.
  expect(focalB.sleepOnset! % 24).toBeGreaterThanOrEqual(8);
  expect(focalB.sleepOnset! % 24).toBeLessThan(12);
  await expect(rowOf(tableB, 0).locator('td').first()).toHaveText(formatClock(focalB.sleepOnset!));
  const focalA = daySummaries({ result: ra.result, events: [], dlmoThreshold_pgPerMl: null }, days).find(
    (d) => d.day === 0,
  )!;
  await expect(rowOf(tableA, 0).locator('td').first()).toHaveText(formatClock(focalA.sleepOnset!));
  expect(formatClock(focalA.sleepOnset!)).not.toBe(formatClock(focalB.sleepOnset!));
  // The run-in is the same for both: the first day's sleep at the same clock time.
  const first = days.first + 1;
  await expect(rowOf(tableB, first).locator('td').first()).toHaveText(
    (await rowOf(tableA, first).locator('td').first().textContent())!,
  );
  await page.getByTestId('actogram').locator('details.table-twin > summary').click();

  // Every day of both nights now (B's night shift may reach a day further).
  const both = actogramDays([spanWindow(ra.result), spanWindow(shifted.result)]);
  const allDays = Array.from({ length: both.last - both.first + 1 }, (_, k) => both.first + k).join(' ');
  await expect(a).toHaveAttribute('data-days', allDays);
  // The cursor: over A's focal row at 03:00 of the next day (hour 27 of the row) the readout names
  // day 1, 03:00 and what each night was doing, as the result says.
  const canvasA = page.getByTestId('actogram-canvas-a');
  const box = (await canvasA.boundingBox())!;
  const focalRow = 0 - both.first;
  const plotLeft = 56; // Y_AXIS_MIN_PX, the gutter of the day labels
  const xAt = (hour: number) => plotLeft + (hour / 48) * (box.width - plotLeft - 14);
  await page.mouse.move(box.x + xAt(27), box.y + 18 + (focalRow + 0.5) * 16);
  const readout = page.getByTestId('actogram-readout');
  await expect(readout).toContainText('day 1, 03:00');
  await expect(page.getByTestId('actogram-readout-a')).toHaveText(`· A ${momentWords(momentAt(ra.result, 27))}`);
  await expect(page.getByTestId('actogram-readout-b')).toHaveText(`· B ${momentWords(momentAt(shifted.result, 27))}`);
  await expect(page.getByTestId('actogram-readout-a')).toContainText('asleep');
  await page.screenshot({ path: 'test-output/screenshots/actogram-cursor-1440.png' });
  await page.mouse.move(0, 0);
  await expect(readout).not.toContainText('day 1');

  // Keys: the first arrow puts the cursor at the focal day's midnight; → half an hour on; ↓ a day.
  await canvasA.focus();
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('day 1, 00:00');
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('day 1, 00:30');
  await page.keyboard.press('ArrowUp');
  await expect(readout).toContainText('day 0, 00:30');
  // + zooms to fewer days about the cursor's, the rows grow, the table twin lists those days only.
  const rowsBefore = Number(await a.getAttribute('data-rows'));
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const rowsZoomed = Number(await a.getAttribute('data-rows'));
  expect(rowsZoomed).toBeLessThan(rowsBefore);
  expect((await a.getAttribute('data-days'))!.split(' ')).toContain('-1');
  await expect(b).toHaveAttribute('data-days', (await a.getAttribute('data-days'))!);
  await page.getByTestId('actogram').locator('details.table-twin > summary').click();
  await expect(tableA.locator('tbody tr')).toHaveCount(rowsZoomed);
  await page.getByTestId('actogram').locator('details.table-twin > summary').click();
  await canvasA.focus();
  await page.keyboard.press('0');
  await expect(a).toHaveAttribute('data-days', allDays);
  // The selects: days −3 to 1; "All days" back.
  await page.getByTestId('actogram-from').selectOption('-3');
  await page.getByTestId('actogram-to').selectOption('1');
  await expect(a).toHaveAttribute('data-days', '-3 -2 -1 0 1');
  await expect(page.getByTestId('actogram-canvas-a')).toHaveAttribute('aria-label', /5 of \d+ days/);
  // Ctrl + wheel over the canvas zooms too (out by a day or more), a plain wheel leaves it.
  const zoomedBox = (await canvasA.boundingBox())!;
  await page.mouse.move(zoomedBox.x + zoomedBox.width / 2, zoomedBox.y + zoomedBox.height / 2);
  await page.mouse.wheel(0, 100);
  await expect(a).toHaveAttribute('data-days', '-3 -2 -1 0 1');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  expect(Number(await a.getAttribute('data-rows'))).toBeGreaterThan(5);
  await page.getByTestId('actogram-from').selectOption('-3');
  await page.getByTestId('actogram-to').selectOption('1');
  await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const shownBox = (await canvasA.boundingBox())!;
  await page.mouse.move(shownBox.x + xAt(20), shownBox.y + 40);
  await expect(readout).toContainText('day −3, 20:00');
  await page.screenshot({ path: 'test-output/screenshots/actogram-zoomed-1440.png' });
  await page.getByTestId('actogram-all-days').click();
  await expect(a).toHaveAttribute('data-days', allDays);

  // The hypnograms over the whole protocol are one click away, and back.
  await page.getByTestId('protocol-figure-hypnogram').click();
  await expect(page.getByTestId('actogram')).toHaveCount(0);
  await expect(page.getByTestId('chart-hypnogram-a')).toBeVisible();
  await page.getByTestId('protocol-figure-actogram').focus();
  await page.keyboard.press('Enter');
  await expect(a).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const overflow = await page.getByTestId('actogram').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (size.width === 1024) {
        // Narrow: A above B.
        const boxA2 = (await a.boundingBox())!;
        const boxB2 = (await b.boundingBox())!;
        expect(boxB2.y).toBeGreaterThan(boxA2.y + boxA2.height - 1);
        // B's rows under A's, its last ones (the night shift) in view.
        await b.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await page.screenshot({ path: `test-output/screenshots/actogram-1024-b-${scheme}.png` });
        await page.getByTestId('comparison').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      }
      await page.screenshot({ path: `test-output/screenshots/actogram-${size.width}-${scheme}.png` });
    }
    // The actogram, its legend, switch and table twin (opened): no serious or critical axe violations.
    await page.getByTestId('actogram').locator('details.table-twin > summary').click();
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="panel-hypnogram"]').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.getByTestId('actogram').locator('details.table-twin > summary').click();
  }
});
