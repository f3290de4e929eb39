/**
 * Event tables with one row per scored interval: BIDS-style events TSV (onset, duration, stage;
 * onsets in seconds from the recording start) and Noxturnal's event export (start and end clock
 * times, event, duration; French or English headers, a units row, non-stage events between the
 * stages, gaps). Both go through intervalsToEpochs, so out-of-order, overlapping or off-grid
 * rows fail the same way.
 */
import { intervalsToEpochs, resample20to30, RESAMPLE_NOTE, type StageInterval } from './epochs';
import { stageOfLabel, unknownLabelProblem } from './stageLabels';
import { detectDelimiter, splitFields, textLines, type TextLine } from './text';
import { addSecondsIso, HypnogramImportError, isoLocal, type MeasuredNight } from './types';

const BIDS_STAGE_COLUMNS = ['stage', 'sleep_stage', 'sleepstage', 'trial_type', 'value'];

/** True when a header line names BIDS events columns (onset, duration and a stage column). */
export function isBidsHeader(line: string): boolean {
  const d = detectDelimiter(line);
  if (d === null) return false;
  const names = splitFields(line, d).map((f) => f.toLowerCase());
  return names.includes('onset') && names.includes('duration') && names.some((n) => BIDS_STAGE_COLUMNS.includes(n));
}

function finish(
  file: string,
  label: string,
  source: string,
  intervals: StageInterval[],
  epochLength_s: number | undefined,
  start: string | null,
  notes: string[],
): MeasuredNight {
  const grid = intervalsToEpochs(file, intervals, epochLength_s);
  let stages = grid.stages;
  let L = grid.epochLength_s;
  const all = [...grid.notes, ...notes];
  if (L === 20) {
    stages = resample20to30(stages);
    L = 30;
    all.push(RESAMPLE_NOTE);
  }
  return {
    label,
    source,
    recordingStart: start === null ? null : addSecondsIso(start, grid.start_s),
    epochLength_s: L,
    stages,
    lightsOff: null,
    lightsOn: null,
    notes: all,
  };
}

function nonEmpty(lines: TextLine[]): TextLine[] {
  return lines.filter((l) => l.text.trim() !== '');
}

/** BIDS-style events: a header with onset, duration and stage (or sleep_stage/trial_type/value). */
export function importBidsEvents(file: string, label: string, text: string, epochLength_s?: number): MeasuredNight {
  const lines = nonEmpty(textLines(text));
  const head = lines[0];
  if (!head || !isBidsHeader(head.text))
    throw new HypnogramImportError(
      file,
      'line 1',
      'not a BIDS events table: the header needs onset, duration and stage columns',
    );
  const d = detectDelimiter(head.text)!;
  const names = splitFields(head.text, d).map((f) => f.toLowerCase());
  const iOnset = names.indexOf('onset');
  const iDuration = names.indexOf('duration');
  const iStage = names.findIndex((n) => BIDS_STAGE_COLUMNS.includes(n));
  const intervals: StageInterval[] = [];
  let skipped = 0;
  let rk = 0;
  for (const line of lines.slice(1)) {
    const f = splitFields(line.text, d);
    const where = `line ${line.n}`;
    const stageText = f[iStage];
    if (stageText === undefined || f[iOnset] === undefined || f[iDuration] === undefined)
      throw new HypnogramImportError(file, where, `${f.length} fields, the header has ${names.length}`);
    if (stageText === 'n/a' || stageText === '') {
      skipped++;
      continue;
    }
    const stage = stageOfLabel(stageText);
    if (stage === null) throw new HypnogramImportError(file, where, unknownLabelProblem(stageText));
    const onset = Number(f[iOnset]);
    const duration = Number(f[iDuration]);
    if (f[iOnset]!.trim() === '' || !Number.isFinite(onset))
      throw new HypnogramImportError(file, where, `onset ${JSON.stringify(f[iOnset])} is not a number of seconds`);
    if (f[iDuration]!.trim() === '' || !Number.isFinite(duration))
      throw new HypnogramImportError(
        file,
        where,
        `duration ${JSON.stringify(f[iDuration])} is not a number of seconds`,
      );
    if (stage.rk) rk++;
    intervals.push({ onset_s: onset, duration_s: duration, code: stage.code, where, label: stageText });
  }
  const notes: string[] = [];
  if (skipped > 0) notes.push(`${skipped} rows without a stage (n/a) skipped`);
  if (rk > 0) notes.push(`R&K stages 3 and 4 scored as N3 (${rk} rows)`);
  return finish(file, label, `BIDS events table (column "${names[iStage]}")`, intervals, epochLength_s, null, notes);
}

const NOX_START = ['heure de début', 'start time', 'time', 'début'];
const NOX_END = ['heure de fin', 'end time', 'fin'];
const NOX_EVENT = ['événement', 'evenement', 'event', 'type'];
const NOX_DURATION = ['durée', 'duree', 'duration'];

