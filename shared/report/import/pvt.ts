/**
 * PVT sessions: one row per psychomotor-vigilance test with its time (one timestamp column, or a
 * date and a time column), the mean reaction time and the number of lapses, from delimited text
 * with a header. Columns are found through PVT_COLUMNS; a mean RT column whose name says seconds
 * ("mean_rt_s", "Mean RT (s)") is converted to ms. Pure: text in, PvtSessions out, or a
 * DataImportError naming the file, the line, the column and the problem.
 */
import {
  DataImportError,
  dateTimeColumns,
  rowDateTimes,
  findColumn,
  findTable,
  isMissing,
  normalizeName,
  parseLocal,
  parseNumber,
  refuseOutOfOrder,
  type Row,
} from './tables';

/** Column names per role, in order of preference (matched after normalizeName). */
export const PVT_COLUMNS = {
  timestamp: ['timestamp', 'datetime', 'date time', 'session time', 'start time', 'time'],
  date: ['date', 'session date'],
  time: ['time', 'clock time', 'session time', 'start time'],
  meanRT: [
    'mean rt',
    'meanrt',
    'mean rt ms',
    'mean rt s',
    'rt mean',
    'mean reaction time',
    'mean reaction time ms',
    'mrt',
  ],
  lapses: ['lapses', 'lapse', 'n lapses', 'number of lapses', 'lapse count', 'lapses 500ms', 'lapses 500 ms'],
} as const;

export interface PvtSession {
  readonly line: number;
  /** Seconds on the zoneless local calendar. */
  readonly t: number;
  readonly meanRT_ms: number;
  readonly lapses: number;
}

export interface PvtSessions {
  readonly label: string;
  readonly source: string;
  readonly sessions: readonly PvtSession[];
  readonly notes: readonly string[];
}

function columnsOf(names: readonly string[]) {
  return {
    ...dateTimeColumns(names, { ...PVT_COLUMNS, dateTime: PVT_COLUMNS.timestamp }),
    meanRT: findColumn(names, PVT_COLUMNS.meanRT),
    lapses: findColumn(names, PVT_COLUMNS.lapses),
  };
}

/** True when a header names a time, a mean RT and a lapses column. */
export function isPvtHeader(names: readonly string[]): boolean {
  const c = columnsOf(names);
  return c.date >= 0 && c.meanRT >= 0 && c.lapses >= 0;
}

/** Reads PVT sessions; `file` names it in messages, `label` names the set. */
export function importPvt(file: string, label: string, text: string): PvtSessions {
  const table = findTable(file, text, isPvtHeader, 'a time, a mean RT and a lapses column');
  const names = table.header.fields;
  const c = columnsOf(names);
  const notes: string[] = [];
  const rtName = normalizeName(names[c.meanRT]!);
  const seconds = /(^| )(s|sec|seconds)$/.test(rtName);
  if (seconds) notes.push(`mean RT column "${names[c.meanRT]}" read as seconds and converted to ms`);
  const where = (r: Row, i: number) => `line ${r.n}, column "${names[i]}"`;
  const { parts, order } = rowDateTimes(file, table.rows, c.date, c.time);
  if (order.note !== null) notes.push(order.note);
  const sessions: PvtSession[] = [];
  for (const r of table.rows) {
    const [d, h] = parts(r);
    const t = parseLocal(d, h, order.order);
    if (t === null) throw new DataImportError(file, where(r, c.date), `"${`${d} ${h}`.trim()}" is not a date and time`);
    const cellRT = r.fields[c.meanRT];
    const cellL = r.fields[c.lapses];
    if (isMissing(cellRT) || isMissing(cellL))
      throw new DataImportError(
        file,
        where(r, isMissing(cellRT) ? c.meanRT : c.lapses),
        'no value (a session needs its mean RT and its lapses)',
      );
    const rt = parseNumber(cellRT!, table.delimiter);
    if (rt === null || !(rt > 0))
      throw new DataImportError(file, where(r, c.meanRT), `"${cellRT}" is not a positive reaction time`);
    const lapses = parseNumber(cellL!, table.delimiter);
    if (lapses === null || lapses < 0 || !Number.isInteger(lapses))
      throw new DataImportError(file, where(r, c.lapses), `"${cellL}" is not a number of lapses`);
    refuseOutOfOrder(file, r.n, t, sessions[sessions.length - 1], 'session', 'sessions');
    sessions.push({ line: r.n, t, meanRT_ms: seconds ? rt * 1000 : rt, lapses });
  }
  if (sessions.length === 0) throw new DataImportError(file, `line ${table.header.n}`, 'a header but no sessions');
  return { label, source: 'PVT sessions', sessions, notes };
}
