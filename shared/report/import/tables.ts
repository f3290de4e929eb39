/**
 * What the light-log, sleep-diary and PVT importers share: their error, column names matched
 * through declared alias tables, delimited rows with their line numbers, and local dates and
 * times as people and devices write them (ISO, 21-06-2023 00.00.12, 2/20/2019 12:32:00 PM,
 * 28.08.2023 22:37). Times are local wall-clock times without a zone: they are held as seconds
 * on a zoneless calendar (Date.UTC of the written fields), so arithmetic never meets a
 * daylight-saving rule the file did not state.
 */
import { detectDelimiter, splitFields, textLines, type TextLine } from './text';
import { HypnogramImportError, isoOfSeconds } from './types';

export { isoOfSeconds } from './types';

/**
 * Bad measured data (a light log, a diary, PVT sessions): the message names the file, the line
 * (and column) and the problem, in the same form as a hypnogram's, so every caller that reports
 * import errors (the CLI) reports these too.
 */
export class DataImportError extends HypnogramImportError {
  constructor(file: string, where: string | null, problem: string) {
    super(file, where, problem);
    this.name = 'DataImportError';
  }
}

/** A column name reduced for matching: lower case, runs of space, _ - . / and brackets collapsed to one space. */
export const normalizeName = (name: string): string =>
  name
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .toLowerCase()
    .replace(/[\s_\-./()[\]]+/g, ' ')
    .trim();

/** The index of the first alias (in the alias table's order of preference) found among `names`. */
/**
 * Where a row's time is: a date column and a time-of-day column when the file has both (and they
 * differ), else one date-and-time column (`time` −1). Either index is −1 when missing.
 */
export function dateTimeColumns(
  names: readonly string[],
  aliases: { readonly date: readonly string[]; readonly time: readonly string[]; readonly dateTime: readonly string[] },
): { date: number; time: number } {
  const date = findColumn(names, aliases.date);
  const time = findColumn(names, aliases.time);
  const separate = date >= 0 && time >= 0 && date !== time;
  return { date: separate ? date : findColumn(names, aliases.dateTime), time: separate ? time : -1 };
}

export function findColumn(names: readonly string[], aliases: readonly string[]): number {
  const normal = names.map(normalizeName);
  for (const a of aliases) {
    const i = normal.indexOf(normalizeName(a));
    if (i >= 0) return i;
  }
  return -1;
}

export interface Row {
  /** 1-based line number in the file. */
  readonly n: number;
  readonly fields: string[];
}

/**
 * Splits data lines into fields. A line with a quote goes through papaparse (RFC 4180); one
 * without is split on the delimiter directly, which is the same result and keeps a 60 000-line
 * light log fast.
 */
export function splitRow(line: TextLine, delimiter: string): Row {
  const fields = line.text.includes('"')
    ? splitFields(line.text, delimiter)
    : line.text.split(delimiter).map((f) => f.trim());
  return { n: line.n, fields };
}

/** A table: the header row found (after any preamble) and the data rows below it. */
export interface Table {
  readonly delimiter: string;
  readonly header: Row;
  readonly rows: Row[];
  /** Lines before the header (a device's preamble), skipped. */
  readonly preamble: number;
}

/**
 * Finds the header: the first line (of the first `maxPreamble` + 1) for which `isHeader` holds.
 * Devices write a preamble (Condor's report block, Actiwatch's subject and device lines) before it.
 * With `oneColumn`, a line without a delimiter is a header or row of one field.
 */