/** True when a header line is Noxturnal's event export (start time, end time, event, duration). */
export function isNoxturnalHeader(line: string): boolean {
  const d = detectDelimiter(line);
  if (d === null) return false;
  const names = splitFields(line, d).map((f) => f.toLowerCase());
  return names.some((n) => NOX_START.includes(n)) && names.some((n) => NOX_EVENT.includes(n));
}

/** "15/01/2016 22:30:00" (day first, as Noxturnal writes in French locales) or ISO "2016-01-15 22:30:00". */
function noxTime(text: string): { iso: string; t: number } | null {
  const a = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})[ T](\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
  const b = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
  const [y, mo, d, h, mi, s] = a
    ? [+a[3]!, +a[2]!, +a[1]!, +a[4]!, +a[5]!, +a[6]!]
    : b
      ? [+b[1]!, +b[2]!, +b[3]!, +b[4]!, +b[5]!, +b[6]!]
      : [NaN, NaN, NaN, NaN, NaN, NaN];
  if (!Number.isFinite(y) || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s >= 60) return null;
  // Wall-clock seconds on a calendar without zones: a daylight-saving change inside the night
  // shows up as an hour's gap or an overlap between rows, which intervalsToEpochs reports.
  return { iso: isoLocal(y, mo, d, h, mi, s), t: Date.UTC(y, mo - 1, d, h, mi, 0) / 1000 + s };
}

/** Noxturnal's event export: stage rows become epochs, other events (arousals, notes…) are skipped. */
export function importNoxturnal(file: string, label: string, text: string, epochLength_s?: number): MeasuredNight {
  const lines = nonEmpty(textLines(text));
  const head = lines[0];
  if (!head || !isNoxturnalHeader(head.text))
    throw new HypnogramImportError(file, 'line 1', 'not a Noxturnal event export: no start-time and event columns');
  const d = detectDelimiter(head.text)!;
  const names = splitFields(head.text, d).map((f) => f.toLowerCase());
  const col = (list: string[]) => names.findIndex((n) => list.includes(n));
  const iStart = col(NOX_START);
  const iEnd = col(NOX_END);
  const iEvent = col(NOX_EVENT);
  const iDuration = col(NOX_DURATION);
  if (iEnd < 0 && iDuration < 0)
    throw new HypnogramImportError(file, `line ${head.n}`, 'neither an end-time nor a duration column');
  const intervals: StageInterval[] = [];
  const skipped = new Map<string, number>();
  let origin: { iso: string; t: number } | null = null;
  let unitsRow = false;
  for (const line of lines.slice(1)) {
    const f = splitFields(line.text, d);
    const where = `line ${line.n}`;
    if (f.every((x) => x === '' || /^\[.*\]$/.test(x))) {
      unitsRow = true; // "[],[],[],[s]": the units row under the header
      continue;
    }
    const event = f[iEvent] ?? '';
    const stage = stageOfLabel(event);
    if (stage === null) {
      skipped.set(event, (skipped.get(event) ?? 0) + 1);
      continue;
    }
    const start = noxTime(f[iStart] ?? '');
    if (start === null)
      throw new HypnogramImportError(
        file,
        where,
        `start time ${JSON.stringify(f[iStart] ?? '')} is not "dd/mm/yyyy hh:mm:ss"`,
      );
    let duration: number;
    if (iEnd >= 0 && (f[iEnd] ?? '') !== '') {
      const end = noxTime(f[iEnd]!);
      if (end === null)
        throw new HypnogramImportError(file, where, `end time ${JSON.stringify(f[iEnd])} is not "dd/mm/yyyy hh:mm:ss"`);
      duration = end.t - start.t;
      if (duration < 0)
        throw new HypnogramImportError(
          file,
          where,
          `ends (${f[iEnd]}) before it starts (${f[iStart]}): the clock went back, a daylight-saving change? Clock times must run on one continuous clock`,
        );
    } else duration = Number(f[iDuration]);
    origin ??= start;
    intervals.push({ onset_s: start.t - origin.t, duration_s: duration, code: stage.code, where, label: event });
  }
  if (intervals.length === 0) {
    const seen = [...skipped.keys()].slice(0, 8).join(', ');
    throw new HypnogramImportError(
      file,
      null,
      `no sleep-stage events (events seen: ${seen}); ${unknownLabelProblem(seen.split(', ')[0] ?? '')}`,
    );
  }
  const notes: string[] = [];
  if (unitsRow) notes.push('units row skipped');
  if (skipped.size > 0)
    notes.push(`non-stage events skipped: ${[...skipped].map(([k, n]) => `${k || '(empty)'} ×${n}`).join(', ')}`);
  return finish(file, label, 'Noxturnal event export', intervals, epochLength_s, origin!.iso, notes);
}
