/**
 * App start and lifecycle: single-instance lock, the app scheme, the simulation pool, IPC, menu,
 * and the lab window. One `openWindow` serves start, macOS `activate` and `second-instance`, so
 * every window gets the same listeners. Only main/electron/ imports electron; everything it wires
 * together here is plain Node in main/ (the CLI and the browser harness use the same files).
 * It still builds to out/main/index.js (electron.vite.config.ts), so the paths it computes from
 * its own directory (worker.js, ../renderer, ../preload) are unchanged. tests/desktop/lifecycle.test.ts drives the BUILT file
 * with a fake electron typed against Electron's own declarations.
 */
import { app, BrowserWindow, ClipboardItem, Menu, clipboard, dialog, protocol, screen } from 'electron';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Only these two fields: a default import would bundle all of package.json into main.
import { productName, version } from '../../package.json';
import { EVENT_CHANNELS, type EventName, type EventPayloads } from '../../shared/ipc';
import { aboutDetail, appInfo } from '../appInfo';
import { electronDialogs } from './dialogs';
import { Autosave, RecentFiles, readExperimentFile } from '../files/experimentFiles';
import { createHandlers } from '../ipc/handlers';
import { registerIpc } from './ipc';
import { PendingFiles, fileArgument } from '../launchFiles';
import { fontPaths } from '../resources';
import { buildMenu } from './menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createRendererHandler } from '../protocol';
import { CONTENT_SECURITY_POLICY } from '../security';
import { SimulationPool, defaultPoolSize } from '../simulation/pool';
import { startFirstNights } from '../simulation/firstNights';
import { FIRST_NIGHTS_FILE, savedNightsFile, workerBuild } from '../simulation/firstNightFile';
import { createLabWindow, secureDefaultSession } from './window';
import { WindowStateFile, restoreWindowState, snapshotToState } from '../windowState';

const mainDir = dirname(fileURLToPath(import.meta.url));

/** How long quitting waits for the autosave to be cleared and the workers to stop. */
const QUIT_CLEANUP_LIMIT_MS = 5_000;

