/**
 * `nocturne simulate --diary FILE [--light FILE] [--night LINE] [--bin MIN] [--seed N] [--json]`:
 * a sleep diary (and a light log) become the protocol (shared/report/drive.ts), the focal night is
 * simulated, and its standard sleep report is printed beside the diary's night (docs/DATA.md).
 * Nothing is written; the notes (what could not be used, what was filled) go to stderr with the
 * table and into the JSON.
 */
import { DEFAULT_SEED } from '../shared/experiment/serialize';
import { detectDataKind } from '../shared/report/import/dataKind';
import { diaryReport, importDiary, type Diary } from '../shared/report/import/diary';
import { importLightLog, isZip, type LightLog } from '../shared/report/import/lightLog';
import { decodeText } from '../shared/report/import/text';
import { HypnogramImportError } from '../shared/report/import/types';
import { singleFileOfZip } from '../shared/report/import/zip';
import { isoOfSeconds } from '../shared/report/import/tables';
import { DRIVE_LIGHT_BIN_MIN, DRIVE_LIGHT_BINS_MIN, driveProtocol, type DrivenProtocol } from '../shared/report/drive';
import { SLEEP_REPORT_FIELDS, type SleepReport } from '../shared/report/sleepReport';
import { simulatedSleepReport } from '../shared/report/agreement';
import type { SimulationResult } from '../shared/model/result';
import { drivenValues } from '../shared/report/drive';
import { CliError, EXIT_FAILURE, EXIT_OK, whyUnreadable, type CliIo, type Engine } from './io';
import { MAX_DATA_BYTES } from './reportData';
import { metricsObject } from './metricsJson';

const COMMAND = 'nocturne simulate';

export const DRIVE_USAGE = `
With --diary, a sleep diary (and a light log) become the protocol and its focal night is simulated
and reported beside the diary's (docs/DATA.md):

  --diary FILE   a sleep diary (a row per night: bed, lights-off, wake, out of bed; REDCap export
                 too): the focal night's lights-off and time in bed, the earlier nights as the
                 prior nights (at most 21), the diary's median night as the habitual run-in
  --light FILE   a light log (timestamp, lux; ActLumus zip, LYS, Actiwatch): its light, binned,
                 replaces the default light wherever it has readings, run-in included
  --night LINE   the diary line of the focal night (default: the last night with lights-off and TIB)
  --bin MIN      light bin length, one of ${DRIVE_LIGHT_BINS_MIN.join(', ')} min (default ${DRIVE_LIGHT_BIN_MIN})
  --seed N       the simulation's seed (default ${DEFAULT_SEED})
  --json         print JSON: { "model", "diary", "lightLog", "protocol": { "scenario", "seed",
                 "params", "nights", "light", "events" }, "nights": [ diary, simulated ] (each
                 with its "report"), "delta", "metrics", "notes" }
`;

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * Reads a diary or a light log (a zipped export too), refusing a file of the other kind by name;
 * `command` names the command in messages (nocturne fit reads light logs through it too).
 */
export async function readData<K extends 'diary' | 'lightLog'>(
  path: string,
  kind: K,
  io: CliIo,
  command: string = COMMAND,
): Promise<K extends 'diary' ? Diary : LightLog> {
  const flag = kind === 'diary' ? '--diary' : '--light';
  let bytes: Uint8Array;
  try {
    if ((await io.fs.size(path)) > MAX_DATA_BYTES)
      throw new CliError(`${command}: ${flag} ${path}: over 256 MB, not read`);
    bytes = await io.fs.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${command}: cannot read ${flag} "${path}": ${whyUnreadable(error)}`);
  }
  try {
    let name = path;
    if (isZip(bytes)) {
      const inner = singleFileOfZip(path, bytes);
      name = `${path}:${inner.name}`;
      bytes = inner.bytes;
    }
    const text = decodeText(name, bytes);
    const found = detectDataKind(text);
    if (found !== kind)
      throw new CliError(
        `${command}: ${flag} ${name}: ${found === null ? 'not' : `a ${found === 'lightLog' ? 'light log' : found}, not`} a ${kind === 'diary' ? 'sleep diary (a row per night: bed, lights-off, wake, out of bed)' : 'light log (a time column and a lux column)'}`,
      );
    const label = baseName(name);
    return (kind === 'diary' ? importDiary(name, label, text) : importLightLog(name, label, text)) as never;
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new CliError(`${command}: ${error.message}`);
    throw error;
  }
}

function whole(flag: string, value: string | true | undefined, ok: (n: number) => boolean, what: string) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !ok(n))
    throw new CliError(`${COMMAND}: ${flag} must be ${what}, got "${String(value)}"`);
  return n;
}

export interface DrivenRun {
  readonly diary: Diary;
  readonly log: LightLog | null;
  readonly protocol: DrivenProtocol;
  readonly seed: number;
  readonly result: SimulationResult;
  readonly diaryReport: Readonly<Record<(typeof SLEEP_REPORT_FIELDS)[number], number | null>>;
  readonly simulated: SleepReport;
}

export async function driveRun(
  flags: Record<string, string | true>,
  io: CliIo,
): Promise<{ run: DrivenRun; engine: Engine }> {
  const night = whole('--night', flags['--night'], (n) => n > 0, 'a diary line number (see nocturne report DIARY)');
  const bin = whole(
    '--bin',
    flags['--bin'],
    (n) => (DRIVE_LIGHT_BINS_MIN as readonly number[]).includes(n),
    `one of ${DRIVE_LIGHT_BINS_MIN.join(', ')} (minutes)`,
  );
  const seed = whole('--seed', flags['--seed'], (n) => Number.isSafeInteger(n), 'a whole number') ?? DEFAULT_SEED;
  if (flags['--light'] === undefined && bin !== undefined)
    throw new CliError(`${COMMAND}: --bin needs --light (it bins the light log)`);
  const diary = await readData(flags['--diary'] as string, 'diary', io);
  const log = typeof flags['--light'] === 'string' ? await readData(flags['--light'], 'lightLog', io) : null;
  let protocol: DrivenProtocol;
  try {
    protocol = driveProtocol(diary, log, {
      ...(night === undefined ? {} : { line: night }),
      binMinutes: bin ?? DRIVE_LIGHT_BIN_MIN,
    });
  } catch (error) {
    if (error instanceof HypnogramImportError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  }
  const engine = await io.engine();
  let result: SimulationResult;
  try {
    result = engine.simulateNight(drivenValues(protocol), seed, protocol.events);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isInput = error instanceof Error && /^(ParameterError|ProtocolError)$/.test(error.name);
    throw new CliError(`${COMMAND}: the diary's protocol cannot be simulated: ${message}`, isInput ? 2 : EXIT_FAILURE);
  }
  const simulated = simulatedSleepReport(result);
  return {
    run: { diary, log, protocol, seed, result, diaryReport: diaryReport(protocol.focal), simulated },
    engine,
  };
}

