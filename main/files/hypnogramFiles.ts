/**
 * Reading a measured hypnogram for the lab: the file opened for random access (an EDF's signals
 * are never read, however large), handed to the one importer (shared/report/import), closed
 * again. Bad input comes back as a HypnogramImportError naming the file, the line or record and
 * the problem; a file that cannot be read at all, as the same error for the whole file.
 */
import { open } from 'node:fs/promises';
import { HypnogramImportError, importHypnogram, type MeasuredNight } from '../../shared/report/import';
import { sha256OfFile } from './fileHash';

/** The night and the SHA-256 of the file's bytes (hex), which a saved measured night records. */
export async function readHypnogramFile(
  path: string,
  epochLength_s?: number,
): Promise<{ night: MeasuredNight; sha256: string }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new HypnogramImportError(path, null, cannotRead(error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new HypnogramImportError(path, null, 'it is not a file');
    const size = info.size;
    const file = handle;
    const source = {
      size,
      read: async (offset: number, length: number) => {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      },
    };
    const night = await importHypnogram(path, source, epochLength_s === undefined ? {} : { epochLength_s });
    // Hashed only once the import succeeded: a refused file costs no second read.
    return { night, sha256: await sha256OfFile(path) };
  } finally {
    await handle.close();
  }
}

/** Why a file cannot be opened, in words (the error code, not the system's sentence). */
export function cannotRead(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
