/**
 * UI benchmark in Chromium with the browser harness (e2e/lab.ts: the real handlers, pool and
 * engine in this Node process stand in for Electron's main; the bridge's IPC is Playwright's
 * binding plus one binary fetch per reply instead of Electron's structured clone):
 * - app start → first chart painted, over several fresh page loads;
 * - slider change → every on-screen chart of the changed night redrawn and painted (the other
 *   night's charts do not change; charts below the fold draw when scrolled into view): median,
 *   p95, and the split into request, round trip (main's handler with the worker, and the
 *   bridge), renderer script (store, Vue, Chart.js) and paint;
 * - the same with the page scrolled to night B's hypnogram, so that the first line charts (the
 *   sleep-pressure panel) are on screen with it: at 1440×900 the answer bar and the hypnograms
 *   fill the top, and there the moved night has only its hypnogram on screen;
 * - renderer JS heap after BENCH_UI_MOVES (default 500) slider moves against before them (after a
 *   warm-up of 100 moves), and against the heap after load, after GC.
 * Prints figures; it is not a test. Run: npm run bench:ui (builds first).
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, browserExecutablePath } from './browser.ts';
import { cpus, loadavg } from 'node:os';
import { openLab } from '../e2e/lab';
import { quantile, spread, timedSliderMove, type MoveTiming } from '../e2e/sliderMove';

const MOVES = Number(process.env.BENCH_UI_MOVES ?? 500);
const LOADS = Number(process.env.BENCH_UI_LOADS ?? 5);
const executablePath = browserExecutablePath();
const browser: Browser = await chromium.launch({
  headless: true,
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS],
});
const load0 = loadavg()[0]!;

// Records, in the page, when the first chart and the first charts of both nights were drawn
// (performance.now(): ms since the navigation started), then the paint after them.
const FIRST_CHART_SCRIPT = `(() => {
  const marks = (window.__firstCharts = {});
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now()), 0));
  const observer = new MutationObserver(() => {
    const drawn = [...document.querySelectorAll('canvas[data-job-ids]')].map((c) => c.dataset.jobIds || '');
    if (!marks.firstSeen && drawn.some((j) => j !== '')) {
      marks.firstSeen = true;
      painted('first');
      // When the first simulation's reply was in the page: what came before is page start and
      // the worker's cold first run; what comes after is the renderer's.
      const replies = (window.__labTimings || []).filter((t) => t.channel === 'sim:run' && t.decoded > 0);
      marks.firstReply = Math.min(...replies.map((t) => t.decoded));
      marks.firstRequest = Math.min(...replies.map((t) => t.sent));
    }
    if (drawn.some((j) => /a:/.test(j)) && drawn.some((j) => /b:/.test(j))) { painted('both'); observer.disconnect(); }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-job-ids'] });
})();`;

/** One fresh page load: Node-side from openLab (pool start included) and page-side from navigation. */
interface Load {
  fromStart: number;
  first: number;
  both: number;
  firstRequest: number;
  firstReply: number;
  /** The page's requests that took over a night main prefetched at pool start (firstNights.ts). */
  prefetchesTaken: number;
}
async function pageLoad(): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: FIRST_CHART_SCRIPT });
  const started = performance.now();
  const harness = await openLab(page);
  const marks = page.waitForFunction(
    () => (window as unknown as { __firstCharts: { both?: number; first?: number } }).__firstCharts.both,
  );
  await marks;
  const fromStart = performance.now() - started;
  const marksInPage = (await page.evaluate(
    () => (window as unknown as { __firstCharts: Omit<Load, 'fromStart' | 'prefetchesTaken'> }).__firstCharts,
  )) as Omit<Load, 'fromStart' | 'prefetchesTaken'>;
  const { prefetchesTaken } = harness.pool.stats();
  await harness.close();
  await context.close();
  return { fromStart, ...marksInPage, prefetchesTaken };
}

const loads: Load[] = [];
for (let i = 0; i < LOADS; i++) loads.push(await pageLoad());

const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const harness = await openLab(page);
await page.locator('[data-testid="status-b"][data-status="done"]').waitFor();
await page.locator('[data-testid="status-a"][data-status="done"]').waitFor();
const cdp = await page.context().newCDPSession(page);

async function heapMB(): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1024 / 1024;
}

const SLIDER = 'param-caffeine_mg-b';
let step = 0;
const move = () => timedSliderMove(page, SLIDER, 'b', step++ % 2 ? 300 : 310);

