/**
 * A tiny static file server on 127.0.0.1: the built renderer for the browser tests (file:// would
 * need extra Chromium flags), and the web edition for `npm start` where Electron is absent and for
 * its Playwright project. It only reads files under its folder (nothing above it, nothing written).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Answers a request with bytes of its own (or null to fall through to the files). */
export type ExtraRoute = (path: string) => Uint8Array | null;

/** Answers a POST from its body with bytes of its own (or null: no such route, 404). */
export type PostRoute = (path: string, body: Uint8Array) => Promise<Uint8Array> | null;

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly extra?: ExtraRoute;
  /** The browser harness's bridge (e2e/lab.ts): one request and reply per call, bytes as bytes. */
  readonly post?: PostRoute;
  /** The port on 127.0.0.1; 0 (the default) takes a free one. */
  readonly port?: number;
}

export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = options.post?.(path, Buffer.concat(chunks)) ?? null;
        if (!answer) {
          response.writeHead(404).end('not found');
          return;
        }
        answer.then(
          (bytes) => {
            response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' });
            response.end(bytes);
          },
          (error: unknown) => response.writeHead(500).end(error instanceof Error ? error.message : String(error)),
        );
      });
      return;
    }
    const bytes = options.extra?.(path);
    if (bytes) {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(bytes);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // Open keep-alive connections (a browser's) would hold close() open for minutes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
