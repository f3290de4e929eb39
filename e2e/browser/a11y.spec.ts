/**
 * Accessibility: axe-core (the engine behind Lighthouse's and Deque's checks) on every screen and
 * mode of the lab, in light and dark, with zero serious or critical violations. Minor and
 * moderate findings are printed, not failed, so the list stays visible while the bar is held.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openLab } from '../lab';
import { settled } from '../pageHelpers';

/** Each screen as a person reaches it: a name and the clicks that get there from a fresh lab. */
const SCREENS: readonly { name: string; reach: (page: Page) => Promise<void> }[] = [
  { name: 'two nights, side by side', reach: async () => {} },
  { name: 'two nights, overlaid', reach: (page) => page.getByTestId('mode-overlay').click() },
  { name: 'two nights, B − A', reach: (page) => page.getByTestId('mode-diff').click() },
  { name: 'map of the model', reach: (page) => page.getByTestId('tab-map').click() },
  { name: 'sweeps and sensitivity', reach: (page) => page.getByTestId('tab-sweep').click() },
  {
    // The population editor in its fullest state: a refused edit, a source open, a correlation.
    name: 'cohort, population editor with a refused edit',
    reach: async (page) => {
      await page.getByTestId('tab-cohort').click();
      await page.getByTestId('population-field-caffeineHalfLife_h-max').fill('12');
      await page.keyboard.press('Tab');
      await page.getByTestId('population-certainty-age').click();
      await page.getByTestId('correlation-add').click();
      await page.getByTestId('population-problem-caffeineHalfLife_h').waitFor();
    },
  },
  {
    name: 'classroom, a lesson answered',
    reach: async (page) => {
      await page.getByTestId('tab-classroom').click();
      await page.getByTestId('lesson-night-awake').click();
      await page.getByTestId('predict-higher').check();
      await settled(page);
      await page.getByTestId('lesson-reveal').click();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of SCREENS) {
    test(`axe: ${screen.name}, ${scheme}: no serious or critical violations`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await openLab(page);
      await settled(page);
      await screen.reach(page);
      await settled(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const lines = (list: typeof violations) =>
        list.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')}`);
      if (violations.length > serious.length)
        console.log(lines(violations.filter((v) => !serious.includes(v))).join('\n'));
      expect(lines(serious)).toEqual([]);
    });
  }
}
