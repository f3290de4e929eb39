/** The lab window: created with the secure preferences, navigation and new windows denied. */
import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES, appPage, isAppUrl } from './security';

export function createLabWindow(mainDir: string): BrowserWindow {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  const page = appPage(mainDir, devServerUrl);
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1280,
    minHeight: 800,
    show: false,
    title: 'Nocturne',
    backgroundColor: '#10131a',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      // Repeated literally (same values) because the Electronegativity audit in CI reads the built
      // code statically and cannot follow the spread; main/window.test.ts checks they still match.
      contextIsolation: true,
      sandbox: true,
      preload: join(mainDir, '../preload/index.cjs'),
    },
  });

  // The CSP also as a header, so it holds even if the page's meta tag were changed.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, page)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Only the project's own https documentation may open, and only in the system browser.
    if (url.startsWith('https://') && new URL(url).hostname === 'nocturne.invalid') void shell.openExternal(url);
    return { action: 'deny' };
  });

  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(mainDir, '../renderer/index.html'));
  return window;
}
