/**
 * Pinned snapshots and panel order, as a person uses them: pin nights as extra lines, see them in
 * the legend, on the charts and in the metrics table, remove one, save, reopen and find the rest;
 * a sixth pin is refused in words; a panel moved up stays moved after saving and reopening.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openLab } from '../lab';
import { MAX_SNAPSHOTS } from '../../shared/experiment';
import { SHOTS, settled } from '../pageHelpers';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-snapshots-'));

async function pin(page: Page, night: 'a' | 'b', name: string): Promise<void> {
  await page.getByTestId('pin-name').fill(name);
  await page.getByTestId(`pin-${night}`).click();
}

/** The shown panels' ids, top to bottom (the hypnograms lead). */
async function panelOrder(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="comparison"] > section.panel')
    .evaluateAll((sections) =>
      sections.map((s) => s.getAttribute('data-testid')!.replace(/^panel-/, '')).filter((id) => id !== 'hypnogram'),
    );
}

test('pin two snapshots, remove one, save and reopen: the other is back; a sixth pin is refused', async ({
  browser,
}) => {
  // Two labs, eleven runs, axe twice and eight screenshots: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const path = join(folder, 'pinned.nocturne');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab = await openLab(page);
  await settled(page);

  await pin(page, 'a', 'Baseline as it was');
  // B changed, then pinned: the snapshot keeps the 300 mg, whatever B becomes.
  await page.getByTestId('param-caffeine_mg-b').fill('300');
  await settled(page);
  await pin(page, 'b', 'Strong coffee');
  await page.getByTestId('param-caffeine_mg-b').fill('0');
  await settled(page);

  const legend = page.getByTestId('snapshot-legend');
  await expect(legend.getByTestId('pin-rename')).toHaveCount(2);
  await expect(legend.getByTestId('pin-rename').nth(0)).toHaveValue('Baseline as it was');
  await expect(legend.getByTestId('pin-rename').nth(1)).toHaveValue('Strong coffee');

  // Side by side, each snapshot is drawn on its night's column.
  const pressureA = page.getByTestId('chart-pressure-a');
  await pressureA.scrollIntoViewIfNeeded();
  await expect(pressureA).toHaveAttribute('data-snapshots', 'Baseline as it was');
  await expect(page.getByTestId('chart-pressure-b')).toHaveAttribute('data-snapshots', 'Strong coffee');
  // Overlaid, both are lines of the one chart, and the data-table twin has their columns.
  await page.getByTestId('mode-overlay').click();
  const overlay = page.getByTestId('chart-pressure-overlay');
  await overlay.scrollIntoViewIfNeeded();
  await expect(overlay).toHaveAttribute('data-snapshots', 'Baseline as it was|Strong coffee');
  await page.getByTestId('show-tables').check();
  const twin = page.getByTestId('table-pressure');
  await expect(twin.locator('thead th', { hasText: 'Strong coffee' }).first()).toBeVisible();
  await page.getByTestId('show-tables').uncheck();
  // The metrics table has a column per snapshot; the pinned coffee night slept less than B now.
  await expect(page.getByTestId('metrics-snapshot-1')).toHaveText('Strong coffee');
  await page.locator('.snapshot-legend').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/snapshots-overlay-1440x900-light.png` });

  // Renamed in the legend: the charts follow.
  await legend.getByTestId('pin-rename').nth(0).fill('Baseline');
  await legend.getByTestId('pin-rename').nth(0).press('Enter');
  await overlay.scrollIntoViewIfNeeded();
  await expect(overlay).toHaveAttribute('data-snapshots', 'Baseline|Strong coffee');

  await page.getByTestId('mode-side').click();
  await page.getByTestId('chart-pressure-a').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/snapshots-side-1440x900-light.png` });
  await page.getByTestId('mode-overlay').click();

  // Removed with its ×: gone from the legend and the charts.
  await page.getByRole('button', { name: 'Remove pinned snapshot Baseline' }).click();
  await expect(legend.getByTestId('pin-rename')).toHaveCount(1);
  await overlay.scrollIntoViewIfNeeded();
  await expect(overlay).toHaveAttribute('data-snapshots', 'Strong coffee');

  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('pinned.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as {
    snapshots: { name: string; from: string; night: { params: Record<string, unknown> } }[];
  };
  expect(saved.snapshots).toHaveLength(1);
  expect(saved.snapshots[0]).toMatchObject({
    name: 'Strong coffee',
    from: 'b',
    night: { params: { caffeine_mg: 300 } },
  });
  await page.close();

  // A page of its own context: axe (below) needs one.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const second = await context.newPage();
  const lab2 = await openLab(second);
  await settled(second);
  lab2.dialogs.open.push(path);
  await second.getByTestId('file-open').click();
  await expect(second.getByTestId('file-name')).toHaveText('pinned.nocturne');
  await expect(second.getByTestId('pin-rename')).toHaveCount(1);
  await expect(second.getByTestId('pin-rename')).toHaveValue('Strong coffee');
  const reopened = second.getByTestId('chart-pressure-overlay');
  await reopened.scrollIntoViewIfNeeded();
  await expect(reopened).toHaveAttribute('data-snapshots', 'Strong coffee');
  // Its run went through the same path as the nights', with its own key.
  const pinRuns = lab2.calls.filter(
    (c) => c.channel === 'sim:run' && (c.payload as { pin?: number }).pin !== undefined,
  );
  expect(pinRuns.length).toBeGreaterThanOrEqual(1);

  // Filled to five, the sixth is refused with a message, and nothing is added.
  for (let i = 2; i <= MAX_SNAPSHOTS; i++) await pin(second, i % 2 ? 'a' : 'b', `Pin ${i}`);
  await expect(second.getByTestId('pin-rename')).toHaveCount(MAX_SNAPSHOTS);
  await pin(second, 'a', 'One too many');
  await expect(second.getByTestId('pin-message')).toHaveText(/5 snapshots are pinned.*remove one/);
  await expect(second.getByTestId('pin-rename')).toHaveCount(MAX_SNAPSHOTS);
  // (Drawn when on screen: five pins' rows under the hypnograms push it down.)
  await reopened.scrollIntoViewIfNeeded();
  await expect(reopened).toHaveAttribute('data-snapshots', /Strong coffee\|Pin 2\|Pin 3\|Pin 4\|Pin 5/);
  // Five pins and the refusal on screen, in both themes: every control named, text in contrast.
  for (const colorScheme of ['light', 'dark'] as const) {
    await second.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: second }).include('[data-testid="comparison"]').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 680 },
  ]) {
    await second.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await second.emulateMedia({ colorScheme });
      await second.locator('.snapshot-legend').scrollIntoViewIfNeeded();
      await second.screenshot({ path: `${SHOTS}/snapshots-five-${size.width}x${size.height}-${colorScheme}.png` });
      await reopened.scrollIntoViewIfNeeded();
      await second.screenshot({
        path: `${SHOTS}/snapshots-lines-${size.width}x${size.height}-${colorScheme}.png`,
      });
    }
  }
});

