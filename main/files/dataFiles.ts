/**
 * Reading measured data files for the lab — sleep diaries, light logs, PVT sessions: text files
 * read whole, bounded by MAX_DATA_FILE_BYTES. A file that cannot be read, or is too large, is a
 * DataImportError naming the file and the reason (a HypnogramImportError too), as the importers'
 * own errors are, so every reply about a data file reads alike.
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
import { formatBytes } from '../../shared/experiment';
import { cannotRead } from './hypnogramFiles';

/** The file's bytes (a PVT file for a fit; a diary or light log below). */
export async function readDataBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DataImportError(path, null, 'it is not a file');
    if (info.size > MAX_DATA_FILE_BYTES)
      throw new DataImportError(
        path,
        null,
        `it is too large (${formatBytes(info.size)}); a data file is read up to ${formatBytes(MAX_DATA_FILE_BYTES)}`,
      );
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof DataImportError) throw error;
    throw new DataImportError(path, null, cannotRead(error));
  }
}

/** A sleep diary or light log, imported by the one importer (shared/report/import/dataFile.ts), with its SHA-256. */
export async function readDataFile(path: string, kind?: DataFileKind): Promise<{ data: ImportedData; sha256: string }> {
  const bytes = await readDataBytes(path);
  const data = importDataFile(path, bytes, kind);
  return { data, sha256: createHash('sha256').update(bytes).digest('hex') };
}
