/**
 * Security settings of the window, in one place so tests can read them (Electron's security
 * checklist: isolation, sandbox, no Node in the renderer, a strict CSP, no navigation, no new
 * windows, no permissions).
 */
import { APP_INDEX_URL } from './protocol';

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

/**
 * The CSP while developing against electron-vite's dev server: Vite injects each component's
 * styles as <style> elements and talks to its server over a WebSocket, which the shipped policy
 * forbids. Used only when ELECTRON_RENDERER_URL is set (npm run dev), by the window's header and
 * by the dev server's copy of index.html (electron.vite.config.ts); never built into the app.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const server = new URL(devServerUrl);
  const socket = `${server.protocol === 'https:' ? 'wss' : 'ws'}://${server.host}`;
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socket}`,
  );
}

/** Where the app's own page lives: nocturne://app/index.html, and in development its dev server. */
export interface AppPage {
  /** The renderer's page on the app scheme (main/protocol.ts). */
  readonly rendererUrl: string;
  readonly devServerUrl?: string | undefined;
}

export function appPage(devServerUrl: string | undefined): AppPage {
  return { rendererUrl: APP_INDEX_URL, devServerUrl };
}

/** The CSP the window's responses carry: the shipped one, or in development the dev server's. */
export function pagePolicy(page: AppPage): string {
  return page.devServerUrl ? developmentContentSecurityPolicy(page.devServerUrl) : CONTENT_SECURITY_POLICY;
}

/**
 * True for a URL that is the app's own renderer: exactly nocturne://app/index.html (any query or
 * fragment), or in development its dev server's origin. Not another page of the scheme, not a
 * file: URL, nothing else: a page elsewhere must not get the app's IPC or navigation rights.
 * (WHATWG URL gives a non-special scheme an opaque origin, so scheme, host and path are compared.)
 */
export function isAppUrl(url: string, page: AppPage): boolean {
  try {
    const parsed = new URL(url);
    const app = new URL(page.rendererUrl);
    if (parsed.protocol === app.protocol) {
      return parsed.host === app.host && parsed.pathname === app.pathname && !parsed.username && !parsed.port;
    }
    return page.devServerUrl !== undefined && parsed.origin === new URL(page.devServerUrl).origin;
  } catch {
    return false;
  }
}
