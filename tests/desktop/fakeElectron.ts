/**
 * A fake `electron` for running the BUILT main process (out/main/index.js) under plain Node: a
 * module hook (electronHook.mjs) resolves `electron` to this file. Each export is typed as a `Pick`
 * of the real export's type in node_modules/electron/electron.d.ts, so `vue-tsc -b` fails the day
 * the real API drops or changes a member the fake (and so main) relies on.
 *
 * The fake records what main does (windows, listeners, IPC handlers, menus, protocol handlers,
 * quits) and lets a scenario emit the events Electron would (ready, activate, second-instance,
 * open-file, will-quit). State lives on globalThis so the scenario and main share one instance
 * whichever URL each imported this module by.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Electron from 'electron';

type MessageBoxAnswer = number;

/** An Electron event as listeners receive it: preventDefault recorded. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent & Electron.Event {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event as FakeEvent & Electron.Event;
}

class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'send' | 'setWindowOpenHandler' | 'printToPDF' | 'isDestroyed'>
{
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  readonly mainFrame: FakeFrame;

  constructor(url: string) {
    super();
    this.mainFrame = new FakeFrame(url);
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-1.4 fake'));
  }
  isDestroyed(): boolean {
    return false;
  }
  /** A frame inside the page (an iframe): never allowed to call main. */
  subframe(url: string): FakeFrame {
    return new FakeFrame(url, this.mainFrame);
  }
}

type WindowMethods =
  | 'isDestroyed'
  | 'isMinimized'
  | 'isMaximized'
  | 'restore'
  | 'focus'
  | 'show'
  | 'maximize'
  | 'loadURL'
  | 'loadFile'
  | 'getNormalBounds'
  | 'close';

export class FakeBrowserWindow extends EventEmitter implements Pick<Electron.BrowserWindow, WindowMethods> {
  static getAllWindows(): FakeBrowserWindow[] {
    return state().windows.filter((window) => !window.destroyed);
  }

  readonly webContents: FakeWebContents;
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly loaded: string[] = [];
  destroyed = false;
  minimized = false;
  maximized = false;
  shown = false;
  focused = 0;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents('');
    state().windows.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused += 1;
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  /** Loads like Chromium: later, ready-to-show, then did-finish-load. */
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    setImmediate(() => {
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    });
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    return this.loadURL(`file://${path}`);
  }
  getNormalBounds(): Electron.Rectangle {
    const { x = 40, y = 30, width = 800, height = 600 } = this.options;
    return { x, y, width, height };
  }
  /** Closes as Electron does: close (cancellable), then closed, then the window is gone. */
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) fakeApp().emit('window-all-closed');
  }
}

class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'getPath'
      | 'getAppPath'
      | 'isReady'
      | 'whenReady'
      | 'addRecentDocument'
      | 'setAboutPanelOptions'
      | 'isPackaged'
    >
{
  isPackaged = false;
  ready = false;
  lock = true;
  readonly userData = mkdtempSync(join(tmpdir(), 'nocturne-fake-electron-'));
  readonly appPath: string = process.cwd();
  readonly recentDocuments: string[] = [];
  aboutPanel: Electron.AboutPanelOptionsOptions | null = null;
  /** Calls of app.quit(), and how many of them got past will-quit. */
  quitCalls = 0;
  quitsCompleted = 0;
  private readyResolve!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));

  requestSingleInstanceLock(): boolean {
    return this.lock;
  }
  quit(): void {
    this.quitCalls += 1;
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    const willQuit = fakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.quitsCompleted += 1;
    // Not an Electron event: the moment the real app would exit, for the scenario to look at disk.
    this.emit('fake:quit-completed');
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    return name === 'userData' ? this.userData : join(this.userData, name);
  }
  getAppPath(): string {
    return this.appPath;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  addRecentDocument(path: string): void {
    this.recentDocuments.push(path);
  }
  setAboutPanelOptions(options: Electron.AboutPanelOptionsOptions): void {
    this.aboutPanel = options;
  }
  /** What Electron does when Chromium has started. */
  becomeReady(): void {
    this.ready = true;
    this.emit('ready');
    this.readyResolve();
  }
}

type IpcHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

