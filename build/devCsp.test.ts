/**
 * `npm run dev` serves the renderer from Vite's dev server, whose injected styles and WebSocket the
 * shipped CSP forbids: the dev server's index.html must carry the development policy, and the
 * built one the shipped policy. A real Vite server, as electron-vite dev starts it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { developmentCsp } from './devCsp';

const root = fileURLToPath(new URL('../renderer', import.meta.url));
let server: Awaited<ReturnType<typeof createServer>>;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [vue(), developmentCsp()],
    server: { port: 0, host: '127.0.0.1', strictPort: false, ws: false },
  });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!;
});

afterAll(async () => {
  await server?.close();
});

const metaPolicy = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

describe('the development CSP', () => {
  it('is what the dev server serves: inline styles and its own WebSocket allowed, scripts still self only', async () => {
    const html = await (await fetch(origin)).text();
    const policy = metaPolicy(html)!;
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain(`connect-src 'self' ws://${new URL(origin).host}`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-eval');
    // Vite's client is a module script from the server itself, so 'self' covers it.
    expect(html).toContain('/@vite/client');
  });

  it('leaves the source index.html (and so the build) with the shipped policy', () => {
    const source = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    expect(metaPolicy(source)).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
