/**
 * The bundled DejaVu Sans, registered once with @napi-rs/canvas, so figure text has the same
 * glyphs and widths on every machine whatever fonts the system has (assets/fonts/README.md).
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { fileURLToPath } from 'node:url';

export const FIGURE_FONT = 'DejaVu Sans';

/** assets/fonts from this module's place in the source tree (main/export → ../../assets/fonts). */
export const FONT_FILES = {
  regular: fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
} as const;

let registered = false;

export function registerFigureFonts(): void {
  if (registered) return;
  for (const path of Object.values(FONT_FILES)) {
    if (!GlobalFonts.registerFromPath(path, FIGURE_FONT)) {
      throw new Error(`cannot load the figure font "${path}"`);
    }
  }
  registered = true;
}
