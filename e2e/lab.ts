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

/**
 * The bridge's wire format, both ways: a 32-bit length, that many bytes of JSON, then (from the
 * next multiple of 8) one block with the bytes of every typed array, each 8-byte aligned; in the
 * JSON a typed array is a marker {__ta: offset, kind, length} into the block, and a number JSON
 * cannot hold (NaN, ±Infinity, -0) is {__num: its text}. One HTTP request and its reply per call,
 * bytes as bytes, as Electron's structured clone moves them: the Playwright binding this replaced
 * (JSON there, plus a fetch for the bytes) cost ≈ 20 ms per slider move that the real app never pays.
 */
const TYPED = { f32: Float32Array, f64: Float64Array, u8: Uint8Array, u32: Uint32Array, i32: Int32Array } as const;
type TypedKind = keyof typeof TYPED;

function kindOf(value: unknown): TypedKind | null {
  for (const [kind, Type] of Object.entries(TYPED)) if (value instanceof Type) return kind as TypedKind;
  return null;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function packMessage(value: unknown): Uint8Array {
  const chunks: { at: number; bytes: Uint8Array }[] = [];
  let size = 0;
  const json = JSON.stringify(value ?? null, (_key, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
      return { __num: Object.is(v, -0) ? '-0' : String(v) };
    const kind = kindOf(v);
    if (!kind) return v;
    const view = v as ArrayBufferView & { length: number };
    chunks.push({ at: size, bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength) });
    const marker = { __ta: size, kind, length: view.length };
    size += align8(view.byteLength);
    return marker;
  });
  const text = new TextEncoder().encode(json);
  const head = 8 + align8(text.length);
  const out = new Uint8Array(head + size);
  new DataView(out.buffer).setUint32(0, text.length, true);
  out.set(text, 8);
  for (const chunk of chunks) out.set(chunk.bytes, head + chunk.at);
  return out;
}

export function unpackMessage(bytes: Uint8Array): unknown {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const head = 8 + align8(length);
  const json = new TextDecoder().decode(bytes.subarray(8, 8 + length));
  return JSON.parse(json, (_key, v: unknown) => {
    if (!v || typeof v !== 'object') return v;
    const marker = v as { __ta?: number; __num?: string; kind?: string; length?: number };
    if (marker.__num !== undefined) return Number(marker.__num);
    if (marker.__ta === undefined || !(marker.kind! in TYPED)) return v;
    const Type = TYPED[marker.kind as TypedKind];
    const from = bytes.byteOffset + head + marker.__ta;
    // Each typed array gets its own buffer, as a structured clone gives it.
    return new Type((bytes.buffer as ArrayBuffer).slice(from, from + marker.length! * Type.BYTES_PER_ELEMENT));
  });
}

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
const bridgeScript = (preload: string, bridgePath: string) => `(() => {
  const listeners = new Map();
  const KINDS = { f32: Float32Array, f64: Float64Array, u8: Uint8Array, u32: Uint32Array, i32: Int32Array };
  const kindOf = (v) => Object.keys(KINDS).find((k) => v instanceof KINDS[k]);
  const align8 = (n) => Math.ceil(n / 8) * 8;
  // The wire format of packMessage / unpackMessage (e2e/lab.ts), written again in the page's JavaScript.
  const pack = (value) => {
    const chunks = [];
    let size = 0;
    const json = JSON.stringify(value === undefined ? null : value, (key, v) => {
      if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return { __num: Object.is(v, -0) ? '-0' : String(v) };
      const kind = kindOf(v);
      if (!kind) return v;
      chunks.push({ at: size, bytes: new Uint8Array(v.buffer, v.byteOffset, v.byteLength) });
      const marker = { __ta: size, kind, length: v.length };
      size += align8(v.byteLength);
      return marker;
    });
    const text = new TextEncoder().encode(json);
    const head = 8 + align8(text.length);
    const out = new Uint8Array(head + size);
    new DataView(out.buffer).setUint32(0, text.length, true);
    out.set(text, 8);
    for (const c of chunks) out.set(c.bytes, head + c.at);
    return out;
  };
  const unpack = (buffer) => {
    const length = new DataView(buffer).getUint32(0, true);
    const head = 8 + align8(length);
    const json = new TextDecoder().decode(new Uint8Array(buffer, 8, length));
    return JSON.parse(json, (key, v) => {
      if (!v || typeof v !== 'object') return v;
      if (v.__num !== undefined) return Number(v.__num);
      if (v.__ta === undefined || !KINDS[v.kind]) return v;
      const Kind = KINDS[v.kind];
      // Each typed array gets its own buffer, as a structured clone gives it.
      return new Kind(buffer.slice(head + v.__ta, head + v.__ta + v.length * Kind.BYTES_PER_ELEMENT));
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
      return fetch(${JSON.stringify(bridgePath)}, { method: 'POST', body: pack([channel, payload]) })
        .then((response) => {
          if (!response.ok) throw new Error('the harness bridge answered ' + response.status);
          return response.arrayBuffer();
        })
        .then((buffer) => {
          timing.arrived = performance.now();
          const value = unpack(buffer);
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
  await page.addInitScript({ content: bridgeScript(readFileSync(preloadPath, 'utf8'), bridgePath) });
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
