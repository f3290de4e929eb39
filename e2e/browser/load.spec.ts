/**
 * Load: 1,000 rapid slider moves (500 key presses on a focused slider, then 500 input events a
 * millisecond or two apart, then a last pair) in the browser harness, after a warm-up of 200. Afterwards nothing has failed or frozen, the
 * charts and the metric show the handler's result for the slider's final value, and the renderer
 * heap has not grown by more than 10 %.
 */
import { test, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { openLab } from '../lab';
import { SERIES } from '../../shared/model/series';
import { resolveParameters } from '../../shared/model/scenarios';
import type { SimulateResponse } from '../../shared/ipc';
import type { SlotWindow } from '../../shared/time/axis';
import { windowSum } from '../../renderer/src/charts/traces';

const SLIDER = 'param-caffeine_mg-b';
/** The longest a frame may wait: a longer gap between animation frames is a frozen page. */
const MAX_FRAME_GAP_MS = 1000;

/** The pressure chart's checksum (each series summed over the window), from the handler's reply. */
/** The sum of the pressure panel's first-unit series over the window the chart shows. */
function pressureChecksum(response: SimulateResponse, window: SlotWindow): string {
  const first = SERIES.find((info) => info.panel === 'pressure')!;
  let total = 0;
  for (const series of SERIES.filter((info) => info.panel === 'pressure' && info.unit === first.unit))
    total += windowSum(response.result, series.id, window);
  return total.toFixed(3);
}

/** `count` input events on the slider, each in its own task 1–2 ms apart; the last value set. */
async function inputBurst(page: Page, count: number, seed: number): Promise<number> {
  return page.evaluate(
    ({ testid, seed, count }) =>
      new Promise<number>((resolve) => {
        const slider = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
        let state = seed >>> 0;
        let left = count;
        let value = 0;
        const next = () => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          value = Math.round((state / 2 ** 32) * 80) * 10; // 0…800 mg on the 10-mg step
          slider.value = String(value);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          if (--left > 0) setTimeout(next, 1 + (state % 2));
          else resolve(value);
        };
        next();
      }),
    { testid: SLIDER, seed, count },
  );
}

/** A small seeded generator, so a failing sequence of moves can be replayed. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

test('1,000 rapid slider moves: no error, no frozen frame, final charts match the final value, heap flat', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    // The static server has no favicon; Chromium reports the 404 as a console error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      problems.push(`console error: ${message.text()}`);
  });
  const harness = await openLab(page);
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  // Charts draw when on screen; the answer bar and the hypnograms stand above this one, which the
  // person watches (brought on screen before the warm-up, so the heap compared includes it).
  await page.getByTestId('chart-pressure-b').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-pressure-b')).toHaveAttribute('data-job-ids', /^b:\d+$/);

  const cdp = await page.context().newCDPSession(page);
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 1024 / 1024;
  };
  // A warm-up first, so the heap compared is the app's working set (the charts on screen made,
  // the code compiled, Chart.js's text caches filled), not its first use.
  await inputBurst(page, 200, 3);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const heapBefore = await heapMB();
  const callsBefore = harness.calls.length;

  // A heartbeat in the page: the longest gap between two animation frames while the moves go on.
  await page.evaluate(() => {
    const beat = { last: performance.now(), maxGap: 0, running: true };
    (window as unknown as { __beat: typeof beat }).__beat = beat;
    const tick = () => {
      const now = performance.now();
      beat.maxGap = Math.max(beat.maxGap, now - beat.last);
      beat.last = now;
      if (beat.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  // 500 key presses on the focused slider, in a seeded random walk (each press is ±10 mg).
  const random = lcg(7);
  await page.getByTestId(SLIDER).focus();
  for (let i = 0; i < 500; i++) await page.keyboard.press(random() < 0.5 ? 'ArrowLeft' : 'ArrowRight');

  // 500 input events set from the page, each in its own task a millisecond or two apart.
  const burstLast = await inputBurst(page, 500, 11);
  // And a last pair 1 ms apart once the burst has settled: the second value comes while the
  // first one's run is surely in flight, so it is shown only if a waiting edit is never lost.
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const lastSet = burstLast === 400 ? 410 : 400;
  await page.evaluate(
    ({ testid, values }) => {
      const slider = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
      const set = (value: number) => {
        slider.value = String(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set(values[0]!);
      setTimeout(() => set(values[1]!), 1);
    },
    { testid: SLIDER, values: [burstLast === 600 ? 610 : 600, lastSet] },
  );

  // It settles on the final value, without an error shown.
  const slider = page.getByTestId(SLIDER);
  await expect(slider).toHaveValue(String(lastSet));
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('stale-b')).toHaveCount(0);
  await expect(page.getByTestId('error-b')).toHaveCount(0);
  await expect(page.getByTestId('error-a')).toHaveCount(0);
  await expect(page.getByTestId('file-error')).toHaveCount(0);

  const maxGap = await page.evaluate(() => {
    const beat = (window as unknown as { __beat: { maxGap: number; running: boolean } }).__beat;
    beat.running = false;
    return beat.maxGap;
  });
  expect(maxGap, 'longest gap between animation frames (ms)').toBeLessThan(MAX_FRAME_GAP_MS);

  // The charts and the metric show the reply to a request that carried the final value.
  const sims = harness.calls.slice(callsBefore).filter((c) => c.channel === 'sim:run');
  const last = sims.at(-1)!;
  expect(last.reply.ok).toBe(true);
  const reply = (last.reply as { value: SimulateResponse }).value;
  expect(reply.night).toBe('b');
  const payload = last.payload as { scenario: string; params: Record<string, number> };
  expect(resolveParameters(payload.scenario, payload.params).caffeine_mg).toBe(lastSet);
  const chart = page.getByTestId('chart-pressure-b');
  await expect(chart).toHaveAttribute('data-job-ids', `b:${reply.jobId}`);
  const [start, end] = ((await chart.getAttribute('data-window')) ?? '').split(' ').map(Number);
  await expect(chart).toHaveAttribute('data-checksum', pressureChecksum(reply, { start: start!, end: end! }));
  const shown = (await page.getByTestId('metric-readinessScore-b').textContent())!.trim();
  const decimals = shown.split('.')[1]?.length ?? 0;
  expect(Math.abs(Number(shown) - reply.result.metrics.readinessScore!)).toBeLessThanOrEqual(
    0.5 * 10 ** -decimals + 1e-9,
  );
  // Far fewer simulations than moves: edits made while one runs are coalesced.
  console.log(`1,000 moves → ${sims.length} simulate requests; longest frame gap ${maxGap.toFixed(0)} ms`);

  const heapAfter = await heapMB();
  const growth = (heapAfter - heapBefore) / heapBefore;
  console.log(
    `renderer heap after GC: ${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MB (${(growth * 100).toFixed(1)} %)`,
  );
  expect(growth, 'heap growth over 1,000 moves').toBeLessThan(0.1);

  // Still responsive: a click switches the view at once.
  const clicked = Date.now();
  await page.getByTestId('mode-overlay').click();
  await expect(page.getByTestId('chart-pressure-overlay')).toHaveAttribute('data-job-ids', /b:\d+/, {
    timeout: 5_000,
  });
  console.log(`click → overlay charts drawn in ${Date.now() - clicked} ms`);
  await page.getByTestId('mode-side').click();
  await expect(page.getByTestId('chart-pressure-b')).toHaveAttribute('data-job-ids', `b:${reply.jobId}`);

  expect(problems).toEqual([]);
  await page.screenshot({ path: 'test-output/screenshots/load-after-1000-moves.png' });
});
