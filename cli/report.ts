/**
 * `nocturne report FILE [--json] [--epoch S] [--lights-off T] [--lights-on T]
 * [--against EXPERIMENT [--night a|b]]`: the standard sleep report (shared/report/sleepReport.ts,
 * docs/REPORT.md) of a measured hypnogram (EDF+ annotations, epoch-per-line text, BIDS events TSV,
 * Noxturnal export) or of both simulated nights of an experiment file, scored by the same
 * function; a diary, a light log or PVT sessions through cli/reportData.ts; with --against, the measured night's agreement with a simulated night
 * (shared/report/agreement.ts). Prints JSON with --json, else a table; the importer's notes go to
 * stderr. Nothing is written.
 *
 * Over 400 lines because one command reads every kind of file it reports and prints each night's
 * report and the agreement as a table and as JSON; diaries, light logs and PVT are apart in
 * ./reportData.ts, the definitions in shared/report/.
 */
import type { Experiment } from '../shared/experiment';
import { EPOCH_S, type SimulationResult } from '../shared/model/result';
import { AGREEMENT_STAGES, agreement, focalNightStages, type Agreement } from '../shared/report/agreement';
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
import { lightsEpoch, lightsWindow, LightsWindowError } from '../shared/report/lightsWindow';
import { singleFileOfZip } from '../shared/report/import/zip';
import { parseArgs } from './args';
import { readExperimentFile } from './experimentFile';
import { CliError, EXIT_OK, whyUnreadable, type CliIo } from './io';
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
                      [--against EXPERIMENT [--night a|b]]

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
  --against EXPERIMENT
                    compare the measured night with a simulated night of this experiment file:
                    placed on the simulated clock by its recording start (without one, its
                    lights-off or first epoch at the simulated lights-off), each 30-s simulated
                    epoch in the measured lights-off to lights-on is compared with the measured
                    epoch holding its midpoint; adds "agreement": { "against", "placement",
                    "compared", "unscored", "accuracy", "kappa", "confusion" (rows measured,
                    columns simulated, W N1 N2 N3 R), "simulated" (its report), "delta"
                    (simulated − measured), "notes" } to the JSON, a section to the table
  --night a|b       which night of the experiment (default a)
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

