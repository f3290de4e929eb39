/** The app scheme's handler as a plain Request → Response function: files served, escapes refused. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, createRendererHandler, resolveAppPath } from './protocol';

const CSP = "default-src 'none'";
let parent: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'nocturne-protocol-'));
  root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'a b.css'), 'body{}');
  // A secret beside the renderer folder, and one whose name starts like it.
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  mkdirSync(join(parent, 'renderer-evil'));
  writeFileSync(join(parent, 'renderer-evil', 'x.js'), 'evil');
  handle = createRendererHandler(root, CSP);
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the nocturne:// handler', () => {
  it('serves the page and its assets with their type, the CSP and nosniff', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>lab</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('nocturne://app/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect(await (await get('nocturne://app/assets/a%20b.css')).text()).toBe('body{}');
    expect((await get('nocturne://app/')).status).toBe(200);
    expect(await (await get('nocturne://app/index.html?x=1#/compare')).text()).toContain('lab');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('says 404 for a file that is not there', async () => {
    expect((await get('nocturne://app/nothing.js')).status).toBe(404);
    expect((await get('nocturne://app/assets')).status).toBe(404); // a folder is not a file
  });

  it.each([
    ['nocturne://app/../secret.txt'],
    ['nocturne://app/assets/../../secret.txt'],
    ['nocturne://app/%2e%2e/secret.txt'],
    ['nocturne://app/assets/%2E%2E/%2e%2e/secret.txt'],
    ['nocturne://app/..%2fsecret.txt'],
    ['nocturne://app/..%2Fsecret.txt'],
    ['nocturne://app/..%5csecret.txt'],
    ['nocturne://app/assets%2f..%2f..%2fsecret.txt'],
    ['nocturne://app/%252e%252e/secret.txt'],
    ['nocturne://app/..\\secret.txt'],
    ['nocturne://app/index.html%00.js'],
    ['nocturne://app//etc/passwd'],
    ['nocturne://app/%2Fetc%2Fpasswd'],
    ['nocturne://app/../renderer-evil/x.js'],
  ])('never serves anything outside the renderer: %s', async (url) => {
    const response = await get(url);
    const body = response.status === 200 ? await response.text() : '';
    expect(body).not.toContain('secret');
    expect(body).not.toContain('evil');
    expect(body).not.toContain('root:');
    // Either refused outright or (where the URL parser folded the dots away first) a miss inside.
    expect([400, 403, 404]).toContain(response.status);
  });

  it('refuses other schemes, hosts and malformed URLs', async () => {
    expect((await get('nocturne://other/index.html')).status).toBe(403);
    expect((await get('https://app/index.html')).status).toBe(403);
    expect(resolveAppPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'nocturne://app/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });

  it('resolves a plain path to the file inside the root', () => {
    expect(resolveAppPath(root, 'nocturne://app/assets/index-abc.js')).toEqual({
      ok: true,
      path: join(root, 'assets', 'index-abc.js'),
    });
  });
});
