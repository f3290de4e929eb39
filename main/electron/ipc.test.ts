/**
 * The IPC edge with electron replaced by a fake ipcMain that records the handlers: every contract
 * channel is registered, and a request reaches the handlers only from the top frame of the app's
 * own page (Electron security checklist: validate the sender of all IPC messages).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc';
import { appInfo } from '../appInfo';
import { appPage } from '../security';
import type { SimulationPool } from '../simulation/pool';
import { createHandlers, type FileDeps } from '../ipc/handlers';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, handler);
    },
  },
}));

const { registerIpc } = await import('./ipc');

const PAGE = appPage(undefined);
const APP_URL = 'nocturne://app/index.html';
const INFO = appInfo({ productName: 'Nocturne', version: '9.9.9' }, 'linux');

function frame(url: string) {
  return { url };
}
/** An invoke event whose sender's main frame is `main` and whose sending frame is `sender`. */
function eventFrom(main: { url: string }, sender: { url: string } | null = main) {
  return { sender: { mainFrame: main }, senderFrame: sender };
}

let handlers: ReturnType<typeof createHandlers>;
let infoCalls: ReturnType<typeof vi.spyOn>;

function setup(page = PAGE) {
  registered.clear();
  // Only lab:info is called; the other dependencies are never touched by these tests.
  handlers = createHandlers({
    pool: {} as SimulationPool,
    fitWorkerPath: 'never started by these tests',
    appInfo: INFO,
    files: {} as FileDeps,
    emit: () => undefined,
  });
  infoCalls = vi.spyOn(handlers, 'lab:info');
  registerIpc(handlers, page);
}

beforeEach(() => setup());

const invokeInfo = (event: unknown) => registered.get(INVOKE_CHANNELS.info)!(event, undefined);

describe('registerIpc (electron mocked)', () => {
  it('registers every channel of the contract, once', () => {
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('answers the top frame of the app’s own page', async () => {
    await expect(invokeInfo(eventFrom(frame(APP_URL)))).resolves.toEqual({ ok: true, value: INFO });
    await expect(invokeInfo(eventFrom(frame(`${APP_URL}#/compare?x=1`)))).resolves.toMatchObject({ ok: true });
    expect(infoCalls).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a subframe, even one showing the app’s page', eventFrom(frame(APP_URL), frame(APP_URL))],
    ['a subframe with a foreign page', eventFrom(frame(APP_URL), frame('https://evil.example/'))],
    ['a main frame navigated to a foreign URL', eventFrom(frame('https://evil.example/'))],
    ['a local file that is not the app', eventFrom(frame('file:///etc/passwd'))],
    ['the built renderer opened as a file', eventFrom(frame('file:///opt/nocturne/out/renderer/index.html'))],
    ['another page of the app scheme', eventFrom(frame('nocturne://app/other.html'))],
    ['a data: page', eventFrom(frame('data:text/html,hi'))],
    ['a frame that is gone (senderFrame null)', eventFrom(frame(APP_URL), null)],
  ])('refuses %s without calling the handler', async (_what, event) => {
    const reply = (await invokeInfo(event)) as { ok: boolean; error: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('forbidden-sender');
    expect(reply.error.message).toMatch(/are refused$/);
    expect(infoCalls).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender on every channel, whatever the payload', async () => {
    const foreign = eventFrom(frame('https://evil.example/'));
    for (const [channel, handler] of registered) {
      await expect(handler(foreign, { path: '/etc/passwd' }), channel).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });

  it('accepts the dev server’s origin only when one is configured', async () => {
    setup(appPage('http://localhost:5173'));
    await expect(invokeInfo(eventFrom(frame('http://localhost:5173/')))).resolves.toMatchObject({ ok: true });
    await expect(invokeInfo(eventFrom(frame('http://localhost:5174/')))).resolves.toMatchObject({ ok: false });
    setup();
    await expect(invokeInfo(eventFrom(frame('http://localhost:5173/')))).resolves.toMatchObject({ ok: false });
  });

  it('still validates the payload of the app’s own frame', async () => {
    const reply = await registered.get(INVOKE_CHANNELS.info)!(eventFrom(frame(APP_URL)), { unexpected: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
