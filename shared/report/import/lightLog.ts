/**
 * Light logs: a local timestamp (one column, or a date and a time column) and a photopic
 * illuminance column per sample, as wearables export them: the LYS Button CSV, the ActLumus
 * (Condor) text log with its report preamble, the Actiwatch CSV (activity, white light,
 * sleep/wake; NaN rows), or any CSV/TSV with such columns. Pure: text in, a LightLog out, or a
 * DataImportError naming the file, the line (and column) and the problem.
 *
 * Decisions (docs/REPORT.md, "Light logs"):
 * - The lux column is the first of LUX_COLUMNS found; melanopic EDI columns are never read as lux
 *   (a note names the column read and the melanopic one left aside).
 * - A missing value (empty, NaN, NA) or a negative reading (a sensor artefact) is kept missing, never zero; a gap (no rows) stays a gap.
 * - Timestamps must increase: a repeated one, or one earlier than the line before, is refused
 *   naming both lines. A step back of about one hour in the small hours is named as what it most
 *   likely is, a daylight-saving change back: local times without a zone cannot order the
 *   repeated hour, so the log is refused with that explanation rather than guessed at. A one-hour
 *   gap in the small hours (a change forward skips an hour of clock time) is kept as a gap, with a
 *   note saying so. Timestamps with UTC offsets ("Z", "+02:00") are ordered by their instants:
 *   all are read at the first line's offset, so a change of offset is no break.
 */
import {
  dateOfSeconds,
  DataImportError,
  rowDateTimes,
  durationWords,
  findColumn,
  findTable,
  isMissing,
  isoOfSeconds,
  normalizeName,
  parseLocal,
  offsetWords,
  parseNumber,
  splitOffset,
  type Row,
} from './tables';

/** Photopic illuminance columns, in order of preference (LYS "lux", ActLumus "LIGHT", Actiwatch "White Light"). */
export const LUX_COLUMNS = [
  'lux',
  'photopic lux',
  'illuminance',
  'photopic illuminance',
  'light',
  'white light',
  'light lux',
  'light level',
  'ambient light lux',
];
/** Melanopic equivalent daylight illuminance: a different quantity, never read as lux. */
const MELANOPIC_COLUMNS = ['medi', 'melanopic edi', 'mel edi', 'melanopic lux', 'm edi', 'melanopic'];
/** One column holding date and time. */
const TIMESTAMP_COLUMNS = ['timestamp', 'time stamp', 'date time', 'datetime', 'date and time', 'local time', 'time'];
const DATE_COLUMNS = ['date', 'day'];
const TIME_COLUMNS = ['time', 'clock time', 'clock'];

/** Bright light for the summary's "time above" (lux, strictly above). */
export const BRIGHT_LUX = 1000;
/** Two valid readings further apart than this many sampling intervals bound a gap. */
const GAP_INTERVALS = 1.5;

export interface LightLog {
  readonly label: string;
  /** The format read, in words. */
  readonly source: string;
  /** The column(s) the time was read from, and the lux column, as the header writes them. */
  readonly timeColumn: string;
  readonly luxColumn: string;
  /** Sample times: seconds on the zoneless local calendar (tables.ts), strictly increasing. */
  readonly t: Float64Array;
  /** Illuminance per sample (lux); NaN where the file has no value. */
  readonly lux: Float64Array;
  readonly notes: readonly string[];
}

interface TimeColumns {
  readonly date: number;
  /** -1 when `date` holds the whole timestamp. */
  readonly time: number;
}

function timeColumns(names: readonly string[]): TimeColumns | null {
  const date = findColumn(names, DATE_COLUMNS);
  const time = findColumn(names, TIME_COLUMNS);
  if (date >= 0 && time >= 0 && date !== time) return { date, time };
  const stamp = findColumn(names, TIMESTAMP_COLUMNS);
  return stamp >= 0 ? { date: stamp, time: -1 } : null;
}

/** True when a header row names a time and a photopic lux column. */
export function isLightLogHeader(names: readonly string[]): boolean {
  return timeColumns(names) !== null && findColumn(names, LUX_COLUMNS) >= 0;
}

