/**
 * The lab window: created with the secure preferences, navigation and new windows denied, the
 * page loaded from the app scheme (main/protocol.ts) or, in development, the dev server.
 */
import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { SECURE_WEB_PREFERENCES, appPage, isAppUrl, pagePolicy } from '../security';
import { MIN_WINDOW_SIZE, type WindowState } from '../windowState';
import { START_WEB_PREFERENCES } from '../startPreferences';

/** The page this process serves: the dev server when electron-vite dev runs us, else the app scheme. */
export const currentPage = () => appPage(process.env.ELECTRON_RENDERER_URL);

/**
 * The default session's rules, set once at start: the CSP as a response header (so it holds even
 * if the page's meta tag were changed; the app scheme's own responses carry it too), and no
 * permission for anything.
 */
export function secureDefaultSession(): void {
  const policy = pagePolicy(currentPage());
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createLabWindow(mainDir: string, state: WindowState): BrowserWindow {
  const page = currentPage();
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Nocturne',
    backgroundColor: '#10131a',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      ...START_WEB_PREFERENCES,
      // Repeated literally (same values) because the Electronegativity audit in CI reads the built
      // code statically and cannot follow the spread; main/electron/window.test.ts checks they still match.
      contextIsolation: true,
      sandbox: true,
      preload: join(mainDir, '../preload/index.cjs'),
    },
  });

  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, page)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Only the project's own https documentation may open, and only in the system browser.
    if (url.startsWith('https://') && new URL(url).hostname === 'nocturne.invalid') void shell.openExternal(url);
    return { action: 'deny' };
  });

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(page.devServerUrl ?? page.rendererUrl);
  return window;
}
