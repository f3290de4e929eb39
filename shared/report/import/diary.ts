/**
 * Sleep diaries: one row per night with the clock times people write down — into bed,
 * lights-off (tried to sleep), sleep onset or the latency to it, final wake, out of bed — and
 * optionally the minutes awake after sleep onset and the number of awakenings. Columns are found
 * through DIARY_COLUMNS (a declared alias table); a cell is a date and time ("28.08.2023 22:37",
 * "2023-08-28 22:37") or a time alone ("22:37", "10:37 pm") placed on the row's date. The REDCap
 * export (semicolon-separated, CRLF, an empty baseline row) is one such file. Pure: text in, a
 * Diary out, or a DataImportError naming the file, the line, the column and the problem.
 *
 * Placing a time written without a date: the date column is the date the night began (the
 * evening). The night's first time goes on that date, or on the next one when it is before noon
 * (into bed at 00:30); every later time goes at its nearest occurrence to the time before it
 * (within 12 h either way), so lights-off 00:10 after bed 23:30 is 40 min later, while lights-off
 * 22:50 after bed 23:00 goes backwards and is refused. (A sleep period longer than 12 h needs
 * full dates.)
 */
import type { SleepReport } from '../sleepReport';
import { sleepReport, SLEEP_REPORT_FIELDS } from '../sleepReport';
import { STAGE_CODE } from '../../model/result';
import {
  DataImportError,
  dayMonthOrder,
  findColumn,
  findTable,
  hasAmPm,
  isMissing,
  isoOfSeconds,
  normalizeName,
  parseDate,
  parseNumber,
  parseTime,
  splitDateTime,
  type Row,
} from './tables';

/** The diary's clock times, in the order a night must keep. */
export const DIARY_TIMES = ['bed', 'lightsOff', 'sleepOnset', 'wake', 'getUp'] as const;
export type DiaryTime = (typeof DIARY_TIMES)[number];
type DiaryRole = DiaryTime | 'date' | 'latency' | 'waso' | 'awakenings';

/** Column names per role, in order of preference (matched after normalizeName). */
export const DIARY_COLUMNS: Readonly<Record<DiaryRole, readonly string[]>> = {
  date: ['date', 'night', 'night of', 'diary date', 'evening date', 'day'],
  bed: ['bed', 'bedtime', 'bed time', 'in bed', 'into bed', 'went to bed', 'time into bed', 'time to bed'],
  lightsOff: ['lights off', 'lightsoff', 'lights out', 'try to sleep', 'tried to sleep', 'attempt to sleep'],
  sleepOnset: ['sleep onset', 'fell asleep', 'asleep', 'sleep start', 'sleep'],
  wake: ['wake', 'wake time', 'waketime', 'woke', 'woke up', 'wake up', 'wakeup', 'final awakening', 'offset'],
  getUp: ['get up', 'getup', 'got up', 'out of bed', 'out ofbed', 'rise', 'rise time', 'risetime'],
  latency: ['sleepdelay', 'sleep delay', 'sleep latency', 'sol', 'sol min', 'latency', 'time to fall asleep'],
  waso: ['waso', 'waso min', 'awake duration', 'wake after sleep onset', 'time awake'],
  awakenings: ['awakenings', 'number of awakenings', 'nwak', 'wakings', 'n awakenings'],
};

/** What each clock time is called in messages. */
const TIME_WORDS: Readonly<Record<DiaryTime, string>> = {
  bed: 'into bed',
  lightsOff: 'lights-off',
  sleepOnset: 'sleep onset',
  wake: 'wake',
  getUp: 'out of bed',
};

export interface DiaryNight {
  /** The file's line of this night. */
  readonly line: number;
  /** The row's date (YYYY-MM-DD) when it has a date column, else the date of its first time. */
  readonly date: string;
  /** Each clock time as seconds on the zoneless local calendar, or null when not given. */
  readonly times: Readonly<Record<DiaryTime, number | null>>;
  /** Whether sleep onset was written or derived from lights-off + latency. */
  readonly onsetFrom: 'written' | 'latency' | null;
  readonly latency_min: number | null;
  readonly waso_min: number | null;
  readonly awakenings: number | null;
}