interface FakeState {
  readonly app: FakeApp;
  readonly windows: FakeBrowserWindow[];
  readonly ipcHandlers: Map<string, IpcHandler>;
  readonly protocolHandlers: Map<string, ProtocolHandler>;
  readonly privilegedSchemes: Electron.CustomScheme[];
  readonly menus: Electron.MenuItemConstructorOptions[][];
  readonly applicationMenus: unknown[];
  /** What showMessageBoxSync answers next (0: the first button); each call recorded. */
  messageBoxAnswers: MessageBoxAnswer[];
  readonly messageBoxes: Electron.MessageBoxSyncOptions[];
  headersHandler: unknown;
  permissionRequestHandler: unknown;
  permissionCheckHandler: unknown;
}

const KEY = Symbol.for('nocturne.fakeElectron');
const holder = globalThis as unknown as Record<symbol, FakeState | undefined>;

export function state(): FakeState {
  holder[KEY] ??= {
    app: new FakeApp(),
    windows: [],
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    privilegedSchemes: [],
    menus: [],
    applicationMenus: [],
    messageBoxAnswers: [],
    messageBoxes: [],
    headersHandler: null,
    permissionRequestHandler: null,
    permissionCheckHandler: null,
  };
  return holder[KEY]!;
}

const fakeApp = () => state().app;

// ── the exports main imports (each a Pick of the real one) ─────────────────

export const app: FakeApp = fakeApp();

export const BrowserWindow = FakeBrowserWindow;

export const ipcMain: Pick<Electron.IpcMain, 'handle'> = {
  handle(channel: string, listener: IpcHandler) {
    if (state().ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state().ipcHandlers.set(channel, listener);
  },
};

export const protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]) {
    // Electron throws when this is called after ready; so does the fake.
    if (state().app.ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    state().privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler) {
    if (!state().app.ready) throw new Error('protocol.handle must be called after the app is ready');
    state().protocolHandlers.set(scheme, handler);
  },
};

export const Menu: Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'> = {
  buildFromTemplate(template: Electron.MenuItemConstructorOptions[]) {
    state().menus.push(template);
    return { template } as unknown as Electron.Menu;
  },
  setApplicationMenu(menu: Electron.Menu | null) {
    state().applicationMenus.push(menu);
  },
};

export const dialog: Pick<
  Electron.Dialog,
  'showMessageBoxSync' | 'showMessageBox' | 'showOpenDialog' | 'showSaveDialog'
> = {
  showMessageBoxSync(...args: unknown[]) {
    const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxSyncOptions;
    state().messageBoxes.push(options);
    return state().messageBoxAnswers.shift() ?? options.cancelId ?? 0;
  },
  showMessageBox() {
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showOpenDialog() {
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
  showSaveDialog() {
    return Promise.resolve({ canceled: true, filePath: '' });
  },
};

export const screen: Pick<Electron.Screen, 'getAllDisplays'> = {
  getAllDisplays(): Electron.Display[] {
    const workArea = { x: 0, y: 0, width: 1920, height: 1050 };
    const display: Electron.Display = {
      accelerometerSupport: 'unknown',
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      colorDepth: 24,
      colorSpace: 'srgb',
      depthPerComponent: 8,
      detected: true,
      displayFrequency: 60,
      id: 1,
      internal: false,
      label: 'fake',
      maximumCursorSize: { width: 64, height: 64 },
      monochrome: false,
      nativeOrigin: { x: 0, y: 0 },
      rotation: 0,
      scaleFactor: 1,
      size: { width: 1920, height: 1080 },
      touchSupport: 'unknown',
      workArea,
      workAreaSize: { width: workArea.width, height: workArea.height },
    };
    return [display];
  },
};

export const session: {
  defaultSession: Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
    webRequest: Pick<Electron.WebRequest, 'onHeadersReceived'>;
  };
} = {
  defaultSession: {
    webRequest: {
      onHeadersReceived(...args: unknown[]) {
        state().headersHandler = args.at(-1);
      },
    },
    setPermissionRequestHandler(handler) {
      state().permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      state().permissionCheckHandler = handler;
    },
  },
};

export const shell: Pick<Electron.Shell, 'openExternal'> = {
  openExternal: () => Promise.resolve(),
};

export const clipboard: Pick<Electron.Clipboard, 'writeText' | 'write'> = {
  writeText: () => Promise.resolve(),
  write: () => Promise.resolve(),
};

export class ClipboardItem implements Pick<Electron.ClipboardItem, 'types'> {
  readonly types: string[];
  constructor(readonly items: ConstructorParameters<typeof Electron.ClipboardItem>[0]) {
    this.types = Object.keys(items);
  }
}

export const nativeTheme: Pick<Electron.NativeTheme, 'themeSource'> = { themeSource: 'system' };
