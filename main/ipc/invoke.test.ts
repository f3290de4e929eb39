// The one answering function both editions call, through main's handleInvoke and directly (as the
// web's webInvoke calls it; web/labApi.test.ts holds that edition's own path), over a handler table
// that records every call, so a refusal is seen to stop before any handler runs.
import { describe, expect, it } from 'vitest';
import type { InvokeChannel, Reply } from '../../shared/ipc';
import { JobError } from '../../shared/pool/jobPool';
import { AtomicWriteError } from '../files/atomicWrite';
import { handleInvoke } from './handlers';
import { HandlerError } from './handlerError';
import { checkRequest, invokeChecked, type HandlerTable } from './invoke';

/** Every channel answered by `answer`, each call recorded as channel and request. */
function recordingTable(answer: (channel: string, request: unknown) => Promise<unknown>) {
  const calls: [string, unknown][] = [];
  const table = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (request: unknown) => {
        calls.push([channel, request]);
        return answer(channel, request);
      },
    },
  );
  return { calls, table };
}

type Invoke = (table: object, channel: unknown, payload: unknown) => Promise<Reply<unknown>>;
const EDITIONS: [string, Invoke][] = [
  ['main (handleInvoke)', (table, channel, payload) => handleInvoke(table as HandlerTable<object>, channel, payload)],
  [
    'shared (invokeChecked, as webInvoke)',
    (table, channel, payload) => invokeChecked(table as HandlerTable<undefined>, channel, payload, undefined),
  ],
];

describe.each(EDITIONS)('the %s path', (_edition, invoke) => {
  it('refuses an unknown channel by name, running no handler', async () => {
    const { calls, table } = recordingTable(async () => 'ran');
    expect(await invoke(table, 'fs:write', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: '"fs:write" is not a channel of the lab' },
    });
    expect(await invoke(table, 42, {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: '"42" is not a channel of the lab' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a bad payload naming the channel and the field, running no handler', async () => {
    const { calls, table } = recordingTable(async () => 'ran');
    const reply = await invoke(table, 'sim:run', { night: 'c', scenario: 'baseline', params: {}, seed: 1 });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        field: 'night',
        message: expect.stringMatching(/^bad request on sim:run: night: /),
      },
    });
    // No field when the payload as a whole is wrong.
    expect(await invoke(table, 'sim:run', 'hello')).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: expect.stringMatching(/^bad request on sim:run: /) },
    });
    expect(calls).toEqual([]);
  });

  it('hands the parsed request to the channel’s handler and its value back', async () => {
    const { calls, table } = recordingTable(async (channel) => `${channel} answered`);
    expect(await invoke(table, 'sim:cancel', { night: 'b' })).toEqual({ ok: true, value: 'sim:cancel answered' });
    expect(calls).toEqual([['sim:cancel', { night: 'b' }]]);
  });

  it('turns a handler’s failure into a typed reply: its own code and field, or internal', async () => {
    const failing = (error: Error) => recordingTable(async () => Promise.reject(error)).table;
    const refusal = new HandlerError({ code: 'cancelled', message: 'no file was chosen' });
    expect(await invoke(failing(refusal), 'file:recent', undefined)).toEqual({ ok: false, error: refusal.labError });
    expect(await invoke(failing(new JobError('timeout', 'the night took too long')), 'file:recent', undefined)).toEqual(
      { ok: false, error: { code: 'timeout', message: 'the night took too long' } },
    );
    expect(await invoke(failing(new TypeError('x is undefined')), 'file:recent', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'internal error: x is undefined' },
    });
  });
});

describe('the two paths', () => {
  it('answer every refusal alike, as checkRequest words it', async () => {
    const { table } = recordingTable(async () => 'ran');
    const cases: [unknown, unknown][] = [
      ['nope', undefined],
      ['lab:info', { x: 1 }],
      ['sim:cancel', { night: 3 }],
      ['sim:run', null],
    ];
    for (const [channel, payload] of cases) {
      const checked = checkRequest(channel, payload);
      expect(checked.ok).toBe(false);
      for (const [, invoke] of EDITIONS) expect(await invoke(table, channel, payload)).toEqual(checked);
    }
  });

  it('main alone names a failed file write as such; its own errors come before the shared ones', async () => {
    const write = new AtomicWriteError(
      'cannot write "/ro/x.nocturne": read-only file system',
      '/ro/x.nocturne',
      'EROFS',
    );
    const { table } = recordingTable(async () => Promise.reject(write));
    expect(await handleInvoke(table as HandlerTable<object>, 'file:recent', undefined)).toEqual({
      ok: false,
      error: { code: 'write-failed', message: write.message },
    });
    const shared = await invokeChecked(
      table as HandlerTable<undefined>,
      'file:recent' as InvokeChannel,
      undefined,
      undefined,
    );
    expect(shared).toEqual({ ok: false, error: { code: 'internal', message: `internal error: ${write.message}` } });
  });
});
