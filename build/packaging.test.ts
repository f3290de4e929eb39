/**
 * Packs the app for real with electron-builder (the `--dir` target: the unpacked app, no
 * installer) and looks inside: what the asar holds, what is unpacked beside it, where the fonts
 * went and whether the fuses were flipped.
 *
 * Electron's own binary cannot be downloaded here, so electron-builder is given a stand-in
 * Electron distribution (`electronDist`): a file carrying the fuse wire the way Electron's
 * binary does (a sentinel, the wire's version and length, one byte per fuse), enough for
 * everything electron-builder does to an app folder on Linux. What it cannot check: that the
 * real Electron starts with these fuses (CI's packaged builds do that).
 */
import { getCurrentFuseWire } from '@electron/fuses';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arch, Platform, build } from 'electron-builder';
import { FUSES } from './fuses';
import { asar } from './builderTools';
import { fontPaths } from '../main/resources';
import pkg from '../package.json';

const root = fileURLToPath(new URL('..', import.meta.url));
const outMissing = !existsSync(join(root, 'out', 'main', 'index.js'));
const skipReason = outMissing
  ? 'out/ is missing: run `npm run build` first'
  : process.platform !== 'linux'
    ? 'packs the Linux layout; other platforms are packed for real by CI'
    : null;

/** Electron's fuse wire marker (@electron/fuses looks for it), then version 1 and 9 fuses. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults, as its binary ships: RunAsNode on, cookie encryption off, and so on. */
const SHIPPED_WIRE = '101100011';

function fakeElectronDist(folder: string): void {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('stand-in for the Electron binary\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, SHIPPED_WIRE.length]),
    Buffer.from(SHIPPED_WIRE),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(folder, 'electron'), binary, { mode: 0o755 });
  writeFileSync(join(folder, 'LICENSE'), 'stand-in');
  writeFileSync(join(folder, 'version'), '0.0.0');
}

describe.skipIf(skipReason !== null)(`the packed app (${skipReason ?? 'linux --dir'})`, () => {
  let work: string;
  let app: string;
  let resources: string;
  let files: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'nocturne-pack-'));
    fakeElectronDist(join(work, 'electron'));
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch[process.arch as 'x64' | 'arm64']),
      config: { electronDist: join(work, 'electron'), directories: { output: join(work, 'dist') } },
    });
    const unpackedDir = readdirSync(join(work, 'dist')).find(
      (name) => name.startsWith('linux') && name.endsWith('unpacked'),
    );
    app = join(work, 'dist', unpackedDir!);
    resources = join(app, 'resources');
    files = asar.listPackage(join(resources, 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds the built app and package.json, and no sources, tests, docs or source maps', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(files).toContain(file);
    const ours = files.filter((file) => file !== '/node_modules' && !file.startsWith('/node_modules/'));
    expect(ours.filter((file) => !file.startsWith('/out') && file !== '/package.json')).toEqual([]);
    expect(ours.filter((file) => /\.(ts|vue|map)$/.test(file))).toEqual([]);
    // The web edition's static site is not part of the desktop app.
    expect(ours.filter((file) => file.startsWith('/out/web'))).toEqual([]);
  });

  it('holds every production dependency and no development one', () => {
    for (const name of Object.keys(pkg.dependencies))
      expect(files, name).toContain(`/node_modules/${name}/package.json`);
    for (const name of ['electron', 'vue', 'vitest', 'electron-builder', 'typescript'])
      expect(files, name).not.toContain(`/node_modules/${name}`);
  });

  it('unpacks the canvas native binary beside the asar', () => {
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules', '@napi-rs');
    const binaries = readdirSync(unpacked)
      .filter((name) => name.startsWith('canvas-'))
      .flatMap((name) => readdirSync(join(unpacked, name)).filter((file) => file.endsWith('.node')));
    expect(binaries.length).toBeGreaterThan(0);
    expect(existsSync(join(unpacked, 'canvas', 'index.js'))).toBe(true);
  });

  it('puts the fonts where resourcePath looks for them when packaged', () => {
    const fonts = fontPaths({ isPackaged: true, resourcesPath: resources, appPath: join(resources, 'app.asar') });
    // Buffer.equals: vitest's deep equality walks 700 kB byte by byte.
    expect(readFileSync(fonts.regular).equals(readFileSync(join(root, 'assets', 'fonts', 'DejaVuSans.ttf')))).toBe(
      true,
    );
    expect(readFileSync(fonts.bold).equals(readFileSync(join(root, 'assets', 'fonts', 'DejaVuSans-Bold.ttf')))).toBe(
      true,
    );
    expect(files.some((file) => file.endsWith('.ttf') && !file.startsWith('/node_modules/'))).toBe(false);
  });

  it('flips the declared fuses in the packed executable and leaves the others as shipped', async () => {
    const wire = await getCurrentFuseWire(join(app, pkg.name));
    const ENABLE = '1'.charCodeAt(0);
    const DISABLE = '0'.charCodeAt(0);
    for (let index = 0; index < SHIPPED_WIRE.length; index++) {
      const declared = (FUSES as Record<number, boolean | undefined>)[index];
      const expected = declared === undefined ? SHIPPED_WIRE.charCodeAt(index) : declared ? ENABLE : DISABLE;
      expect(wire[index as keyof typeof wire], `fuse ${index}`).toBe(expected);
    }
  });
});
