/**
 * The web edition as a person gets it: out/web (built first when missing or stale) served by the
 * static server, and nothing else. No bridge, no handlers, no exposed bindings: the page's
 * `window.lab` is the browser's own (web/labApi.ts), so these tests run the shipping path.
 */
import { test as base, expect } from '@playwright/test';
import { WEB_OUT_DIR, buildWeb, webBuildProblem } from '../../scripts/webBuild';
import { serveDirectory } from '../../scripts/staticServer';

interface WebFixtures {
  /** The address of the served web edition. */
  readonly site: string;
}

export const test = base.extend<object, WebFixtures>({
  site: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (webBuildProblem() !== null && buildWeb('pipe') !== 0) throw new Error('`npm run build:web` failed');
      const server = await serveDirectory(WEB_OUT_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export { expect };

/** The chart of a night's panel, once it shows a run (its job ids are set when it draws). */
export const chartOf = (page: import('@playwright/test').Page, panel: string, night: 'a' | 'b') =>
  page.getByTestId(`chart-${panel}-${night}`);
