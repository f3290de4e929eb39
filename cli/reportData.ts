/**
 * `nocturne report` on measured data other than a hypnogram: a sleep diary (one night per row,
 * with the report fields a diary defines), a light log (a summary) and PVT sessions, each
 * detected from the file's content (shared/report/import/dataKind.ts). The JSON shapes are
 * declared in docs/REPORT.md ("Light logs, diaries and PVT sessions").
 */
import { detectDataKind } from '../shared/report/import/dataKind';
import { diaryReport, importDiary, type Diary } from '../shared/report/import/diary';
import { importLightLog, isZip, summarizeLightLog, BRIGHT_LUX, type LightLog } from '../shared/report/import/lightLog';
import { importPvt, type PvtSessions } from '../shared/report/import/pvt';
import { isoOfSeconds } from '../shared/report/import/tables';
import { decodeText } from '../shared/report/import/text';
import { HypnogramImportError } from '../shared/report/import/types';
import { SLEEP_REPORT_FIELDS } from '../shared/report/sleepReport';
import { CliError } from './io';

const COMMAND = 'nocturne report';

export type MeasuredData =
  | { readonly kind: 'diary'; readonly diary: Diary }
  | { readonly kind: 'lightLog'; readonly log: LightLog }
  | { readonly kind: 'pvt'; readonly pvt: PvtSessions };

/** Text measured data are read whole; a 60 000-line ActLumus log is 10 MB. */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** A ".zip" name on something that is not a zip archive is refused (a zip is read: readMeasured). */
export function checkZip(path: string, head: Uint8Array): void {
  if (/\.zip$/i.test(path) && !isZip(head))
    throw new CliError(
      `${COMMAND}: ${path}: the name says zip but the file does not start "PK\\3\\4": not a zip archive`,
    );
}

/** The measured data in `bytes`, or null when the content is none of these kinds (a hypnogram, say). */
export function readMeasuredData(path: string, bytes: Uint8Array): MeasuredData | null {
  try {
    const text = decodeText(path, bytes);
    const kind = detectDataKind(text);
    const label = baseName(path);
    if (kind === 'diary') return { kind, diary: importDiary(path, label, text) };
    if (kind === 'lightLog') return { kind, log: importLightLog(path, label, text) };
    if (kind === 'pvt') return { kind, pvt: importPvt(path, label, text) };
    return null;
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  }
}

export function dataNotes(data: MeasuredData): readonly string[] {
  return data.kind === 'diary' ? data.diary.notes : data.kind === 'lightLog' ? data.log.notes : data.pvt.notes;
}

const iso = (t: number | null): string | null => (t === null ? null : isoOfSeconds(t));

/** The JSON body for measured data (docs/REPORT.md). */
export function dataJson(data: MeasuredData): unknown {
  if (data.kind === 'diary') {
    const d = data.diary;
    return {
      nights: d.nights.map((n) => {
        const t = n.times;
        return {
          label: `${d.label} line ${n.line}`,
          source: d.source,
          recordingStart: iso(t.bed ?? t.lightsOff ?? t.sleepOnset ?? t.wake ?? t.getUp),
          epochs: null,
          epochLength_s: null,
          diary: {
            line: n.line,
            date: n.date,
            bed: iso(t.bed),
            lightsOff: iso(t.lightsOff),
            sleepOnset: iso(t.sleepOnset),
            sleepOnsetFrom: n.onsetFrom,
            wake: iso(t.wake),
            getUp: iso(t.getUp),
            latency_min: n.latency_min,
            WASO_min: n.waso_min,
            awakenings: n.awakenings,
          },
          report: diaryReport(n),
        };
      }),
    };
  }
  if (data.kind === 'lightLog') {
    const l = data.log;
    return {
      lightLog: {
        label: l.label,
        source: l.source,
        timeColumn: l.timeColumn,
        luxColumn: l.luxColumn,
        brightThreshold_lux: BRIGHT_LUX,
        ...summarizeLightLog(l),
      },
    };
  }
  const p = data.pvt;
  return {
    pvt: {
      label: p.label,
      source: p.source,
      sessions: p.sessions.map((s) => ({
        line: s.line,
        time: isoOfSeconds(s.t),
        meanRT_ms: s.meanRT_ms,
        lapses: s.lapses,
      })),
    },
  };
}

const fmt = (v: number | null, digits = 1): string => (v === null ? '—' : String(Number(v.toFixed(digits))));

/** Right-aligned columns but the first. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Gaps listed in the table at most; JSON has them all. */
const MAX_GAPS_SHOWN = 20;

/** A plain-text rendering of measured data. */
export function dataTable(data: MeasuredData): string {
  if (data.kind === 'diary') {
    const d = data.diary;
    const hhmm = (t: number | null) => (t === null ? '—' : isoOfSeconds(t).slice(11, 16));
    const keep = ['TIB_min', 'SOL_min', 'SPT_min', 'WASO_min', 'TST_min', 'SE_pct', 'SME_pct', 'awakenings'] as const;
    const rows = [['line', 'date', 'bed', 'off', 'onset', 'wake', 'up', ...keep]];
    for (const n of d.nights) {
      const r = diaryReport(n);
      const t = n.times;
      rows.push([
        String(n.line),
        n.date,
        hhmm(t.bed),
        hhmm(t.lightsOff),
        hhmm(t.sleepOnset),
        hhmm(t.wake),
        hhmm(t.getUp),
        ...keep.map((k) => fmt(r[k])),
      ]);
    }
    const omitted = SLEEP_REPORT_FIELDS.filter((k) => !(keep as readonly string[]).includes(k));
    return `${d.label}: ${d.source}, ${d.nights.length} nights\n${table(rows)}\n(${omitted.join(', ')}: not defined by a diary)\n`;
  }
  if (data.kind === 'lightLog') {
    const l = data.log;
    const s = summarizeLightLog(l);
    const lines = [
      `${l.label}: ${l.source}; time from ${l.timeColumn}, lux from "${l.luxColumn}"`,
      `start ${s.start}, end ${s.end}; ${s.samples} samples every ${s.interval_s} s (median); ${s.missingValues} without a value`,
      `coverage ${fmt(s.coverage_pct)} %; ${s.gaps.length} gaps; mean ${fmt(s.meanLux)} lux; ${fmt(s.above1000_min)} min above ${BRIGHT_LUX} lux`,
    ];
    const days = [['date', 'coverage_%', 'mean_lux', `min_above_${BRIGHT_LUX}`]];
    for (const d of s.days) days.push([d.date, fmt(d.coverage_pct), fmt(d.meanLux), fmt(d.above1000_min)]);
    const gaps = s.gaps.slice(0, MAX_GAPS_SHOWN).map((g) => `gap ${g.start} to ${g.end} (${fmt(g.duration_min)} min)`);
    if (s.gaps.length > MAX_GAPS_SHOWN)
      gaps.push(`… ${s.gaps.length - MAX_GAPS_SHOWN} more gaps (--json lists them all)`);
    return `${[...lines, table(days), ...gaps].join('\n')}\n`;
  }
  const p = data.pvt;
  const rows = [['line', 'time', 'meanRT_ms', 'lapses']];
  for (const s of p.sessions) rows.push([String(s.line), isoOfSeconds(s.t), fmt(s.meanRT_ms), String(s.lapses)]);
  return `${p.label}: ${p.source}, ${p.sessions.length} sessions\n${table(rows)}\n`;
}
