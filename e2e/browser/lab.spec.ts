/**
 * The lab in Chromium with window.lab bridged to the real handlers, pool and engine.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openLab, type LabHarness } from '../lab';
import { SERIES } from '../../shared/model/series';
import type { SimulateResponse } from '../../shared/ipc';

/** The checksum the chart shows for a panel, recomputed here from the handler's reply. */
function expectedChecksum(response: SimulateResponse, panel: string): string {
  let sum = 0;
  for (const series of SERIES.filter((info) => info.panel === panel)) {
    const values = response.result.series[series.id]!;
    for (let i = 0; i < values.length; i++) sum += values[i]!;
  }
  return sum.toFixed(3);
}

function replyForJob(harness: LabHarness, jobId: number): SimulateResponse {
  for (const call of harness.calls) {
    if (call.channel === 'sim:run' && call.reply.ok && (call.reply.value as SimulateResponse).jobId === jobId) {
      return call.reply.value as SimulateResponse;
    }
  }
  throw new Error(`no handler reply for job ${jobId}`);
}

test('moving a slider re-simulates in the worker and the chart shows the handler’s new values', async ({ page }) => {
  const harness = await openLab(page);
  const chart = page.getByTestId('chart-pressure-b');
  await expect(chart).not.toHaveAttribute('data-job-id', '0');
  const firstJob = Number(await chart.getAttribute('data-job-id'));
  const firstChecksum = await chart.getAttribute('data-checksum');
  expect(firstChecksum).toBe(expectedChecksum(replyForJob(harness, firstJob), 'pressure'));

  const slider = page.getByTestId('param-caffeine_mg-b');
  await slider.fill('600');
  await expect(chart).not.toHaveAttribute('data-job-id', String(firstJob));
  await expect(page.getByTestId('status-b')).toHaveAttribute('data-status', 'done');
  const secondJob = Number(await chart.getAttribute('data-job-id'));
  const secondChecksum = await chart.getAttribute('data-checksum');
  const secondReply = replyForJob(harness, secondJob);
  expect(secondChecksum).toBe(expectedChecksum(secondReply, 'pressure'));
  expect(secondChecksum).not.toBe(firstChecksum);
  // The request that produced it carried the slider's value to main.
  const request = harness.calls.find((c) => c.reply.ok && (c.reply.value as SimulateResponse).jobId === secondJob)!;
  expect((request.payload as { params: Record<string, number> }).params.caffeine_mg).toBe(600);

  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/lab-slider-moved.png', fullPage: true });
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
  await expect(page.getByTestId('chart-pressure-a')).not.toHaveAttribute('data-job-id', '0');
});
