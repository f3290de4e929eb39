/**
 * The built preload, run as Electron's sandbox runs it (tests/desktop/sandbox.ts): it must load,
 * expose exactly one object, `lab`, whose members are exactly the contract's, and forward each
 * call on the contract's channel. Members are derived from shared/ipcChannels.ts, not counted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, LAB_API_MEMBERS } from '../../shared/ipcChannels';
import { runPreloadInSandbox } from './sandbox';
import { BUILT_PRELOAD } from './paths';

const code = readFileSync(BUILT_PRELOAD, 'utf8');

describe('the built preload in the sandbox', () => {
  it('loads with only the sandbox modules and exposes one object, lab, with exactly the contract', () => {
    const run = runPreloadInSandbox(code);
    expect(Object.keys(run.exposed)).toEqual(['lab']);
    const lab = run.exposed.lab as Record<string, unknown>;
    expect(Object.keys(lab).sort()).toEqual([...LAB_API_MEMBERS].sort());
    for (const member of LAB_API_MEMBERS) expect(typeof lab[member]).toBe('function');
    expect(Object.isFrozen(lab)).toBe(true);
    // Only electron itself: everything else is bundled in (or must not be there at all).
    expect(new Set(run.required)).toEqual(new Set(['electron']));
  });

  it('forwards every invoke method on its channel with its payload, and returns the reply', async () => {
    const run = runPreloadInSandbox(code, ({ channel }) => ({ ok: true, value: channel }));
    const lab = run.exposed.lab as Record<string, (payload: unknown) => Promise<unknown>>;
    for (const [method, channel] of Object.entries(INVOKE_CHANNELS)) {
      const payload = { probe: method };
      await expect(lab[method]!(payload)).resolves.toEqual({ ok: true, value: channel });
      expect(run.invokes.at(-1)).toEqual({ channel, payload });
    }
    expect(run.invokes).toHaveLength(Object.keys(INVOKE_CHANNELS).length);
  });

  it('forwards the measured-data opens (a hypnogram, a diary or a light log) with their payloads as given', async () => {
    const run = runPreloadInSandbox(code, ({ channel, payload }) => ({ ok: true, value: { channel, payload } }));
    const lab = run.exposed.lab as Record<string, (payload: unknown) => Promise<unknown>>;
    const calls = [
      ['openHypnogram', 'hypnogram:open', { path: '/data/night.txt', epochLength_s: 20 }],
      ['openData', 'data:open', { kind: 'diary' }],
      ['openData', 'data:open', { path: '/data/light.zip', kind: 'lightLog' }],
    ] as const;
    for (const [method, channel, payload] of calls) {
      await expect(lab[method]!(payload)).resolves.toEqual({ ok: true, value: { channel, payload } });
    }
    expect(run.invokes.map((i) => i.channel)).toEqual(calls.map((c) => c[1]));
  });

  it('subscribes to contract events only, hides the IpcRendererEvent, and unsubscribes', () => {
    const run = runPreloadInSandbox(code);
    const lab = run.exposed.lab as { on(event: string, listener: (...args: unknown[]) => void): () => void };
    for (const [event, channel] of Object.entries(EVENT_CHANNELS)) {
      const seen: unknown[][] = [];
      const off = lab.on(event, (...args) => seen.push(args));
      const registered = [...(run.listeners.get(channel) ?? [])];
      expect(registered).toHaveLength(1);
      // Electron calls a listener with (event, payload): the page must get the payload alone,
      // never the event (its `sender` is ipcRenderer itself).
      registered[0]!({ sender: 'ipcRenderer' } as never, { n: 1 });
      expect(seen).toEqual([[{ n: 1 }]]);
      off();
      expect(run.listeners.get(channel)?.size).toBe(0);
    }
    expect(() => lab.on('not-an-event', () => undefined)).toThrow(/unknown event/);
  });
});

describe('the sandbox runner itself', () => {
  // Without these the test above could pass on a runner that allows anything.
  it('refuses a preload that requires a package, as Electron would', () => {
    const withZod = `const z = require("zod");\nrequire("electron").contextBridge.exposeInMainWorld("lab", {});`;
    expect(() => runPreloadInSandbox(withZod)).toThrow(/module not found: zod/);
  });

  it('refuses Node built-ins beyond events, timers and url', () => {
    expect(() => runPreloadInSandbox(`require("node:fs");`)).toThrow(/module not found: node:fs/);
    expect(() => runPreloadInSandbox(`require("path");`)).toThrow(/module not found: path/);
  });

  it('refuses an ES module preload', () => {
    expect(() => runPreloadInSandbox(`import { contextBridge } from "electron";`)).toThrow(/CommonJS/);
  });

  it('gives the preload no Node globals', () => {
    const probe = `require("electron").contextBridge.exposeInMainWorld("probe", {
      process: typeof process, buffer: typeof Buffer, dirname: typeof __dirname });`;
    expect(runPreloadInSandbox(probe).exposed.probe).toEqual({
      process: 'undefined',
      buffer: 'undefined',
      dirname: 'undefined',
    });
  });
});
