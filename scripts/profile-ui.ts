/**
 * Where a slider move's time goes, in Chromium with the harness bridge: per move, the phases
 * (input → request sent, bridge round trip, reply decode, reply → charts painted) and a CPU
 * profile of the page over the moves, self time grouped by origin (Chart.js, Vue, app, bridge,
 * GC, idle). Prints figures; it is not a test. Run: npm run build && tsx scripts/profile-ui.ts
 * (PROFILE_UI_SCROLL=1 to scroll the first line charts on screen; PROFILE_UI_MOVES sets the count).
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { browserExecutablePath } from './browser.ts';
import { loadavg } from 'node:os';
import { openLab } from '../e2e/lab';
import { timedSliderMove, type MoveTiming } from '../e2e/sliderMove';

const MOVES = Number(process.env.PROFILE_UI_MOVES ?? 30);
const executablePath = browserExecutablePath();
const browser = await chromium.launch({
  headless: true,
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const harness = await openLab(page);
await page.locator('[data-testid="status-b"][data-status="done"]').waitFor();
await page.locator('[data-testid="status-a"][data-status="done"]').waitFor();
const cdp = await page.context().newCDPSession(page);
// PROFILE_UI_SCROLL=1: scrolled to night B's hypnogram, so the first line charts redraw too (as
// the benchmark's second slider series).
if (process.env.PROFILE_UI_SCROLL) {
  await page.getByTestId('chart-hypnogram-b').evaluate((chart) => chart.scrollIntoView({ block: 'start' }));
  await page.locator('[data-testid="chart-pressure-b"][data-job-ids^="b:"]').waitFor();
}

let step = 0;
const move = () => timedSliderMove(page, 'param-caffeine_mg-b', 'b', step++ % 2 ? 300 : 310);
for (let i = 0; i < 6; i++) await move();

await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const callsBefore = harness.calls.length;
const splits: MoveTiming[] = [];
for (let i = 0; i < MOVES; i++) splits.push(await move());
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
    samples: number[];
    timeDeltas: number[];
  };
};
writeFileSync('/tmp/uiperf/profile.cpuprofile', JSON.stringify(profile));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`load average ${loadavg()[0]!.toFixed(2)}; ${MOVES} moves, medians (ms):`);
for (const k of Object.keys(splits[0]!) as (keyof MoveTiming)[])
  console.log(`  ${k.padEnd(10)} ${median(splits.map((s) => s[k])).toFixed(1)}`);
const sims = harness.calls.slice(callsBefore).filter((c) => c.channel === 'sim:run');
console.log(`  handler (main side, incl. worker) ${median(sims.map((c) => c.handled_ms)).toFixed(1)}`);
console.log(
  `  worker elapsed ${median(sims.map((c) => (c.reply.ok ? (c.reply.value as { elapsed_ms: number }).elapsed_ms : 0))).toFixed(1)}`,
);

// Self time per function and per origin.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byFn = new Map<string, number>();
const byOrigin = new Map<string, number>();
for (const [id, ms] of self) {
  const f = byId.get(id)!.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + ms);
  const origin = f.url ? (f.url.includes('assets/') ? 'bundle' : f.url) : f.functionName;
  byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + ms);
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${(v / MOVES).toFixed(2).padStart(7)} ms/move  ${k}`);
console.log('self time by origin:');
console.log(top(byOrigin, 10).join('\n'));
console.log('self time by function:');
console.log(top(byFn, 40).join('\n'));
await harness.close();
await browser.close();
process.exit(0);
