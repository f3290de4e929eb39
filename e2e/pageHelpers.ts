/**
 * What every lab spec waits for and looks at, in one place: both nights simulated, and screenshots
 * of one part of the screen at a set of sizes in both themes. Free of the bridge (no main-process
 * imports), so specs of any edition can use it.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Both nights' simulations have answered (the status dots carry `data-status`), and the whole page
 * has mounted (the lab starts in stages, renderer/src/boot.ts: the panels below the fold come last).
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'done');
}

export const SHOTS = 'test-output/screenshots';

/**
 * Screenshots `${name}-${width}-${scheme}.png` of the element `testId` brought on screen, at each
 * size in light and dark; the page is left light at the first size.
 */
export async function shotsAt(
  page: Page,
  name: string,
  testId: string,
  sizes: readonly (readonly [number, number])[],
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await page.getByTestId(testId).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const [width, height] = sizes[0]!;
  await page.setViewportSize({ width, height });
}