/** The measured night's lights-off and lights-on: the flags', else the file's. */
function measuredWindow(night: MeasuredNight, off: string | undefined, on: string | undefined) {
  // Each value alone first, so the message names the flag it came from.
  for (const [flag, value, edge] of [
    ['--lights-off', off, 'lights-off'],
    ['--lights-on', on, 'lights-on'],
  ] as const) {
    if (value === undefined) continue;
    try {
      lightsEpoch(value, night, edge);
    } catch (error) {
      if (!(error instanceof LightsWindowError)) throw error;
      const sep = error.message.startsWith(':') ? '' : ' ';
      throw new CliError(`${COMMAND}: ${flag} ${value.trim()}${sep}${error.message}`);
    }
  }
  try {
    return lightsWindow(night, off, on);
  } catch (error) {
    if (error instanceof LightsWindowError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  }
}

function measuredReport(
  night: MeasuredNight,
  window: { lightsOff: number | null; lightsOn: number | null },
): ReportedNight {
  const { lightsOff, lightsOn } = window;
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
  const stages = focalNightStages(result);
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
  return new CliError(`${COMMAND}: cannot read "${path}": ${whyUnreadable(error)}`);
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

const reportObject = (report: SleepReport) => Object.fromEntries(SLEEP_REPORT_FIELDS.map((k) => [k, report[k]]));

/** A measured night's agreement with a simulated night, as the CLI prints it. */
export interface ReportedAgreement {
  /** The simulated night: its experiment, which night, and its report. */
  readonly against: ReportedNight & { readonly night: 'A' | 'B' };
  readonly agreement: Agreement;
}

function agreementObject({ against, agreement: a }: ReportedAgreement) {
  return {
    against: { label: against.label, source: against.source, night: against.night },
    placement: a.placement,
    compared: a.compared,
    unscored: a.unscored,
    accuracy: a.accuracy,
    kappa: a.kappa,
    confusion: { stages: [...AGREEMENT_STAGES], rows: 'measured', columns: 'simulated', counts: a.confusion },
    simulated: reportObject(a.simulated),
    delta: reportObject(a.delta as SleepReport),
    notes: a.notes,
  };
}

export function reportJson(nights: readonly ReportedNight[], compared: ReportedAgreement | null = null): string {
  const body = {
    nights: nights.map((n) => ({
      label: n.label,
      source: n.source,
      recordingStart: n.recordingStart,
      epochs: n.epochs,
      epochLength_s: n.epochLength_s,
      report: reportObject(n.report),
    })),
    ...(compared ? { agreement: agreementObject(compared) } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Rows of cells as a plain table: the first column left-aligned, the others right-aligned. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The agreement as text: the figures, the confusion matrix, then the reports side by side with Δ. */
export function agreementTable({ against, agreement: a }: ReportedAgreement): string {
  const pct = a.accuracy === null ? '—' : `${show(100 * a.accuracy)} %`;
  const head = [
    `Agreement with night ${against.night}: ${against.source}`,
    ...a.notes.map((n) => `  ${n}`),
    `epochs compared ${a.compared} (30 s; ${a.unscored} without a measured stage left out); accuracy ${pct}; Cohen's kappa ${a.kappa === null ? '—' : a.kappa.toFixed(3)}`,
    'confusion (rows measured, columns simulated):',
  ];
  const confusion = table([
    ['', ...AGREEMENT_STAGES],
    ...a.confusion.map((row, i) => [AGREEMENT_STAGES[i]!, ...row.map(String)]),
  ]);
  const reports = table([
    ['field', 'measured', 'simulated', 'Δ sim − meas'],
    ...SLEEP_REPORT_FIELDS.map((k) => [k, show(a.measured[k]), show(a.simulated[k]), show(a.delta[k])]),
  ]);
  return `${[...head, ...confusion.map((l) => `  ${l}`), ...reports].join('\n')}\n`;
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
  const lines = table(rows);
  const legend = nights.length > 1 ? nights.map((n, i) => `${String.fromCharCode(65 + i)}: ${head[i]}`) : head;
  return `${legend.join('\n')}\n${lines.join('\n')}\n`;
}

function reportExperiment(
  path: string,
  experiment: Experiment,
  engine: Awaited<ReturnType<CliIo['engine']>>,
  keys: readonly ('A' | 'B')[] = ['A', 'B'],
): { reported: ReportedNight; result: SimulationResult }[] {
  const sources = experiment.nights.map((n) => n.events.map(() => 'file' as const));
  return simulateBoth(experiment, sources, engine, keys).map((n) => ({
    reported: simulatedReport(
      n.label,
      `simulated night ${n.key} of ${path} (${engine.info.name} ${engine.info.version}, seed ${experiment.nights[n.key === 'A' ? 0 : 1]!.seed})`,
      n.result,
    ),
    result: n.result,
  }));
}

export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags } = parseArgs(
    argv,
    {
      '--json': 'boolean',
      '--epoch': 'value',
      '--lights-off': 'value',
      '--lights-on': 'value',
      '--against': 'value',
      '--night': 'value',
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
  const against = typeof flags['--against'] === 'string' ? flags['--against'] : undefined;
  const nightFlag = flags['--night'];
  if (nightFlag !== undefined && against === undefined)
    throw new CliError(`${COMMAND}: --night chooses the night of --against EXPERIMENT; give --against too`);
  if (nightFlag !== undefined && nightFlag !== 'a' && nightFlag !== 'b' && nightFlag !== 'A' && nightFlag !== 'B')
    throw new CliError(`${COMMAND}: --night ${String(nightFlag)}: expected a or b`);
  const key = nightFlag === 'b' || nightFlag === 'B' ? 'B' : 'A';
  let nights: ReportedNight[];
  let compared: ReportedAgreement | null = null;
  if (isExperimentPath(path)) {
    if (epoch !== undefined || off !== undefined || on !== undefined || against !== undefined)
      throw new CliError(
        `${COMMAND}: --epoch, --lights-off, --lights-on and --against apply to a measured hypnogram, not an experiment file`,
      );
    const experiment = await readExperimentFile(COMMAND, path, io);
    nights = reportExperiment(path, experiment, await io.engine()).map((n) => n.reported);
  } else {
    const night = await readMeasured(path, io, epoch);
    if ('kind' in night) {
      if (epoch !== undefined || off !== undefined || on !== undefined || against !== undefined)
        throw new CliError(
          `${COMMAND}: --epoch, --lights-off, --lights-on and --against apply to a measured hypnogram, not a ${DATA_WORDS[night.kind]}`,
        );
      for (const note of dataNotes(night)) io.stderr(`${COMMAND}: note: ${path}: ${note}\n`);
      io.stdout(flags['--json'] ? `${JSON.stringify(dataJson(night), null, 2)}\n` : dataTable(night));
      return EXIT_OK;
    }
    for (const note of night.notes) io.stderr(`${COMMAND}: note: ${path}: ${note}\n`);
    const window = measuredWindow(night, off, on);
    nights = [measuredReport(night, window)];
    if (against !== undefined) {
      const experiment = await readExperimentFile(COMMAND, against, io);
      const simulated = reportExperiment(against, experiment, await io.engine(), [key])[0]!;
      compared = {
        against: { ...simulated.reported, night: key },
        agreement: agreement(night, simulated.result, { window }),
      };
    }
  }
  io.stdout(
    flags['--json']
      ? reportJson(nights, compared)
      : `${reportTable(nights)}${compared ? `\n${agreementTable(compared)}` : ''}`,
  );
  return EXIT_OK;
}
