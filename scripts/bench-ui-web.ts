/**
 * UI benchmark of the web edition (out/web, built first when missing or stale, on the static
 * server; no bridge), beside scripts/bench-ui.ts's desktop figures, against the same budgets:
 * - page start (navigation) → first chart painted, and both nights' charts, over fresh page loads
 *   (a fresh browser context each: the workers start cold, no service worker yet);
 * - slider change → every on-screen chart of night B redrawn and painted: median and spread. The
 *   web edition has no bridge to time, so the move is timed whole, input to paint.
 * Prints figures; it is not a test. Run: npm run bench:ui (both editions), or tsx scripts/bench-ui-web.ts.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_ARGS, browserExecutablePath } from './browser.ts';
import { serveDirectory } from './staticServer.ts';
import { WEB_OUT_DIR, buildWeb, webBuildProblem } from './webBuild.ts';
import { quantile, spread } from '../e2e/sliderMove.ts';

const MOVES = Number(process.env.BENCH_UI_MOVES ?? 500);
const LOADS = Number(process.env.BENCH_UI_LOADS ?? 5);
const WARM_UP = 20;

const problem = webBuildProblem();
if (problem !== null) {
  console.log(`web edition: ${problem}; building it`);
  if (buildWeb() !== 0) process.exit(1);
}
const server = await serveDirectory(WEB_OUT_DIR);
const executablePath = browserExecutablePath();
const browser: Browser = await chromium.launch({
  headless: true,
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS],
});
const load0 = loadavg()[0]!;

// When the first chart and the first charts of both nights were drawn (ms since navigation
// started), then the paint after them. Plain JavaScript text, as tsx would wrap functions.
const FIRST_CHART_SCRIPT = `(() => {
  const marks = (window.__firstCharts = {});
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now()), 0));
  const observer = new MutationObserver(() => {
    const drawn = [...document.querySelectorAll('canvas[data-job-ids]')].map((c) => c.dataset.jobIds || '');
    if (!marks.firstSeen && drawn.some((j) => j !== '')) { marks.firstSeen = true; painted('first'); }
    if (drawn.some((j) => /a:/.test(j)) && drawn.some((j) => /b:/.test(j))) { painted('both'); observer.disconnect(); }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-job-ids'] });
})();`;

// One move, input event → the frame painted with every on-screen chart of the night redrawn.
const MOVE_IN_PAGE = `({ testid, night, value }) => new Promise((resolve, reject) => {
  const slider = document.querySelector('[data-testid="' + testid + '"]');
  if (!slider) return reject(new Error('no slider ' + testid));
  const pattern = new RegExp(night + ':(\\\\d+)');
  const jobOf = (c) => Number((pattern.exec(c.dataset.jobIds || '') || [])[1] || 0);
  const targets = [...document.querySelectorAll('canvas[data-job-ids]')].filter((c) => {
    const r = c.getBoundingClientRect();
    return pattern.test(c.dataset.jobIds || '') && r.bottom > 0 && r.top < innerHeight && r.width > 0;
  });
  if (targets.length === 0) return reject(new Error('no chart of night ' + night + ' on screen'));
  const before = new Map(targets.map((c) => [c, jobOf(c)]));
  const timeout = setTimeout(() => { observer.disconnect(); reject(new Error('no redraw within 10 s')); }, 10000);
  let t0 = 0;
  const observer = new MutationObserver(() => {
    if (!targets.every((c) => jobOf(c) > before.get(c))) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timeout); resolve({ total: performance.now() - t0, charts: targets.length }); }, 0));
  });
  for (const c of targets) observer.observe(c, { attributes: true, attributeFilter: ['data-job-ids'] });
  slider.value = String(value);
  t0 = performance.now();
  slider.dispatchEvent(new Event('input', { bubbles: true }));
})`;

async function move(page: Page, value: number): Promise<{ total: number; charts: number }> {
  return (await page.evaluate(
    `(${MOVE_IN_PAGE})(${JSON.stringify({ testid: 'param-caffeine_mg-b', night: 'b', value })})`,
  )) as { total: number; charts: number };
}

const loads: { first: number; both: number }[] = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: FIRST_CHART_SCRIPT });
  await page.goto(server.url);
  await page.waitForFunction(() => (window as unknown as { __firstCharts: { both?: number } }).__firstCharts.both);
  loads.push(
    (await page.evaluate(
      () => (window as unknown as { __firstCharts: { first: number; both: number } }).__firstCharts,
    )) as {
      first: number;
      both: number;
    },
  );
  await context.close();
}

const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.locator('[data-testid="status-a"][data-status="done"]').waitFor();
await page.locator('[data-testid="status-b"][data-status="done"]').waitFor();
let step = 0;
for (let i = 0; i < WARM_UP; i++) await move(page, step++ % 2 ? 300 : 310);
const moves: { total: number; charts: number }[] = [];
for (let i = 0; i < MOVES; i++) moves.push(await move(page, step++ % 2 ? 300 : 310));

console.log(
  `web edition (out/web on a static server, workers in the page), machine: ${cpus().length} cores, load average ${load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`,
);
console.log(
  `  page start → first chart painted, ${LOADS} fresh loads:   ${spread(
    loads.map((l) => l.first),
    0,
  )}`,
);
console.log(
  `  page start → both nights' charts painted:              ${spread(
    loads.map((l) => l.both),
    0,
  )}`,
);
console.log(
  `  slider change → night B's ${quantile(
    moves.map((m) => m.charts),
    0.5,
  )} on-screen charts redrawn and painted, ${MOVES} moves: ${spread(moves.map((m) => m.total))}`,
);
await browser.close();
await server.close();
process.exit(0);
