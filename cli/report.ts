/**
 * `nocturne report FILE [--json] [--epoch S] [--lights-off T] [--lights-on T]`: the standard
 * sleep report (shared/report/sleepReport.ts, docs/REPORT.md) of a measured hypnogram (EDF+
 * annotations, epoch-per-line text, BIDS events TSV, Noxturnal export) or of both simulated
 * nights of an experiment file, scored by the same function; a diary, a light log or PVT
 * sessions through cli/reportData.ts. Prints JSON with --json, else a table; the importer's
 * notes go to stderr. Nothing is written.
 */
import type { Experiment } from '../shared/experiment';
import { EPOCH_H, EPOCH_S, type SimulationResult } from '../shared/model/result';
import {
  bytesSource,
  HypnogramImportError,
  importHypnogram,
  type ByteSource,
  type MeasuredNight,
} from '../shared/report/import';
import { SLEEP_REPORT_FIELDS, sleepReport, type SleepReport } from '../shared/report/sleepReport';
import { looksLikeEdf } from '../shared/report/import/edf';
import { isZip } from '../shared/report/import/lightLog';
import { singleFileOfZip } from '../shared/report/import/zip';
import { parseArgs } from './args';
import { readExperimentFile } from './experimentFile';
import { CliError, EXIT_OK, type CliIo } from './io';
import {
  checkZip,
  dataJson,
  dataNotes,
  dataTable,
  MAX_DATA_BYTES,
  readMeasuredData,
  type MeasuredData,
} from './reportData';
import { simulateBoth } from './simulate';

const DATA_WORDS: Readonly<Record<MeasuredData['kind'], string>> = {
  diary: 'sleep diary',
  lightLog: 'light log',
  pvt: 'PVT file',
};

export const REPORT_USAGE = `Usage: nocturne report FILE [--json] [--epoch S] [--lights-off T] [--lights-on T]

Prints the standard sleep report (AASM definitions, YASA's sleep_statistics as the anchor; see
docs/REPORT.md) of a measured hypnogram or sleep diary, or of both simulated nights of an
experiment file; a summary of a light log; the sessions of a PVT file.

  FILE              a hypnogram: EDF+ with "Sleep stage …" annotations (*.edf; only the header
                    and the annotations are read), one stage per line (W/N1/N2/N3/R, Wake, REM,
                    S1…S4, or YASA's integers 0–4 with 4 = REM; header optional), a BIDS events
                    TSV (onset, duration, stage), a Noxturnal event export; or an experiment file
                    (*.nocturne, *.json: both nights are simulated and scored the same way);
                    or, told by their content: a sleep diary (a row per night: bed, lights-off,
                    sleep onset or latency, wake, out of bed; a REDCap export), a light log
                    (a timestamp or date and time, lux: LYS CSV, ActLumus .txt unzipped,
                    Actiwatch CSV), PVT sessions (time, mean RT, lapses)
  --json            print JSON: { "nights": [ { "label", "source", "recordingStart" (ISO local
                    time or null), "epochs", "epochLength_s", "report": { "TIB_min", "SPT_min",
                    "TST_min", "SE_pct", "SME_pct", "SOL_min", "SOLPersistent_min", "WASO_min",
                    "REMLatency_min", "N1_min" … "REM_pct", "awakenings", "cycles" } } ] }
                    (null where a value is undefined, e.g. SOL without a lights-off); a diary
                    gives one night per row with a "diary" block and the fields a diary
                    defines, a light log { "lightLog": { start, end, interval_s, coverage_pct,
                    gaps, days, … } }, PVT { "pvt": { "sessions" } } (docs/REPORT.md)
  --epoch S         the epoch length in seconds of a file that does not say (default 30;
                    20-s R&K epochs are resampled to 30 s, with a note)
  --lights-off T    lights-off of a measured night: "start" (the first epoch), a clock time
                    HH:MM[:SS] (the first such time after the recording start), or minutes
                    after the first epoch; without it (and no "Lights off" annotation) TIB, SE,
                    SOL and SOL to persistent sleep are null
  --lights-on T     lights-on: "end", a clock time or minutes after the first epoch (default:
                    the end of the hypnogram)
  -h, --help        show this help

Exit codes: 0 done; 1 failed while running; 2 bad arguments or a bad file (the message names the
file, the line or record, and the problem).
`;

const COMMAND = 'nocturne report';

export interface ReportedNight {
  readonly label: string;
  readonly source: string;
  readonly recordingStart: string | null;
  readonly epochs: number;
  readonly epochLength_s: number;
  readonly report: SleepReport;
}

