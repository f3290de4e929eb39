/**
 * The bundled DejaVu Sans, registered once with @napi-rs/canvas, so figure text has the same
 * glyphs and widths on every machine whatever fonts the system has (assets/fonts/README.md).
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { fileURLToPath } from 'node:url';
import { FIGURE_FONT } from '../../shared/export/options';

export { FIGURE_FONT } from '../../shared/export/options';

/** assets/fonts from this module's place in the source tree (main/export → ../../assets/fonts). */
export const FONT_FILES = {
  regular: fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
} as const;

export type FontPaths = { readonly regular: string; readonly bold: string };

let registered: FontPaths | null = null;

/**
 * Registers the figure font once, and returns the files it came from (the layout measures text
 * from the same files: shared/export/fontMetrics.ts). The default paths suit tsx and vitest (the
 * source tree); a bundled app, whose modules live elsewhere, calls this first with its own copies.
 */
export function registerFigureFonts(files: FontPaths = FONT_FILES): FontPaths {
  if (registered) return registered;
  for (const path of [files.regular, files.bold]) {
    if (!GlobalFonts.registerFromPath(path, FIGURE_FONT)) {
      throw new Error(`cannot load the figure font "${path}"`);
    }
  }
  registered = files;
  return files;
}
