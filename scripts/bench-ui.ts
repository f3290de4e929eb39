/**
 * UI benchmark in Chromium with the real bridge (handlers, pool, engine in this process):
 * - slider change → every on-screen chart showing the changed night redrawn with its new result
 *   (charts below the fold draw when scrolled into view): median and p95;
 * - renderer JS heap after 500 slider moves against the heap before them (after GC).
 * Prints figures; it is not a test. Run: npm run bench:ui
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { openLab } from '../e2e/lab';

const MOVES = Number(process.env.BENCH_UI_MOVES ?? 500);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  headless: true,
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const started = Date.now();
const harness = await openLab(page);
await page.locator('[data-testid="status-b"][data-status="done"]').waitFor();
await page.locator('[data-testid="status-a"][data-status="done"]').waitFor();
const firstChartMs = Date.now() - started;
const cdp = await page.context().newCDPSession(page);

async function heapMB(): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1024 / 1024;
}

/**
 * One slider move, timed in the page: from the input event to the frame after every chart of
 * both nights shows the new job (their data-job-ids all change together).
 */
// Plain JavaScript text: tsx would wrap named functions in a __name helper the page lacks.
const MOVE_IN_PAGE = `(value) => new Promise((resolve, reject) => {
  const slider = document.querySelector('[data-testid="param-caffeine_mg-b"]');
  const jobB = (c) => Number((/b:(\\d+)/.exec(c.dataset.jobIds || '') || [])[1] || 0);
  // Charts that show night B and are on screen (the rest draw when scrolled into view).
  const shown = () => [...document.querySelectorAll('canvas[data-job-ids]')].filter((c) => {
    const r = c.getBoundingClientRect();
    return /b:/.test(c.dataset.jobIds || '') && r.bottom > 0 && r.top < innerHeight;
  });
  const before = Math.max(...shown().map(jobB));
  const t0 = performance.now();
  const timeout = setTimeout(() => reject(new Error('no redraw within 10 s')), 10000);
  const check = () => {
    const all = shown();
    if (all.length > 0 && all.every((c) => jobB(c) > before)) {
      // The charts drew synchronously; wait for the frame that shows them.
      requestAnimationFrame(() => { clearTimeout(timeout); resolve(performance.now() - t0); });
    } else requestAnimationFrame(check);
  };
  slider.value = String(value);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  requestAnimationFrame(check);
})`;

async function move(value: number): Promise<number> {
  return (await page.evaluate(`(${MOVE_IN_PAGE})(${value})`)) as number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

for (let i = 0; i < 10; i++) await move(i % 2 ? 300 : 310); // warm-up
const heapBefore = await heapMB();
const latencies: number[] = [];
for (let i = 0; i < MOVES; i++) latencies.push(await move(i % 2 ? 300 : 310));
const heapAfter = await heapMB();
const workerMs = harness.calls
  .slice(-MOVES)
  .map((c) => (c.reply.ok ? (c.reply.value as { elapsed_ms?: number }).elapsed_ms : undefined))
  .filter((v): v is number => typeof v === 'number');

console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]!.toFixed(2)}`,
);
console.log(`page load to first charts of both nights (browser launch excluded): ${firstChartMs} ms`);
console.log(
  `slider change → both nights' charts redrawn, ${MOVES} moves: median ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
);
console.log(`  of which the simulation in the worker: median ${quantile(workerMs, 0.5).toFixed(1)} ms`);
console.log(
  `renderer heap after GC: ${heapBefore.toFixed(1)} MB before, ${heapAfter.toFixed(1)} MB after ${MOVES} moves (${(((heapAfter - heapBefore) / heapBefore) * 100).toFixed(1)}%)`,
);
await harness.close();
await browser.close();
// The harness's static server and Playwright's connection would keep Node alive.
process.exit(0);
