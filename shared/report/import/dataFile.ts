/**
 * A sleep diary or a light log from a file's bytes, its kind decided by its content (dataKind.ts),
 * a zipped export unzipped first: what the lab reads when such a file is opened or dropped (main
 * and the renderer call the same function). Pure: bytes in, a Diary or a LightLog out, or a
 * DataImportError naming the file, the line and the problem.
 */
import { detectDataKind } from './dataKind';
import { importDiary, type Diary } from './diary';
import { importLightLog, isZip, type LightLog } from './lightLog';
import { DataImportError } from './tables';
import { decodeText } from './text';
import { singleFileOfZip } from './zip';

export const DATA_FILE_KINDS = ['diary', 'lightLog'] as const;
export type DataFileKind = (typeof DATA_FILE_KINDS)[number];

/** What each kind is, in a message. */
export const DATA_FILE_WORDS: Readonly<Record<DataFileKind, string>> = {
  diary: 'sleep diary (a row per night: bed, lights-off, wake, out of bed)',
  lightLog: 'light log (a time column and a lux column)',
};

/** Measured data are read whole; larger files are not a diary or a light log people have. */
export const MAX_DATA_FILE_BYTES = 256 * 1024 * 1024;

/** The extensions a diary or a light log usually has (a dialog's filter; the content decides). */
export const DATA_FILE_EXTENSIONS: readonly string[] = ['csv', 'tsv', 'txt', 'zip'];

export type ImportedData =
  { readonly kind: 'diary'; readonly diary: Diary } | { readonly kind: 'lightLog'; readonly lightLog: LightLog };

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** Reads a diary or a light log; `file` names it in messages. With `expected`, another kind is refused. */
export function importDataFile(file: string, bytes: Uint8Array, expected?: DataFileKind): ImportedData {
  if (bytes.length > MAX_DATA_FILE_BYTES)
    throw new DataImportError(file, null, `${bytes.length} bytes: over ${MAX_DATA_FILE_BYTES / 2 ** 20} MB, not read`);
  let name = file;
  let body = bytes;
  // Messages name the archive and the file in it; the label, the file alone.
  let label = baseName(file);
  if (isZip(bytes)) {
    const inner = singleFileOfZip(file, bytes);
    name = `${file}:${inner.name}`;
    label = baseName(inner.name);
    body = inner.bytes;
  }
  const text = decodeText(name, body);
  const found = detectDataKind(text);
  const wanted = expected
    ? `a ${DATA_FILE_WORDS[expected]}`
    : `a ${DATA_FILE_WORDS.diary} or a ${DATA_FILE_WORDS.lightLog}`;
  if (found === null || found === 'pvt' || (expected !== undefined && found !== expected)) {
    const what =
      found === null ? 'no header of' : `${found === 'pvt' ? 'PVT sessions' : `a ${DATA_FILE_WORDS[found]}`}, not`;
    throw new DataImportError(name, null, `${what} ${wanted}`);
  }
  return found === 'diary'
    ? { kind: 'diary', diary: importDiary(name, label, text) }
    : { kind: 'lightLog', lightLog: importLightLog(name, label, text) };
}

/**
 * Whether bytes hold a diary or a light log (a zipped one too), without reading it: how the lab
 * routes a dropped .csv or .txt, which may as well be a hypnogram. Null for anything else.
 */
export function dataKindOf(bytes: Uint8Array): DataFileKind | null {
  try {
    const body = isZip(bytes) ? singleFileOfZip('', bytes).bytes : bytes;
    const kind = detectDataKind(decodeText('', body));
    return kind === 'diary' || kind === 'lightLog' ? kind : null;
  } catch {
    // Not text, or a zip that is not one file: not a diary or a light log.
    return null;
  }
}
