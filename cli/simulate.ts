/**
 * `nocturne simulate FILE [--json] [--csv DIR] [--event SPEC …]`: reads an experiment file (and
 * any events added on the command line), simulates both nights on the app's engine, and prints
 * the events each night used and their metrics (JSON with --json, else a table).
 * With --csv it also writes DIR/timeseries.csv (the chart window, long form) and DIR/metrics.csv.
 * Everything is checked before anything is written; the same file always gives the same bytes.
 */
import { join } from 'node:path';
import type { Experiment } from '../shared/experiment';
import { metricsCsv, timeseriesCsv } from '../shared/export';
import { METRICS } from '../shared/model/metrics';
import { formatClock } from '../shared/model/parameters';
import type { SimulationResult } from '../shared/model/result';
import { resolveParameters } from '../shared/model/scenarios';
import { parameterEvents } from '../shared/model/protocol';
import { describeEvent, type ProtocolEvent } from '../shared/model/protocolEvents';
import { EventArgError, eventGrammarHelp, withCommandLineEvents, type EventSource } from './eventArg';
import { focalWindow, hoursSinceLightsOff } from '../shared/time/axis';
import { parseArgs } from './args';
import { CliError, EXIT_FAILURE, cannotSimulate, EXIT_OK, type CliIo, type Engine } from './io';
import { readExperimentFile } from './experimentFile';
import { metricsObject } from './metricsJson';

export { metricsObject };
import { DRIVE_USAGE, driveCommand } from './drive';

/** The options of the diary-driven form (cli/drive.ts). */
const DRIVE_FLAGS = {
  '--diary': 'value',
  '--light': 'value',
  '--night': 'value',
  '--bin': 'value',
  '--seed': 'value',
  '--nights': 'boolean',
  '--compress': 'boolean',
  '--sleeper': 'list',
} as const;

export const SIMULATE_USAGE = `Usage: nocturne simulate FILE [--json] [--csv DIR] [--event SPEC …]
       nocturne simulate --diary FILE [--light FILE] [--night LINE] [--bin MIN] [--compress] [--nights]
                         [--sleeper ID=VALUE …] [--seed N] [--json]

Simulates both nights of an experiment file (*.nocturne) and prints their metrics.

  FILE         the experiment file (*.nocturne; *.nocturne.json and .json also open)
  --json       print JSON: { "model": { "name", "version" }, "nights": [ { "label", "events",
               "metrics" } ] } (events: every dose and protocol event the night used, each with
               "source" file, command line or parameters, and "text"; metrics in their declared
               order; null where a metric is undefined)
  --csv DIR    also write DIR/timeseries.csv (night,time_h,clock,variable,unit,value; 12:00 before
               the focal bedtime to 24:00 the day after) and DIR/metrics.csv (A, B, delta, delta_pct)
${eventGrammarHelp(15)}
  -h, --help   show this help
${DRIVE_USAGE}
Exit codes: 0 done; 1 failed while running (e.g. the disk is full); 2 bad arguments or a bad file.
`;

const COMMAND = 'nocturne simulate';

export interface SimulatedNight {
  readonly key: 'A' | 'B';
  readonly label: string;
  /** The doses and events the night used: its dose parameters' as events first, then its list. */
  readonly events: readonly { readonly event: ProtocolEvent; readonly source: EventSource }[];
  readonly result: SimulationResult;
}

function eventsJson(night: SimulatedNight): Record<string, unknown>[] {
  return night.events.map(({ event, source }) => ({ ...event, source, text: describeEvent(event) }));
}

