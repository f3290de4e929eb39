/**
 * Renders build/icon.svg to build/icon.png, 1024 × 1024: electron-builder derives the macOS
 * .icns and the Windows .ico from that one PNG, and uses it as is on Linux. Both files are
 * committed, so packaging never needs this script; run it (`npm run icon`) after editing the SVG.
 *
 * `--preview DIR` also writes the PNG scaled down to the sizes the icon is seen at most (menus,
 * task bars, file lists), to check it still reads there.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZE = 1024;
const PREVIEW_SIZES = [16, 32, 48, 128, 256];

const svgPath = fileURLToPath(new URL('../build/icon.svg', import.meta.url));
const pngPath = fileURLToPath(new URL('../build/icon.png', import.meta.url));

async function render(size: number, source: Buffer | string): Promise<Buffer> {
  const image = await loadImage(source);
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  // Skia's high-quality filter (mipmaps) for the previews; at 1024 the SVG is drawn 1:1.
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, size, size);
  return canvas.encode('png');
}

const png = await render(ICON_SIZE, readFileSync(svgPath));
writeFileSync(pngPath, png);
console.log(`build/icon.png: ${ICON_SIZE} × ${ICON_SIZE}, ${png.length} bytes`);

const previewAt = process.argv.indexOf('--preview');
if (previewAt !== -1) {
  const folder = process.argv[previewAt + 1];
  if (!folder) throw new Error('--preview needs a folder');
  mkdirSync(folder, { recursive: true });
  for (const size of PREVIEW_SIZES) {
    writeFileSync(join(folder, `icon-${size}.png`), await render(size, png));
  }
  console.log(`previews in ${folder}: ${PREVIEW_SIZES.join(', ')} px`);
}