function sourceOf(names: readonly string[], text: string): string {
  const has = (n: string) => names.some((x) => normalizeName(x) === n);
  if (/Condor Instruments/.test(text.slice(0, 4000)) || (has('pim') && has('melanopic edi')))
    return 'light log (ActLumus export)';
  if (has('sensor') && has('medi') && has('lux')) return 'light log (LYS CSV)';
  if (has('white light') && (has('activity') || has('sleep wake'))) return 'light log (Actiwatch CSV)';
  return 'light log (delimited text)';
}

/** The light log's table; a melanopic-only header is named as such rather than "no header". */
function findLightTable(file: string, text: string) {
  try {
    return findTable(file, text, isLightLogHeader, 'a time column and a lux column');
  } catch (error) {
    let melanopic;
    try {
      melanopic = findTable(file, text, (n) => timeColumns(n) !== null && findColumn(n, MELANOPIC_COLUMNS) >= 0, '');
    } catch {
      throw error;
    }
    const name = melanopic.header.fields[findColumn(melanopic.header.fields, MELANOPIC_COLUMNS)];
    throw new DataImportError(
      file,
      `line ${melanopic.header.n}`,
      `only a melanopic EDI column ("${name}"), no photopic lux column (${LUX_COLUMNS.slice(0, 6).join(', ')}, …)`,
    );
  }
}

/** Reads a light log; `file` names it in messages, `label` names the log. */
export function importLightLog(file: string, label: string, text: string): LightLog {
  const table = findLightTable(file, text);
  const names = table.header.fields;
  const cols = timeColumns(names)!;
  const iLux = findColumn(names, LUX_COLUMNS);
  const notes: string[] = [];
  const luxName = names[iLux]!;
  const timeName = cols.time < 0 ? `"${names[cols.date]}"` : `"${names[cols.date]}" and "${names[cols.time]}"`;
  const mel = findColumn(names, MELANOPIC_COLUMNS);
  notes.push(
    `illuminance read from column "${luxName}" (photopic lux)${mel >= 0 ? `; "${names[mel]}" (melanopic EDI) not read` : ''}`,
  );
  if (table.preamble > 0) notes.push(`${table.preamble} preamble lines before the header skipped`);
  const others = names.filter((_, i) => i !== iLux && i !== cols.date && i !== cols.time && i !== mel);
  if (others.length > 0) notes.push(`columns not read: ${others.map((n) => `"${n}"`).join(', ')}`);

  const where = (r: Row, col: number) => `line ${r.n}, column "${names[col]}"`;
  const { parts, order } = rowDateTimes(file, table.rows, cols.date, cols.time);
  if (order.note !== null) notes.push(order.note);

  const n = table.rows.length;
  if (n === 0) throw new DataImportError(file, `line ${table.header.n}`, 'a header but no samples');
  const t = new Float64Array(n);
  const lux = new Float64Array(n);
  const negative: number[] = [];
  let firstOffset: number | null = null;
  let lastOffset: number | null = null;
  for (let i = 0; i < n; i++) {
    const r = table.rows[i]!;
    const [d, written] = parts(r);
    const [h, offset] = splitOffset(written);
    const local = parseLocal(d, h, order.order);
    if (local === null) {
      const shown = cols.time < 0 ? d + (written ? ` ${written}` : '') : `${d} ${written}`;
      throw new DataImportError(
        file,
        where(r, cols.time < 0 ? cols.date : cols.time),
        `"${shown.trim()}" is not a date and time`,
      );
    }
    // With UTC offsets the instants are known: all are put on the first line's offset, so a
    // daylight-saving change (a change of offset) keeps the order.
    if ((offset === null) !== (firstOffset === null) && i > 0)
      throw new DataImportError(
        file,
        where(r, cols.time < 0 ? cols.date : cols.time),
        `"${cols.time < 0 ? r.fields[cols.date] : written}" ${offset === null ? 'has no UTC offset, while line ' : 'has a UTC offset, while line '}${table.rows[0]!.n}'s ${offset === null ? 'has one' : 'has none'}: one log needs one convention`,
      );
    if (i === 0) firstOffset = offset;
    if (offset !== null && offset !== lastOffset && i > 0)
      notes.push(
        `the UTC offset changes at line ${r.n} (${offsetWords(lastOffset!)} to ${offsetWords(offset)}, a daylight-saving change?): times kept in order on the first line's offset`,
      );
    lastOffset = offset;
    const s = offset === null ? local : local - offset + firstOffset!;
    const cell = r.fields[iLux];
    if (cell === undefined)
      throw new DataImportError(file, `line ${r.n}`, `${r.fields.length} fields, the header has ${names.length}`);
    let v = NaN;
    if (!isMissing(cell)) {
      const x = parseNumber(cell, table.delimiter);
      if (x === null) throw new DataImportError(file, where(r, iLux), `"${cell}" is not a number`);
      // A sensor artefact (LYS writes -1867 beside a saturated IR channel): no illuminance, so missing.
      if (x < 0) negative.push(r.n);
      else v = x;
    }
    if (i > 0) checkOrder(file, table.rows[i - 1]!, r, t[i - 1]!, s);
    t[i] = s;
    lux[i] = v;
  }
  if (firstOffset !== null)
    notes.push(
      firstOffset === 0
        ? 'timestamps are in UTC (Z): days and times are UTC'
        : `timestamps carry UTC offsets: days and times are read at the first line's offset (${offsetWords(firstOffset)})`,
    );
  if (negative.length > 0)
    notes.push(
      `${negative.length} negative readings (line ${negative.slice(0, 5).join(', ')}${negative.length > 5 ? ', …' : ''}) are not illuminance: kept missing`,
    );
  const missing = lux.reduce((k, v) => k + (Number.isNaN(v) ? 1 : 0), 0);
  if (missing > 0) notes.push(`${missing} samples without a value kept missing (not zero)`);
  const log: LightLog = {
    label,
    source: sourceOf(names, text),
    timeColumn: timeName,
    luxColumn: luxName,
    t,
    lux,
    notes,
  };
  const dt = samplingInterval(t);
  for (const g of lightLogGaps(log)) {
    const h = new Date(g.from_s * 1000).getUTCHours();
    if (Math.abs(g.to_s - g.from_s - 3600) <= Math.max(60, dt) && h < 4)
      notes.push(
        `the gap ${isoOfSeconds(g.from_s)} to ${isoOfSeconds(g.to_s)} is one hour in the small hours: maybe a daylight-saving change forward (a skipped local hour); kept as a gap`,
      );
  }
  return log;
}

