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

interface PackedReply {
  readonly json: string;
  /** Where the typed arrays' bytes wait on the harness's server (null when there are none). */
  readonly bytes: string | null;
}

/** Bytes of packed replies, each fetched once by the page (same origin, so the CSP allows it). */
const BRIDGE_PATH = '/__lab-bridge/';
const pendingBytes = new Map<string, Uint8Array>();
let packCounter = 0;

function bridgeRoute(path: string): Uint8Array | null {
  if (!path.startsWith(BRIDGE_PATH)) return null;
  const token = path.slice(BRIDGE_PATH.length);
  const bytes = pendingBytes.get(token) ?? null;
  pendingBytes.delete(token);
  return bytes;
}

/**
 * A reply as JSON with its typed arrays replaced by markers {__ta: offset, kind, length} into one
 * binary block (each array 8-byte aligned) that the page fetches as an ArrayBuffer. Bytes travel
 * as bytes, as they do through Electron's structured clone; sending them through Playwright's
 * binding (JSON, or base64 inside JSON) cost the bridge 70–150 ms per simulation that the real
 * app never pays.
 */
function packReply(reply: unknown): PackedReply {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const json = JSON.stringify(reply, (_key, value: unknown) => {
    const kind =
      value instanceof Float32Array
        ? 'f32'
        : value instanceof Float64Array
          ? 'f64'
          : value instanceof Uint8Array
            ? 'u8'
            : null;
    if (!kind) return value;
    const view = value as Float32Array | Float64Array | Uint8Array;
    const offset = size;
    chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    size += Math.ceil(view.byteLength / 8) * 8;
    return { __ta: offset, kind, length: view.length };
  });
  if (chunks.length === 0) return { json, bytes: null };
  const block = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    block.set(chunk, at);
    at += Math.ceil(chunk.byteLength / 8) * 8;
  }
  const token = `${process.pid}-${++packCounter}`;
  pendingBytes.set(token, block);
  // A page that never fetches (closed mid-call) must not keep the bytes alive.
  setTimeout(() => pendingBytes.delete(token), 60_000).unref();
  return { json, bytes: `${BRIDGE_PATH}${token}` };
}

/**
 * The page side of the bridge: the BUILT preload (out/preload/index.cjs) runs in the page as it
 * runs in Electron's sandbox, with a `require` that knows only `electron`, whose ipcRenderer goes
 * over the Playwright bindings and whose contextBridge defines the world's key. So every browser
 * test goes through the preload that ships, not a copy of it. Plain JavaScript text, so no
 * TypeScript runner can wrap its functions in helpers the page lacks; the preload's code is
 * pasted into the init script itself (no eval, which the page's CSP would refuse).
 */
const bridgeScript = (preload: string) => `(() => {
  const listeners = new Map();
  const packed = window.__labInvokePacked;
  const KINDS = { f32: Float32Array, f64: Float64Array, u8: Uint8Array };
  // Each typed array gets its own buffer, as a structured clone gives it.
  const unpack = async ({ json, bytes }) => {
    const block = bytes ? await (await fetch(bytes)).arrayBuffer() : null;
    return JSON.parse(json, (key, value) => {
      if (!value || typeof value !== 'object' || value.__ta === undefined || !KINDS[value.kind]) return value;
      const Kind = KINDS[value.kind];
      return new Kind(block.slice(value.__ta, value.__ta + value.length * Kind.BYTES_PER_ELEMENT));
    });
  };
  // When each call left, its reply arrived and was decoded (performance.now() ms): the benchmark
  // splits a slider move into bridge and renderer time with these. The newest 50 are kept.
  const timings = [];
  Object.defineProperty(window, '__labTimings', { value: timings });
  const ipcRenderer = {
    invoke(channel, payload) {
      const timing = { channel, sent: performance.now(), arrived: 0, decoded: 0 };
      if (timings.push(timing) > 50) timings.shift();
      return packed(channel, payload).then(async (reply) => {
        timing.arrived = performance.now();
        const value = await unpack(reply);
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
  server ??= serveDirectory(rendererDir, { extra: bridgeRoute });
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
  // What window.lab uses: JSON through the binding, typed arrays as one binary block fetched
  // beside it (packReply), which is what Electron's structured clone does in effect.
  await page.exposeBinding('__labInvokePacked', async (_source, channel: unknown, payload: unknown) =>
    packReply(await invokeRecorded(channel, payload)),
  );
  await page.addInitScript({ content: bridgeScript(readFileSync(preloadPath, 'utf8')) });
  page.on('close', () => void pool.close());
  await page.goto(url);
  return { calls, pool, firstNights, clipboard, emit, dialogs, userData, close: () => pool.close() };
}
