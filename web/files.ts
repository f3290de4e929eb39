/**
 * Files in the browser edition. A page has no paths: a file is picked (an <input type=file>) or
 * dropped, and saved where the person picks (the File System Access API's save picker) or, in a
 * browser without it, downloaded. What the renderer calls a path is here the file's name, and
 * the files picked or saved in this tab are remembered by it, so "Save" writes again to the file
 * it came from (where a handle is kept) and a measured night can be re-read with another epoch
 * length, as on the desktop.
 */
import type { ByteSource } from '../shared/report/import';
import { DataImportError } from '../shared/report/import/tables';
import { MAX_DATA_FILE_BYTES } from '../shared/report/import/dataFile';
import { formatBytes } from '../shared/experiment';
import { HandlerError } from '../main/ipc/handlerError';

/** A file handle as the File System Access API gives one (not yet in TypeScript's DOM library). */
export interface WritableHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}

interface SavePickerWindow {
  showSaveFilePicker?(options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<WritableHandle>;
}

/** The files of this tab by name: the File picked (to read again) and where a save may write. */
export class TabFiles {
  private readonly picked = new Map<string, File>();
  private readonly handles = new Map<string, WritableHandle>();

  remember(file: File): void {
    this.picked.set(file.name, file);
  }

  /** A file picked earlier in this tab, or an error that says why a path means nothing here. */
  file(name: string): File {
    const file = this.picked.get(name);
    if (!file) {
      throw new HandlerError({
        code: 'invalid-file',
        message: `"${name}" was not opened in this browser tab: a web page can read only the files picked or dropped on it, so open it again`,
      });
    }
    return file;
  }

  handle(name: string): WritableHandle | null {
    return this.handles.get(name) ?? null;
  }

  keepHandle(handle: WritableHandle): void {
    this.handles.set(handle.name, handle);
  }
}

/**
 * Asks the person for one file with the browser's picker. Resolves null when the picker is
 * dismissed (Chromium's `cancel` event). Must run while the click that asked is still a user
 * activation, which it is: the stores call straight through.
 */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.dataset.nocturnePicker = accept;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** A picked file or, when the picker was dismissed, a `cancelled` reply as the desktop's dialog gives. */
export async function pickOrCancel(accept: string, files: TabFiles): Promise<File> {
  const file = await pickFile(accept);
  if (!file) throw new HandlerError({ code: 'cancelled', message: 'no file was chosen' });
  files.remember(file);
  return file;
}

/**
 * Writes text where the person picks: to a file handle kept from an earlier save, through the save
 * picker where the browser has one, else as a download named `name`. Returns the name it went to.
 */
export async function saveText(
  text: string,
  name: string,
  kept: WritableHandle | null,
  files: TabFiles,
  type: { description: string; mime: string; extension: string },
): Promise<string> {
  const blob = new Blob([text], { type: type.mime });
  const picker = (window as unknown as SavePickerWindow).showSaveFilePicker;
  let handle = kept;
  if (!handle && picker) {
    try {
      handle = await picker.call(window, {
        suggestedName: name,
        types: [{ description: type.description, accept: { [type.mime]: [type.extension] } }],
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError')
        throw new HandlerError({ code: 'cancelled', message: 'the save was cancelled' });
      throw new HandlerError({ code: 'write-failed', message: `cannot save "${name}": ${(error as Error).message}` });
    }
  }
  if (!handle) {
    download(blob, name);
    return name;
  }
  try {
    const writable = await handle.createWritable();
    await writable.write(blob);
    // The browser swaps the file in on close, so a failed write leaves the old file whole.
    await writable.close();
  } catch (error) {
    throw new HandlerError({
      code: 'write-failed',
      message: `cannot write "${handle.name}": ${(error as Error).message}`,
    });
  }
  files.keepHandle(handle);
  return handle.name;
}

/** Hands bytes to the browser's downloads under a name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A picked file's bytes, refused with its name when larger than a data file may be (as main's readDataBytes). */
export async function dataBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_DATA_FILE_BYTES) {
    throw new DataImportError(
      file.name,
      null,
      `it is too large (${formatBytes(file.size)}); a data file is read up to ${formatBytes(MAX_DATA_FILE_BYTES)}`,
    );
  }
  return new Uint8Array(await file.arrayBuffer());
}

/** A hypnogram file read a slice at a time, as the desktop reads it from disk (an EDF's signals are never read). */
export function sliceSource(file: File): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}