/** Refuses a repeated or earlier timestamp, naming both lines (and a likely daylight-saving change back). */
function checkOrder(file: string, prev: Row, row: Row, before: number, now: number): void {
  if (now > before) return;
  if (now === before)
    throw new DataImportError(file, `line ${row.n}`, `repeats the timestamp ${isoOfSeconds(now)} of line ${prev.n}`);
  const back = before - now;
  const hour = new Date(now * 1000).getUTCHours();
  if (back >= 3000 && back <= 3600 && hour < 4)
    throw new DataImportError(
      file,
      `line ${row.n}`,
      `timestamp ${isoOfSeconds(now)} is ${durationWords(back)} before line ${prev.n}'s (${isoOfSeconds(before)}): the clock went back an hour, as at a daylight-saving change back; local times without a zone cannot order the repeated hour, so the log is refused — export it in UTC or with a UTC offset, or cut it at the change`,
    );
  throw new DataImportError(
    file,
    `line ${row.n}`,
    `timestamp ${isoOfSeconds(now)} is ${durationWords(back)} before line ${prev.n}'s (${isoOfSeconds(before)}): timestamps out of order`,
  );
}

/**
 * The sampling interval: the median step between consecutive samples (s), the lower one of an
 * even count so it is always a step that occurs; 0 for one sample.
 */
export function samplingInterval(t: ArrayLike<number>): number {
  if (t.length < 2) return 0;
  const d = Float64Array.from({ length: t.length - 1 }, (_, i) => t[i + 1]! - t[i]!).sort();
  return d[(d.length - 1) >> 1]!;
}