export function findTable(
  file: string,
  text: string,
  isHeader: (names: string[]) => boolean,
  what: string,
  maxPreamble = 200,
  oneColumn = false,
): Table {
  const lines = textLines(text);
  for (const line of lines.slice(0, maxPreamble + 1)) {
    // A file of one column (a DLMO per line) has no delimiter to detect: its lines are read whole.
    const delimiter = detectDelimiter(line.text) ?? (oneColumn ? ',' : null);
    if (delimiter === null) continue;
    const header = splitRow(line, delimiter);
    if (!isHeader(header.fields)) continue;
    const rows = lines
      .filter((l) => l.n > line.n && l.text.trim() !== '')
      .map((l) => splitRow(l, delimiter))
      // A row of empty fields (REDCap writes one for a record without this instrument) carries nothing.
      .filter((r) => r.fields.some((f) => f !== ''));
    return { delimiter, header, rows, preamble: line.n - 1 };
  }
  throw new DataImportError(file, null, `no header line naming ${what} in the first ${maxPreamble + 1} lines`);
}

/** Values that stand for "no value" in the exports read here. */
const MISSING = new Set(['', 'nan', 'na', 'n/a', 'null', 'none', '-', '—', '.']);
export const isMissing = (cell: string | undefined): boolean =>
  cell === undefined || MISSING.has(cell.trim().toLowerCase());

/**
 * A decimal number; a decimal comma is read only in a semicolon- or tab-separated file (where a
 * comma cannot be the delimiter). Null when the cell is not a number.
 */
export function parseNumber(cell: string, delimiter: string): number | null {
  let t = cell.trim();
  if (delimiter !== ',' && /^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Day-month order of numeric dates like 02/03/2019, decided from the whole file. */
export type DayMonthOrder = 'DMY' | 'MDY';

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,6}))?)?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$/;

/**
 * Which of day-month or month-day the file's numeric dates use: a first number above 12 means
 * day first, a second above 12 month first; a dotted date (28.08.2023) is day first; otherwise
 * the file cannot tell, and the answer (month first beside AM/PM times, as US software writes,
 * else day first) comes with a note.
 */
export function dayMonthOrder(
  file: string,
  dates: Iterable<{ text: string; where: string }>,
  amPm: boolean,
): { order: DayMonthOrder; note: string | null } {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let dotted = false;
  let any = false;
  for (const d of dates) {
    const m = NUMERIC_DATE.exec(d.text.trim());
    if (!m) continue;
    any = true;
    if (m[2] === '.') dotted = true;
    if (Number(m[1]) > 12) dayFirst ??= `${d.where} ("${d.text}")`;
    if (Number(m[3]) > 12) monthFirst ??= `${d.where} ("${d.text}")`;
  }
  if (dayFirst !== null && monthFirst !== null)
    throw new DataImportError(
      file,
      null,
      `dates are day-first at ${dayFirst} but month-first at ${monthFirst}: one file must use one order`,
    );
  if (dayFirst !== null || (dotted && monthFirst === null)) return { order: 'DMY', note: null };
  if (monthFirst !== null) return { order: 'MDY', note: null };
  if (!any) return { order: 'DMY', note: null };
  return amPm
    ? { order: 'MDY', note: 'no date shows whether day or month comes first: read month first, as beside AM/PM times' }
    : { order: 'DMY', note: 'no date shows whether day or month comes first: read day first' };
}

/** Days since 1970-01-01 of a written date, or null when it is not a date. */
export function parseDate(text: string, order: DayMonthOrder): number | null {
  const t = text.trim();
  let y: number;
  let mo: number;
  let d: number;
  const iso = ISO_DATE.exec(t);
  const num = NUMERIC_DATE.exec(t);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
  else if (num) {
    const [a, b] = [Number(num[1]), Number(num[3])];
    y = Number(num[4]);
    if (num[4]!.length === 2) y += 2000;
    [d, mo] = order === 'DMY' ? [a, b] : [b, a];
  } else return null;
  if (mo < 1 || mo > 12 || d < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  if (new Date(ms).getUTCDate() !== d) return null; // 31/02, 29/02 of a common year
  return ms / 86_400_000;
}

/** Seconds after midnight of a written time (24-hour or AM/PM; "." or ":" between fields), or null. */
export function parseTime(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0) + (m[4] ? Number(`0.${m[4]}`) : 0);
  const ampm = m[5]?.toLowerCase();
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'a' && h === 12) h = 0;
    if (ampm === 'p' && h !== 12) h += 12;
  }
  if (h > 23 || mi > 59 || s >= 60) return null;
  return h * 3600 + mi * 60 + s;
}

