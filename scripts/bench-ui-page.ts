/**
 * What both UI benchmarks (bench-ui.ts: the desktop harness; bench-ui-web.ts: the web edition)
 * run inside the page, so the two editions' figures are taken the same way:
 * - FIRST_CHART_SCRIPT, an init script: when the first chart and the first charts of both nights
 *   were drawn (performance.now(): ms since the navigation started), then the paint after them;
 *   where the page has the harness's bridge (window.__labTimings, e2e/lab.ts), also when the first
 *   simulate request left and its reply was decoded;
 * - the slider move, input to paint (e2e/sliderMove.ts, which the UI profiler uses too).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, browserExecutablePath } from './browser.ts';

export { quantile, spread, timedSliderMove, type MoveTiming } from '../e2e/sliderMove';

/** Slider moves timed per series, and fresh page loads per kind of start (the environment's numbers). */
export const MOVES = Number(process.env.BENCH_UI_MOVES ?? 500);
export const LOADS = Number(process.env.BENCH_UI_LOADS ?? 5);

/** Headless Chromium as the browser tests run it (scripts/browser.ts). */
export async function launchBenchBrowser(): Promise<Browser> {
  const executablePath = browserExecutablePath();
  return chromium.launch({ headless: true, ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] });
}

// Plain JavaScript text: tsx would wrap named functions in a __name helper the page lacks.
const FIRST_CHART_SCRIPT = `(() => {
  const marks = (window.__firstCharts = {});
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now()), 0));
  const observer = new MutationObserver(() => {
    const drawn = [...document.querySelectorAll('canvas[data-job-ids]')].map((c) => c.dataset.jobIds || '');
    if (!marks.firstSeen && drawn.some((j) => j !== '')) {
      marks.firstSeen = true;
      painted('first');
      // When the first simulation's reply was in the page: what came before is page start and
      // the worker's first run (or the saved answer); what comes after is the renderer's.
      const replies = (window.__labTimings || []).filter((t) => t.channel === 'sim:run' && t.decoded > 0);
      if (replies.length > 0) {
        marks.firstReply = Math.min(...replies.map((t) => t.decoded));
        marks.firstRequest = Math.min(...replies.map((t) => t.sent));
      }
    }
    if (drawn.some((j) => /a:/.test(j)) && drawn.some((j) => /b:/.test(j))) { painted('both'); observer.disconnect(); }
  });
  // childList too: a chart mounted with its result already in (the hypnograms when the answer
  // came before the page's code) is inserted with its data-job-ids set, and no attribute changes.
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-job-ids'] });
})();`;

/** A page load's marks, ms since navigation; the request and reply only behind the harness's bridge. */
export interface FirstChartMarks {
  readonly first: number;
  readonly both: number;
  readonly firstRequest?: number;
  readonly firstReply?: number;
}

/** Adds the first-chart init script to a page, before it navigates. */
export async function markFirstCharts(page: Page): Promise<void> {
  await page.addInitScript({ content: FIRST_CHART_SCRIPT });
}

/** Waits until both nights' charts are painted, and returns the load's marks. */
export async function firstChartMarks(page: Page): Promise<FirstChartMarks> {
  await page.waitForFunction(() => (window as unknown as { __firstCharts: { both?: number } }).__firstCharts.both);
  return (await page.evaluate(
    () => (window as unknown as { __firstCharts: FirstChartMarks }).__firstCharts,
  )) as FirstChartMarks;
}