// Warm-up: the heap grows by ~1 MB over the first ~100 moves (compiled code, Chart.js's caches,
// the charts' element arrays) and then stays flat; the 500 timed moves are compared with that.
const WARM_UP = 100;
const heapLoaded = await heapMB();
for (let i = 0; i < WARM_UP; i++) await move();
const heapBefore = await heapMB();
const callsBefore = harness.calls.length;
const moves: MoveTiming[] = [];
for (let i = 0; i < MOVES; i++) moves.push(await move());
const heapAfter = await heapMB();

/** The split of a series of moves and the simulate calls made meanwhile. */
function printMoves(title: string, timed: readonly MoveTiming[], from: number, to: number): void {
  const sims = harness.calls.slice(from, to).filter((c) => c.channel === 'sim:run');
  const workerMs = sims.flatMap((c) => (c.reply.ok ? [(c.reply.value as { elapsed_ms: number }).elapsed_ms] : []));
  const handlerMs = sims.map((c) => c.handled_ms);
  const of = (key: keyof MoveTiming) => timed.map((m) => m[key]);
  const charts = [...new Set(of('charts'))].join(' or ');
  console.log(
    `slider change → the night's ${charts} on-screen charts redrawn and painted, ${timed.length} moves, ${title}:`,
  );
  console.log(`  total (what a person sees):   ${spread(of('total'))}`);
  console.log(`  renderer (reply → painted):   ${spread(of('renderer'))}`);
  console.log(
    `    of which script (store, Vue, Chart.js) median ${quantile(of('script'), 0.5).toFixed(1)} ms, paint ${quantile(of('paint'), 0.5).toFixed(1)} ms`,
  );
  console.log(`  input → request sent:         median ${quantile(of('request'), 0.5).toFixed(1)} ms`);
  console.log(`  request → reply in the page:  ${spread(of('roundTrip'))}`);
  console.log(
    `    of which main's handler ${quantile(handlerMs, 0.5).toFixed(1)} ms (the simulation in the worker ${quantile(workerMs, 0.5).toFixed(1)} ms); the rest is the harness's bridge`,
  );
}

// Scrolled down to night B's hypnogram: the hypnograms and the first line charts on screen.
const callsAtTop = harness.calls.length;
await page.getByTestId('chart-hypnogram-b').evaluate((chart) => chart.scrollIntoView({ block: 'start' }));
await page.locator('[data-testid="chart-pressure-b"][data-job-ids^="b:"]').waitFor();
for (let i = 0; i < 20; i++) await move();
const callsScrolled = harness.calls.length;
const scrolled: MoveTiming[] = [];
for (let i = 0; i < MOVES; i++) scrolled.push(await move());

console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`,
);
console.log(`app start → first chart painted, ${LOADS} fresh page loads:`);
console.log(
  `  from navigation, first chart:            ${spread(
    loads.map((l) => l.first),
    0,
  )}`,
);
console.log(
  `  from navigation, both nights' charts:    ${spread(
    loads.map((l) => l.both),
    0,
  )}`,
);
console.log(
  `  from openLab (pool start, page, charts): ${spread(
    loads.map((l) => l.fromStart),
    0,
  )}`,
);
console.log(
  `  first requests answered by the nights prefetched at pool start: ${loads.map((l) => l.prefetchesTaken).join(', ')} (of 2 per load)`,
);
console.log(`  split of the first chart (from navigation):`);
console.log(
  `    page start → first simulate request sent:         ${spread(
    loads.map((l) => l.firstRequest),
    0,
  )}`,
);
console.log(
  `    request → reply in the page (cold worker, bridge): ${spread(
    loads.map((l) => l.firstReply - l.firstRequest),
    0,
  )}`,
);
console.log(
  `    reply → first chart painted (renderer):            ${spread(
    loads.map((l) => l.first - l.firstReply),
    0,
  )}`,
);
printMoves('page at the top (the bench window of 1440×900)', moves, callsBefore, callsAtTop);
printMoves(
  "scrolled to night B's hypnogram (the first line charts on screen too)",
  scrolled,
  callsScrolled,
  harness.calls.length,
);
const pct = (from: number, to: number) => `${(((to - from) / from) * 100).toFixed(1)} %`;
console.log(
  `renderer heap after GC: ${heapLoaded.toFixed(1)} MB after load, ${heapBefore.toFixed(1)} MB after ${WARM_UP} warm-up moves, ${heapAfter.toFixed(1)} MB after ${MOVES} more: ${pct(heapBefore, heapAfter)} over the ${MOVES} (${pct(heapLoaded, heapAfter)} since load)`,
);
await harness.close();
await browser.close();
// The harness's static server and Playwright's connection would keep Node alive.
process.exit(0);