const isExperimentPath = (path: string): boolean => /\.(nocturne|json)$/i.test(path);

/** A lights-off/on argument to an epoch index of `night`. */
export function lightsEpoch(value: string, night: MeasuredNight, which: '--lights-off' | '--lights-on'): number {
  const n = night.stages.length;
  const L = night.epochLength_s;
  const v = value.trim();
  if (v === 'start' && which === '--lights-off') return 0;
  if (v === 'end' && which === '--lights-on') return n;
  let offset_s: number;
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (clock) {
    if (night.recordingStart === null)
      throw new CliError(
        `${COMMAND}: ${which} ${v}: the file has no recording start, so a clock time cannot be placed; give minutes after the first epoch`,
      );
    const [h, m, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (h > 23 || m > 59 || s > 59) throw new CliError(`${COMMAND}: ${which} ${v} is not a clock time`);
    const start = /T(\d{2}):(\d{2}):(\d{2})$/.exec(night.recordingStart)!;
    const startS = Number(start[1]) * 3600 + Number(start[2]) * 60 + Number(start[3]);
    offset_s = (((h * 3600 + m * 60 + s - startS) % 86400) + 86400) % 86400;
  } else if (/^\d+(\.\d+)?$/.test(v)) offset_s = Number(v) * 60;
  else
    throw new CliError(
      `${COMMAND}: ${which} "${v}": expected ${which === '--lights-off' ? '"start"' : '"end"'}, HH:MM[:SS] or minutes after the first epoch`,
    );
  const epoch = Math.round(offset_s / L);
  if (epoch > n)
    throw new CliError(`${COMMAND}: ${which} ${v} falls after the end of the hypnogram (${(n * L) / 60} min long)`);
  return epoch;
}

function measuredReport(night: MeasuredNight, off: string | undefined, on: string | undefined): ReportedNight {
  const lightsOff = off === undefined ? night.lightsOff : lightsEpoch(off, night, '--lights-off');
  const lightsOn = on === undefined ? night.lightsOn : lightsEpoch(on, night, '--lights-on');
  if (lightsOff !== null && lightsOn !== null && lightsOn <= lightsOff)
    throw new CliError(`${COMMAND}: lights-on (epoch ${lightsOn}) is not after lights-off (epoch ${lightsOff})`);
  return {
    label: night.label,
    source: night.source,
    recordingStart: night.recordingStart,
    epochs: night.stages.length,
    epochLength_s: night.epochLength_s,
    report: sleepReport(night.stages, night.epochLength_s, { lightsOff, lightsOn }),
  };
}

/** The focal night of a simulation, lights-off to lights-on, as the engine's metrics read it. */
export function simulatedReport(label: string, source: string, result: SimulationResult): ReportedNight {
  const lightsOff = Math.round(-result.start_h / EPOCH_H);
  const lightsOn = lightsOff + Math.round(result.focalTimeInBed_h / EPOCH_H);
  const stages = result.stage.subarray(lightsOff, lightsOn);
  return {
    label,
    source,
    recordingStart: null,
    epochs: stages.length,
    epochLength_s: EPOCH_S,
    report: sleepReport(stages, EPOCH_S, { lightsOff: 0, lightsOn: stages.length }),
  };
}

function cannotRead(path: string, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new CliError(`${COMMAND}: cannot read "${path}": ${why}`);
}

async function readMeasured(path: string, io: CliIo, epoch: number | undefined): Promise<MeasuredNight | MeasuredData> {
  let src: ByteSource;
  let close = async () => {};
  try {
    if (io.fs.open) {
      const handle = await io.fs.open(path);
      src = handle;
      close = () => handle.close();
    } else src = bytesSource(await io.fs.readFile(path));
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    // A diary, light log or PVT file is told by its content; an EDF (or a file named one) is a hypnogram.
    const head = await src.read(0, Math.min(src.size, 256));
    checkZip(path, head);
    if (isZip(head)) {
      if (src.size > MAX_DATA_BYTES) throw new CliError(`${COMMAND}: ${path}: a zip archive over 256 MB is not read`);
      // A zipped export (ActLumus downloads are zips): the one file inside, named as inside it.
      const inner = singleFileOfZip(path, await src.read(0, src.size));
      const innerPath = `${path}:${inner.name}`;
      const data = readMeasuredData(innerPath, inner.bytes);
      if (data !== null) return data;
      return await importHypnogram(
        innerPath,
        bytesSource(inner.bytes),
        epoch === undefined ? {} : { epochLength_s: epoch },
      );
    }
    if (!looksLikeEdf(head) && !/\.(edf|rec)$/i.test(path) && src.size > 0 && src.size <= MAX_DATA_BYTES) {
      const data = readMeasuredData(path, await src.read(0, src.size));
      if (data !== null) return data;
    }
    return await importHypnogram(path, src, epoch === undefined ? {} : { epochLength_s: epoch });
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  } finally {
    await close();
  }
}

function show(v: number | null): string {
  return v === null ? '—' : String(Number(v.toFixed(2)));
}

export function reportJson(nights: readonly ReportedNight[]): string {
  const body = {
    nights: nights.map((n) => ({
      label: n.label,
      source: n.source,
      recordingStart: n.recordingStart,
      epochs: n.epochs,
      epochLength_s: n.epochLength_s,
      report: Object.fromEntries(SLEEP_REPORT_FIELDS.map((k) => [k, n.report[k]])),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A plain table: one row per field, one column per night. */
export function reportTable(nights: readonly ReportedNight[]): string {
  const head = nights.map((n) =>
    [
      `${n.label}: ${n.source}`,
      `  recording start ${n.recordingStart ?? '—'}; ${n.epochs} epochs of ${n.epochLength_s} s`,
    ].join('\n'),
  );
  const rows = [['field', ...nights.map((n, i) => (nights.length > 1 ? String.fromCharCode(65 + i) : 'value'))]];
  for (const k of SLEEP_REPORT_FIELDS) rows.push([k, ...nights.map((n) => show(n.report[k]))]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  const legend = nights.length > 1 ? nights.map((n, i) => `${String.fromCharCode(65 + i)}: ${head[i]}`) : head;
  return `${legend.join('\n')}\n${lines.join('\n')}\n`;
}

function reportExperiment(
  path: string,
  experiment: Experiment,
  engine: Awaited<ReturnType<CliIo['engine']>>,
): ReportedNight[] {
  const sources = experiment.nights.map((n) => n.events.map(() => 'file' as const));
  return simulateBoth(experiment, sources, engine).map((n) =>
    simulatedReport(
      n.label,
      `simulated night ${n.key} of ${path} (${engine.info.name} ${engine.info.version}, seed ${experiment.nights[n.key === 'A' ? 0 : 1]!.seed})`,
      n.result,
    ),
  );
}

export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(
    argv,
    {
      '--json': 'boolean',
      '--epoch': 'value',
      '--lights-off': 'value',
      '--lights-on': 'value',
      '--help': 'boolean',
      '-h': 'boolean',
    },
    COMMAND,
  );
  if (flags['--help'] || flags['-h']) {
    io.stdout(REPORT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new CliError(`${COMMAND}: missing FILE (a hypnogram or an experiment file); try ${COMMAND} --help`);
  if (positionals.length > 1)
    throw new CliError(`${COMMAND}: expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const path = positionals[0]!;
  const epochText = flags['--epoch'];
  let epoch: number | undefined;
  if (typeof epochText === 'string') {
    epoch = Number(epochText);
    if (!/^\d+(\.\d+)?$/.test(epochText) || !(epoch > 0))
      throw new CliError(`${COMMAND}: --epoch ${epochText}: expected a positive number of seconds`);
  }
  const off = typeof flags['--lights-off'] === 'string' ? flags['--lights-off'] : undefined;
  const on = typeof flags['--lights-on'] === 'string' ? flags['--lights-on'] : undefined;
  let nights: ReportedNight[];
  if (isExperimentPath(path)) {
    if (epoch !== undefined || off !== undefined || on !== undefined)
      throw new CliError(
        `${COMMAND}: --epoch, --lights-off and --lights-on apply to a measured hypnogram, not an experiment file`,
      );
    const experiment = await readExperimentFile(COMMAND, path, io);
    nights = reportExperiment(path, experiment, await io.engine());
  } else {
    const measured = await readMeasured(path, io, epoch);
    if ('kind' in measured) {
      if (epoch !== undefined || off !== undefined || on !== undefined)
        throw new CliError(
          `${COMMAND}: --epoch, --lights-off and --lights-on apply to a measured hypnogram, not a ${DATA_WORDS[measured.kind]}`,
        );
      for (const note of dataNotes(measured)) io.stderr(`${COMMAND}: note: ${path}: ${note}\n`);
      io.stdout(flags['--json'] ? `${JSON.stringify(dataJson(measured), null, 2)}\n` : dataTable(measured));
      return EXIT_OK;
    }
    for (const note of measured.notes) io.stderr(`${COMMAND}: note: ${path}: ${note}\n`);
    nights = [measuredReport(measured, off, on)];
  }
  io.stdout(flags['--json'] ? reportJson(nights) : reportTable(nights));
  return EXIT_OK;
}
