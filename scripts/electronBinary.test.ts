import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary, platformExecutable } from './electronBinary.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nocturne-electron-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A node_modules/electron as install.js leaves it: path.txt, and dist/<path> when unpacked. */
function fakePackage(options: { pathTxt?: string; unpacked?: boolean }): string {
  const dir = tempDir();
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.unpacked && options.pathTxt) {
    const exe = join(dir, 'dist', options.pathTxt);
    mkdirSync(join(exe, '..'), { recursive: true });
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('is missing when path.txt is missing (the download never ran)', () => {
    const packageDir = fakePackage({});
    const found = findElectronBinary({ packageDir, env: {} });
    expect(found.available).toBe(false);
    expect(found.missing).toBe('no-path-file');
    expect(found.reason).toContain('path.txt is missing');
  });

  it('is missing when path.txt names an executable that is not there', () => {
    const packageDir = fakePackage({ pathTxt: 'electron' });
    const found = findElectronBinary({ packageDir, env: {} });
    expect(found).toMatchObject({ available: false, missing: 'no-executable' });
    expect(found.executablePath).toBe(join(packageDir, 'dist', 'electron'));
  });

  it('finds dist/<path.txt> when it exists, with the macOS bundle path too', () => {
    for (const pathTxt of ['electron', 'Electron.app/Contents/MacOS/Electron', 'electron.exe']) {
      const packageDir = fakePackage({ pathTxt, unpacked: true });
      const found = findElectronBinary({ packageDir, env: {} });
      expect(found).toEqual({
        available: true,
        executablePath: join(packageDir, 'dist', pathTxt),
        reason: 'installed',
      });
    }
  });

  it('ignores a trailing newline in path.txt (a hand-written one)', () => {
    const packageDir = fakePackage({ pathTxt: 'electron', unpacked: true });
    writeFileSync(join(packageDir, 'path.txt'), 'electron\n');
    expect(findElectronBinary({ packageDir, env: {} }).available).toBe(true);
  });

  it('is missing when the electron package itself is not installed', () => {
    const found = findElectronBinary({ packageDir: null, env: {} });
    expect(found).toMatchObject({ available: false, missing: 'no-package' });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH with the platform executable name when there is no path.txt', () => {
    const override = tempDir();
    const packageDir = fakePackage({});
    const seen: string[] = [];
    const exists = (path: string): boolean => {
      seen.push(path);
      return path.startsWith(override);
    };
    for (const [platform, name] of [
      ['linux', 'electron'],
      ['darwin', 'Electron.app/Contents/MacOS/Electron'],
      ['win32', 'electron.exe'],
    ] as const) {
      expect(platformExecutable(platform)).toBe(name);
      const found = findElectronBinary({
        packageDir,
        env: { ELECTRON_OVERRIDE_DIST_PATH: override },
        platform,
        exists,
      });
      expect(found).toEqual({ available: true, executablePath: join(override, name), reason: 'installed' });
    }
    // It never looked in the package's own dist: the override replaces it.
    expect(seen.some((p) => p.includes(join(packageDir, 'dist')))).toBe(false);
  });

  it('reports an override folder without an executable, even where dist/ has one', () => {
    const override = tempDir();
    const packageDir = fakePackage({ pathTxt: 'electron', unpacked: true });
    const found = findElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } });
    expect(found).toMatchObject({ available: false, missing: 'override-empty' });
    expect(found.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(found.executablePath).toBe(join(override, 'electron'));
  });

  it('prefers path.txt’s name inside the override folder, as Electron’s index.js does', () => {
    const override = tempDir();
    const packageDir = fakePackage({ pathTxt: 'custom/electron' });
    mkdirSync(join(override, 'custom'));
    writeFileSync(join(override, 'custom', 'electron'), '');
    const found = findElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } });
    expect(found.executablePath).toBe(join(override, 'custom', 'electron'));
    expect(found.available).toBe(true);
  });
});
