/**
 * Runs a built preload the way Electron's sandboxed renderer does. In a sandbox, a preload's
 * `require` knows only electron's renderer modules, `events`, `timers` and `url` (Electron docs,
 * "Process Sandboxing"); there is no Node `require`, no `process.binding`, no file system. So a
 * preload that bundles `require("zod")` throws there, and `window.lab` never exists.
 *
 * The fake ipcRenderer and contextBridge are typed against Electron's own declarations, so the
 * calls the preload makes are calls the real objects have.
 */
import events from 'node:events';
import timers from 'node:timers';
import url from 'node:url';
import vm from 'node:vm';
import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';

/** What a sandboxed preload can require (Electron docs, "Process Sandboxing"). */
export const SANDBOX_MODULES = ['electron', 'electron/renderer', 'events', 'timers', 'url'] as const;

export interface InvokeCall {
  readonly channel: string;
  readonly payload: unknown;
}

export interface SandboxRun {
  /** World key → what the preload exposed under it. */
  readonly exposed: Record<string, unknown>;
  readonly invokes: InvokeCall[];
  /** The listeners the preload registered, by channel. */
  readonly listeners: Map<string, Set<(event: IpcRendererEvent, ...args: unknown[]) => void>>;
  /** Modules the preload asked for, in order (refused ones included). */
  readonly required: string[];
}

type FakeIpcRenderer = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function runPreloadInSandbox(code: string, reply: (call: InvokeCall) => unknown = () => null): SandboxRun {
  if (/^\s*(import|export)\s/m.test(code)) {
    throw new Error('the preload is an ES module; a sandboxed preload must be CommonJS');
  }
  const exposed: Record<string, unknown> = {};
  const invokes: InvokeCall[] = [];
  const listeners: SandboxRun['listeners'] = new Map();
  const required: string[] = [];

  const contextBridge: Pick<ContextBridge, 'exposeInMainWorld'> = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in exposed) throw new Error(`"${key}" is exposed twice`);
      exposed[key] = api;
    },
  };
  const ipcRenderer: FakeIpcRenderer = {
    invoke(channel: string, ...args: unknown[]) {
      const call = { channel, payload: args[0] };
      invokes.push(call);
      return Promise.resolve(reply(call));
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer as IpcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer as IpcRenderer;
    },
  };
  const electron = { contextBridge, ipcRenderer };
  const modules: Record<(typeof SANDBOX_MODULES)[number], unknown> = {
    electron,
    'electron/renderer': electron,
    events,
    timers,
    url,
  };
  const sandboxRequire = (id: string) => {
    required.push(id);
    const key = id.replace(/^node:/, '');
    if (key in modules) return modules[key as keyof typeof modules];
    throw new Error(`module not found: ${id}`);
  };
  const module = { exports: {} };
  // A fresh context: the preload sees none of this process's globals but the few a renderer has.
  const context = vm.createContext({ console, setTimeout, clearTimeout, queueMicrotask, Promise });
  const wrapper = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context) as (
    require: (id: string) => unknown,
    module: { exports: unknown },
    exports: unknown,
  ) => void;
  wrapper(sandboxRequire, module, module.exports);
  return { exposed, invokes, listeners, required };
}
