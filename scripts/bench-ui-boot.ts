/**
 * Where the renderer's start goes, from the page's own trace (Chromium's timeline, the events
 * DevTools' Performance panel draws): a later start of the desktop harness (e2e/lab.ts, first
 * nights saved, so the reply is at once and what is left is the renderer's), at 1440×900.
 * Prints, in ms since navigation: each script's arrival, compile and first evaluation; the first
 * simulate request; the script run between (Vue's mount, the components' first renders, the
 * first draws); style and layout; the first paint after the first chart; and the fonts loaded.
 * Run after `npm run build`: tsx scripts/bench-ui-boot.ts (BENCH_UI_LOADS loads, default 3).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../e2e/lab';
import { LOADS, firstChartMarks, launchBenchBrowser, markFirstCharts } from './bench-ui-page';

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: { data?: { url?: string; frame?: string; functionName?: string; type?: string } };
}

const browser = await launchBenchBrowser();
const load0 = loadavg()[0]!;
const savedIn = mkdtempSync(join(tmpdir(), 'nocturne-boot-'));

/** One load with the trace on; returns the trace's events and the page's first-chart marks. */
async function tracedLoad(userData: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await markFirstCharts(page);
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'v8',
      'v8.execute',
      'blink.user_timing',
      'loading',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-v8.cpu_profiler',
    ],
  });
  const harness = await openLab(page, { userData });
  const marks = await firstChartMarks(page);
  const buffer = await browser.stopTracing();
  await harness.firstNights;
  await harness.close();
  await context.close();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return { events, marks };
}

/** Sums of the renderer main thread's top-level work by kind, from navigation to the first chart. */
function breakdown(events: readonly TraceEvent[], first: number) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' || e.name === 'NavigationStartToLargestContentfulPaint::Start',
  );
  const start = nav?.ts ?? Math.min(...events.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts));
  const main = events.find((e) => e.name === 'ParseHTML' && /127\.0\.0\.1/.test(JSON.stringify(e.args ?? {})))!;
  const ms = (ts: number) => (ts - start) / 1000;
  const onMain = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined);
  const until = start + first * 1000;
  const kinds: Record<string, number> = {};
  const scripts: string[] = [];
  for (const e of onMain) {
    if (e.ts > until) continue;
    const kind =
      e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'V8.CompileCode'
        ? 'compile'
        : e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule'
          ? 'evaluate script/module'
          : e.name === 'FunctionCall' ||
              e.name === 'TimerFire' ||
              e.name === 'FireAnimationFrame' ||
              e.name === 'EventDispatch' ||
              e.name === 'RunMicrotasks'
            ? 'script (calls, microtasks, frames)'
            : e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles'
              ? 'style'
              : e.name === 'Layout'
                ? 'layout'
                : e.name === 'Paint' ||
                    e.name === 'PrePaint' ||
                    e.name === 'Layerize' ||
                    e.name === 'UpdateLayer' ||
                    e.name === 'Commit'
                  ? 'paint'
                  : e.name === 'ParseHTML' || e.name === 'ParseAuthorStyleSheet'
                    ? 'parse HTML/CSS'
                    : e.name === 'MajorGC' ||
                        e.name === 'MinorGC' ||
                        e.name === 'V8.GC_SCAVENGER' ||
                        e.name === 'V8.GCScavenger'
                      ? 'gc'
                      : null;
    if (kind) kinds[kind] = (kinds[kind] ?? 0) + e.dur! / 1000;
    if (
      (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript') &&
      e.dur! > 1000
    ) {
      const url = e.args?.data?.url ?? '';
      scripts.push(
        `    ${e.name} ${url.split('/').pop()}: at ${ms(e.ts).toFixed(0)} ms, ${(e.dur! / 1000).toFixed(1)} ms`,
      );
    }
  }
  const arrivals = events
    .filter((e) => e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse')
    .filter((e) => e.name === 'ResourceFinish')
    .map((e) => e.ts);
  // Long tasks on the main thread before the first chart: where the time is spent, in order.
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ts <= until && e.dur! > 15_000)
    .map((e) => `    task at ${ms(e.ts).toFixed(0)} ms: ${(e.dur! / 1000).toFixed(0)} ms`);
  const sent = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.pid === main.pid)
    .map((e) => ({ at: ms(e.ts), url: (e.args?.data?.url ?? '').split('/').pop() }));
  return { kinds, scripts, tasks, sent, arrivals, self: selfTimes(events, main.pid, until) };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface ProfileChunk {
  readonly cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  readonly timeDeltas?: number[];
}
const rendererDir = join(import.meta.dirname, '../out/renderer');
const maps = new Map<string, TraceMap | null>();
/** The source file a sampled frame ran in, through the build's source map when it has one (build with sourcemap: true). */
function sourceOf(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return `(${frame.functionName || 'program'})`;
  const file = frame.url.split('/').pop()!.split('?')[0]!;
  if (!maps.has(file)) {
    const path = join(rendererDir, 'assets', `${file}.map`);
    maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map) return file;
  const at = originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) });
  const source = (at.source ?? file).replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  // A package counts as one; the lab's own files by name.
  return /^(@[^/]+\/[^/]+|[^/]+)\//.test(source) && !/^(renderer|shared|web)\//.test(source)
    ? source.match(/^(@[^/]+\/[^/]+|[^/]+)/)![1]!
    : source;
}
/** Self time by source file from the sampled CPU profile of the page's process, up to a time (µs of the trace clock). */
function selfTimes(events: readonly TraceEvent[], pid: number, until: number): [string, number][] {
  const nodes = new Map<number, ProfileNode>();
  const times = new Map<string, number>();
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid) as
    (TraceEvent & { args: { data: { startTime: number } } }) | undefined;
  let t = start?.args.data.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const chunk = (e.args as { data?: ProfileChunk } | undefined)?.data ?? {};
    for (const node of chunk.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = chunk.cpuProfile?.samples ?? [];
    const deltas = chunk.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = deltas[i + 1] ?? 0;
      t += deltas[i] ?? 0;
      if (t > until) continue;
      const node = nodes.get(samples[i]!);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      const key = sourceOf(node.callFrame);
      times.set(key, (times.get(key) ?? 0) + dt / 1000);
    }
  }
  return [...times].sort((a, b) => b[1] - a[1]);
}

console.log(`load average ${load0.toFixed(2)} at start`);
await tracedLoad(savedIn); // saves the first nights
for (let i = 0; i < LOADS; i++) {
  const { events, marks } = await tracedLoad(savedIn);
  const { kinds, scripts, tasks, sent, self } = breakdown(events, marks.first);
  console.log(
    `later start ${i + 1}: first chart ${marks.first.toFixed(0)} ms; request sent ${marks.firstRequest?.toFixed(0)} ms, reply ${marks.firstReply?.toFixed(0)} ms`,
  );
  console.log(`  requests: ${sent.map((s) => `${s.url || '?'} @${s.at.toFixed(0)}`).join(', ')}`);
  console.log(
    `  main thread until the first chart: ${Object.entries(kinds)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(', ')}`,
  );
  console.log(scripts.join('\n'));
  console.log(tasks.join('\n'));
  console.log(`  sampled self time by source until the first chart (top 25):`);
  for (const [source, ms] of self.slice(0, 25)) console.log(`    ${ms.toFixed(0).padStart(5)} ms ${source}`);
}
console.log(`load average ${loadavg()[0]!.toFixed(2)} at end`);
await browser.close();
process.exit(0);
