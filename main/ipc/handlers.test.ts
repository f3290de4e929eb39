import { afterAll, describe, expect, it } from 'vitest';
import faultWorkerPath from '../simulation/testing/faultWorker?modulePath';
import { SimulationPool } from '../simulation/pool';
import { createHandlers, handleInvoke } from './handlers';
import type { AppInfo, EventName } from '../../shared/ipc';

const pool = new SimulationPool({ workerPath: faultWorkerPath, size: 1, timeoutMs: 2_000 });
afterAll(() => pool.close());
const info: AppInfo = {
  app: { name: 'Nocturne', version: '0.0.0' },
  model: { name: 'm', version: '1' },
  platform: 'test',
};
const events: EventName[] = [];
const handlers = createHandlers({ pool, appInfo: info, emit: (event) => events.push(event) });

describe('handleInvoke', () => {
  it('answers a good request', async () => {
    expect(await handleInvoke(handlers, 'lab:info', undefined)).toEqual({ ok: true, value: info });
  });

  it.each([
    ['a string', 'sim:run', 'hello', 'invalid-payload', undefined],
    ['null', 'sim:run', null, 'invalid-payload', undefined],
    ['a wrong night', 'sim:run', { night: 'c', scenario: 'baseline', params: {}, seed: 1 }, 'invalid-payload', 'night'],
    ['a missing seed', 'sim:run', { night: 'a', scenario: 'baseline', params: {} }, 'invalid-payload', 'seed'],
    [
      'a negative seed',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: {}, seed: -1 },
      'invalid-payload',
      'seed',
    ],
    [
      'NaN in params',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: { age: Number.NaN }, seed: 1 },
      'invalid-payload',
      'params.age',
    ],
    [
      'an unknown field',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: {}, seed: 1, evil: true },
      'invalid-payload',
      undefined,
    ],
    [
      'an array of params',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: [1, 2], seed: 1 },
      'invalid-payload',
      'params',
    ],
    [
      'an unknown scenario',
      'sim:run',
      { night: 'a', scenario: 'nap', params: {}, seed: 1 },
      'invalid-parameters',
      'scenario',
    ],
    [
      'an out-of-range value',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: { timeInBed_h: 17 }, seed: 1 },
      'invalid-parameters',
      'params.timeInBed_h',
    ],
    [
      'a fraction of nights',
      'sim:run',
      { night: 'a', scenario: 'baseline', params: { priorNights: 1.5 }, seed: 1 },
      'invalid-parameters',
      'params.priorNights',
    ],
    ['a payload on info', 'lab:info', { x: 1 }, 'invalid-payload', undefined],
    ['a bad cancel', 'sim:cancel', { night: 3 }, 'invalid-payload', 'night'],
    ['an unknown channel', 'fs:write', {}, 'unknown-channel', undefined],
  ])('refuses %s with a typed error', async (_what, channel, payload, code, field) => {
    const reply = await handleInvoke(handlers, channel, payload);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.message.length).toBeGreaterThan(5);
    if (field) expect(reply.error.field).toBe(field);
  });

  it('names the parameter and its range', async () => {
    const reply = await handleInvoke(handlers, 'sim:run', {
      night: 'a',
      scenario: 'baseline',
      params: { bedtime: 25 },
      seed: 1,
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid-parameters',
        field: 'params.bedtime',
        message: 'bedtime must be between 0 and 24 clock h, got 25',
      },
    });
  });

  it('never sends an invalid request to the pool', async () => {
    await handleInvoke(handlers, 'sim:run', { night: 'a', scenario: 'baseline', params: { bedtime: 25 }, seed: 1 });
    expect(pool.stats().busy + pool.stats().queued).toBe(0);
    expect(events).toEqual([]);
  });
});