/** A stretch without a valid reading: from the end of the last reading before to the next reading. */
export interface LightGap {
  /** The last valid reading's time plus one sampling interval (where its coverage ends). */
  readonly from_s: number;
  /** The next valid reading's time. */
  readonly to_s: number;
}

/** Gaps: two consecutive valid readings more than 1.5 sampling intervals apart (missing rows or missing values). */
export function lightLogGaps(log: LightLog): LightGap[] {
  const dt = samplingInterval(log.t);
  const gaps: LightGap[] = [];
  let last: number | null = null;
  for (let i = 0; i < log.t.length; i++) {
    if (Number.isNaN(log.lux[i]!)) continue;
    const ti = log.t[i]!;
    if (last !== null && ti - last > GAP_INTERVALS * dt) gaps.push({ from_s: last + dt, to_s: ti });
    last = ti;
  }
  return gaps;
}

export interface LightDay {
  /** Local date YYYY-MM-DD. */
  readonly date: string;
  /** Valid readings × the sampling interval, as % of the part of the day the log spans. */
  readonly coverage_pct: number;
  /** Mean of the day's valid readings (lux); null when it has none. */
  readonly meanLux: number | null;
  /** Readings above BRIGHT_LUX × the sampling interval (min). */
  readonly above1000_min: number;
}

export interface LightLogSummary {
  /** First and last sample, ISO local time. */
  readonly start: string;
  readonly end: string;
  readonly samples: number;
  readonly missingValues: number;
  readonly interval_s: number;
  /** Valid readings × interval, as % of (end − start + interval). */
  readonly coverage_pct: number;
  readonly gaps: readonly { readonly start: string; readonly end: string; readonly duration_min: number }[];
  readonly days: readonly LightDay[];
  /** Mean of all valid readings (lux); null when there are none. */
  readonly meanLux: number | null;
  readonly above1000_min: number;
}

/** The summary the CLI prints (docs/REPORT.md, "Light logs"). */
export function summarizeLightLog(log: LightLog): LightLogSummary {
  const { t, lux } = log;
  const n = t.length;
  const dt = samplingInterval(t);
  const start = t[0]!;
  const end = t[n - 1]!;
  const spanEnd = end + dt;
  // Every local date from the first sample's to the last's, so a day without readings is listed too.
  const days = new Map<number, { day0: number; valid: number; sum: number; bright: number }>();
  for (let day0 = Math.floor(start / 86_400) * 86_400; day0 <= end; day0 += 86_400)
    days.set(day0, { day0, valid: 0, sum: 0, bright: 0 });
  let valid = 0;
  let sum = 0;
  let bright = 0;
  for (let i = 0; i < n; i++) {
    const v = lux[i]!;
    if (Number.isNaN(v)) continue;
    const d = days.get(Math.floor(t[i]! / 86_400) * 86_400)!;
    valid++;
    sum += v;
    d.valid++;
    d.sum += v;
    if (v > BRIGHT_LUX) {
      bright++;
      d.bright++;
    }
  }
  const pct = (covered: number, span: number) => (span > 0 ? Math.min(100, (100 * covered) / span) : 0);
  return {
    start: isoOfSeconds(start),
    end: isoOfSeconds(end),
    samples: n,
    missingValues: n - valid,
    interval_s: dt,
    coverage_pct: pct(valid * dt, spanEnd - start),
    gaps: lightLogGaps(log).map((g) => ({
      start: isoOfSeconds(g.from_s),
      end: isoOfSeconds(g.to_s),
      duration_min: (g.to_s - g.from_s) / 60,
    })),
    days: [...days.values()].map((d) => ({
      date: dateOfSeconds(d.day0),
      coverage_pct: pct(d.valid * dt, Math.min(spanEnd, d.day0 + 86_400) - Math.max(start, d.day0)),
      meanLux: d.valid > 0 ? d.sum / d.valid : null,
      above1000_min: (d.bright * dt) / 60,
    })),
    meanLux: valid > 0 ? sum / valid : null,
    above1000_min: (bright * dt) / 60,
  };
}

/** A zip archive (local file header "PK\3\4"): an ActLumus export as downloaded. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