export interface Diary {
  readonly label: string;
  readonly source: string;
  /** The column read for each role, as the header writes it, or null. */
  readonly columns: Readonly<Record<DiaryRole, string | null>>;
  readonly nights: readonly DiaryNight[];
  readonly notes: readonly string[];
}

const ROLES = Object.keys(DIARY_COLUMNS) as DiaryRole[];

function columnsOf(names: readonly string[]): Record<DiaryRole, number> {
  const taken = new Set<number>();
  const out = {} as Record<DiaryRole, number>;
  for (const role of ROLES) {
    const i = findColumn(names, DIARY_COLUMNS[role]);
    out[role] = i >= 0 && !taken.has(i) ? i : -1;
    if (out[role] >= 0) taken.add(i);
  }
  return out;
}

/** True when a header names at least two of the diary's clock times. */
export function isDiaryHeader(names: readonly string[]): boolean {
  const c = columnsOf(names);
  return DIARY_TIMES.filter((t) => c[t] >= 0).length >= 2;
}

/** Reads a sleep diary; `file` names it in messages, `label` names the diary. */
export function importDiary(file: string, label: string, text: string): Diary {
  const table = findTable(file, text, isDiaryHeader, 'two diary times (bed, lights-off, sleep, wake, out of bed)');
  const names = table.header.fields;
  const col = columnsOf(names);
  const notes: string[] = [];
  // REDCap's "sleep" beside a separate "sleepdelay" is when the person tried to sleep: with a
  // latency given, a bare "sleep" column cannot also be the onset.
  if (
    col.lightsOff < 0 &&
    col.latency >= 0 &&
    col.sleepOnset >= 0 &&
    normalizeName(names[col.sleepOnset]!) === 'sleep'
  ) {
    col.lightsOff = col.sleepOnset;
    col.sleepOnset = -1;
    notes.push(
      `column "${names[col.lightsOff]}" read as lights-off (the time of trying to sleep), since "${names[col.latency]}" gives the latency to sleep separately`,
    );
  }
  const used = new Set(Object.values(col).filter((i) => i >= 0));
  const unread = names.filter((n, i) => !used.has(i) && n !== '');
  if (unread.length > 0) notes.push(`columns not read: ${unread.map((n) => `"${n}"`).join(', ')}`);
  const where = (r: Row, i: number) => `line ${r.n}, column "${names[i]}"`;

  const timed = table.rows.filter((r) => DIARY_TIMES.some((t) => col[t] >= 0 && !isMissing(r.fields[col[t]])));
  const empty = table.rows.filter((r) => !timed.includes(r));
  if (empty.length > 0)
    notes.push(
      `${empty.length} row${empty.length === 1 ? '' : 's'} without any diary time skipped (line ${empty.map((r) => r.n).join(', ')})`,
    );
  if (timed.length === 0) throw new DataImportError(file, null, 'a header but no night with a diary time');

  const dateCells: { text: string; where: string }[] = [];
  let amPm = false;
  for (const r of timed)
    for (const role of ['date', ...DIARY_TIMES] as const) {
      const cell = col[role] >= 0 ? r.fields[col[role]] : undefined;
      if (cell === undefined || isMissing(cell)) continue;
      const [d, t] = role === 'date' ? [cell, ''] : splitDateTime(cell);
      if (role === 'date' || t !== '') dateCells.push({ text: d, where: where(r, col[role]) });
      if (hasAmPm(cell)) amPm = true;
    }
  const order = dayMonthOrder(file, dateCells, amPm);
  if (order.note !== null) notes.push(order.note);

  const number = (r: Row, role: 'latency' | 'waso' | 'awakenings'): number | null => {
    const i = col[role];
    const cell = i >= 0 ? r.fields[i] : undefined;
    if (cell === undefined || isMissing(cell)) return null;
    const v = parseNumber(cell, table.delimiter);
    if (v === null || v < 0 || (role === 'awakenings' && !Number.isInteger(v)))
      throw new DataImportError(
        file,
        where(r, i),
        `"${cell}" is not ${role === 'awakenings' ? 'a number of awakenings' : 'a number of minutes'}`,
      );
    return v;
  };

  const nights = timed.map((r): DiaryNight => {
    let day: number | null = null;
    if (col.date >= 0 && !isMissing(r.fields[col.date])) {
      day = parseDate(r.fields[col.date]!, order.order);
      if (day === null) throw new DataImportError(file, where(r, col.date), `"${r.fields[col.date]}" is not a date`);
    }
    const times = {} as Record<DiaryTime, number | null>;
    let prev: { t: number; role: DiaryTime } | null = null;
    for (const role of DIARY_TIMES) {
      const i = col[role];
      const cell = i >= 0 ? r.fields[i] : undefined;
      times[role] = null;
      if (cell === undefined || isMissing(cell)) continue;
      const [d, h] = splitDateTime(cell);
      let t: number;
      if (h !== '') {
        const dd = parseDate(d, order.order);
        const hh = parseTime(h);
        if (dd === null || hh === null)
          throw new DataImportError(file, where(r, i), `"${cell}" is not a time (HH:MM) or a date and time`);
        t = dd * 86_400 + hh;
      } else {
        const hh = parseTime(d);
        if (hh === null)
          throw new DataImportError(file, where(r, i), `"${cell}" is not a time (HH:MM) or a date and time`);
        if (prev !== null) {
          // The nearest occurrence to the time before, within 12 h either way.
          t = Math.floor(prev.t / 86_400) * 86_400 + hh;
          while (t - prev.t >= 43_200) t -= 86_400;
          while (t - prev.t < -43_200) t += 86_400;
        } else if (day !== null) t = day * 86_400 + hh + (hh < 43_200 ? 86_400 : 0);
        else
          throw new DataImportError(
            file,
            where(r, i),
            `"${cell}" is a time without a date, and the diary has no date column (${DIARY_COLUMNS.date.slice(0, 3).join(', ')}, …)`,
          );
      }
      if (prev !== null && t < prev.t)
        throw new DataImportError(
          file,
          where(r, i),
          `${TIME_WORDS[role]} ${isoOfSeconds(t).replace('T', ' ')} is before ${TIME_WORDS[prev.role]} ${isoOfSeconds(prev.t).replace('T', ' ')} (column "${names[col[prev.role]]}"): the night's times go backwards`,
        );
      times[role] = t;
      prev = { t, role };
    }
    const latency = number(r, 'latency');
    const waso = number(r, 'waso');
    const awakenings = number(r, 'awakenings');
    let onsetFrom: DiaryNight['onsetFrom'] = times.sleepOnset !== null ? 'written' : null;
    if (times.sleepOnset === null && times.lightsOff !== null && latency !== null) {
      const onset = times.lightsOff + latency * 60;
      for (const later of ['wake', 'getUp'] as const) {
        const t = times[later];
        if (t !== null && onset > t)
          throw new DataImportError(
            file,
            where(r, col.latency),
            `sleep onset ${latency} min after lights-off (${isoOfSeconds(onset).replace('T', ' ')}) is after ${TIME_WORDS[later]} (${isoOfSeconds(t).replace('T', ' ')})`,
          );
      }
      times.sleepOnset = onset;
      onsetFrom = 'latency';
    }
    // Sleep onset and the last minute before wake are sleep by definition: minutes awake must leave both.
    if (
      waso !== null &&
      waso > 0 &&
      times.sleepOnset !== null &&
      times.wake !== null &&
      times.wake - times.sleepOnset - waso * 60 < 120
    )
      throw new DataImportError(
        file,
        where(r, col.waso),
        `${waso} min awake after sleep onset leaves less than 2 min of sleep between sleep onset and wake (${(times.wake - times.sleepOnset) / 60} min apart)`,
      );
    const first = DIARY_TIMES.map((t) => times[t]).find((t) => t !== null)!;
    return {
      line: r.n,
      date: isoOfSeconds((day ?? Math.floor(first / 86_400)) * 86_400).slice(0, 10),
      times,
      onsetFrom,
      latency_min: latency,
      waso_min: waso,
      awakenings,
    };
  });
  const has = (n: string) => names.some((x) => normalizeName(x) === n);
  return {
    label,
    source: has('record id') && has('redcap repeat instrument') ? 'sleep diary (REDCap export)' : 'sleep diary',
    columns: Object.fromEntries(ROLES.map((role) => [role, col[role] >= 0 ? names[col[role]]! : null])) as Record<
      DiaryRole,
      string | null
    >,
    nights,
    notes,
  };
}

