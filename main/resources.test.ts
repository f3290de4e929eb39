import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from './export/fonts';
import { fontPaths, resourcePath, type ResourceLocation } from './resources';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const installed: ResourceLocation = {
  isPackaged: true,
  resourcesPath: join('/opt', 'Nocturne', 'resources'),
  appPath: join('/opt', 'Nocturne', 'resources', 'app.asar'),
};
const development: ResourceLocation = { isPackaged: false, resourcesPath: '/electron/resources', appPath: projectRoot };

describe('resourcePath', () => {
  it('finds a packaged resource next to app.asar, not inside it', () => {
    expect(resourcePath('fonts/DejaVuSans.ttf', installed)).toBe(
      join('/opt', 'Nocturne', 'resources', 'fonts', 'DejaVuSans.ttf'),
    );
  });

  it('finds the same resource in the source tree in development', () => {
    expect(resourcePath('fonts/DejaVuSans.ttf', development)).toBe(
      join(projectRoot, 'assets', 'fonts', 'DejaVuSans.ttf'),
    );
  });

  it('refuses names outside every declared resource folder', () => {
    expect(() => resourcePath('icons/app.png', installed)).toThrow(/not under a packaged resource folder \(fonts\/\)/);
    expect(() => resourcePath('fonts', installed)).toThrow(/not under a packaged resource folder/);
    expect(() => resourcePath('fontsX/a.ttf', installed)).toThrow(/not under a packaged resource folder/);
    expect(() => resourcePath('fonts/../../secret', installed)).toThrow(/not a path inside/);
    expect(() => resourcePath('/etc/passwd', installed)).toThrow(/not a path inside/);
  });
});

describe('fontPaths', () => {
  it('names files that exist in development, the same files the source-tree default registers', () => {
    const fonts = fontPaths(development);
    expect(fonts).toEqual({ regular: FONT_FILES.regular, bold: FONT_FILES.bold });
    expect(existsSync(fonts.regular)).toBe(true);
    expect(existsSync(fonts.bold)).toBe(true);
  });

  it('points under the resources folder when packaged', () => {
    expect(fontPaths(installed)).toEqual({
      regular: join(installed.resourcesPath, 'fonts', 'DejaVuSans.ttf'),
      bold: join(installed.resourcesPath, 'fonts', 'DejaVuSans-Bold.ttf'),
    });
  });
});
