/**
 * Text hypnograms: decoding (UTF-8 with or without a byte-order mark, UTF-16 with one, as
 * Noxturnal writes), splitting into numbered lines and delimited fields, and the epoch-per-line
 * format: one stage per line (W/N1/N2/N3/R and common spellings, or YASA's integers 0–4), with or
 * without a header, "#" comment lines, one column or several with a header naming the stage one.
 *
 * Fields are split by papaparse (RFC 4180 quoting, doubled quotes), one numbered line at a time:
 * these exports hold one record per line, and a problem names its line.
 */
import Papa from 'papaparse';
import { resample20to30, RESAMPLE_NOTE } from './epochs';
import { stageOfLabel, unknownLabelProblem } from './stageLabels';
import { HypnogramImportError, type MeasuredNight } from './types';

/** Decodes a text file: BOM-led UTF-16 (LE/BE) or UTF-8; anything else must be valid UTF-8 without NULs. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body =
    bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) throw new HypnogramImportError(file, `byte ${nul + 1}`, 'a NUL byte: this is a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HypnogramImportError(file, null, 'not UTF-8 text (and no UTF-16 byte-order mark): a binary file?');
  }
}

export interface TextLine {
  /** 1-based line number in the file. */
  readonly n: number;
  readonly text: string;
}

/** Lines with their numbers, without line ends; a final empty line (after the last newline) dropped. */
export function textLines(text: string): TextLine[] {
  const raw = text.split(/\r\n|\n|\r/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((t, i) => ({ n: i + 1, text: t }));
}

/** The delimiter of a header or data line: tab, then semicolon, then comma; null for one column. */
export function detectDelimiter(line: string): '\t' | ';' | ',' | null {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  if (line.includes(',')) return ',';
  return null;
}

/** Splits one record into fields (RFC 4180 quoting within the line), each trimmed. */
export function splitFields(line: string, delimiter: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter, quoteChar: '"', skipEmptyLines: false });
  return (parsed.data[0] ?? ['']).map((f) => f.trim());
}

/** Column names a stage column goes by. */
const STAGE_COLUMNS = [
  'stage',
  'stages',
  'sleep stage',
  'sleep_stage',
  'sleepstage',
  'hypno',
  'hypnogram',
  'label',
  'score',
  'scoring',
  'value',
];

const isComment = (t: string): boolean => /^\s*(#|%|\/\/)/.test(t);

/** An epoch length stated in a comment ("1 value per 30 seconds", "30-s epochs", "epoch length: 20 s"). */
function statedEpochLength(comments: readonly string[]): number | null {
  for (const c of comments) {
    const m =
      /per\s+(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds)\b/i.exec(c) ??
      /(\d+(?:\.\d+)?)\s*-?\s*(?:s|sec|seconds)\s+epochs?\b/i.exec(c) ??
      /epoch(?:\s+length)?\s*[:=]?\s*(\d+(?:\.\d+)?)\s*(?:s|sec|seconds)\b/i.exec(c);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The source of an epoch-per-line hypnogram: the one format whose epoch length the file need not
 * say (the lab offers an epoch length for it, and re-imports with the one given).
 */
export const EPOCH_TEXT_SOURCE = 'epoch-per-line text';

export interface EpochTextOptions {
  /** The epoch length (s); else one stated in a comment; else 30 s. */
  readonly epochLength_s?: number;
}

/** A hypnogram with one stage per line (see the module comment). */
export function importEpochText(
  file: string,
  label: string,
  text: string,
  options: EpochTextOptions = {},
): MeasuredNight {
  const lines = textLines(text);
  const comments = lines.filter((l) => isComment(l.text)).map((l) => l.text);
  const data = lines.filter((l) => !isComment(l.text));
  // Blank lines: trailing ones are harmless; one inside the hypnogram would be a missing epoch.
  while (data.length > 0 && data[data.length - 1]!.text.trim() === '') data.pop();
  while (data.length > 0 && data[0]!.text.trim() === '') data.shift();
  if (data.length === 0) throw new HypnogramImportError(file, null, 'no epochs: the file is empty or only comments');
  const first = data[0]!;
  const delimiter = detectDelimiter(first.text);
  let column = 0;
  let body = data;
  let header: string | null = null;
  if (delimiter !== null) {
    const names = splitFields(first.text, delimiter).map((f) => f.toLowerCase());
    const at = names.findIndex((f) => STAGE_COLUMNS.includes(f));
    if (at < 0)
      throw new HypnogramImportError(
        file,
        `line ${first.n}`,
        `several columns (${JSON.stringify(first.text.slice(0, 60))}) but none is named as a stage column (${STAGE_COLUMNS.slice(0, 6).join(', ')}, …)`,
      );
    column = at;
    header = names[at]!;
    body = data.slice(1);
  } else if (stageOfLabel(first.text) === null && STAGE_COLUMNS.includes(first.text.trim().toLowerCase())) {
    header = first.text.trim();
    body = data.slice(1);
  }
  const stated = statedEpochLength(comments);
  const L = options.epochLength_s ?? stated ?? 30;
  if (!(L > 0)) throw new HypnogramImportError(file, null, `epoch length ${L} s`);
  const stages = new Uint8Array(body.length);
  let integers = 0;
  let rk = 0;
  let movement = 0;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (line.text.trim() === '')
      throw new HypnogramImportError(file, `line ${line.n}`, 'an empty line inside the hypnogram (a missing epoch?)');
    const cell = delimiter === null ? line.text : splitFields(line.text, delimiter)[column];
    if (cell === undefined)
      throw new HypnogramImportError(file, `line ${line.n}`, `no column ${column + 1} ("${header}")`);
    const stage = stageOfLabel(cell);
    if (stage === null) throw new HypnogramImportError(file, `line ${line.n}`, unknownLabelProblem(cell));
    if (/^\s*"?[+-]?\d/.test(cell)) integers++;
    if (stage.rk) rk++;
    if (stage.movement) movement++;
    stages[i] = stage.code;
  }
  if (body.length === 0) throw new HypnogramImportError(file, null, 'a header but no epochs');
  const kind = integers === body.length ? 'YASA integers' : integers === 0 ? 'stage labels' : 'labels and integers';
  const notes: string[] = [];
  notes.push(
    options.epochLength_s !== undefined
      ? `epoch length ${L} s as given`
      : stated !== null
        ? `epoch length ${L} s as the file's comment states`
        : 'epoch length 30 s (the default; the file does not say)',
  );
  if (header !== null) notes.push(`header "${header}" skipped`);
  if (rk > 0) notes.push(`R&K stages 3 and 4 scored as N3 (${rk} epochs)`);
  if (movement > 0) notes.push(`${movement} movement/artefact epochs kept without a stage`);
  let out: Uint8Array = stages;
  let epochLength_s = L;
  if (L === 20) {
    out = resample20to30(stages);
    epochLength_s = 30;
    notes.push(RESAMPLE_NOTE);
  }
  return {
    label,
    source: `${EPOCH_TEXT_SOURCE} (${kind})`,
    recordingStart: null,
    epochLength_s,
    stages: out,
    lightsOff: null,
    lightsOn: null,
    notes,
  };
}