/** The report fields of a diary night: a number where the diary defines it, else null. */
export type DiaryReport = { readonly [K in (typeof SLEEP_REPORT_FIELDS)[number]]: SleepReport[K] | null };

/**
 * The standard report's fields a diary can define, by the standard report's own definitions
 * (shared/report/sleepReport.ts): the night is laid out as a hypnogram — wake from lights-off to
 * sleep onset, sleep from onset to wake with the diary's minutes awake as its awakenings
 * (evenly spaced; where they fall changes none of the fields kept), wake to out of bed — and
 * scored with lights-off and lights-on = out of bed (else wake). Kept: TIB (needs lights-off and
 * out of bed or wake), SOL (lights-off and onset), SPT (onset and wake), WASO, TST, SE, SME (also
 * minutes awake), and the diary's awakenings; stage minutes, REM latency, persistent sleep and
 * cycles are null, since a diary has no stages and does not say where the awakenings fell.
 */
export function diaryReport(night: DiaryNight): DiaryReport {
  const { lightsOff, sleepOnset: onset, wake } = night.times;
  const lightsOn = night.times.getUp ?? wake;
  const known = [lightsOff, onset, wake, lightsOn].filter((t): t is number => t !== null);
  const a = Math.min(...known);
  const b = Math.max(...known);
  const minutes = [night.waso_min ?? 0, ...known.map((t) => (t - a) / 60)];
  // Whole-minute diaries (nearly all) score on 60-s epochs; anything finer on 1-s epochs.
  const E = minutes.every((m) => Number.isInteger(m)) ? 60 : 1;
  const at = (t: number) => Math.round((t - a) / E);
  const stages = new Uint8Array(at(b)).fill(STAGE_CODE.W);
  const sleepKnown = onset !== null && wake !== null;
  if (sleepKnown) {
    const [s0, s1] = [at(onset), at(wake)];
    stages.fill(STAGE_CODE.N2, s0, s1);
    const wasoEpochs = Math.round(((night.waso_min ?? 0) * 60) / E);
    // At most one bout per sleep epoch but the first, so onset stays sleep (the import keeps ≥ 2 min of sleep).
    const bouts = Math.min(Math.max(night.awakenings ?? 1, 1), wasoEpochs, s1 - s0 - wasoEpochs - 1);
    // Bout k of `bouts` starts at the (k+1)/(bouts+1) point of the sleep period.
    let placed = 0;
    for (let k = 0; k < bouts; k++) {
      const len = Math.round((wasoEpochs * (k + 1)) / bouts) - placed;
      const start = s0 + Math.floor(((s1 - s0 - wasoEpochs) * (k + 1)) / (bouts + 1)) + placed;
      stages.fill(STAGE_CODE.W, start, start + len);
      placed += len;
    }
  }
  const r = sleepReport(stages, E, {
    lightsOff: lightsOff === null ? null : at(lightsOff),
    lightsOn: lightsOn === null ? null : at(lightsOn),
  });
  const withWaso = sleepKnown && night.waso_min !== null;
  const out = Object.fromEntries(SLEEP_REPORT_FIELDS.map((k) => [k, null])) as Record<
    (typeof SLEEP_REPORT_FIELDS)[number],
    number | null
  >;
  out.TIB_min = lightsOff !== null && lightsOn !== null ? r.TIB_min : null;
  out.SOL_min = lightsOff !== null && onset !== null ? r.SOL_min : null;
  out.SPT_min = sleepKnown ? r.SPT_min : null;
  out.WASO_min = withWaso ? r.WASO_min : null;
  out.TST_min = withWaso ? r.TST_min : null;
  out.SE_pct = withWaso && out.TIB_min !== null ? r.SE_pct : null;
  out.SME_pct = withWaso ? r.SME_pct : null;
  out.awakenings = night.awakenings;
  return out;
}
