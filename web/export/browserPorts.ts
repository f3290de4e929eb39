/**
 * The browser's defaults for where exports go: a file saved through the File System Access API
 * where the browser has it (Chromium), else a download; the clipboard; and the figure font,
 * fetched from the build's own copy of assets/fonts (same origin: the page makes no third-party
 * request). The web edition may pass its own (web/exports.ts WebExportDeps).
 */
import type { FigureFontFiles } from '../../shared/export/fontMetrics';

/** What a save picker offers for each type of file. */
const PICKER_TYPES: Record<string, { description: string; extension: string }> = {
  'image/png': { description: 'PNG image', extension: '.png' },
  'image/svg+xml': { description: 'SVG image', extension: '.svg' },
  'text/csv': { description: 'CSV table', extension: '.csv' },
  'application/json': { description: 'JSON data', extension: '.json' },
  'application/pdf': { description: 'PDF document', extension: '.pdf' },
  'application/zip': { description: 'Zip archive', extension: '.zip' },
};

interface SaveHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}
type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveHandle>;

/** A download of `data` under `name`: works everywhere, needs no permission. */
export function download(name: string, data: Uint8Array, type: string): string {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is let go a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/**
 * Saves through the save picker when there is one (the user chooses the place and name), else as
 * a download. Null: the user cancelled the picker. A picker refused for want of a recent click
 * (rendering can outlast the browser's user-activation window) falls back to a download.
 */
export async function saveFile(name: string, data: Uint8Array, type: string): Promise<string | null> {
  const picker = (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker === 'function') {
    const kind = PICKER_TYPES[type];
    try {
      const handle = await picker({
        suggestedName: name,
        types: kind ? [{ description: kind.description, accept: { [type]: [kind.extension] } }] : [],
      });
      const writable = await handle.createWritable();
      await writable.write(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
      await writable.close();
      return handle.name;
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return null;
      if ((error as { name?: string }).name !== 'SecurityError') throw error;
    }
  }
  return download(name, data, type);
}

export const browserClipboard = {
  async writeImage(png: Uint8Array): Promise<void> {
    await navigator.clipboard.write([
      new ClipboardItem({ 'image/png': new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }) }),
    ]);
  },
  async writeText(text: string): Promise<void> {
    await navigator.clipboard.writeText(text);
  },
};

let fonts: Promise<FigureFontFiles> | null = null;

/** The bundled DejaVu Sans (the build emits assets/fonts' files and rewrites these URLs). */
export function bundledFonts(): Promise<FigureFontFiles> {
  fonts ??= Promise.all(
    [
      new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url),
      new URL('../../assets/fonts/DejaVuSans-Bold.ttf', import.meta.url),
    ].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`cannot load the figure font ${url.pathname}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  ).then(([regular, bold]) => ({ regular: regular!, bold: bold! }));
  // A failed load is tried again on the next export.
  fonts.catch(() => (fonts = null));
  return fonts;
}
