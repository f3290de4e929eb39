/**
 * Files the app reads by path at run time, wherever it runs from.
 *
 * Inside an installed app the code sits in `resources/app.asar`, but files handed to native code
 * by path (the fonts @napi-rs/canvas loads) must be real files, so the installers copy them next
 * to the asar as `extraResources`. PACKAGED_RESOURCES is that copy's one declaration:
 * electron-builder.ts passes it to electron-builder and resourcePath() reads it back, so the two
 * cannot disagree about where a file ends up.
 *
 * Plain Node (no electron import): main/electron/index.ts passes `app.isPackaged`, `process.resourcesPath`
 * and `app.getAppPath()`, and tests pass their own.
 */
import { isAbsolute, join, normalize, sep } from 'node:path';

export interface PackagedResource {
  /** The folder in the project, relative to its root (where package.json is). */
  readonly from: string;
  /** The folder under the installed app's resources folder. */
  readonly to: string;
}

export const PACKAGED_RESOURCES = [
  // The DejaVu files and their README (which names the licence the fonts ship under).
  { from: 'assets/fonts', to: 'fonts' },
] as const satisfies readonly PackagedResource[];

export interface ResourceLocation {
  /** Electron's `app.isPackaged`. */
  readonly isPackaged: boolean;
  /** Electron's `process.resourcesPath`: the folder holding app.asar and the extraResources. */
  readonly resourcesPath: string;
  /** Electron's `app.getAppPath()`: the project root in development. */
  readonly appPath: string;
}

/**
 * The absolute path of a resource named as it is laid out in the installed app, e.g.
 * `fonts/DejaVuSans.ttf`: `<resourcesPath>/fonts/DejaVuSans.ttf` when packaged, and
 * `<appPath>/assets/fonts/DejaVuSans.ttf` in development. Throws for a name outside every
 * declared resource (or one climbing out with `..`), so a typo fails at the call, not as a
 * missing file somewhere later.
 */
export function resourcePath(relative: string, where: ResourceLocation): string {
  const name = normalize(relative);
  if (isAbsolute(name) || name === '..' || name.startsWith(`..${sep}`)) {
    throw new Error(`resource "${relative}" is not a path inside the app's resources`);
  }
  const resource = PACKAGED_RESOURCES.find(({ to }) => name.startsWith(`${normalize(to)}${sep}`));
  if (!resource) {
    const known = PACKAGED_RESOURCES.map(({ to }) => `${to}/`).join(', ');
    throw new Error(`resource "${relative}" is not under a packaged resource folder (${known})`);
  }
  const inside = name.slice(normalize(resource.to).length + 1);
  return where.isPackaged ? join(where.resourcesPath, resource.to, inside) : join(where.appPath, resource.from, inside);
}

/** The figure font's two files, the names main/export/fonts.ts also uses for the source tree. */
export const FONT_FILE_NAMES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** The bundled figure fonts, for registerFigureFonts and the export worker. */
export function fontPaths(where: ResourceLocation): { regular: string; bold: string } {
  return {
    regular: resourcePath(`fonts/${FONT_FILE_NAMES.regular}`, where),
    bold: resourcePath(`fonts/${FONT_FILE_NAMES.bold}`, where),
  };
}
