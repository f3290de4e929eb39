/**
 * The installers' configuration (electron-builder.ts) and what it relies on, checked without
 * building an installer: the targets, what goes into the app and what stays out, the fuses, the
 * file association and the icon. build/packaging.test.ts packs the app for real.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { Arch, type Configuration, type FileAssociation } from 'electron-builder';
import config, { APP_ID, EXPERIMENT_FILE_TYPE } from '../electron-builder';
import { afterPack, packedExecutable, type PackedApp } from './afterPack';
import { FUSES } from './fuses';
import { loadBuilderConfig, minimatch, validateBuilderConfig } from './builderTools';
import { PACKAGED_RESOURCES } from '../main/resources';
import { EXPERIMENT_EXTENSION, isExperimentPath } from '../shared/experiment/format';
import pkg from '../package.json';

const root = fileURLToPath(new URL('..', import.meta.url));
const outMissing = !existsSync(join(root, 'out', 'main', 'index.js'));
const NEEDS_BUILD = 'out/ is missing: run `npm run build` first';

const asArray = <T>(value: T | readonly T[] | null | undefined): T[] =>
  value == null ? [] : Array.isArray(value) ? [...(value as T[])] : [value as T];
const targetNames = (options: { target?: unknown } | null | undefined) =>
  asArray(options?.target as string | readonly string[] | undefined);
const patterns = (value: Configuration['files']) => asArray(value as string | readonly string[]).map(String);

/** Whether a file (path relative to the project) is packed, by electron-builder's own rule: the last matching pattern wins, `!` excludes. */
function packed(path: string): boolean {
  let included = false;
  for (const pattern of patterns(config.files)) {
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

describe('electron-builder.ts', () => {
  it('is the file electron-builder finds and loads by itself, and passes its schema', async () => {
    const loaded = await loadBuilderConfig(root);
    expect(loaded.appId).toBe(APP_ID);
    // jiti loads its own copy of the modules: the same hook, not the same function object.
    expect(loaded.afterPack).toBeTypeOf('function');
    expect((loaded.afterPack as typeof afterPack).name).toBe('afterPack');
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    // Otherwise the very object this file tests; electron-builder only wraps `files` in a file set.
    expect(plain({ ...loaded, files: null })).toEqual(plain({ ...config, files: null }));
    expect(loaded.files).toEqual([{ filter: config.files }]);
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
    // The validator does reject: a misspelt option fails.
    await expect(
      validateBuilderConfig({ ...config, linux: { ...config.linux, targett: 'deb' } as never }),
    ).rejects.toThrow(/does not match the API schema[\s\S]*configuration\.linux/);
  });

  it('names the app and builds AppImage and deb, dmg and zip, and an NSIS installer', () => {
    expect(config.appId).toBe('org.nocturne.lab');
    expect(config.productName).toBe('Nocturne');
    expect(config.productName).toBe(pkg.productName);
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac)).toEqual(['dmg', 'zip']);
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(config.linux?.category?.split(';')).toEqual(['Education', 'Science']);
    expect(config.mac?.category).toBe('public.app-category.education');
    expect(config.publish).toBeNull();
  });

  it('packs the built app and package.json, not the sources, tests, docs or source maps', () => {
    for (const file of [
      'out/main/index.js',
      'out/main/chunks/x.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ])
      expect(packed(file), file).toBe(true);
    expect(packed('package.json')).toBe(true);
    expect(pkg.main).toBe('out/main/index.js');
    for (const file of [
      'main/electron/index.ts',
      'shared/experiment/format.ts',
      'renderer/src/App.vue',
      'main/resources.test.ts',
      'tests/faults/killDuringSave.test.ts',
      'e2e/lab.ts',
      'docs/EXPORT.md',
      'README.md',
      'scripts/icon.ts',
      'build/icon.svg',
      'electron-builder.ts',
      'out/main/index.js.map',
      'assets/fonts/DejaVuSans.ttf',
    ])
      expect(packed(file), file).toBe(false);
  });

  it('copies every packaged resource folder outside the asar, from folders that exist', () => {
    expect(config.extraResources).toEqual(PACKAGED_RESOURCES.map(({ from, to }) => ({ from, to, filter: ['**/*'] })));
    const fonts = asArray(config.extraResources).find((entry) => typeof entry === 'object' && entry.to === 'fonts');
    expect(fonts).toMatchObject({ from: 'assets/fonts' });
    for (const { from } of PACKAGED_RESOURCES) expect(readdirSync(join(root, from)).length).toBeGreaterThan(0);
    expect(readdirSync(join(root, 'assets/fonts'))).toEqual(
      expect.arrayContaining(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']),
    );
  });

  it('unpacks @napi-rs/canvas and every platform package of it, where its .node binary is', () => {
    const unpacked = (path: string) => patterns(config.asarUnpack).some((pattern) => minimatch(path, pattern));
    for (const path of [
      'node_modules/@napi-rs/canvas/index.js',
      'node_modules/@napi-rs/canvas-linux-x64-gnu/skia.linux-x64-gnu.node',
      'node_modules/@napi-rs/canvas-darwin-arm64/skia.darwin-arm64.node',
      'node_modules/@napi-rs/canvas-win32-x64-msvc/skia.win32-x64-msvc.node',
    ])
      expect(unpacked(path), path).toBe(true);
    expect(unpacked('node_modules/zod/index.js')).toBe(false);
    expect(unpacked('out/main/index.js')).toBe(false);
    expect(pkg.dependencies).toHaveProperty('@napi-rs/canvas');
  });

  it('does not rebuild native modules (Node-API binaries work in any Electron as shipped)', () => {
    expect(config.npmRebuild).toBe(false);
  });
});

describe('fuses', () => {
  it('are declared as the security policy says', () => {
    // Restated by name on purpose: changing a fuse must change this test too.
    expect(FUSES).toEqual({
      version: '1',
      0: false, // RunAsNode
      1: true, // EnableCookieEncryption
      2: false, // EnableNodeOptionsEnvironmentVariable
      3: false, // EnableNodeCliInspectArguments
      4: true, // EnableEmbeddedAsarIntegrityValidation
      5: true, // OnlyLoadAppFromAsar
      7: false, // GrantFileProtocolExtraPrivileges
    });
  });

  const app = (electronPlatformName: string, arch: Arch): PackedApp => ({
    appOutDir: join('/tmp', 'pack', electronPlatformName),
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'Nocturne' }, executableName: 'nocturne' },
  });

  it.each([
    ['linux', Arch.x64, join('/tmp', 'pack', 'linux', 'nocturne'), false],
    ['win32', Arch.x64, join('/tmp', 'pack', 'win32', 'Nocturne.exe'), false],
    ['darwin', Arch.x64, join('/tmp', 'pack', 'darwin', 'Nocturne.app'), false],
    ['darwin', Arch.arm64, join('/tmp', 'pack', 'darwin', 'Nocturne.app'), true],
    ['darwin', Arch.universal, join('/tmp', 'pack', 'darwin', 'Nocturne.app'), false],
  ] as const)(
    'afterPack on %s (arch %s) flips exactly the declared fuses in %s',
    async (platform, arch, path, adHoc) => {
      const calls: [string, object][] = [];
      await afterPack(app(platform, arch), async (target, fuses) => {
        calls.push([target, fuses]);
        return 1;
      });
      expect(calls).toEqual([[path, { ...FUSES, resetAdHocDarwinSignature: adHoc }]]);
    },
  );

  it('refuses a platform it has no executable name for, rather than skip the fuses', async () => {
    expect(() => packedExecutable(app('freebsd', Arch.x64))).toThrow(/freebsd/);
    const linuxWithoutName = { ...app('linux', Arch.x64), packager: { appInfo: { productFilename: 'Nocturne' } } };
    await expect(afterPack(linuxWithoutName, async () => 1)).rejects.toThrow(/executable name/);
  });
});

describe('the .nocturne file association', () => {
  const associations = (
    options: { fileAssociations?: FileAssociation | FileAssociation[] | null } | null | undefined,
  ) => asArray(options?.fileAssociations);

  it('claims the saved extension on Linux and Windows, with a MIME type and the Editor role', () => {
    for (const platform of [config.linux, config.win]) {
      expect(associations(platform)).toEqual([
        {
          ext: 'nocturne',
          name: 'Nocturne experiment',
          description: 'Nocturne sleep experiment',
          mimeType: 'application/x-nocturne-experiment',
          role: 'Editor',
        },
      ]);
    }
    expect(`.${EXPERIMENT_FILE_TYPE.ext}`).toBe(EXPERIMENT_EXTENSION);
    expect(isExperimentPath(`study.${EXPERIMENT_FILE_TYPE.ext}`)).toBe(true);
    // Never `json`: that would take every JSON file on Windows.
    expect(JSON.stringify(config)).not.toMatch(/"ext":"json"/);
  });

  it('declares a UTI on macOS, a kind of public.json, and opens it as its owner', () => {
    expect(config.fileAssociations).toBeUndefined();
    expect(associations(config.mac)).toEqual([]);
    const info = config.mac?.extendInfo as Record<string, unknown>;
    expect(info.CFBundleDocumentTypes).toEqual([
      expect.objectContaining({
        CFBundleTypeRole: 'Editor',
        LSHandlerRank: 'Owner',
        LSItemContentTypes: ['org.nocturne.lab.experiment'],
      }),
    ]);
    expect(info.UTExportedTypeDeclarations).toEqual([
      expect.objectContaining({
        UTTypeIdentifier: 'org.nocturne.lab.experiment',
        UTTypeConformsTo: ['public.json'],
        UTTypeTagSpecification: {
          'public.filename-extension': ['nocturne'],
          'public.mime-type': ['application/x-nocturne-experiment'],
        },
      }),
    ]);
  });
});

describe('the icon', () => {
  it('is a 1024 × 1024 PNG, the size electron-builder makes the .icns and .ico from', () => {
    for (const options of [config.linux, config.mac, config.win]) expect(options?.icon).toBe('build/icon.png');
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    expect(readFileSync(join(root, 'build', 'icon.svg'), 'utf8')).toMatch(/viewBox="0 0 1024 1024"/);
  });
});

describe('the built app', () => {
  it.skipIf(outMissing)(`has every file the packed app starts from (skipped when ${NEEDS_BUILD})`, () => {
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(packed(file), file).toBe(true);
    }
  });

  it.skipIf(outMissing)(`imports at run time only packages in "dependencies" (skipped when ${NEEDS_BUILD})`, () => {
    const folders = [join(root, 'out', 'main'), join(root, 'out', 'main', 'chunks')];
    const files = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.js'))
        .map((name) => join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(3);
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const file of files) {
      // TypeScript's pre-processor lists static imports, re-exports, import() and require().
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        if (fileName.startsWith('.') || fileName.startsWith('node:') || builtins.has(fileName)) continue;
        const parts = fileName.split('/');
        imported.add(fileName.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
    imported.delete('electron');
    // The check sees the imports: the figure renderer's canvas is one of them.
    expect(imported).toContain('@napi-rs/canvas');
    const missing = [...imported].filter((name) => !(name in pkg.dependencies));
    expect(missing, 'imported by out/main but not in package.json "dependencies"').toEqual([]);
  });
});
