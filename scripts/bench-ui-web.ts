/**
 * UI benchmark of the web edition (out/web, built first when missing or stale, on the static
 * server; no bridge), beside scripts/bench-ui.ts's desktop figures, against the same budgets:
 * - page start (navigation) → first chart painted, and both nights' charts, over fresh page loads:
 *   first visits (a fresh browser context each: the workers start cold, no saved first nights, no
 *   service worker yet), then later visits (one context, after a visit that saved them);
 * - slider change → every on-screen chart of night B redrawn and painted: median and spread. The
 *   web edition has no bridge to time, so the move is timed whole, input to paint.
 * Prints figures; it is not a test. Run: npm run bench:ui (both editions), or tsx scripts/bench-ui-web.ts.
 */
import type { Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { serveDirectory } from './staticServer.ts';
import { WEB_OUT_DIR, buildWeb, webBuildProblem } from './webBuild.ts';
import {
  LOADS,
  MOVES,
  firstChartMarks,
  launchBenchBrowser,
  markFirstCharts,
  quantile,
  spread,
  timedSliderMove,
  type FirstChartMarks,
  type MoveTiming,
} from './bench-ui-page.ts';

const WARM_UP = 20;

const problem = webBuildProblem();
if (problem !== null) {
  console.log(`web edition: ${problem}; building it`);
  if (buildWeb() !== 0) process.exit(1);
}
const server = await serveDirectory(WEB_OUT_DIR);
const browser = await launchBenchBrowser();
const load0 = loadavg()[0]!;

/** What the page's start did with the saved first nights (web/main.ts marks it when the worker's runs are in). */
async function firstNightsReport(page: Page): Promise<{ answered: number; written: boolean }> {
  const handle = await page.waitForFunction(
    () => (performance.getEntriesByName('nocturne:first-nights')[0] as PerformanceMark | undefined)?.detail,
  );
  return (await handle.jsonValue()) as { answered: number; written: boolean };
}

interface Load extends FirstChartMarks {
  answered: number;
}
async function load(page: Page): Promise<Load> {
  await markFirstCharts(page);
  await page.goto(server.url);
  const marks = await firstChartMarks(page);
  return { ...marks, answered: (await firstNightsReport(page)).answered };
}

// First visits: a fresh browser context each (cold workers, no saved nights, no service worker).
const firstEver: Load[] = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  firstEver.push(await load(await context.newPage()));
  await context.close();
}
// Later visits: one context, whose first visit saved the first nights (and installed the service
// worker, so the files come from its cache, as for a returning visitor).
const returning = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const visit = await returning.newPage();
await load(visit);
await visit.close();
const later: Load[] = [];
for (let i = 0; i < LOADS; i++) {
  const page = await returning.newPage();
  later.push(await load(page));
  await page.close();
}
await returning.close();

const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(server.url);
await page.locator('[data-testid="status-a"][data-status="done"]').waitFor();
await page.locator('[data-testid="status-b"][data-status="done"]').waitFor();
let step = 0;
const move = () => timedSliderMove(page, 'param-caffeine_mg-b', 'b', step++ % 2 ? 300 : 310);
for (let i = 0; i < WARM_UP; i++) await move();
const moves: MoveTiming[] = [];
for (let i = 0; i < MOVES; i++) moves.push(await move());

function printLoads(title: string, loads: readonly Load[]): void {
  console.log(
    `  page start → first chart painted, ${title}: ${spread(
      loads.map((l) => l.first),
      0,
    )}`,
  );
  console.log(
    `    both nights' charts painted: ${spread(
      loads.map((l) => l.both),
      0,
    )}`,
  );
  console.log(`    answered from saved nights: ${loads.map((l) => l.answered).join(', ')} (of 2 per load)`);
}

console.log(
  `web edition (out/web on a static server, workers in the page), machine: ${cpus().length} cores, load average ${load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`,
);
printLoads(`first visit (a fresh browser profile), ${LOADS} loads`, firstEver);
printLoads(`later visit (the profile of an earlier visit), ${LOADS} loads`, later);
console.log(
  `  slider change → night B's ${quantile(
    moves.map((m) => m.charts),
    0.5,
  )} on-screen charts redrawn and painted, ${MOVES} moves: ${spread(moves.map((m) => m.total))}`,
);
await browser.close();
await server.close();
process.exit(0);