const show = (v: number | null): string => (v === null ? '—' : String(Number(v.toFixed(2))));

export function driveJson(run: DrivenRun, engine: Engine): string {
  const p = run.protocol;
  const diff = (k: (typeof SLEEP_REPORT_FIELDS)[number]) => {
    const a = run.diaryReport[k];
    const b = run.simulated[k];
    return a === null || b === null ? null : b - a;
  };
  const body = {
    model: { name: engine.info.name, version: engine.info.version },
    diary: { label: run.diary.label, source: run.diary.source, line: p.focal.line, date: p.focal.date },
    lightLog: run.log === null ? null : { label: run.log.label, source: run.log.source },
    protocol: {
      scenario: p.scenario,
      seed: run.seed,
      params: p.params,
      nights: p.nights,
      light: p.light,
      events: p.events.length,
    },
    nights: [
      { label: `${run.diary.label} line ${p.focal.line}`, source: run.diary.source, report: run.diaryReport },
      {
        label: 'simulated',
        source: `${engine.info.name} ${engine.info.version}, seed ${run.seed}`,
        report: Object.fromEntries(SLEEP_REPORT_FIELDS.map((k) => [k, run.simulated[k]])),
      },
    ],
    delta: Object.fromEntries(SLEEP_REPORT_FIELDS.map((k) => [k, diff(k)])),
    metrics: metricsObject(run.result),
    notes: [...run.diary.notes, ...(run.log?.notes ?? []), ...p.notes],
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function driveTable(run: DrivenRun, engine: Engine): string {
  const p = run.protocol;
  const prior = p.nights.filter((n) => n.role !== 'focal');
  const filled = prior.filter((n) => n.role === 'filled').length;
  const focal = p.nights.find((n) => n.role === 'focal')!;
  const head = [
    `${engine.info.name} ${engine.info.version}, scenario ${p.scenario}, seed ${run.seed}`,
    `focal night: ${run.diary.label} line ${p.focal.line} (${p.focal.date}), lights-off ${focal.lightsOff.slice(11, 16)}, ${show(focal.timeInBed_h * 60)} min in bed`,
    `prior nights: ${prior.length} (${prior.length - filled} from the diary${filled > 0 ? `, ${filled} filled with the habitual night` : ''})`,
    p.light === null
      ? "light: the parameters' light (no light log)"
      : `light: ${run.log!.label}, ${p.light.binMinutes}-min bins over ${show(p.light.measured_h)} of the protocol's ${show(p.light.protocol_h)} h (${p.light.events} light events)`,
  ];
  const rows = [['field', 'diary', 'simulated', 'Δ sim − diary']];
  for (const k of SLEEP_REPORT_FIELDS) {
    const a = run.diaryReport[k];
    const b = run.simulated[k];
    rows.push([k, show(a), show(b), a === null || b === null ? '—' : show(b - a)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  const dlmo = run.result.metrics.dlmo_clock_h;
  const dlmoLine = typeof dlmo === 'number' ? [`simulated DLMO ${clock(dlmo)}`] : [];
  return `${[...head, ...lines, ...dlmoLine].join('\n')}\n`;
}

function clock(h: number): string {
  return isoOfSeconds(Math.round((((h % 24) + 24) % 24) * 60) * 60).slice(11, 16);
}

export async function driveCommand(flags: Record<string, string | true>, io: CliIo): Promise<number> {
  const { run, engine } = await driveRun(flags, io);
  if (flags['--json']) io.stdout(driveJson(run, engine));
  else {
    for (const note of [...run.diary.notes, ...(run.log?.notes ?? []), ...run.protocol.notes])
      io.stderr(`${COMMAND}: note: ${note}\n`);
    io.stdout(driveTable(run, engine));
  }
  return EXIT_OK;
}
