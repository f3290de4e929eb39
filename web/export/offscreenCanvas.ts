/**
 * The browser's rasteriser for the shared figure code (shared/export/canvas.ts): OffscreenCanvas,
 * in a page or a worker, with the bundled DejaVu Sans registered as a FontFace, and the PNG's
 * print density (pHYs) written by shared/export/pngText.ts, since the browser's encoder writes
 * none. Same pixel sizes as the desktop (the layout is measured from the font files, not by the
 * canvas); the pixels themselves are Chromium's Skia build's, not @napi-rs/canvas's (docs/WEB.md).
 */
import type { FigureBackend } from '../../shared/export/canvas';
import { textMeasure, type FigureFontFiles } from '../../shared/export/fontMetrics';
import { FIGURE_FONT } from '../../shared/export/options';
import { setPngDensity } from '../../shared/export/pngText';

/** The font set canvases draw with: the document's in a page, the worker's own in a worker. */
function fontSet(): FontFaceSet {
  const scope = globalThis as { document?: Document; fonts?: FontFaceSet };
  const set = scope.document?.fonts ?? scope.fonts;
  if (!set) throw new Error('this browser has no FontFaceSet, so the figure font cannot be loaded');
  return set;
}

const registered = new WeakMap<FontFaceSet, Promise<void>>();

/** Registers the figure font's two faces once per font set. */
function registerFonts(files: FigureFontFiles): Promise<void> {
  const set = fontSet();
  let done = registered.get(set);
  if (!done) {
    done = Promise.all(
      (
        [
          [files.regular, 'normal'],
          [files.bold, 'bold'],
        ] as const
      ).map(async ([bytes, weight]) => {
        // A copy: FontFace may detach the buffer it is given, and the measure still reads these bytes.
        const face = new FontFace(FIGURE_FONT, bytes.slice().buffer, { weight });
        set.add(await face.load());
      }),
    ).then(() => undefined);
    registered.set(set, done);
  }
  return done;
}

export async function offscreenFigureBackend(files: FigureFontFiles): Promise<FigureBackend> {
  if (typeof OffscreenCanvas !== 'function') throw new Error('this browser has no OffscreenCanvas to draw figures on');
  await registerFonts(files);
  return {
    measure: textMeasure(files),
    raster(width, height) {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error(`no 2D canvas of ${width} × ${height} pixels could be made`);
      return {
        context,
        async encodePng(ppi) {
          const blob = await canvas.convertToBlob({ type: 'image/png' });
          return setPngDensity(new Uint8Array(await blob.arrayBuffer()), ppi);
        },
      };
    },
  };
}
