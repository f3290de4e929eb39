/**
 * Opens the lab in a browser page with `window.lab` bridged to the REAL main-process handlers,
 * worker pool and engine, running here in the test's Node process. Only the Electron glue
 * (ipcMain / ipcRenderer / contextBridge) is swapped: the init script runs the built preload
 * itself over the bridge, and every call goes through `handleInvoke`, payload validation included.
 *
 * Needs a build first (`npm run build`): it serves out/renderer and starts out/main/worker.js.
 */
import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNELS, type EventName, type EventPayloads, type Reply } from '../shared/ipc';
import { appInfo } from '../main/appInfo';
import { createHandlers, handleInvoke } from '../main/ipc/handlers';
import { Autosave, RecentFiles } from '../main/files/experimentFiles';
import { SimulationPool, defaultPoolSize } from '../main/simulation/pool';
import { startFirstNights, type FirstNightsReport } from '../main/simulation/firstNights';
import { FIRST_NIGHTS_FILE, savedNightsFile, workerBuild } from '../main/simulation/firstNightFile';
import { serveDirectory } from '../scripts/staticServer';
import { packMessage, unpackMessage } from './bridgeWire';
import { transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(root, 'out', 'renderer');
const workerPath = join(root, 'out', 'main', 'worker.js');
const exportWorkerPath = join(root, 'out', 'main', 'exportWorker.js');
const fitWorkerPath = join(root, 'out', 'main', 'fitWorker.js');
const preloadPath = join(root, 'out', 'preload', 'index.cjs');

export interface RecordedCall {
  readonly channel: string;
  readonly payload: unknown;
  readonly reply: Reply<unknown>;
  /** Time in the handler (validation, pool, worker, transfer back), ms. */
  readonly handled_ms: number;
}

/** What the file dialogs will answer next, as the person at the keyboard would pick. */
export interface ScriptedDialogs {
  open: (string | null)[];
  /** Paths chosen in "Measured night…" (a hypnogram to compare). */
  hypnogram: (string | null)[];
  /** Paths chosen in "Fit a sleeper": PVT sessions, or a circadian fit's light log then its DLMOs. */
  pvt: (string | null)[];
  /** Paths chosen in "Diary or light log…" (data to drive a night with). */
  data: (string | null)[];
  save: (string | null)[];
  folder: (string | null)[];
  /** Paths chosen in "Export the chart as…". */
  exportFile: (string | null)[];
}

/** What the page put on the clipboard, newest last. */
export type ClipboardEntry =
  { readonly kind: 'image'; readonly png: Uint8Array } | { readonly kind: 'text'; readonly text: string };

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
  /** What the start did with the first nights' saved answers, once the worker's runs are in. */
  readonly firstNights: Promise<FirstNightsReport>;
  readonly clipboard: ClipboardEntry[];
  /** Sends a main-to-renderer event, as main's menu or pool would. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
  close(): Promise<void>;
}

/**
 * bridgeWire.ts as plain JavaScript for the page (a global __labWire), compiled once: esbuild
 * strips the types and keeps names as written (tsx's own transform would wrap functions in a
 * __name helper the page lacks).
 */
let wireCode: Promise<string> | null = null;
const wireScript = () =>
  (wireCode ??= transform(readFileSync(join(root, 'e2e', 'bridgeWire.ts'), 'utf8'), {
    loader: 'ts',
    format: 'iife',
    globalName: '__labWire',
  }).then((result) => result.code));

/** Each open harness's handler, by the path its page posts to (one server serves them all). */
const BRIDGE_PATH = '/__lab-bridge/';
const bridges = new Map<string, (channel: unknown, payload: unknown) => Promise<Reply<unknown>>>();
let bridgeCounter = 0;

function bridgeRoute(path: string, body: Uint8Array): Promise<Uint8Array> | null {
  const invoke = bridges.get(path);
  if (!invoke) return null;
  const [channel, payload] = unpackMessage(body) as [unknown, unknown];
  return invoke(channel, payload).then(packMessage);
}

/**
 * The page side of the bridge: the BUILT preload (out/preload/index.cjs) runs in the page as it
 * runs in Electron's sandbox, with a `require` that knows only `electron`, whose ipcRenderer goes
 * over the Playwright bindings and whose contextBridge defines the world's key. So every browser
 * test goes through the preload that ships, not a copy of it. Plain JavaScript text, so no
 * TypeScript runner can wrap its functions in helpers the page lacks; the preload's code is
 * pasted into the init script itself (no eval, which the page's CSP would refuse).
 */
const bridgeScript = (preload: string, bridgePath: string, wireScript: string) => `(() => {
  const listeners = new Map();
  // The wire format (e2e/bridgeWire.ts), the same code as main's side of the bridge runs.
${wireScript}
  const { packMessage: pack, unpackMessage: unpack } = __labWire;
  // When each call left, its reply arrived and was decoded (performance.now() ms): the benchmark
  // splits a slider move into bridge and renderer time with these. The newest 50 are kept.
  const timings = [];
  Object.defineProperty(window, '__labTimings', { value: timings });
  const ipcRenderer = {
    invoke(channel, payload) {
      const timing = { channel, sent: performance.now(), arrived: 0, decoded: 0 };
      if (timings.push(timing) > 50) timings.shift();
      return fetch(${JSON.stringify(bridgePath)}, { method: 'POST', body: pack([channel, payload]) })
        .then((response) => {
          if (!response.ok) throw new Error('the harness bridge answered ' + response.status);
          return response.arrayBuffer();
        })
        .then((buffer) => {
          timing.arrived = performance.now();
          const value = unpack(new Uint8Array(buffer));
          timing.decoded = performance.now();
          return value;
        });
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: api, writable: false, configurable: false });
    },
  };
  const electron = { contextBridge, ipcRenderer };
  const require = (id) => {
    if (id === 'electron' || id === 'electron/renderer') return electron;
    throw new Error('module not found: ' + id + ' (a sandboxed preload may require only electron, events, timers and url)');
  };
  // As Electron calls a listener: (event, payload); the preload must hand the page the payload only.
  Object.defineProperty(window, '__labDispatch', {
    value: (channel, payload) => listeners.get(channel)?.forEach((listener) => listener({ sender: ipcRenderer }, payload)),
  });
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;

let server: Promise<{ url: string; close: () => Promise<void> }> | null = null;

export async function openLab(page: Page, options: OpenLabOptions = {}): Promise<LabHarness> {
  if (
    ![join(rendererDir, 'index.html'), workerPath, exportWorkerPath, fitWorkerPath, preloadPath].every((path) =>
      existsSync(path),
    )
  ) {
    throw new Error('the lab is not built: run `npm run build` before the browser tests');
  }
  server ??= serveDirectory(rendererDir, { post: bridgeRoute });
  const { url } = await server;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string; version: string };
  const pool = new SimulationPool({ workerPath, size: defaultPoolSize(availableParallelism()) });
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'nocturne-lab-'));
  // As main does when its pool starts (main/electron/index.ts): a fresh user-data folder is a
  // first-ever start; one a harness used before has the first nights' answers saved.
  const firstNights = startFirstNights(pool, {
    store: savedNightsFile(join(userData, FIRST_NIGHTS_FILE)),
    build: workerBuild(workerPath),
  });
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
  const dialogs: ScriptedDialogs = { open: [], hypnogram: [], pvt: [], data: [], save: [], folder: [], exportFile: [] };
  const clipboard: ClipboardEntry[] = [];
  const handlers = createHandlers({
    pool,
    exportWorkerPath,
    fitWorkerPath,
    appInfo: appInfo(pkg, process.platform),
    emit: (event, payload) => void emit(event, payload),
    files: {
      dialogs: {
        chooseOpenPath: async () => dialogs.open.shift() ?? null,
        chooseHypnogramPath: async () => dialogs.hypnogram.shift() ?? null,
        choosePvtPath: async () => dialogs.pvt.shift() ?? null,
        chooseDataPath: async () => dialogs.data.shift() ?? null,
        chooseSavePath: async () => dialogs.save.shift() ?? null,
        chooseFolder: async () => dialogs.folder.shift() ?? null,
        chooseExportPath: async () => dialogs.exportFile.shift() ?? null,
      },
      clipboard: {
        writeImage: async (png) => void clipboard.push({ kind: 'image', png }),
        writeText: async (text) => void clipboard.push({ kind: 'text', text }),
      },
      fonts: {
        regular: join(root, 'assets', 'fonts', 'DejaVuSans.ttf'),
        bold: join(root, 'assets', 'fonts', 'DejaVuSans-Bold.ttf'),
      },
      recent: new RecentFiles(join(userData, 'recent.json')),
      autosave: new Autosave(userData),
    },
  });

  const invokeRecorded = async (channel: unknown, payload: unknown) => {
    const started = performance.now();
    const reply = await handleInvoke(handlers, channel, payload, {
      // Electron's printToPDF of the asking window; page.pdf is the same Chromium engine.
      printToPdf: async (paper) =>
        new Uint8Array(await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', printBackground: true })),
    });
    calls.push({ channel: String(channel), payload, reply, handled_ms: performance.now() - started });
    return reply;
  };
  // The raw binding (replies as Playwright serializes them), for specs that poke the bridge itself.
  await page.exposeBinding('__labInvoke', async (_source, channel: unknown, payload: unknown) =>
    invokeRecorded(channel, payload),
  );
  // What window.lab uses: one POST per call to this harness's path on the page's own server
  // (same origin, so the CSP's connect-src 'self' allows it), in the wire format above.
  const bridgePath = `${BRIDGE_PATH}${process.pid}-${++bridgeCounter}`;
  bridges.set(bridgePath, invokeRecorded);
  await page.addInitScript({
    content: bridgeScript(readFileSync(preloadPath, 'utf8'), bridgePath, await wireScript()),
  });
  const closeBridge = () => void bridges.delete(bridgePath);
  page.on('close', () => {
    closeBridge();
    void pool.close();
  });
  await page.goto(url);
  return {
    calls,
    pool,
    firstNights,
    clipboard,
    emit,
    dialogs,
    userData,
    close: () => {
      closeBridge();
      return pool.close();
    },
  };
}