export function simulateJson(engine: Engine, nights: readonly SimulatedNight[]): string {
  const body = {
    model: { name: engine.info.name, version: engine.info.version },
    nights: nights.map((n) => ({ label: n.label, events: eventsJson(n), metrics: metricsObject(n.result) })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A plain table for people: metric, unit, A, B. Clock metrics as hh:mm. */
export function simulateTable(engine: Engine, nights: readonly SimulatedNight[]): string {
  const show = (value: number | null, clock: boolean): string =>
    value === null ? '—' : clock ? formatClock(value) : String(Number(value.toPrecision(4)));
  const rows = [['metric', 'unit', ...nights.map((n) => `${n.key}: ${n.label}`)]];
  const values = nights.map((n) => metricsObject(n.result));
  for (const metric of METRICS) {
    const clock = 'clock' in metric && metric.clock === true;
    rows.push([metric.id, metric.unit, ...values.map((v) => show(v[metric.id] ?? null, clock))]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  const events = nights.flatMap((n) =>
    n.events.map(({ event, source }) => `${n.key}: ${describeEvent(event)} (${source})`),
  );
  const eventLines = events.length > 0 ? `\nevents\n${events.join('\n')}\n` : '';
  return `${engine.info.name} ${engine.info.version}\n${lines.join('\n')}\n${eventLines}`;
}

export function simulateBoth(
  experiment: Experiment,
  sources: readonly (readonly EventSource[])[],
  engine: Engine,
  /** The nights to simulate (both by default; the report's --against needs one). */
  keys: readonly ('A' | 'B')[] = ['A', 'B'],
): SimulatedNight[] {
  return experiment.nights.flatMap((night, index) => {
    const key = index === 0 ? 'A' : 'B';
    if (!keys.includes(key)) return [];
    try {
      const params = resolveParameters(night.scenario, night.params);
      const events = [
        ...parameterEvents(params).map((event) => ({ event, source: 'parameters' as const })),
        ...night.events.map((event, i) => ({ event, source: sources[index]![i]! })),
      ];
      return [{ key, label: night.label, events, result: engine.simulateNight(params, night.seed, night.events) }];
    } catch (error) {
      // The engine refuses protocols the file format cannot see (a time in bed running into the next lights-off).
      throw cannotSimulate(COMMAND, `night ${key} ("${night.label}")`, error);
    }
  });
}

/**
 * 12:00 before the focal lights-off to 24:00 of the day after, within the protocol (the focal
 * window of shared/time/axis.ts), in hours since the night's own lights-off as timeseries.csv counts.
 */
export function chartWindow(result: SimulationResult): { start_h: number; end_h: number } {
  return hoursSinceLightsOff(result, focalWindow(result));
}

async function writeCsv(dir: string, engine: Engine, nights: readonly SimulatedNight[], io: CliIo): Promise<void> {
  // Each night's own chart window (12:00 before its focal bedtime to 24:00 the day after): the two
  // nights' lights-off may differ, and time_h counts from each night's own.
  const timeseries = timeseriesCsv(
    nights.map((n) => ({ night: n.key, result: n.result, window: chartWindow(n.result) })),
    { series: engine.series },
  );
  const metrics = metricsCsv(nights[0]!.result.metrics, nights[1]!.result.metrics);
  try {
    await io.fs.mkdir(dir);
    await io.fs.writeFileAtomic(join(dir, 'timeseries.csv'), timeseries);
    await io.fs.writeFileAtomic(join(dir, 'metrics.csv'), metrics);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${COMMAND}: ${message}`, EXIT_FAILURE);
  }
}

export async function simulateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, flags, lists } = parseArgs(
    argv,
    {
      '--json': 'boolean',
      '--csv': 'value',
      '--event': 'list',
      '--help': 'boolean',
      '-h': 'boolean',
      ...DRIVE_FLAGS,
    },
    COMMAND,
  );
  if (flags['--help'] || flags['-h']) {
    io.stdout(SIMULATE_USAGE);
    return EXIT_OK;
  }
  // A diary instead of an experiment file: the measured days become the protocol (cli/drive.ts).
  const driveOnly = Object.keys(DRIVE_FLAGS).filter((f) => f !== '--diary' && (f in flags || f in lists));
  if (flags['--diary'] !== undefined) {
    if (positionals.length > 0)
      throw new CliError(
        `${COMMAND}: --diary simulates the diary's night; it takes no experiment FILE (got ${positionals.join(' ')})`,
      );
    const other = ['--csv', '--event'].filter((f) => f in flags || f in lists);
    if (other.length > 0) throw new CliError(`${COMMAND}: ${other.join(' and ')} cannot be used with --diary`);
    return driveCommand(flags, io, lists['--sleeper'] ?? []);
  }
  if (driveOnly.length > 0)
    throw new CliError(`${COMMAND}: ${driveOnly.join(', ')} need${driveOnly.length === 1 ? 's' : ''} --diary FILE`);
  if (positionals.length === 0)
    throw new CliError(`${COMMAND}: missing FILE (an experiment file, *.nocturne); try ${COMMAND} --help`);
  if (positionals.length > 1)
    throw new CliError(`${COMMAND}: expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const file = await readExperimentFile(COMMAND, positionals[0]!, io);
  let added: ReturnType<typeof withCommandLineEvents<Experiment>>;
  try {
    added = withCommandLineEvents(file, lists['--event'] ?? []);
  } catch (error) {
    if (error instanceof EventArgError) throw new CliError(`${COMMAND}: ${error.message}`);
    throw error;
  }
  const engine = await io.engine();
  const nights = simulateBoth(added.experiment, added.sources, engine);
  const csvDir = flags['--csv'];
  if (typeof csvDir === 'string') await writeCsv(csvDir, engine, nights, io);
  io.stdout(flags['--json'] ? simulateJson(engine, nights) : simulateTable(engine, nights));
  return EXIT_OK;
}
