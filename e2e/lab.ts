/**
 * Opens the lab in a browser page with `window.lab` bridged to the REAL main-process handlers,
 * worker pool and engine, running here in the test's Node process. Only the Electron glue
 * (ipcMain / contextBridge) is swapped: the init script builds window.lab from the same channel
 * map the preload uses, and every call goes through `handleInvoke`, payload validation included.
 *
 * Needs a build first (`npm run build`): it serves out/renderer and starts out/main/worker.js.
 */
import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventName, type EventPayloads, type Reply } from '../shared/ipc';
import { appInfo } from '../main/appInfo';
import { createHandlers, handleInvoke } from '../main/ipc/handlers';
import { Autosave, RecentFiles } from '../main/files/experimentFiles';
import { SimulationPool, defaultPoolSize } from '../main/simulation/pool';
import { serveDirectory } from './staticServer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(root, 'out', 'renderer');
const workerPath = join(root, 'out', 'main', 'worker.js');

export interface RecordedCall {
  readonly channel: string;
  readonly payload: unknown;
  readonly reply: Reply<unknown>;
}

/** What the file dialogs will answer next, as the person at the keyboard would pick. */
export interface ScriptedDialogs {
  open: (string | null)[];
  save: (string | null)[];
  folder: (string | null)[];
}

export interface OpenLabOptions {
  /** The user-data folder (autosave, recent files); a fresh temporary folder by default. */
  readonly userData?: string;
}

export interface LabHarness {
  readonly dialogs: ScriptedDialogs;
  readonly userData: string;
  /** Every request the page made, with the handler's reply, in order. */
  readonly calls: RecordedCall[];
  readonly pool: SimulationPool;
  /** Sends a main-to-renderer event, as main's menu or pool would. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
  close(): Promise<void>;
}

let server: Promise<{ url: string; close: () => Promise<void> }> | null = null;

export async function openLab(page: Page, options: OpenLabOptions = {}): Promise<LabHarness> {
  if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(workerPath)) {
    throw new Error('the lab is not built: run `npm run build` before the browser tests');
  }
  server ??= serveDirectory(rendererDir);
  const { url } = await server;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string; version: string };
  const pool = new SimulationPool({ workerPath, size: defaultPoolSize(availableParallelism()) });
  const calls: RecordedCall[] = [];

  const emit = async <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    if (page.isClosed()) return;
    await page
      .evaluate(
        ([channel, data]) =>
          (window as unknown as { __labDispatch(c: string, p: unknown): void }).__labDispatch(channel, data),
        [EVENT_CHANNELS[event], payload] as const,
      )
      .catch(() => undefined);
  };
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'nocturne-lab-'));
  const dialogs: ScriptedDialogs = { open: [], save: [], folder: [] };
  const handlers = createHandlers({
    pool,
    appInfo: appInfo(pkg, process.platform),
    emit: (event, payload) => void emit(event, payload),
    files: {
      dialogs: {
        chooseOpenPath: async () => dialogs.open.shift() ?? null,
        chooseSavePath: async () => dialogs.save.shift() ?? null,
        chooseFolder: async () => dialogs.folder.shift() ?? null,
      },
      fonts: {
        regular: join(root, 'assets', 'fonts', 'DejaVuSans.ttf'),
        bold: join(root, 'assets', 'fonts', 'DejaVuSans-Bold.ttf'),
      },
      recent: new RecentFiles(join(userData, 'recent.json')),
      autosave: new Autosave(userData),
    },
  });

  await page.exposeBinding('__labInvoke', async (_source, channel: unknown, payload: unknown) => {
    const reply = await handleInvoke(handlers, channel, payload);
    calls.push({ channel: String(channel), payload, reply });
    return reply;
  });
  await page.addInitScript(
    ({ invokeChannels, eventChannels }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const invoke = (window as unknown as { __labInvoke(c: string, p: unknown): Promise<unknown> }).__labInvoke;
      const api: Record<string, unknown> = {};
      const allowed = new Set(Object.values(invokeChannels));
      for (const [method, channel] of Object.entries(invokeChannels)) {
        api[method] = (payload: unknown) =>
          allowed.has(channel) ? invoke(channel, payload) : Promise.reject(new Error('refused'));
      }
      api.on = (event: string, listener: (payload: unknown) => void) => {
        const channel = (eventChannels as Record<string, string>)[event];
        if (!channel) throw new Error(`unknown event "${event}"`);
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
        return () => listeners.get(channel)!.delete(listener);
      };
      Object.defineProperty(window, 'lab', { value: Object.freeze(api), writable: false, configurable: false });
      Object.defineProperty(window, '__labDispatch', {
        value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload)),
      });
    },
    { invokeChannels: INVOKE_CHANNELS, eventChannels: EVENT_CHANNELS },
  );
  page.on('close', () => void pool.close());
  await page.goto(url);
  return { calls, pool, emit, dialogs, userData, close: () => pool.close() };
}
