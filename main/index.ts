/**
 * App start: single-instance lock, the simulation pool, IPC, menu and the lab window.
 * One of the few files that import electron (with window.ts, menu.ts, dialogs.ts, ipc/register.ts).
 */
import { app, BrowserWindow, ClipboardItem, Menu, clipboard, dialog } from 'electron';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json';
import { EVENT_CHANNELS, type EventName, type EventPayloads } from '../shared/ipc';
import { appInfo } from './appInfo';
import { electronDialogs } from './dialogs';
import { Autosave, RecentFiles, readExperimentFile } from './files/experimentFiles';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { buildMenu } from './menu';
import { SimulationPool, defaultPoolSize } from './simulation/pool';
import { createLabWindow } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));

/** An experiment file named on the command line (`nocturne path/to/x.nocturne.json`). */
function fileArgument(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.endsWith('.json')) ?? null;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  const pool = new SimulationPool({
    workerPath: join(mainDir, 'worker.js'),
    size: defaultPoolSize(availableParallelism()),
  });
  const info = appInfo(pkg, process.platform);
  const userData = app.getPath('userData');
  const recent = new RecentFiles(join(userData, 'recent.json'));
  const autosave = new Autosave(userData);
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS[event], payload);
  };

  const openInWindow = async (path: string) => {
    try {
      const file = await readExperimentFile(path, info.model.version);
      emit('fileOpened', { file });
      await recent.add(path).then(setMenu, () => undefined);
    } catch (error) {
      emit('fileOpened', { path, error: { code: 'invalid-file', message: (error as Error).message } });
    }
  };

  const setMenu = (recentPaths: readonly string[]) =>
    Menu.setApplicationMenu(
      buildMenu({
        window: () => window,
        send: (command) => emit('menu', { command }),
        openRecent: (path) => void openInWindow(path),
        recent: recentPaths,
        info,
        development: !app.isPackaged,
      }),
    );

  app.on('second-instance', (_event, argv) => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const path = fileArgument(argv);
    if (path) void openInWindow(path);
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    registerIpc(
      createHandlers({
        pool,
        exportWorkerPath: join(mainDir, 'exportWorker.js'),
        appInfo: info,
        emit,
        files: {
          dialogs: electronDialogs(() => window, app.getPath('documents')),
          recent,
          autosave,
          onRecentChanged: setMenu,
          fonts: {
            regular: join(app.getAppPath(), 'assets', 'fonts', 'DejaVuSans.ttf'),
            bold: join(app.getAppPath(), 'assets', 'fonts', 'DejaVuSans-Bold.ttf'),
          },
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
    window = createLabWindow(mainDir);
    // The page asks before it is closed with unsaved changes (beforeunload); Electron needs us to ask.
    window.webContents.on('will-prevent-unload', (event) => {
      const choice = dialog.showMessageBoxSync(window!, {
        type: 'question',
        buttons: ['Discard changes and close', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'The experiment has unsaved changes.',
        detail: 'Closing now loses them.',
      });
      if (choice === 0) event.preventDefault();
    });
    const path = fileArgument(process.argv);
    if (path) window.webContents.once('did-finish-load', () => void openInWindow(path));
    window.on('closed', () => (window = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) window = createLabWindow(mainDir);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    // A normal quit: the session ended on purpose, so there is nothing to recover next time.
    void autosave.clear();
    void pool.close();
  });
}
