/**
 * `nocturne simulate --diary FILE [--light FILE] [--night LINE] [--bin MIN] [--compress] [--nights] [--sleeper ID=VALUE …] [--seed N] [--json]`:
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
import {
  checkSleeper,
  DRIVE_LIGHT_BIN_MIN,
  DRIVE_LIGHT_BINS_MIN,
  driveProtocol,
  type DrivenProtocol,
} from '../shared/report/drive';
import { parameterSpec, type ParameterOverrides } from '../shared/model/parameters';
import { SLEEP_REPORT_FIELDS, type SleepReport } from '../shared/report/sleepReport';
import { simulatedSleepReport } from '../shared/report/agreement';
import type { SimulationResult } from '../shared/model/result';
import { drivenValues } from '../shared/report/drive';
import { CliError, cannotSimulate, EXIT_OK, whyUnreadable, type CliIo, type Engine } from './io';
import { MAX_DATA_BYTES } from './reportData';
import { metricsObject } from './metricsJson';
import { MAX_EVENTS_PER_NIGHT } from '../shared/model/protocolEvents';
import { clockDelta_min, sleeperNote, twinNights, type TwinNight } from '../shared/report/driveNights';

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
  --compress     merge the light into fewer events, so the protocol has at most
                 ${MAX_EVENTS_PER_NIGHT} events (what an experiment file holds; docs/DATA.md says what it costs);
                 without it the light is exactly as binned
  --nights       also print every diary night the protocol placed, diary beside simulated:
                 lights-off, SOL, TST and the final wake (the twin's quality night by night)
  --sleeper ID=VALUE
                 one of the sleeper's own parameters (repeatable; e.g. a fitted sleeper's): the
                 diary sets the schedule, not the sleeper, which is the baseline one otherwise
  --seed N       the simulation's seed (default ${DEFAULT_SEED})
  --json         print JSON: { "model", "diary", "lightLog", "protocol": { "scenario", "sleeper", "seed",
                 "params", "nights", "light", "events" }, "nights": [ diary, simulated ] (each
                 with its "report"), "delta", "metrics", "twin" (every placed night: "line",
                 "role", "date", "diary" and "simulated" { "lightsOff", "SOL_min", "TST_min",
                 "wake" }), "notes" }
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
  /** Every placed night, diary beside simulated. */
  readonly twin: readonly TwinNight[];
}

/** `--sleeper ID=VALUE` arguments as parameter overrides, each checked against its declaration. */
function sleeperOf(args: readonly string[]): ParameterOverrides {
  const out: Record<string, number | string> = {};
  for (const arg of args) {
    const m = /^([A-Za-z_][\w]*)=(.+)$/.exec(arg);
    if (!m) throw new CliError(`${COMMAND}: --sleeper takes ID=VALUE (e.g. sTauWake_h=16), got "${arg}"`);
    const [, id, text] = m as unknown as [string, string, string];
    const spec = parameterSpec(id);
    const value = spec?.kind === 'choice' ? text : Number(text);
    if (id in out) throw new CliError(`${COMMAND}: --sleeper ${id} is given twice`);
    out[id] = value;
  }
  const problem = checkSleeper(out as ParameterOverrides);
  if (problem !== null) throw new CliError(`${COMMAND}: --sleeper: ${problem}`);
  return out as ParameterOverrides;
}

export async function driveRun(
  flags: Record<string, string | true>,
  io: CliIo,
  sleeperArgs: readonly string[] = [],
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
  const sleeper = sleeperOf(sleeperArgs);
  const diary = await readData(flags['--diary'] as string, 'diary', io);
  const log = typeof flags['--light'] === 'string' ? await readData(flags['--light'], 'lightLog', io) : null;
  let protocol: DrivenProtocol;
  try {
    protocol = driveProtocol(diary, log, {
      ...(night === undefined ? {} : { line: night }),
      binMinutes: bin ?? DRIVE_LIGHT_BIN_MIN,
      ...(flags['--compress'] ? { maxEvents: MAX_EVENTS_PER_NIGHT } : {}),
      sleeper,
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
    throw cannotSimulate(COMMAND, "the diary's protocol", error);
  }
  const simulated = simulatedSleepReport(result);
  const twin = twinNights(diary, protocol, result);
  const gap = sleeperNote(twin);
  if (gap !== null) protocol = { ...protocol, notes: [...protocol.notes, gap] };
  return {
    run: {
      diary,
      log,
      protocol,
      seed,
      result,
      diaryReport: diaryReport(protocol.focal),
      simulated,
      twin,
    },
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
      sleeper: p.sleeper,
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
    twin: run.twin,
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
    ...(Object.keys(p.sleeper).length > 0
      ? [
          `sleeper: ${Object.entries(p.sleeper)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')} (the rest ${p.scenario}'s)`,
        ]
      : []),
    `prior nights: ${prior.length} (${prior.length - filled} from the diary${filled > 0 ? `, ${filled} filled with the habitual night` : ''})`,
    p.light === null
      ? "light: the parameters' light (no light log)"
      : `light: ${run.log!.label}, ${p.light.binMinutes}-min bins over ${show(p.light.measured_h)} of the protocol's ${show(p.light.protocol_h)} h (${p.light.events} light events${p.light.compressed ? `, merged from ${p.light.compressed.before} within ${p.light.compressed.tolerance_log10} decades of lux` : ''})`,
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

/** The placed nights, diary beside simulated, with Δ = simulated − diary (minutes; clock times the short way round). */
export function twinTable(twin: readonly TwinNight[]): string {
  const rows = [
    [
      'line',
      'date',
      'role',
      'lights-off',
      'SOL diary',
      'SOL sim',
      'Δ',
      'TST diary',
      'TST sim',
      'Δ',
      'wake diary',
      'wake sim',
      'Δ',
    ],
  ];
  const minus = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? '—' : show(b - a);
  for (const n of twin) {
    const d = n.diary;
    const s = n.simulated;
    rows.push([
      n.line === null ? '—' : String(n.line),
      n.date,
      n.role,
      s.lightsOff ?? '—',
      show(d?.SOL_min ?? null),
      show(s.SOL_min),
      minus(d?.SOL_min, s.SOL_min),
      show(d?.TST_min ?? null),
      show(s.TST_min),
      minus(d?.TST_min, s.TST_min),
      d?.wake ?? '—',
      s.wake ?? '—',
      d?.wake && s.wake ? String(clockDelta_min(d.wake, s.wake)) : '—',
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  return `${['night by night (minutes; Δ = simulated − diary):', ...lines].join('\n')}\n`;
}

function clock(h: number): string {
  return isoOfSeconds(Math.round((((h % 24) + 24) % 24) * 60) * 60).slice(11, 16);
}

export async function driveCommand(
  flags: Record<string, string | true>,
  io: CliIo,
  sleeperArgs: readonly string[] = [],
): Promise<number> {
  const { run, engine } = await driveRun(flags, io, sleeperArgs);
  if (flags['--json']) io.stdout(driveJson(run, engine));
  else {
    for (const note of [...run.diary.notes, ...(run.log?.notes ?? []), ...run.protocol.notes])
      io.stderr(`${COMMAND}: note: ${note}\n`);
    io.stdout(driveTable(run, engine));
    if (flags['--nights']) io.stdout(twinTable(run.twin));
  }
  return EXIT_OK;
}