// Before `ready`, or Chromium will not treat nocturne:// as a standard, secure origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  /** Resolves when the current window's page has loaded (and can receive events). */
  let pageLoaded: Promise<void> = Promise.resolve();
  const pending = new PendingFiles();
  const pool = new SimulationPool({
    workerPath: join(mainDir, 'worker.js'),
    size: defaultPoolSize(availableParallelism()),
  });
  const userData = app.getPath('userData');
  // The page's first requests, started now: the workers' slow first runs overlap Electron's start
  // and the page's loading, and the page takes them over when it asks; from the second start on,
  // the answers the last start saved (same engine build, checked) answer them at once (firstNights.ts).
  void startFirstNights(pool, {
    store: savedNightsFile(join(userData, FIRST_NIGHTS_FILE)),
    build: workerBuild(join(mainDir, 'worker.js')),
  });
  const info = appInfo({ productName, version }, process.platform);
  const recent = new RecentFiles(join(userData, 'recent.json'));
  const autosave = new Autosave(userData);
  const windowState = new WindowStateFile(join(userData, 'window.json'));
  let savedWindowState: unknown = null;

  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS[event], payload);
  };

  const setMenu = (recentPaths: readonly string[]) =>
    Menu.setApplicationMenu(
      buildMenu({
        window: () => window,
        send: (command) => emit('menu', { command }),
        openRecent: (path) => void openFile(path),
        recent: recentPaths,
        info,
        development: !app.isPackaged,
      }),
    );

  /** The recent list changed (a file opened or saved): the menu and the system's list follow. */
  const recentChanged = (paths: readonly string[]) => {
    setMenu(paths);
    if (paths[0]) app.addRecentDocument(paths[0]);
  };

  /** The page asks before it is closed with unsaved changes (beforeunload); Electron needs us to ask. */
  const askBeforeDiscarding = (owner: BrowserWindow) => (event: Electron.Event) => {
    const choice = dialog.showMessageBoxSync(owner, {
      type: 'question',
      buttons: ['Discard changes and close', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'The experiment has unsaved changes.',
      detail: 'Closing now loses them.',
    });
    if (choice === 0) event.preventDefault();
  };

  /** The lab window: the open one brought forward, or a new one with every listener. */
  const openWindow = (): BrowserWindow => {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
      return window;
    }
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const created = createLabWindow(mainDir, restoreWindowState(savedWindowState, workAreas));
    window = created;
    pageLoaded = new Promise((resolve) => created.webContents.once('did-finish-load', () => resolve()));
    created.webContents.on('will-prevent-unload', askBeforeDiscarding(created));
    created.on('close', () => {
      const state = snapshotToState({ normalBounds: created.getNormalBounds(), maximized: created.isMaximized() });
      savedWindowState = state;
      void windowState.write(state).catch(() => undefined);
    });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    return created;
  };

  /** Opens an experiment file in the lab window, creating the window (and waiting for it) if needed. */
  const openFile = async (path: string) => {
    if (!app.isReady()) {
      pending.add(path);
      return;
    }
    openWindow();
    await pageLoaded;
    try {
      const file = await readExperimentFile(path, info.model.version);
      emit('fileOpened', { file });
      await recent.add(path).then(recentChanged, () => undefined);
    } catch (error) {
      emit('fileOpened', { path, error: { code: 'invalid-file', message: (error as Error).message } });
    }
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    openWindow();
    const path = fileArgument(argv, workingDirectory);
    if (path) void openFile(path);
  });

  // macOS: a double-click in Finder, a drop onto the Dock icon, Open With. It can arrive before
  // `ready` (the file that launched the app); then it waits for the window.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFile(path);
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createRendererHandler(join(mainDir, '../renderer'), CONTENT_SECURITY_POLICY));
    secureDefaultSession();
    app.setAboutPanelOptions({
      applicationName: info.app.name,
      applicationVersion: info.app.version,
      version: `model ${info.model.version}`,
      credits: aboutDetail(info, process.versions),
    });
    registerIpc(
      createHandlers({
        pool,
        exportWorkerPath: join(mainDir, 'exportWorker.js'),
        fitWorkerPath: join(mainDir, 'fitWorker.js'),
        appInfo: info,
        emit,
        files: {
          dialogs: electronDialogs(() => window, app.getPath('documents')),
          recent,
          autosave,
          onRecentChanged: recentChanged,
          // Outside the asar when packaged (the native canvas reads them by path), else the source tree.
          fonts: fontPaths({
            isPackaged: app.isPackaged,
            resourcesPath: process.resourcesPath,
            appPath: app.getAppPath(),
          }),
          clipboard: {
            // Electron 45's clipboard is the asynchronous, W3C-shaped one.
            writeImage: (png) =>
              clipboard.write([
                new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) }),
              ]),
            writeText: (text) => clipboard.writeText(text),
          },
        },
      }),
    );
    setMenu(await recent.list());
    savedWindowState = await windowState.read();
    openWindow();
    const launched = fileArgument(process.argv, process.cwd());
    if (launched) pending.add(launched);
    for (const path of pending.take()) void openFile(path);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // A normal quit: the session ended on purpose, so there is nothing to recover next time. Quitting
  // waits (a bounded time) for the autosave to be gone and the workers to stop, or the next start
  // would offer to recover a session that was closed on purpose.
  let cleanup: 'not-started' | 'running' | 'done' = 'not-started';
  app.on('will-quit', (event) => {
    if (cleanup === 'done') return;
    event.preventDefault();
    if (cleanup === 'running') return;
    cleanup = 'running';
    const limit = new Promise<void>((resolve) => setTimeout(resolve, QUIT_CLEANUP_LIMIT_MS).unref());
    void Promise.race([Promise.allSettled([autosave.clear(), pool.close()]), limit]).then(() => {
      cleanup = 'done';
      app.quit();
    });
  });
}
