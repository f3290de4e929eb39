/**
 * App start: single-instance lock, the simulation pool, IPC, menu and the lab window.
 * One of the few files that import electron (with window.ts, menu.ts, ipc/register.ts).
 */
import { app, BrowserWindow, Menu } from 'electron';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNELS, type EventName, type EventPayloads } from '../shared/ipc';
import pkg from '../package.json';
import { appInfo } from './appInfo';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { buildMenu } from './menu';
import { SimulationPool, defaultPoolSize } from './simulation/pool';
import { createLabWindow } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  const pool = new SimulationPool({
    workerPath: join(mainDir, 'worker.js'),
    size: defaultPoolSize(availableParallelism()),
  });
  const info = appInfo(pkg, process.platform);
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNELS[event], payload);
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    registerIpc(createHandlers({ pool, appInfo: info, emit }));
    Menu.setApplicationMenu(
      buildMenu({
        window: () => window,
        send: (command) => emit('menu', { command }),
        info,
        development: !app.isPackaged,
      }),
    );
    window = createLabWindow(mainDir);
    window.on('closed', () => (window = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) window = createLabWindow(mainDir);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void pool.close());
}
