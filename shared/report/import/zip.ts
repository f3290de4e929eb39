/**
 * A zipped export (an ActLumus log as downloaded is a zip holding one text log): the one data file
 * inside, unzipped with fflate (a well-kept, dependency-free inflate). Pure: bytes in, bytes out.
 */
import { unzipSync } from 'fflate';
import { HypnogramImportError } from './types';

/** Entries that are not data: folders, macOS resource forks, hidden files. */
const isData = (name: string): boolean =>
  !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\./.test(name);

/**
 * The single data file of a zip archive, as its name inside and its bytes. Refuses an archive
 * that cannot be read, holds no file, or holds several (naming them: which one to read is the
 * user's choice, not a guess).
 */
export function singleFileOfZip(file: string, bytes: Uint8Array): { name: string; bytes: Uint8Array } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new HypnogramImportError(
      file,
      null,
      `not a readable zip archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const names = Object.keys(entries).filter(isData);
  if (names.length === 0) throw new HypnogramImportError(file, null, 'the zip archive holds no file');
  if (names.length > 1)
    throw new HypnogramImportError(
      file,
      null,
      `the zip archive holds ${names.length} files (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}); unzip it and give the one to read`,
    );
  return { name: names[0]!, bytes: entries[names[0]!]! };
}
