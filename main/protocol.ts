/**
 * The app's own URL scheme, `nocturne://app/…`, serving the built renderer (out/renderer) instead
 * of file://. A file: page has an opaque origin and, by default, reach to every file on disk; a
 * privileged standard scheme gives the page a real origin ('self' in the CSP means exactly the app)
 * and lets main decide, file by file, what the page may load.
 *
 * Plain Node and WHATWG Request/Response: main/electron/index.ts passes `createRendererHandler` to
 * `protocol.handle`, and the tests call it with Requests directly.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'nocturne';
export const APP_HOST = 'app';
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * How the scheme is registered before `ready` (protocol.registerSchemesAsPrivileged): standard
 * (a host and relative URLs, like https), secure (no mixed-content warnings, secure context),
 * fetch allowed, and V8's code cache kept for its scripts (Electron caches code only for http(s)
 * unless a standard scheme asks: without it every start parses and compiles the page's script
 * again; the window's v8CacheOptions, main/electron/window.ts, says when the cache is written).
 * The CSP is not bypassed: the page's policy applies to it as to any origin.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export type ResolvedAppPath =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

/**
 * The file under `root` that an app URL names, or why none. Refused: another scheme or host, an
 * encoded slash or backslash (`%2F`, `%5C`) or NUL, a backslash, any `..` segment left after
 * decoding, and anything that resolves outside `root`. The URL parser already folds plain `..`
 * away; the checks after it are for what it does not fold (encodings) and belt and braces.
 */
export function resolveAppPath(root: string, url: string): ResolvedAppPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return { ok: false, status: 403, reason: `not an ${APP_SCHEME}://${APP_HOST} URL` };
  }
  const raw = parsed.pathname;
  if (/%2f|%5c|%00/i.test(raw) || raw.includes('\\')) {
    return { ok: false, status: 400, reason: 'encoded separators are not allowed' };
  }
  let segments: string[];
  try {
    segments = raw
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\0'))) {
    return { ok: false, status: 400, reason: 'dot segments are not allowed' };
  }
  if (segments.length === 0) segments = ['index.html'];
  const base = resolve(root);
  const target = resolve(base, ...segments);
  const inside = relative(base, target);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'outside the app' };
  }
  return { ok: true, path: target };
}

/** The protocol handler: a file of the built renderer, with its type and the app's CSP. */
export function createRendererHandler(
  root: string,
  contentSecurityPolicy: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405 });
    }
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return new Response(resolved.reason, { status: resolved.status });
    let body: Buffer;
    try {
      body = await readFile(resolved.path);
    } catch {
      return new Response('not found', { status: 404 });
    }
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(resolved.path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
