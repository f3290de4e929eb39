/**
 * Lifecycle scenarios of the BUILT main process (out/main/index.js), each run in its own Node
 * process by runMain.ts with `electron` resolved to the fake (fakeElectron.ts). A scenario does
 * what Electron and a person would (ready, close every window, activate, a second instance,
 * a Finder double-click, quit) and asserts what main did. lifecycle.test.ts runs them all.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultExperiment, serializeExperiment } from '../../shared/experiment';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipcChannels';
import { SECURE_WEB_PREFERENCES } from '../../main/security';
import { START_WEB_PREFERENCES } from '../../main/startPreferences';
import { MIN_WINDOW_SIZE } from '../../main/windowState';
import { fakeEvent, state, type FakeBrowserWindow } from './fakeElectron';
import { BUILT_PRELOAD } from './paths';

export interface ScenarioContext {
  /** Imports the built main, as Electron would run it. */
  loadMain(): Promise<void>;
}

export interface Scenario {
  /** process.platform while main runs (macOS keeps running with no window, and has open-file). */
  readonly platform?: NodeJS.Platform;
  /** Arguments after the app's own path, as a launch from a shell or a file manager passes them. */
  readonly argv?: () => readonly string[];
  readonly run: (context: ScenarioContext) => Promise<void>;
}

// ── helpers ───────────────────────────────────────────────────────────────

async function until<T>(probe: () => T | undefined | null | false, what: string, ms = 8_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

const fake = () => state();
const liveWindows = () => fake().windows.filter((window) => !window.destroyed);

async function started(context: ScenarioContext): Promise<FakeBrowserWindow> {
  await context.loadMain();
  fake().app.becomeReady();
  const window = await until(() => liveWindows()[0], 'the first window');
  await until(() => window.shown, 'the first window to show');
  return window;
}

/** An experiment file on disk, as a person would have saved it. */
function experimentFile(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, serializeExperiment(defaultExperiment(), { app: 'Nocturne test', model: 'test' }));
  return path;
}

const filesOpened = (window: FakeBrowserWindow) =>
  window.webContents.sent
    .filter((message) => message.channel === EVENT_CHANNELS.fileOpened)
    .map((message) => message.args[0] as { file?: { path: string }; path?: string; error?: { message: string } });

/** Calls an IPC handler as Electron would, from a frame of the given window. */
function invoke(channel: string, payload: unknown, window: FakeBrowserWindow, frame = window.webContents.mainFrame) {
  const handler = fake().ipcHandlers.get(channel);
  assert.ok(handler, `no handler for ${channel}`);
  const event = { sender: window.webContents, senderFrame: frame } as never;
  return handler(event, payload) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  }>;
}

function assertHasEveryListener(window: FakeBrowserWindow) {
  assert.ok(window.webContents.listenerCount('will-prevent-unload') >= 1, 'asks before discarding changes');
  assert.ok(window.webContents.listenerCount('will-navigate') >= 1, 'guards navigation');
  assert.ok(window.webContents.listenerCount('will-attach-webview') >= 1, 'refuses webviews');
  assert.ok(window.webContents.windowOpenHandler, 'denies new windows');
  assert.ok(window.listenerCount('closed') >= 1, 'forgets the window when it closes');
  assert.ok(window.listenerCount('close') >= 1, 'saves the window state when it closes');
}

/** The file the command-line scenario launches with. */
let launchedWith = '';

// ── scenarios ─────────────────────────────────────────────────────────────

