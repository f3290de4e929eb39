/**
 * One entry for every measured-hypnogram format: the content decides (an EDF header, a BIDS or
 * Noxturnal header, else one stage per line), and a file whose content contradicts its extension
 * is refused rather than guessed at.
 */
import { importEdfHypnogram } from './edfHypnogram';
import { looksLikeEdf } from './edf';
import { importBidsEvents, importNoxturnal, isBidsHeader, isNoxturnalHeader } from './eventTables';
import { decodeText, importEpochText, textLines } from './text';
import { HypnogramImportError, type ByteSource, type MeasuredNight } from './types';

export { HypnogramImportError, bytesSource, type ByteSource, type MeasuredNight } from './types';

export interface ImportOptions {
  /** The epoch length in seconds, when the file does not say (30 s by default; 20 s is resampled). */
  readonly epochLength_s?: number;
}

/** Text hypnograms are small: anything larger is not one (and would be read whole). */
export const MAX_TEXT_HYPNOGRAM_BYTES = 64 * 1024 * 1024;

const EDF_EXTENSIONS = ['edf', 'rec'];
const TEXT_EXTENSIONS = ['txt', 'csv', 'tsv', 'hyp', 'hypno'];
/** The extensions a hypnogram usually has (a file dialog's filter; the content decides the format). */
export const HYPNOGRAM_EXTENSIONS: readonly string[] = [...EDF_EXTENSIONS, ...TEXT_EXTENSIONS];

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
const extension = (path: string): string => {
  const b = baseName(path);
  const i = b.lastIndexOf('.');
  return i > 0 ? b.slice(i + 1).toLowerCase() : '';
};

/** Reads a measured hypnogram of any supported format; `file` names it in messages. */
export async function importHypnogram(
  file: string,
  src: ByteSource,
  options: ImportOptions = {},
): Promise<MeasuredNight> {
  if (options.epochLength_s !== undefined && !(options.epochLength_s > 0))
    throw new HypnogramImportError(file, null, `epoch length ${options.epochLength_s} s: must be positive`);
  const ext = extension(file);
  const label = baseName(file);
  const first = await src.read(0, Math.min(src.size, 256));
  if (src.size === 0) throw new HypnogramImportError(file, null, 'the file is empty');
  const edf = looksLikeEdf(first);
  if (EDF_EXTENSIONS.includes(ext) && !edf) {
    const shown = new TextDecoder('latin1').decode(first.subarray(0, 12)).replace(/[^\x20-\x7e]/g, '.');
    throw new HypnogramImportError(
      file,
      'header field "version"',
      `the extension says EDF but the file starts ${JSON.stringify(shown)}, not "0" and 7 spaces: not an EDF file`,
    );
  }
  if (edf && TEXT_EXTENSIONS.includes(ext))
    throw new HypnogramImportError(
      file,
      null,
      `the extension says text (.${ext}) but the file is an EDF (its header starts "0       "): rename it .edf`,
    );
  if (edf) return importEdfHypnogram(file, label, src, options);
  if (src.size > MAX_TEXT_HYPNOGRAM_BYTES)
    throw new HypnogramImportError(file, null, `${src.size} bytes is too large for a text hypnogram`);
  const text = decodeText(file, await src.read(0, src.size));
  const head = textLines(text).find((l) => l.text.trim() !== '' && !/^\s*#/.test(l.text));
  if (head && isBidsHeader(head.text)) return importBidsEvents(file, label, text, options.epochLength_s);
  if (head && isNoxturnalHeader(head.text)) return importNoxturnal(file, label, text, options.epochLength_s);
  return importEpochText(file, label, text, options);
}
