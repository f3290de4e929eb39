/**
 * Reading a sleep diary or a light log for the lab: the file read whole (they are text, bounded by
 * MAX_DATA_FILE_BYTES), handed to the one importer (shared/report/import/dataFile.ts), with the
 * SHA-256 of its bytes. Bad input comes back as a DataImportError naming the file, the line and
 * the problem; a file that cannot be read at all, as the same error for the whole file.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import {
  importDataFile,
  MAX_DATA_FILE_BYTES,
  type DataFileKind,
  type ImportedData,
} from '../../shared/report/import/dataFile';
import { DataImportError } from '../../shared/report/import/tables';
import { cannotRead } from './hypnogramFiles';

export async function readDataFile(path: string, kind?: DataFileKind): Promise<{ data: ImportedData; sha256: string }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DataImportError(path, null, 'it is not a file');
    if (info.size > MAX_DATA_FILE_BYTES)
      throw new DataImportError(path, null, `${info.size} bytes: over ${MAX_DATA_FILE_BYTES / 2 ** 20} MB, not read`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof DataImportError) throw error;
    throw new DataImportError(path, null, cannotRead(error));
  }
  const data = importDataFile(path, bytes, kind);
  return { data, sha256: createHash('sha256').update(bytes).digest('hex') };
}
