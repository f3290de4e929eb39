/**
 * Reading a measured data file whole (PVT sessions for a fit): small text files, read up to the
 * text importer's limit. A file that cannot be read is a HypnogramImportError naming the file and
 * the reason, as the importers' own errors are, so every reply about a data file reads alike.
 */
import { readFile, stat } from 'node:fs/promises';
import { HypnogramImportError, MAX_TEXT_HYPNOGRAM_BYTES } from '../../shared/report/import';
import { formatBytes } from '../../shared/experiment';
import { cannotRead } from './hypnogramFiles';

export async function readDataFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new HypnogramImportError(path, null, 'it is not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof HypnogramImportError) throw error;
    throw new HypnogramImportError(path, null, cannotRead(error));
  }
  if (size > MAX_TEXT_HYPNOGRAM_BYTES)
    throw new HypnogramImportError(
      path,
      null,
      `it is too large (${formatBytes(size)}); a data file is read up to ${formatBytes(MAX_TEXT_HYPNOGRAM_BYTES)}`,
    );
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new HypnogramImportError(path, null, cannotRead(error));
  }
}
