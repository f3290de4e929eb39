/**
 * UI benchmark in Chromium with the browser harness (e2e/lab.ts: the real handlers, pool and
 * engine in this Node process stand in for Electron's main; the bridge's IPC is one HTTP
 * request and reply per call, typed arrays as bytes, instead of Electron's structured clone):
 * - app start → first chart painted, over several fresh page loads: first-ever starts (a fresh
 *   user-data folder each), then later starts (the folder of an earlier start, whose first nights
 *   were saved: main/simulation/firstNights.ts);
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
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../e2e/lab';
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
} from './bench-ui-page';

const browser = await launchBenchBrowser();
const load0 = loadavg()[0]!;

/** One fresh page load: Node-side from openLab (pool start included) and page-side from navigation. */
interface Load extends FirstChartMarks {
  fromStart: number;
  /** The page's requests that took over a night main prefetched at pool start (firstNights.ts). */
  prefetchesTaken: number;
  /** Of those, answered from the first nights the last start saved. */
  answered: number;
}
/** A load with a fresh user-data folder is a first-ever start; with one used before, a later start. */
async function pageLoad(userData?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await markFirstCharts(page);
  const started = performance.now();
  const harness = await openLab(page, userData === undefined ? {} : { userData });
  const marks = await firstChartMarks(page);
  const fromStart = performance.now() - started;
  const { prefetchesTaken } = harness.pool.stats();
  // The worker's own runs checked (and, the first time, saved) before the next start.
  const { answered } = await harness.firstNights;
  await harness.close();
  await context.close();
  return { ...marks, fromStart, prefetchesTaken, answered };
}

const firstEver: Load[] = [];
for (let i = 0; i < LOADS; i++) firstEver.push(await pageLoad());
const savedIn = mkdtempSync(join(tmpdir(), 'nocturne-bench-'));
await pageLoad(savedIn);
const later: Load[] = [];
for (let i = 0; i < LOADS; i++) later.push(await pageLoad(savedIn));

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

function printLoads(title: string, loads: readonly Load[]): void {
  const of = (f: (l: Load) => number) => spread(loads.map(f), 0);
  console.log(`app start → first chart painted, ${title}:`);
  console.log(`  from navigation, first chart:            ${of((l) => l.first)}`);
  console.log(`  from navigation, both nights' charts:    ${of((l) => l.both)}`);
  console.log(`  from openLab (pool start, page, charts): ${of((l) => l.fromStart)}`);
  console.log(
    `  first requests taken over from the prefetch: ${loads.map((l) => l.prefetchesTaken).join(', ')}; answered from saved nights: ${loads.map((l) => l.answered).join(', ')} (of 2 per load)`,
  );
  console.log(`  split of the first chart (from navigation):`);
  console.log(`    page start → first simulate request sent:       ${of((l) => l.firstRequest ?? NaN)}`);
  console.log(
    `    request → reply in the page (worker or saved):   ${of((l) => (l.firstReply ?? NaN) - (l.firstRequest ?? NaN))}`,
  );
  console.log(`    reply → first chart painted (renderer):          ${of((l) => l.first - (l.firstReply ?? NaN))}`);
}

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
printLoads(`first-ever start (a fresh user-data folder), ${LOADS} loads`, firstEver);
printLoads(`later start (the first nights saved by an earlier start), ${LOADS} loads`, later);
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
