/**
 * The lab window as Electron would build it, with electron replaced by a recorder: the options it
 * is created with, the CSP header, the permission, navigation, webview and new-window handlers,
 * and which URLs may reach shell.openExternal (Electron security checklist, docs/SECURITY.md).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES } from '../security';
import { START_WEB_PREFERENCES } from '../startPreferences';

type Listener = (event: { preventDefault: () => void }, ...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  listeners: new Map<string, (...args: unknown[]) => unknown>(),
  openHandler: null as null | ((details: { url: string }) => { action: string }),
  headersHandler: null as null | ((details: unknown, callback: (response: unknown) => void) => void),
  permissionRequest: null as null | ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((...args: unknown[]) => boolean),
  loaded: [] as string[],
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (name: string, listener: (...args: unknown[]) => unknown) => fake.listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof fake.openHandler) => (fake.openHandler = handler),
    };
    constructor(options: Record<string, unknown>) {
      fake.windowOptions.push(options);
    }
    once() {}
    show() {}
    loadFile(path: string) {
      fake.loaded.push(`file ${path}`);
      return Promise.resolve();
    }
    loadURL(url: string) {
      fake.loaded.push(`url ${url}`);
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    shell: { openExternal: fake.openExternal },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (handler: typeof fake.headersHandler) => (fake.headersHandler = handler) },
        setPermissionRequestHandler: (handler: typeof fake.permissionRequest) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof fake.permissionCheck) => (fake.permissionCheck = handler),
      },
    },
  };
});

const { createLabWindow, secureDefaultSession } = await import('./window');

const APP_PAGE = 'nocturne://app/index.html';

function event() {
  return { preventDefault: vi.fn() };
}

beforeEach(() => {
  fake.windowOptions.length = 0;
  fake.listeners.clear();
  fake.loaded.length = 0;
  fake.openExternal.mockClear();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  secureDefaultSession();
  createLabWindow('/opt/nocturne/out/main', { width: 1200, height: 700, x: 10, y: 20, maximized: false });
});

describe('the lab window (electron mocked)', () => {
  it('is created with exactly the secure web preferences plus the preload', () => {
    expect(fake.windowOptions).toHaveLength(1);
    const prefs = fake.windowOptions[0]!.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual({
      ...SECURE_WEB_PREFERENCES,
      ...START_WEB_PREFERENCES,
      preload: '/opt/nocturne/out/preload/index.cjs',
    });
    // V8's code cache written on a script's first run (the app scheme allows it: protocol.ts).
    expect(prefs.v8CacheOptions).toBe('bypassHeatCheck');
    // The checklist items one by one, so a change to SECURE_WEB_PREFERENCES itself fails here too.
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    // The page comes from the app scheme, never file:// (main/protocol.ts).
    expect(fake.loaded).toEqual(['url nocturne://app/index.html']);
  });

  it('opens at the remembered bounds and never smaller than 1024×680', () => {
    expect(fake.windowOptions[0]).toMatchObject({
      width: 1200,
      height: 700,
      x: 10,
      y: 20,
      minWidth: 1024,
      minHeight: 680,
      show: false,
    });
  });

  it('sends the CSP as a response header on every response, keeping the other headers', () => {
    const callback = vi.fn();
    fake.headersHandler!({ responseHeaders: { 'X-Other': ['kept'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['kept'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])(
    'denies the permission request "%s" and reports it as not granted',
    (permission) => {
      const callback = vi.fn();
      fake.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(fake.permissionCheck!({}, permission, 'file://', {})).toBe(false);
    },
  );

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///opt/nocturne/out/renderer/index.html',
    'nocturne://app/other.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
  ])('refuses navigation to %s', (url) => {
    const e = event();
    (fake.listeners.get('will-navigate') as Listener)(e, url);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('lets the app reload its own page', () => {
    const e = event();
    (fake.listeners.get('will-navigate') as Listener)(e, APP_PAGE);
    expect(e.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach any webview', () => {
    const e = event();
    (fake.listeners.get('will-attach-webview') as Listener)(e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it.each([
    'https://example.com/',
    'http://nocturne.invalid/help',
    'https://nocturne.invalid.evil.example/help',
    'https://evil.example/?u=https://nocturne.invalid/',
    'https://user@evil.example/nocturne.invalid',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://nocturne.invalid/share',
    APP_PAGE,
  ])('never opens a new window, and does not hand %s to the system', (url) => {
    expect(fake.openHandler!({ url })).toEqual({ action: 'deny' });
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('hands only the allow-listed https documentation host to the system browser', () => {
    expect(fake.openHandler!({ url: 'https://nocturne.invalid/help/model' })).toEqual({ action: 'deny' });
    expect(fake.openExternal).toHaveBeenCalledExactlyOnceWith('https://nocturne.invalid/help/model');
  });
});
