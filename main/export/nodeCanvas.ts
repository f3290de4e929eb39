/**
 * The desktop's rasteriser for the shared figure code (shared/export/canvas.ts): @napi-rs/canvas
 * (Skia) with the bundled DejaVu Sans, and text widths read from the same font files. SVG, the
 * PDF report, CSVs and the manifest need no rasteriser and are written in shared/export.
 */
import { createCanvas } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import type { FigureBackend } from '../../shared/export/canvas';
import { textMeasure } from '../../shared/export/fontMetrics';
import { registerFigureFonts } from './fonts';

let backend: FigureBackend | null = null;

/** Skia with the figure font registered (the files registerFigureFonts was first given). */
export function desktopFigureBackend(): FigureBackend {
  if (backend) return backend;
  const files = registerFigureFonts();
  backend = {
    measure: textMeasure({ regular: readFileSync(files.regular), bold: readFileSync(files.bold) }),
    raster(width, height) {
      const canvas = createCanvas(width, height);
      return {
        context: canvas.getContext('2d'),
        async encodePng(ppi) {
          // Skia writes the pHYs chunk itself from the resolution.
          const png = await canvas.encode('png', { resolution: ppi });
          return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
        },
      };
    },
  };
  return backend;
}
