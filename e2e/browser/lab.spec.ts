/**
 * The skeleton's contract, in Chromium with window.lab bridged to the real handlers, pool and
 * engine: a slider move reaches the worker and the chart shows the handler's values; a malformed
 * request is refused with a typed error.
 */
import { test, expect, type Locator } from '@playwright/test';
import { openLab, type LabHarness } from '../lab';
import { SERIES } from '../../shared/model/series';
import type { SimulateResponse } from '../../shared/ipc';
import type { SlotWindow } from '../../shared/time/axis';
import { windowSum } from '../../renderer/src/charts/traces';

/**
 * The checksum a side-by-side chart shows for a panel's first unit group (the sum of each series
 * over the window, series by series), recomputed here from the handler's reply.
 */
/** The sum of a panel's first-unit series over the window the chart shows (its data-window). */
function expectedChecksum(response: SimulateResponse, panel: string, window: SlotWindow): string {
  const first = SERIES.find((info) => info.panel === panel)!;
  let total = 0;
  for (const series of SERIES.filter((info) => info.panel === panel && info.unit === first.unit))
    total += windowSum(response.result, series.id, window);
  return total.toFixed(3);
}

/** The slot-hour window a chart shows, from its data-window attribute ("start end"). */
async function shownWindow(chart: Locator): Promise<SlotWindow> {
  const [start, end] = ((await chart.getAttribute('data-window')) ?? '').split(' ').map(Number);
  return { start: start!, end: end! };
}

function replyForJob(harness: LabHarness, jobId: number): SimulateResponse {
  for (const call of harness.calls) {
    if (call.channel === 'sim:run' && call.reply.ok && (call.reply.value as SimulateResponse).jobId === jobId) {
      return call.reply.value as SimulateResponse;
    }
  }
  throw new Error(`no handler reply for job ${jobId}`);
}

/** The job a chart shows for a night, from its data-job-ids ("a:3,b:4" or "b:4"). */
const jobOf = (jobIds: string | null, night: 'a' | 'b') =>
  Number(new RegExp(`${night}:(\\d+)`).exec(jobIds ?? '')?.[1] ?? 0);

test('moving a slider re-simulates in the worker and the chart shows the handler’s new values', async ({ page }) => {
  const harness = await openLab(page);
  const chart = page.getByTestId('chart-pressure-b');
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
  // The page's first two requests are the nights main prefetched when its pool started
  // (main/simulation/firstNights.ts): both were taken over, so neither ran twice.
  expect(harness.pool.stats()).toMatchObject({ prefetched: 2, prefetchesTaken: 2 });
  // A call without a payload (lab.info(undefined)) crosses the bridge as undefined, not null.
  await expect(page.getByText(/· model nocturne/)).toBeVisible();
  // Charts draw when on screen; the answer bar and the hypnograms stand above this one.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-job-ids', /^b:\d+$/);
  const firstJob = jobOf(await chart.getAttribute('data-job-ids'), 'b');
  const firstChecksum = await chart.getAttribute('data-checksum');
  expect(firstChecksum).toBe(expectedChecksum(replyForJob(harness, firstJob), 'pressure', await shownWindow(chart)));

  await page.getByTestId('param-caffeine_mg-b').fill('600');
  await expect(chart).not.toHaveAttribute('data-checksum', firstChecksum!);
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  const secondJob = jobOf(await chart.getAttribute('data-job-ids'), 'b');
  expect(secondJob).toBeGreaterThan(firstJob);
  const secondReply = replyForJob(harness, secondJob);
  await expect(chart).toHaveAttribute(
    'data-checksum',
    expectedChecksum(secondReply, 'pressure', await shownWindow(chart)),
  );
  // The request that produced it carried the slider's value to main.
  const request = harness.calls.find(
    (c) => c.channel === 'sim:run' && c.reply.ok && (c.reply.value as SimulateResponse).jobId === secondJob,
  )!;
  expect((request.payload as { params: Record<string, number> }).params.caffeine_mg).toBe(600);

  await page.screenshot({ path: 'test-output/screenshots/lab-slider-moved.png' });
});

test('a malformed IPC payload is refused with a clear, typed error', async ({ page }) => {
  await openLab(page);
  const replies = await page.evaluate(async () => {
    const lab = (window as unknown as { lab: Record<string, (p: unknown) => Promise<unknown>> }).lab;
    const invoke = (window as unknown as { __labInvoke(c: string, p: unknown): Promise<unknown> }).__labInvoke;
    return {
      badNight: await lab.simulate!({ night: 'c', scenario: 'baseline', params: {}, seed: 1 }),
      notAnObject: await lab.simulate!('simulate please'),
      unknownParam: await lab.simulate!({ night: 'a', scenario: 'baseline', params: { bedtme: 23 }, seed: 1 }),
      outOfRange: await lab.simulate!({ night: 'a', scenario: 'baseline', params: { bedtime: 30 }, seed: 1 }),
      badSeed: await lab.simulate!({ night: 'a', scenario: 'baseline', params: {}, seed: 1.5 }),
      extraField: await lab.cancel!({ night: 'a', force: true }),
      unknownChannel: await invoke('fs:read', { path: '/etc/passwd' }),
    };
  });
  expect(replies.badNight).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'night' } });
  expect(replies.notAnObject).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  expect(replies.unknownParam).toMatchObject({
    ok: false,
    error: { code: 'invalid-parameters', field: 'params.bedtme', message: 'unknown parameter "bedtme"' },
  });
  expect(replies.outOfRange).toMatchObject({
    ok: false,
    error: { code: 'invalid-parameters', message: 'bedtime must be between 0 and 24 clock h, got 30' },
  });
  expect(replies.badSeed).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'seed' } });
  expect(replies.extraField).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  expect(replies.unknownChannel).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  // The lab is still alive after all that.
  await expect(page.getByTestId('status-a')).toHaveAttribute('data-status', 'done');
});
