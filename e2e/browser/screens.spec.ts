/**
 * Every tab of the lab at the four window sizes people use, light and dark: nothing reaches past
 * the window's right edge, and a screenshot of each is kept to be looked at
 * (test-output/screenshots/screen-<screen>-<size>-<theme>.png): the nights tab in each comparison
 * mode (side by side, overlay, B − A; the top and one screen down), the whole protocol's actogram,
 * and the other tabs. The nights tab's own checks are in layout.spec.ts.
 */
import { test, expect } from '@playwright/test';
import { openLab } from '../lab';
import { settled } from '../pageHelpers';

const SIZES = [
  { width: 1024, height: 680 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;

const TABS = ['map', 'sweep', 'fit', 'classroom'] as const;
const MODES = ['side', 'overlay', 'diff'] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`every screen at ${size.width}×${size.height}, ${scheme}: no sideways overflow`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await openLab(page);
      await settled(page);
      const at = `${size.width}x${size.height}-${scheme}`;
      const noOverflow = async (what: string) => {
        const widths = await page.evaluate(() => ({
          scroll: document.scrollingElement!.scrollWidth,
          inner: window.innerWidth,
        }));
        expect.soft(widths.scroll, `${what} is wider than the window`).toBeLessThanOrEqual(widths.inner);
      };
      for (const mode of MODES) {
        await page.getByTestId(`mode-${mode}`).click();
        await expect(page.getByTestId('comparison')).toHaveClass(new RegExp(`mode-${mode}`));
        await noOverflow(`the nights tab (${mode})`);
        await page.screenshot({ path: `test-output/screenshots/screen-nights-${mode}-${at}.png` });
        // One screen down: the charts under the report.
        // The lab's main column scrolls, not the window: scroll the comparison's scrolling parent.
        const scroll = (down: boolean) =>
          page.getByTestId('comparison').evaluate((el, down) => {
            let box: HTMLElement | null = el.parentElement;
            while (box && !(box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== 'visible'))
              box = box.parentElement;
            const target = box ?? document.scrollingElement!;
            target.scrollTop = down ? target.clientHeight - 80 : 0;
          }, down);
        await scroll(true);
        // Charts draw when they come into view: wait for the first one under the report to have drawn.
        await expect(page.locator('[data-testid^="chart-pressure"]').first()).not.toHaveAttribute('data-job-ids', '');
        await page.screenshot({ path: `test-output/screenshots/screen-nights-${mode}-down-${at}.png` });
        await scroll(false);
      }
      await page.getByTestId('mode-side').click();
      await page.getByTestId('span-protocol').click();
      await settled(page);
      await expect(page.getByTestId('actogram-loading')).toHaveCount(0);
      await expect(page.getByTestId('actogram-a')).toBeVisible();
      await page.getByTestId('actogram').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await noOverflow('the actogram');
      await page.screenshot({ path: `test-output/screenshots/screen-actogram-${at}.png` });
      await page.getByTestId('span-night').click();
      await settled(page);
      for (const tab of TABS) {
        await page.getByTestId(`tab-${tab}`).click();
        await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        await noOverflow(`the ${tab} tab`);
        await page.screenshot({ path: `test-output/screenshots/screen-${tab}-${at}.png` });
      }
    });
  }
}
