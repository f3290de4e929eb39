/**
 * One slider move timed inside the page, for the UI benchmarks and profiler: from the input event
 * to the paint of the frame in which every on-screen chart of the moved night shows the new
 * job, split into phases with the bridge's own marks (e2e/lab.ts keeps window.__labTimings); in a
 * page without the bridge (the web edition) only the total and the paint, the rest NaN.
 */
import type { Page } from '@playwright/test';

export interface MoveTiming {
  /** Input event → frame painted with every on-screen chart of the night redrawn, ms. */
  readonly total: number;
  /** Input event → simulate request sent (store, watch). */
  readonly request: number;
  /** Request sent → reply decoded in the page: main's handler (worker included) and the bridge. */
  readonly roundTrip: number;
  /** Reply decoded → the last chart redrawn: store update, Vue, Chart.js (script). */
  readonly script: number;
  /** Last chart redrawn → frame painted (style, layout, paint). */
  readonly paint: number;
  /** Reply decoded → frame painted: the renderer's part, without the bridge. */
  readonly renderer: number;
  /** Charts that had to show the new job. */
  readonly charts: number;
}

// Plain JavaScript text: tsx would wrap named functions in a __name helper the page lacks.
const MOVE_IN_PAGE = `({ testid, night, value }) => new Promise((resolve, reject) => {
  const slider = document.querySelector('[data-testid="' + testid + '"]');
  if (!slider) return reject(new Error('no slider ' + testid));
  const pattern = new RegExp(night + ':(\\\\d+)');
  const jobOf = (c) => Number((pattern.exec(c.dataset.jobIds || '') || [])[1] || 0);
  // The charts of this night on screen now (the rest draw when scrolled into view). Measured
  // once, before the move, so the wait below never forces a layout.
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
    const drawn = performance.now();
    observer.disconnect();
    // The frame after the draw is painted before a task queued from its animation frame runs.
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timeout);
      const painted = performance.now();
      // A page without the harness's bridge (the web edition) is timed whole, input to paint.
      if (!window.__labTimings) return resolve({ total: painted - t0, request: NaN, roundTrip: NaN, script: NaN, paint: painted - drawn, renderer: NaN, charts: targets.length });
      const call = window.__labTimings.filter((t) => t.channel === 'sim:run' && t.sent >= t0 && t.decoded > 0).pop();
      if (!call) return reject(new Error('no simulate call seen by the bridge'));
      resolve({
        total: painted - t0,
        request: call.sent - t0,
        roundTrip: call.decoded - call.sent,
        script: drawn - call.decoded,
        paint: painted - drawn,
        renderer: painted - call.decoded,
        charts: targets.length,
      });
    }, 0));
  });
  for (const c of targets) observer.observe(c, { attributes: true, attributeFilter: ['data-job-ids'] });
  slider.value = String(value);
  t0 = performance.now();
  slider.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** Sets a slider (its data-testid) to a value and times the redraw of the night's charts. */
export async function timedSliderMove(
  page: Page,
  testid: string,
  night: 'a' | 'b',
  value: number,
): Promise<MoveTiming> {
  return (await page.evaluate(`(${MOVE_IN_PAGE})(${JSON.stringify({ testid, night, value })})`)) as MoveTiming;
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** Median with the spread a benchmark prints its figures with (ms). */
export function spread(values: readonly number[], digits = 1): string {
  const f = (v: number) => v.toFixed(digits);
  return `median ${f(quantile(values, 0.5))} ms (p25–p75 ${f(quantile(values, 0.25))}–${f(quantile(values, 0.75))}, p95 ${f(quantile(values, 0.95))}, max ${f(Math.max(...values))})`;
}
