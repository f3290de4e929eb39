/**
 * Every tab of the lab at the four window sizes people use, light and dark: nothing reaches past
 * the window's right edge, and a screenshot of each is kept to be looked at
 * (test-output/screenshots/screen-<tab>-<size>-<theme>.png). The nights tab's own checks are in
 * layout.spec.ts; this covers the other screens.
 */
import { test, expect, type Page } from '@playwright/test';
import { openLab } from '../lab';

const SIZES = [
  { width: 1024, height: 680 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;

const TABS = ['map', 'sweep', 'fit', 'classroom'] as const;

async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
}

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`every tab at ${size.width}×${size.height}, ${scheme}: no sideways overflow`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await openLab(page);
      await settled(page);
      for (const tab of TABS) {
        await page.getByTestId(`tab-${tab}`).click();
        await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        const widths = await page.evaluate(() => ({
          scroll: document.scrollingElement!.scrollWidth,
          inner: window.innerWidth,
        }));
        expect.soft(widths.scroll, `the ${tab} tab is wider than the window`).toBeLessThanOrEqual(widths.inner);
        await page.screenshot({
          path: `test-output/screenshots/screen-${tab}-${size.width}x${size.height}-${scheme}.png`,
        });
      }
    });
  }
}
