import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES, appPage, isAppUrl, pagePolicy } from './security';

describe('window security', () => {
  it('turns on isolation and the sandbox and keeps Node out of the renderer', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict CSP, the same in the page and in the header', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // The meta tag cannot carry frame-ancestors; everything else must match.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('recognises only the app’s own page', () => {
    const page = appPage(undefined);
    expect(page.rendererUrl).toBe('nocturne://app/index.html');
    expect(isAppUrl('nocturne://app/index.html', page)).toBe(true);
    expect(isAppUrl('nocturne://app/index.html#/compare', page)).toBe(true);
    expect(isAppUrl('nocturne://app/index.html?night=b', page)).toBe(true);
    expect(isAppUrl('nocturne://app/assets/../index.html', page)).toBe(true);
    // Not another page of the scheme, another host, a file: page, or the web.
    expect(isAppUrl('nocturne://app/other.html', page)).toBe(false);
    expect(isAppUrl('nocturne://evil/index.html', page)).toBe(false);
    expect(isAppUrl('nocturne://user@app/index.html', page)).toBe(false);
    expect(isAppUrl('file:///opt/nocturne/out/renderer/index.html', page)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', page)).toBe(false);
    expect(isAppUrl('https://example.com/', page)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', page)).toBe(false);
    const dev = appPage('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });

  it('relaxes the CSP only for the dev server, and only as much as Vite needs', () => {
    const page = appPage(undefined);
    expect(pagePolicy(page)).toBe(CONTENT_SECURITY_POLICY);
    const dev = pagePolicy(appPage('http://localhost:5173'));
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("script-src 'self';");
    expect(dev).not.toContain('unsafe-eval');
  });
});

/**
 * Checklist items that are met by never using an API: a scan of every source file that ships
 * (main, preload, renderer, shared), so a future use fails here rather than in a review.
 */
describe('APIs the app must not use (source scan)', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const sources = ['main', 'preload', 'renderer', 'shared'].flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile() && /\.(ts|vue|html)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
      .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/')),
  );
  const text = new Map(sources.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
  const using = (pattern: RegExp) => sources.filter((file) => pattern.test(text.get(file)!));

  it('scans the app’s sources', () => {
    expect(sources).toEqual(
      expect.arrayContaining(['main/electron/window.ts', 'preload/index.ts', 'renderer/index.html']),
    );
    expect(sources.length).toBeGreaterThan(20);
  });

  it('has no remote module', () => {
    expect(using(/@electron\/remote|enableRemoteModule|\bremote\s*[.:]|\.remote\b|['"]remote['"]/)).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, object>;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@electron/remote');
  });

  it('calls shell.openExternal only in window.ts, behind its allow-list (tested in window.test.ts)', () => {
    expect(using(/openExternal|openPath|showItemInFolder/)).toEqual(['main/electron/window.ts']);
    expect(text.get('main/electron/window.ts')!.match(/openExternal\(/g)).toHaveLength(1);
  });

  it('never turns a protection off or enables risky features', () => {
    expect(
      using(
        /nodeIntegration\w*\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false|webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true|experimentalFeatures\s*:\s*true|enableBlinkFeatures|webviewTag\s*:\s*true|<webview/,
      ),
    ).toEqual([]);
  });

  it('does not relax certificate checks, register file or deep-link protocols, or intercept others', () => {
    expect(
      using(
        /certificate-error|setCertificateVerifyProc|ignore-certificate-errors|registerFileProtocol|setAsDefaultProtocolClient|intercept\w*Protocol|bypassCSP/,
      ),
    ).toEqual([]);
  });

  it('serves exactly one custom scheme, the app’s own, from main/electron/index.ts only (main/protocol.ts)', () => {
    expect(using(/protocol\.handle\(|registerSchemesAsPrivileged\(/)).toEqual(['main/electron/index.ts']);
    const index = text.get('main/electron/index.ts')!;
    expect(index.match(/protocol\.handle\(/g)).toHaveLength(1);
    expect(index).toMatch(/protocol\.handle\(APP_SCHEME,/);
    expect(index).toMatch(
      /registerSchemesAsPrivileged\(\[\{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES \}\]\)/,
    );
  });

  it('has no eval-like code in the renderer or preload', () => {
    const renderer = sources.filter((f) => f.startsWith('renderer/') || f.startsWith('preload/'));
    expect(renderer.filter((f) => /\beval\(|new Function\(|insertAdjacentHTML|\bv-html\b/.test(text.get(f)!))).toEqual(
      [],
    );
  });
});
