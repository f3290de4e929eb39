/**
 * The lab's layout at the window sizes it has to work at, from the window's 1024×680 minimum to a
 * 2560×1440 monitor, in the light and the dark theme: nothing wider than the window (no sideways
 * scrolling), every toolbar control on screen and clear of the others, the first row of charts
 * inside the window beside the parameters and using the width, and the sidebar's search, "only
 * what differs" and A/B switch at work. Screenshots of each to test-output/screenshots.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { openLab } from '../lab';
import { SHOTS, settled } from '../pageHelpers';

const SIZES = [
  { width: 1024, height: 680 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;
const THEMES = ['light', 'dark'] as const;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

// The geometry checks are soft: one run lists everything out of place at a size, not the first.

/** Sub-pixel layout can make neighbours that only share a border intersect by a fraction. */
const TOLERANCE = 0.5;

async function boxOf(locator: Locator, what: string): Promise<Box> {
  const box = await locator.boundingBox();
  // null means not rendered at all (display: none or detached): a hidden control is a failure too.
  expect(box, `${what} has no box (not rendered)`).not.toBeNull();
  return box!;
}

function overlaps(a: Box, b: Box): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > TOLERANCE && h > TOLERANCE;
}

/** A readable name for a control in failure messages. */
async function nameOf(control: Locator): Promise<string> {
  return control.evaluate((el) => {
    const id = el.getAttribute('data-testid');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${text ? ` "${text}"` : ''}`;
  });
}

/** Nothing of the page reaches past the window's right edge (the document would scroll sideways). */
async function expectNoSidewaysScroll(page: Page, width: number, when: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement!.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.inner).toBe(width);
  expect.soft(widths.scroll, `the page is wider than the window ${when}`).toBeLessThanOrEqual(widths.inner);
}

for (const theme of THEMES)
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}-${theme}`;
    test(`at ${size.width}×${size.height} (${theme}) nothing overflows sideways, every toolbar control is on screen and the sidebar finds, filters and switches nights`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await openLab(page);
      await settled(page);
      // A pin makes the view bar's widest form: its legend entry with its "Use as" buttons.
      await page.getByTestId('pin-name').fill('layout check');
      await page.getByTestId('pin-b').click();
      await expect(page.getByTestId('pin-use-a')).toBeVisible();
      // Before the checks, so a failing size still leaves its picture to look at.
      await page.screenshot({ path: `${SHOTS}/layout-${at}.png` });

      await expectNoSidewaysScroll(page, size.width, 'as it opens');

      // Every control of both toolbars (file and comparison): shown, inside the window, apart. A
      // checkbox counts as its label (box and text together), so a label cut off at the edge fails.
      // (The Panels list's checkboxes are folded away inside its closed <details> until opened.)
      const controls = page.locator(
        '[role="toolbar"] :is(button, select, input:not(label input), label):not(details:not([open]) *), [role="toolbar"] summary',
      );
      const count = await controls.count();
      // File bar 5, modes 3, undo/redo 2, reset zoom, the data-tables checkbox, Panels summary.
      // (The whole protocol is a span button above the hypnograms, snapshots are pinned beside it.)
      expect(count).toBeGreaterThanOrEqual(13);
      const boxes: { name: string; box: Box }[] = [];
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        const name = await nameOf(control);
        await expect(control, `${name} is not visible`).toBeVisible();
        const box = await boxOf(control, name);
        expect.soft(box.x, `${name} starts left of the window`).toBeGreaterThanOrEqual(0);
        expect.soft(box.x + box.width, `${name} ends past the window's right edge`).toBeLessThanOrEqual(size.width);
        boxes.push({ name, box });
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect
            .soft(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.name} overlaps ${boxes[j]!.name}`)
            .toBe(false);
        }
      }

      // The header's title, file name, run times and versions, each whole inside the window.
      const header = page.locator('.app-header > *');
      for (let i = 0; i < (await header.count()); i++) {
        const name = await nameOf(header.nth(i));
        const box = await boxOf(header.nth(i), name);
        expect.soft(box.x, `${name} starts left of the window`).toBeGreaterThanOrEqual(0);
        expect.soft(box.x + box.width, `${name} ends past the window's right edge`).toBeLessThanOrEqual(size.width);
      }

      // The first chart row (side by side: night A and night B) inside the window, right of the
      // parameters, and with room to read a curve.
      const sidebar = await boxOf(page.locator('.sidebar'), 'the sidebar');
      const canvases = page.locator('.panel:not(.hero-panel)').first().locator('.unit-row').first().locator('canvas');
      await expect(canvases).toHaveCount(2);
      for (let i = 0; i < 2; i++) {
        const box = await boxOf(canvases.nth(i), `canvas ${i + 1} of the first chart row`);
        expect
          .soft(box.x, 'a chart starts under the sidebar')
          .toBeGreaterThanOrEqual(sidebar.x + sidebar.width - TOLERANCE);
        expect.soft(box.x + box.width, 'a chart ends past the window').toBeLessThanOrEqual(size.width);
        expect.soft(box.width, 'a chart is too narrow to read').toBeGreaterThanOrEqual(200);
      }
      // The two charts of a row take the results column's width (no fixed-width charts leaving a
      // wide screen's right half empty): together at least 80% of it.
      const results = await boxOf(page.locator('.results'), 'the results column');
      const rowWidth = (await boxOf(canvases.nth(1), 'chart B')).x + (await boxOf(canvases.nth(1), 'chart B')).width;
      expect
        .soft(rowWidth - (await boxOf(canvases.nth(0), 'chart A')).x, 'the charts leave the results column empty')
        .toBeGreaterThanOrEqual(0.8 * results.width - 40);
      // Each night's protocol strip puts its time axis exactly over the hypnograms' plot area (the
      // strips stand under them, A above B, full width), and every chart of a column starts and ends
      // its plot area at the same x (one y-axis width for all). Polled: a toolbar that just wrapped
      // may still be resizing the charts under it. Within 1.5 px: Chart.js gives a canvas a whole
      // number of pixels, so the charts of a column already differ among themselves by up to a pixel.
      // Charts are drawn when on screen, and the answer bar above them leaves only the first in a
      // short window: the strip is brought to the top so the charts under it are drawn.
      await page.getByTestId('panel-protocol').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const plotsOf = (selector: string) =>
        page
          .locator(`${selector}[data-plot-x]:not([data-plot-x=""])`)
          .evaluateAll((canvases) => canvases.map((c) => c.getAttribute('data-plot-x')!.split(' ').map(Number)));
      for (const night of ['a', 'b'] as const) {
        const offBy = async () => {
          const track = await boxOf(page.getByTestId(`protocol-track-${night}`), `protocol track ${night}`);
          const hero = await plotsOf(`canvas[data-testid="chart-hypnogram-${night}"]`);
          const column = await plotsOf(
            `canvas[data-testid^="chart-"][data-testid$="-${night}"]:not([data-testid^="chart-hypnogram"])`,
          );
          if (hero.length !== 1 || column.length < 2) return Infinity;
          const [left, right] = hero[0]!;
          const strip = Math.max(Math.abs(track.x - left!), Math.abs(track.x + track.width - right!));
          const within = Math.max(
            ...column.map(([l, r]) => Math.max(Math.abs(l! - column[0]![0]!), Math.abs(r! - column[0]![1]!))),
          );
          return Math.max(strip, within);
        };
        await expect
          .poll(offBy, { message: `night ${night}'s strip and charts' plot areas, px apart at most` })
          .toBeLessThan(1.5);
      }
      // The sidebar and the results scroll up and down, never sideways (nothing cut at their sides).
      const inner = await page.evaluate(() =>
        ['.sidebar', '.results'].map((selector) => {
          const el = document.querySelector(selector)!;
          return { selector, scroll: el.scrollWidth, client: el.clientWidth };
        }),
      );
      for (const { selector, scroll, client } of inner) {
        expect.soft(scroll, `${selector} is wider than its box`).toBeLessThanOrEqual(client);
      }

      // The sidebar: search by name, then by a word of the description.
      const search = page.getByTestId('param-search');
      await search.fill('caffeine dose');
      await expect(page.getByTestId('param-row-caffeine_mg')).toBeVisible();
      await expect(page.getByTestId('param-row-age')).toHaveCount(0);
      await expect(page.getByTestId('param-count')).toHaveText(/^\d+ of \d+$/);
      await search.fill('oral');
      await expect(page.getByTestId('param-row-caffeine_mg')).toBeVisible();
      await search.fill('');
      await expect(page.getByTestId('param-row-age')).toBeVisible();
      // Only what differs: evening caffeine differs from the baseline night in its dose, not in age.
      await page.getByTestId('only-differing').check();
      await expect(page.getByTestId('param-row-caffeine_mg')).toBeVisible();
      await expect(page.getByTestId('param-row-caffeine_mg').locator('.differs-mark')).toBeVisible();
      await expect(page.getByTestId('param-row-age')).toHaveCount(0);
      // B is the night the sliders set at first; A's value is its text and its mark.
      await expect(page.getByTestId('param-caffeine_mg-b')).toHaveValue('200');
      await expect(page.getByTestId('param-caffeine_mg-a')).toHaveCount(0);
      await expect(page.getByTestId('other-caffeine_mg')).toHaveText('A: 0 mg');
      await expect(page.getByTestId('scenario-mark-caffeine_mg-b')).toBeVisible();
      await page.getByTestId('edit-night-a').check();
      await expect(page.getByTestId('param-caffeine_mg-a')).toHaveValue('0');
      await expect(page.getByTestId('param-caffeine_mg-b')).toHaveCount(0);
      await expect(page.getByTestId('other-caffeine_mg')).toHaveText('B: 200 mg');
      await expectNoSidewaysScroll(page, size.width, 'with the sidebar filtered');
      await page.screenshot({ path: `${SHOTS}/layout-${at}-differs-a.png` });
      await page.locator('.sidebar').screenshot({ path: `${SHOTS}/layout-${at}-sidebar.png` });
      await page.getByTestId('only-differing').uncheck();
      await page.getByTestId('edit-night-b').check();

      // Folded away, the sidebar leaves the charts the row; unfolded, it is back as it was.
      const before = await boxOf(canvases.nth(0), 'chart A');
      await page.getByTestId('sidebar-toggle').click();
      await expect(page.getByTestId('param-search')).toBeHidden();
      await expect.poll(async () => (await boxOf(canvases.nth(0), 'chart A')).width).toBeGreaterThan(before.width);
      await expectNoSidewaysScroll(page, size.width, 'with the sidebar folded');
      await page.screenshot({ path: `${SHOTS}/layout-${at}-folded.png` });
      await page.getByTestId('sidebar-toggle').click();
      await expect(page.getByTestId('param-search')).toBeVisible();
    });
  }

test("a night's label follows its scenario until it is renamed", async ({ page }) => {
  await openLab(page);
  await settled(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await expect(page.getByTestId('label-b')).toHaveValue('Evening caffeine');
  await page.getByTestId('scenario-b').selectOption('one-night-awake');
  await expect(page.getByTestId('label-b')).toHaveValue('One night awake');
  await expect(page.getByTestId('edit-night-b')).toHaveAccessibleName(/One night awake/);
  await page.getByTestId('label-b').fill('Exam week');
  await page.getByTestId('label-b').press('Enter');
  await page.getByTestId('scenario-b').selectOption('late-sleeper');
  await expect(page.getByTestId('label-b')).toHaveValue('Exam week');
  // Emptied, the label is the scenario's again.
  await page.getByTestId('label-b').fill('');
  await page.getByTestId('label-b').press('Enter');
  await expect(page.getByTestId('label-b')).toHaveValue('Late sleeper');
});