export const SCENARIOS: Record<string, Scenario> = {
  'start: one secure window on the app scheme, every channel registered, only the app may call': {
    async run(context) {
      await context.loadMain();
      // The scheme is privileged before ready (Electron refuses it after).
      assert.deepEqual(fake().privilegedSchemes, [
        // codeCache: V8 keeps the page's compiled scripts between starts (Electron needs standard too).
        { scheme: 'nocturne', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
      ]);
      assert.equal(liveWindows().length, 0, 'no window before ready');
      fake().app.becomeReady();
      const window = await until(() => liveWindows()[0], 'the first window');
      await until(() => window.shown, 'ready-to-show');
      assert.equal(liveWindows().length, 1);

      const prefs = window.options.webPreferences!;
      assert.deepEqual(
        { ...prefs, preload: undefined },
        { ...SECURE_WEB_PREFERENCES, ...START_WEB_PREFERENCES, preload: undefined },
      );
      // The code cache is written on a script's first run, so the second start reads compiled code.
      assert.equal(prefs.v8CacheOptions, 'bypassHeatCheck');
      assert.equal(resolve(prefs.preload!), BUILT_PRELOAD);
      assert.ok(existsSync(prefs.preload!), 'the preload the window names exists');
      assert.ok(window.options.minWidth! <= MIN_WINDOW_SIZE.width && window.options.minWidth! >= 800);
      assert.ok(window.options.minHeight! <= MIN_WINDOW_SIZE.height);
      assert.deepEqual(window.loaded, ['nocturne://app/index.html']);
      assertHasEveryListener(window);

      // The page and every file it names come from the app scheme's handler, from out/renderer.
      const handler = fake().protocolHandlers.get('nocturne');
      assert.ok(handler, 'nocturne:// is handled');
      const page = await handler(new Request('nocturne://app/index.html'));
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<div id="app">/);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1]!, 'nocturne://app/').href);
      assert.ok(
        assets.some((url) => url.endsWith('.js')),
        'the page names its script',
      );
      for (const url of assets) assert.equal((await handler(new Request(url))).status, 200, url);
      assert.equal((await handler(new Request('nocturne://app/../main/index.js'))).status, 404);
      assert.equal((await handler(new Request('nocturne://app/..%2fmain%2findex.js'))).status, 400);

      // Every channel of the contract, and nothing else.
      assert.deepEqual([...fake().ipcHandlers.keys()].sort(), Object.values(INVOKE_CHANNELS).sort());
      const info = await invoke('lab:info', undefined, window);
      assert.equal(info.ok, true);
      assert.equal((info.value as { app: { name: string } }).app.name, 'Nocturne');
      const fromSubframe = await invoke(
        'lab:info',
        undefined,
        window,
        window.webContents.subframe('nocturne://app/index.html'),
      );
      assert.equal(fromSubframe.error?.code, 'forbidden-sender');
      window.webContents.mainFrame.url = 'file:///tmp/evil/index.html';
      assert.equal((await invoke('lab:info', undefined, window)).error?.code, 'forbidden-sender');
      window.webContents.mainFrame.url = 'nocturne://app/index.html';

      // The session: the CSP header, no permissions. The About panel names the model.
      assert.equal(typeof fake().headersHandler, 'function');
      const check = fake().permissionCheckHandler as (...args: unknown[]) => boolean;
      assert.equal(check(null, 'media'), false);
      assert.match(String(fake().app.aboutPanel?.version), /^model /);
      assert.ok(fake().applicationMenus.length >= 1, 'a menu is set');
    },
  },

  'only one instance: a second launch hands over and quits before making anything': {
    async run(context) {
      fake().app.lock = false;
      await context.loadMain();
      fake().app.becomeReady();
      await new Promise((done) => setTimeout(done, 100));
      assert.equal(fake().app.quitCalls, 1);
      assert.equal(fake().windows.length, 0);
      assert.equal(fake().ipcHandlers.size, 0);
    },
  },

  'macOS: every window closed, then activate, gives a new window with every listener': {
    platform: 'darwin',
    async run(context) {
      const first = await started(context);
      first.close();
      assert.equal(fake().app.quitCalls, 0, 'macOS keeps running with no window');
      fake().app.emit('activate', fakeEvent(), false);
      const second = await until(() => liveWindows()[0], 'the window activate makes');
      assert.notEqual(second, first);
      assertHasEveryListener(second);
      // The stale window is not touched: a second instance now focuses the new one.
      fake().app.emit('second-instance', fakeEvent(), ['nocturne'], '/', {});
      assert.equal(second.focused, 1);
      assert.equal(liveWindows().length, 1);
      // Closing with unsaved changes asks, in the new window too: "Discard" lets it close...
      fake().messageBoxAnswers.push(0);
      const discard = fakeEvent();
      second.webContents.emit('will-prevent-unload', discard);
      assert.equal(discard.defaultPrevented, true);
      // ...and "Cancel" keeps it open.
      fake().messageBoxAnswers.push(1);
      const cancel = fakeEvent();
      second.webContents.emit('will-prevent-unload', cancel);
      assert.equal(cancel.defaultPrevented, false);
      assert.equal(fake().messageBoxes.length, 2);
      assert.match(String(fake().messageBoxes[0]!.message), /unsaved changes/);
    },
  },

  'macOS: the app menu has About, Hide and Quit, and there is a Window menu': {
    platform: 'darwin',
    async run(context) {
      await started(context);
      const template = fake().menus.at(-1)!;
      const appMenu = template[0]!;
      assert.equal(appMenu.label, 'Nocturne');
      const roles = (appMenu.submenu as { role?: string }[]).map((item) => item.role).filter(Boolean);
      assert.deepEqual(roles, ['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
      assert.ok(template.some((menu) => menu.role === 'windowMenu'));
      const file = template.find((menu) => menu.label === 'File')!;
      assert.ok(!(file.submenu as { role?: string }[]).some((item) => item.role === 'quit'), 'Quit only once');
    },
  },

  'Linux and Windows: closing the last window quits, and File has Quit': {
    platform: 'linux',
    async run(context) {
      const window = await started(context);
      const file = fake()
        .menus.at(-1)!
        .find((menu) => menu.label === 'File')!;
      assert.ok((file.submenu as { role?: string }[]).some((item) => item.role === 'quit'));
      window.close();
      await until(() => fake().app.quitCalls >= 1, 'quit after the last window');
    },
  },

  'a second instance with a relative path opens that file from its own working directory': {
    async run(context) {
      const window = await started(context);
      const elsewhere = mkdtempSync(join(tmpdir(), 'nocturne-cwd-'));
      const path = experimentFile(join(elsewhere, 'study'), 'night.nocturne');
      // Same relative name in our own cwd must not be what opens.
      fake().app.emit('second-instance', fakeEvent(), ['nocturne', 'study/night.nocturne'], elsewhere, {});
      const [opened] = await until(
        () => (filesOpened(window).length > 0 ? filesOpened(window) : null),
        'the file to open',
      );
      assert.equal(opened!.file?.path, path);
      // Into the system's recent documents (Dock, jump list) once the recent list is written.
      await until(() => fake().app.recentDocuments.length, 'the recent document');
      assert.deepEqual(fake().app.recentDocuments, [path]);
      // A broken file is refused with a message, not dropped.
      writeFileSync(join(elsewhere, 'broken.nocturne'), '{ "format": "nocturne-experiment", ');
      fake().app.emit('second-instance', fakeEvent(), ['nocturne', 'broken.nocturne'], elsewhere, {});
      const refused = await until(() => filesOpened(window)[1], 'the refusal');
      assert.equal(refused.path, join(elsewhere, 'broken.nocturne'));
      assert.ok(refused.error?.message, 'the refusal says why');
    },
  },

  'macOS: a second instance with no window open makes one and opens the file in it': {
    platform: 'darwin',
    async run(context) {
      const first = await started(context);
      first.close();
      const path = experimentFile(mkdtempSync(join(tmpdir(), 'nocturne-file-')), 'late.nocturne.json');
      fake().app.emit('second-instance', fakeEvent(), ['nocturne', path], '/', {});
      const window = await until(() => liveWindows()[0], 'a new window');
      const [opened] = await until(
        () => (filesOpened(window).length > 0 ? filesOpened(window) : null),
        'the file in it',
      );
      assert.equal(opened!.file?.path, path);
    },
  },

  'macOS: open-file before ready waits for the window; open-file after ready opens at once': {
    platform: 'darwin',
    async run(context) {
      await context.loadMain();
      const folder = mkdtempSync(join(tmpdir(), 'nocturne-finder-'));
      const early = experimentFile(folder, 'double-clicked.nocturne');
      const later = experimentFile(folder, 'dropped-on-dock.nocturne');
      const event = fakeEvent();
      fake().app.emit('open-file', event, early);
      assert.equal(event.defaultPrevented, true, 'main says it handles the file');
      fake().app.becomeReady();
      const window = await until(() => liveWindows()[0], 'the window');
      await until(() => filesOpened(window).length, 'the early file');
      fake().app.emit('open-file', fakeEvent(), later);
      await until(() => filesOpened(window).length === 2, 'the later file');
      assert.deepEqual(
        filesOpened(window).map((opened) => opened.file?.path),
        [early, later],
      );
      assert.equal(liveWindows().length, 1, 'both in the one window');
    },
  },

  'a file named on the command line opens once the page has loaded': {
    argv: () => {
      launchedWith = experimentFile(mkdtempSync(join(tmpdir(), 'nocturne-argv-')), 'launch.nocturne');
      return ['--some-chromium-flag', launchedWith];
    },
    async run(context) {
      const window = await started(context);
      await until(() => filesOpened(window).length, 'the file from argv');
      assert.equal(filesOpened(window)[0]!.file?.path, launchedWith);
    },
  },

  'quit waits until the autosave is cleared and the pool is closed': {
    async run(context) {
      const window = await started(context);
      const userData = fake().app.userData;
      const autosave = join(userData, 'autosave.nocturne.json');
      writeFileSync(autosave, serializeExperiment(defaultExperiment(), { app: 'x', model: 'y' }));
      writeFileSync(join(userData, 'autosave.meta.json'), '{"path":null,"savedAt":"2026-12-04T00:00:00Z"}');
      const request = { night: 'a', scenario: 'baseline', params: {}, seed: 1 };
      const before = await invoke('sim:run', request, window);
      assert.equal(before.ok, true, `the pool simulates before quit: ${before.error?.message}`);

      let seenAtExit: { autosave: boolean } | null = null;
      fake().app.once('fake:quit-completed', () => (seenAtExit = { autosave: existsSync(autosave) }));
      fake().app.quit();
      assert.equal(fake().app.quitsCompleted, 0, 'the first will-quit is held');
      await until(() => fake().app.quitsCompleted === 1, 'the quit to complete');
      assert.deepEqual(seenAtExit, { autosave: false }, 'the autosave was gone before the app exited');
      assert.equal(fake().app.quitCalls, 2, 'main quits again once cleaned up');
      const after = await invoke('sim:run', request, window);
      assert.equal(after.ok, false);
      assert.match(after.error!.message, /closed/, 'the pool was closed before the app exited');
    },
  },

  'the window remembers its bounds across launches': {
    async run(context) {
      const userData = fake().app.userData;
      writeFileSync(
        join(userData, 'window.json'),
        JSON.stringify({ x: 100, y: 80, width: 1300, height: 760, maximized: true }),
      );
      const window = await started(context);
      assert.deepEqual(
        [window.options.x, window.options.y, window.options.width, window.options.height],
        [100, 80, 1300, 760],
      );
      assert.equal(window.maximized, true);
      window.close();
      await until(() => {
        try {
          return JSON.parse(readFileSync(join(userData, 'window.json'), 'utf8')).maximized === true;
        } catch {
          return false;
        }
      }, 'the state to be saved on close');
    },
  },
};