/** Whether a cell holds an AM/PM time (the hint for month-first dates). */
export const hasAmPm = (text: string): boolean => /\d\s*[AaPp]\.?\s*[Mm]\.?\s*$/.test(text.trim());

/** Splits "date time" or "dateTtime" into its parts; the time part is '' when there is none (a date, or a time alone). */
export function splitDateTime(text: string): [string, string] {
  const t = text.trim();
  if (TIME.test(t)) return [t, ''];
  const m = /^(\S+?)(?:T|\s+)(.+)$/.exec(t);
  return m ? [m[1]!, m[2]!] : [t, ''];
}

/**
 * A time's trailing UTC offset ("Z", "+01:00", "-0500"), in seconds east of UTC, split from the
 * clock time; null when the time has none.
 */
export function splitOffset(time: string): [string, number | null] {
  const m = /^(.*?\d)\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(time.trim());
  if (!m) return [time, null];
  if (m[2]!.toUpperCase() === 'Z') return [m[1]!, 0];
  const sign = m[2]!.startsWith('-') ? -1 : 1;
  const digits = m[2]!.replace(/[+:-]/g, '');
  return [m[1]!, sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2)) * 60)];
}

/** "+01:00" for 3600 s east of UTC. */
export function offsetWords(offset_s: number): string {
  const a = Math.abs(offset_s);
  return `${offset_s < 0 ? '-' : '+'}${String(Math.floor(a / 3600)).padStart(2, '0')}:${String(Math.floor((a % 3600) / 60)).padStart(2, '0')}`;
}

/** Seconds on the zoneless calendar of a written local date and time, or null. */
export function parseLocal(date: string, time: string, order: DayMonthOrder): number | null {
  const day = parseDate(date, order);
  const sec = parseTime(time);
  return day === null || sec === null ? null : day * 86_400 + sec;
}

/** The local date (YYYY-MM-DD) of seconds on the zoneless calendar. */
export const dateOfSeconds = (t: number): string => isoOfSeconds(t).slice(0, 10);

/** A duration in words for messages: "1 h 0 min 10 s", "15 s". */
export function durationWords(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const parts = [h > 0 ? `${h} h` : '', h > 0 || m > 0 ? `${m} min` : '', r > 0 || s === 0 ? `${r} s` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * The date and time text of a row (one combined column when `timeCol` < 0, else a date and a
 * time column), and the day-month order the whole table's dates decide (dayMonthOrder).
 */
export function rowDateTimes(
  file: string,
  rows: readonly Row[],
  dateCol: number,
  timeCol: number,
): { parts: (r: Row) => [string, string]; order: { order: DayMonthOrder; note: string | null } } {
  const parts = (r: Row): [string, string] => {
    const a = r.fields[dateCol] ?? '';
    return timeCol < 0 ? splitDateTime(a) : [a, r.fields[timeCol] ?? ''];
  };
  const order = dayMonthOrder(
    file,
    rows.map((r) => ({ text: parts(r)[0], where: `line ${r.n}` })),
    rows.some((r) => hasAmPm(parts(r)[1])),
  );
  return { parts, order };
}

/**
 * Refuses a record at or before the one above it, naming both lines and their times: `record`
 * names one ("session", "DLMO"), `records` what is then out of order ("sessions", "onsets").
 */
export function refuseOutOfOrder(
  file: string,
  line: number,
  t: number,
  prev: { readonly line: number; readonly t: number } | undefined,
  record: string,
  records: string,
): void {
  if (!prev || t > prev.t) return;
  const relation = t === prev.t ? 'at the same time as' : 'before';
  throw new DataImportError(
    file,
    `line ${line}`,
    `${record} at ${isoOfSeconds(t)} is ${relation} line ${prev.line}'s (${isoOfSeconds(prev.t)}): ${records} out of order`,
  );
}