test('a panel moved up keeps its place after saving and reopening', async ({ browser }) => {
  const path = join(folder, 'ordered.nocturne');
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab = await openLab(page);
  await settled(page);
  const before = await panelOrder(page);
  const [first, second] = before;
  expect(first).toBeDefined();
  await page.locator('.panels-menu > summary').click();
  await page.getByRole('button', { name: `Move ${await titleOf(page, second!)} up` }).click();
  const moved = await panelOrder(page);
  expect(moved.slice(0, 2)).toEqual([second, first]);
  // The focus stays on the control used, and the keyboard moves it back and forth.
  await expect(page.getByTestId(`panel-down-${second}`)).toBeFocused();
  await page.getByTestId(`toggle-panel-${first}`).press('Alt+ArrowDown');
  await page.getByTestId(`toggle-panel-${first}`).press('Alt+ArrowUp');
  expect(await panelOrder(page)).toEqual(moved);
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1024, height: 680 },
    ]) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${SHOTS}/panel-order-${size.width}x${size.height}-${colorScheme}.png` });
    }
  }
  await page.locator('.panels-menu > summary').click();

  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('ordered.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { view: { panels: string[] } };
  expect(saved.view.panels.filter((id) => id !== 'hypnogram').slice(0, 2)).toEqual([second, first]);
  await page.close();

  const reopened = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab2 = await openLab(reopened);
  await settled(reopened);
  expect(await panelOrder(reopened)).toEqual(before);
  lab2.dialogs.open.push(path);
  await reopened.getByTestId('file-open').click();
  await expect(reopened.getByTestId('file-name')).toHaveText('ordered.nocturne');
  expect(await panelOrder(reopened)).toEqual(moved);
});

test('a panel dragged by its header to another place lands there, and the file keeps the order', async ({
  browser,
}) => {
  const path = join(folder, 'dragged.nocturne');
  // Tall enough for both panels' headers and bodies: a drag cannot scroll the page as it goes.
  const page = await browser.newPage({ viewport: { width: 1440, height: 2400 } });
  const lab = await openLab(page);
  await settled(page);
  const before = await panelOrder(page);
  const [first, second, third] = before;
  // The first panel, by its header, onto the lower half of the second: it goes after it.
  await dragPanel(page, first!, second!, 0.75, async () => {
    // While held, the panel under it marks where the dragged one will land.
    await expect(page.getByTestId(`panel-${second}`)).toHaveClass(/drop-after/);
    await expect(page.getByTestId(`panel-${first}`)).toHaveClass(/panel-dragged/);
    await page.screenshot({ path: `${SHOTS}/panel-drag-1440-light.png` });
  });
  const dragged = await panelOrder(page);
  expect(dragged.slice(0, 3)).toEqual([second, first, third]);
  await expect(page.locator('.drop-before, .drop-after')).toHaveCount(0);
  // And back, onto the upper half of the one now first: it goes before it.
  await dragPanel(page, first!, second!, 0.1);
  expect(await panelOrder(page)).toEqual(before);
  // Once more down, then saved: the file keeps the dragged order, and it opens so.
  await dragPanel(page, first!, second!, 0.9);
  expect(await panelOrder(page)).toEqual(dragged);
  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('dragged.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { view: { panels: string[] } };
  expect(saved.view.panels.filter((id) => id !== 'hypnogram').slice(0, 3)).toEqual([second, first, third]);
  await page.close();

  const reopened = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab2 = await openLab(reopened);
  await settled(reopened);
  lab2.dialogs.open.push(path);
  await reopened.getByTestId('file-open').click();
  await expect(reopened.getByTestId('file-name')).toHaveText('dragged.nocturne');
  expect(await panelOrder(reopened)).toEqual(dragged);
});

/**
 * Drags a panel by its header onto another, let go at `fraction` of the target's height, as a
 * hand does: pressed, moved in steps, held (`whileHeld`), released. Chromium delivers a drag's
 * events one move late under Playwright, so the pointer is nudged once where it stops.
 */
async function dragPanel(
  page: Page,
  from: string,
  to: string,
  fraction: number,
  whileHeld?: () => Promise<void>,
): Promise<void> {
  const handle = (await page.getByTestId(`panel-handle-${from}`).boundingBox())!;
  const target = (await page.getByTestId(`panel-${to}`).boundingBox())!;
  const y = target.y + target.height * fraction;
  await page.mouse.move(handle.x + 40, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 60, handle.y + 40, { steps: 4 });
  await page.mouse.move(target.x + 200, y, { steps: 8 });
  await page.mouse.move(target.x + 210, y);
  await whileHeld?.();
  await page.mouse.up();
}

async function titleOf(page: Page, panel: string): Promise<string> {
  return (await page.getByTestId(`panel-${panel}`).getAttribute('aria-label')) ?? panel;
}
