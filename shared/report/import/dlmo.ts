/**
 * Measured dim-light melatonin onsets (DLMO): one row per onset with its date and clock time (a
 * date and a time column, or one date-time column) and, optionally, the threshold it was read at
 * (`threshold_pg_ml`, plasma pg/mL; saliva thresholds of 3–4 pg/mL are written as they are). Rows
 * are split by the tables' reader (papaparse for quoted fields, text.ts); the columns are found
 * through DLMO_COLUMNS. Pure: text in, DlmoSet out, or a DataImportError naming the file, the line,
 * the column and the problem.
 */
import {
  DataImportError,
  dateTimeColumns,
  rowDateTimes,
  findColumn,
  findTable,
  isMissing,
  isoOfSeconds,
  parseLocal,
  parseNumber,
  refuseOutOfOrder,
  type Row,
} from './tables';

/** Column names per role, in order of preference (matched after normalizeName). */
export const DLMO_COLUMNS = {
  datetime: ['datetime', 'date time', 'dlmo', 'dlmo time', 'dlmo datetime', 'timestamp', 'onset'],
  date: ['date', 'dlmo date'],
  time: ['time', 'clock time', 'dlmo clock time', 'dlmo time', 'onset time'],
  threshold: ['threshold pg ml', 'threshold', 'threshold pg per ml', 'dlmo threshold'],
} as const;

/** Thresholds accepted, pg/mL: the model's DLMO threshold range (dlmoThreshold_pgPerMl) is 1–50. */
const THRESHOLD_MIN = 0.1;
const THRESHOLD_MAX = 100;

export interface Dlmo {
  readonly line: number;
  /** Seconds on the zoneless local calendar. */
  readonly t: number;
  /** The threshold it was read at, pg/mL; null when the file does not say. */
  readonly threshold_pgPerMl: number | null;
}

export interface DlmoSet {
  readonly label: string;
  readonly dlmos: readonly Dlmo[];
  readonly notes: readonly string[];
}

function columnsOf(names: readonly string[]) {
  return {
    ...dateTimeColumns(names, { ...DLMO_COLUMNS, dateTime: DLMO_COLUMNS.datetime }),
    threshold: findColumn(names, DLMO_COLUMNS.threshold),
  };
}

/** True when a header names a date and a time (or one date-time column) and nothing of a light log or PVT. */
export function isDlmoHeader(names: readonly string[]): boolean {
  return columnsOf(names).date >= 0;
}

/** Reads measured DLMOs; `file` names it in messages, `label` names the set. */
export function importDlmo(file: string, label: string, text: string): DlmoSet {
  const table = findTable(
    file,
    text,
    isDlmoHeader,
    'a date and a time (or one datetime column) of each DLMO',
    200,
    true,
  );
  const names = table.header.fields;
  const c = columnsOf(names);
  const notes: string[] = [];
  const where = (r: Row, i: number) => `line ${r.n}, column "${names[i]}"`;
  const { parts, order } = rowDateTimes(file, table.rows, c.date, c.time);
  if (order.note !== null) notes.push(order.note);
  const dlmos: Dlmo[] = [];
  for (const r of table.rows) {
    const [d, h] = parts(r);
    if (h.trim() === '')
      throw new DataImportError(
        file,
        where(r, c.time >= 0 ? c.time : c.date),
        `"${d}" has no clock time (a DLMO is a date and a time)`,
      );
    const t = parseLocal(d, h, order.order);
    if (t === null) throw new DataImportError(file, where(r, c.date), `"${`${d} ${h}`.trim()}" is not a date and time`);
    let threshold: number | null = null;
    if (c.threshold >= 0 && !isMissing(r.fields[c.threshold])) {
      const cell = r.fields[c.threshold]!;
      threshold = parseNumber(cell, table.delimiter);
      if (threshold === null || threshold < THRESHOLD_MIN || threshold > THRESHOLD_MAX)
        throw new DataImportError(
          file,
          where(r, c.threshold),
          `"${cell}" is not a melatonin threshold (pg/mL, ${THRESHOLD_MIN}–${THRESHOLD_MAX})`,
        );
    }
    const prev = dlmos[dlmos.length - 1];
    refuseOutOfOrder(file, r.n, t, prev, 'DLMO', 'onsets');
    if (prev && t - prev.t < 12 * 3600)
      throw new DataImportError(
        file,
        `line ${r.n}`,
        `DLMO at ${isoOfSeconds(t)} is less than 12 h after line ${prev.line}'s (${isoOfSeconds(prev.t)}): one onset per evening`,
      );
    dlmos.push({ line: r.n, t, threshold_pgPerMl: threshold });
  }
  if (dlmos.length === 0) throw new DataImportError(file, `line ${table.header.n}`, 'a header but no DLMO');
  return { label, dlmos, notes };
}
