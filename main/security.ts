/**
 * Security settings of the window, in one place so tests can read them (Electron's security
 * checklist: isolation, sandbox, no Node in the renderer, a strict CSP, no navigation, no new
 * windows, no permissions).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Content-Security-Policy of the renderer; also in renderer/index.html as a meta tag. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** Where the app's own page lives: its built file, and in development its dev server. */
export interface AppPage {
  /** The renderer's index.html as a file: URL (out/renderer/index.html next to out/main). */
  readonly rendererUrl: string;
  readonly devServerUrl?: string | undefined;
}

/** The app's page for a main bundle in `mainDir` (out/main): out/renderer/index.html. */
export function appPage(mainDir: string, devServerUrl: string | undefined): AppPage {
  return { rendererUrl: pathToFileURL(join(mainDir, '../renderer/index.html')).href, devServerUrl };
}

/**
 * True for a URL that is the app's own renderer: exactly its index.html (any query or fragment),
 * or in development its dev server's origin. Not any file that happens to be called
 * renderer/index.html: a page elsewhere on disk must not get the app's IPC or navigation rights.
 */
export function isAppUrl(url: string, page: AppPage): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') {
      parsed.search = '';
      parsed.hash = '';
      return parsed.href === new URL(page.rendererUrl).href;
    }
    return page.devServerUrl !== undefined && parsed.origin === new URL(page.devServerUrl).origin;
  } catch {
    return false;
  }
}
