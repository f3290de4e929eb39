/**
 * The Cohort tab's Run within reach (issue 17): with the population editor open (its default) or
 * closed, at the window's 1024×680 minimum, 1366×768 and 1920×1080, Run is on screen and not
 * covered without scrolling; so is the reason it waits when the population is refused, and, while
 * a cohort runs, Cancel and the progress. Keyboard order is the document's: the editor, the bands
 * toggle, then Run; a control the bar would cover is scrolled clear of it when focused.
 * Screenshots of each size, light and dark.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { openLab } from '../lab';
import { SHOTS, settled } from '../pageHelpers';

const SIZES = [
  [1024, 680],
  [1366, 768],
  [1920, 1080],
] as const;

/** Wholly inside the window, and what is drawn at its centre is the element (not something over it). */
async function expectReachable(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, `${what} is not wholly in the window`).toBeInViewport({ ratio: 1 });
  const onTop = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
  expect(onTop, `${what} is covered by another element`).toBe(true);
}

async function type(page: Page, testId: string, value: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.focus();
  await field.fill(value);
  await page.keyboard.press('Tab');
}

for (const [width, height] of SIZES) {
  test(`Run within reach at ${width}×${height}, the population editor open and closed`, async ({ browser }) => {
    test.setTimeout(300_000);
    const page = await browser.newPage({ viewport: { width, height } });
    await openLab(page);
    await settled(page);
    await page.getByTestId('tab-cohort').click();
    const editor = page.getByTestId('population-editor');
    const run = page.getByTestId('cohort-run');
    await expect(editor).toHaveAttribute('open', '');
    await expectReachable(page, run, 'Run, editor open');

    // Refused: Run waits, and says why where it is.
    await type(page, 'population-field-caffeineHalfLife_h-max', '12');
    await expect(run).toBeDisabled();
    await expectReachable(page, page.getByTestId('cohort-run-held'), 'the reason Run waits');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${SHOTS}/cohort-run-reach-${width}-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // A control under the bar, reached by the keyboard, is scrolled clear of the bar, not behind it.
    await page.getByTestId('correlation-add').focus();
    await expectReachable(page, page.getByTestId('correlation-add'), 'the focused "Add a correlation"');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('cohort-bands-toggle')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(run, 'Run is disabled, so Tab passes it').not.toBeFocused();
    await type(page, 'population-field-caffeineHalfLife_h-max', '9.5');
    await expect(run).toBeEnabled();
    // The keyboard order is the document's: the editor, the bands toggle, then Run.
    await page.getByTestId('cohort-bands-toggle').focus();
    await page.keyboard.press('Tab');
    await expect(run).toBeFocused();

    // The editor closed: Run still there; open again.
    await editor.locator('summary').click();
    await expect(editor).not.toHaveAttribute('open', '');
    await expectReachable(page, run, 'Run, editor closed');
    await page.screenshot({ path: `${SHOTS}/cohort-run-reach-closed-${width}-light.png` });
    await editor.locator('summary').click();
    await expect(editor).toHaveAttribute('open', '');

    // Running: Cancel and the progress within reach too; the editor's rows scrolled meanwhile.
    await type(page, 'cohort-n', '200');
    await page.getByTestId('population-row-age').scrollIntoViewIfNeeded();
    await run.click();
    await expect(page.getByTestId('cohort-cancel')).toBeVisible();
    await expectReachable(page, page.getByTestId('cohort-cancel'), 'Cancel');
    await expectReachable(page, page.getByTestId('cohort-progress'), 'the progress');
    if (width === 1024) await page.screenshot({ path: `${SHOTS}/cohort-run-reach-running-${width}-light.png` });
    await page.getByTestId('cohort-cancel').click();
    await expect(page.getByTestId('cohort-progress')).toHaveCount(0, { timeout: 60_000 });
    await page.close();
  });
}
