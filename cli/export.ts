/**
 * `nocturne export FILE --out DIR [--formats png,svg,csv,pdf] [--size single|double] [--scale N]
 * [--background white|transparent] [--paper a4|letter]`: the figure pack of an experiment file
 * without the GUI (main/export/pack.ts, packWriter.ts). Arguments, the file and both simulations are checked,
 * and every file is rendered in memory, before DIR is created or anything is written.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import packageJson from '../package.json' with { type: 'json' };
import { formatBytes, type Experiment } from '../shared/experiment';
import type { AppVersion } from '../shared/export/provenance';
import type { ParameterValues } from '../shared/model/parameters';
import type { SimulationResult } from '../shared/model/result';
import { resolveParameters } from '../shared/model/scenarios';
import {
  BACKGROUNDS,
  DEFAULT_PACK_OPTIONS,
  FIGURE_SIZES,
  PACK_FORMATS,
  PAPER_SIZES,
  SCALE_RANGE,
  type Background,
  type FigureSize,
  type PackFormat,
  type PaperSize,
} from '../shared/export/options';
// Types only: the renderers (canvas, Chart.js, pdf-lib) load when a pack is built, not for --help or a bad argument.
import type { PackFile } from '../main/export/packLayout';
import { parseArgs } from './args';
import { CliError, EXIT_FAILURE, cannotSimulate, EXIT_OK, type CliIo, type Engine } from './io';
import { userFolder } from './nodeIo';
import { readExperimentFile } from './experimentFile';

export const EXPORT_USAGE = `Usage: nocturne export FILE --out DIR [options]

Writes the figure pack of an experiment file (*.nocturne) into DIR (created if missing):
figures/*.png and *.svg (one per panel, and side-by-side: the key panels), timeseries.csv,
metrics.csv, report.pdf, the experiment file, and manifest.json (versions, seeds, parameters,
created time, SHA-256 of every file). Provenance is also embedded in each PNG, SVG and the PDF.

  FILE                           the experiment file (*.nocturne; *.nocturne.json and .json also open)
  --out DIR                      the folder to write into
  --formats LIST                 comma-separated, any of png,svg,csv,pdf (default: all four)
  --size single|double           figure width: one journal column, 85 mm, or two, 180 mm (default double)
  --scale N                      PNG pixel density, 1 to 4 times 300 dpi (default 1)
  --background white|transparent PNG and SVG background (default white)
  --paper a4|letter              PDF page size (default a4)
  --created TIME                 the creation time to record (ISO 8601, e.g. 2026-01-31T09:00:00Z;
                                 default: now, or SOURCE_DATE_EPOCH when set); the same file, model
                                 and time give a byte-identical pack
  -h, --help                     show this help

Exit codes: 0 done; 1 failed while running (e.g. the disk is full); 2 bad arguments or a bad file.
`;

const COMMAND = 'nocturne export';

export interface ExportDeps {
  /** The pack's creation time. */
  now(): Date;
  readonly app: AppVersion;
  /** Writes the pack's files into DIR as the user typed it. */
  writePack(dir: string, files: readonly PackFile[]): Promise<void>;
  /** Why DIR cannot take a pack (it is a file), or null; checked before anything is simulated. */
  checkOutDir(dir: string): Promise<string | null>;
}

const defaultDeps: ExportDeps = {
  now: () => sourceDateEpoch() ?? new Date(),
  app: { name: packageJson.productName, version: packageJson.version },
  // Relative to where the user ran npm, as the CLI reads FILE (cli/nodeIo.ts).
  writePack: async (dir, files) => {
    const { writeFigurePack } = await import('../main/export/packWriter');
    await writeFigurePack(resolve(userFolder(), dir), files);
  },
  checkOutDir: async (dir) => {
    try {
      const found = await stat(resolve(userFolder(), dir));
      return found.isDirectory() ? null : `"${dir}" is a file, not a folder`;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // A missing folder is created; one under a file cannot be.
      if (code === 'ENOENT') return null;
      if (code === 'ENOTDIR') return `"${dir}" is inside a file, not a folder`;
      return null; // anything else surfaces, with its reason, when the pack is written
    }
  },
};

function choice<T extends string>(flag: string, value: string | true | undefined, known: readonly T[], fallback: T): T {
  if (value === undefined || value === true) return fallback;
  if (!(known as readonly string[]).includes(value)) {
    throw new CliError(`${COMMAND}: unknown ${flag} value "${value}"; known: ${known.join(', ')}`);
  }
  return value as T;
}

export function parseFormats(value: string | true | undefined): PackFormat[] {
  if (value === undefined || value === true) return [...DEFAULT_PACK_OPTIONS.formats];
  const formats = new Set<PackFormat>();
  for (const raw of value.split(',')) {
    const format = raw.trim();
    if (!(PACK_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`${COMMAND}: unknown format "${format}" in --formats; known: ${PACK_FORMATS.join(', ')}`);
    }
    formats.add(format as PackFormat);
  }
  return PACK_FORMATS.filter((f) => formats.has(f));
}

function parseScale(value: string | true | undefined): number {
  if (value === undefined || value === true) return DEFAULT_PACK_OPTIONS.scale;
  const scale = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || scale < SCALE_RANGE.min || scale > SCALE_RANGE.max) {
    throw new CliError(
      `${COMMAND}: --scale must be a number from ${SCALE_RANGE.min} to ${SCALE_RANGE.max}, got "${value}"`,
    );
  }
  return scale;
}

/** An ISO 8601 date-time with a zone (Z or ±hh:mm), so the recorded instant does not depend on the machine. */
function parseCreated(value: string | true | undefined): Date | null {
  if (value === undefined || value === true) return null;
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
  const date = new Date(value);
  if (!iso.test(value) || Number.isNaN(date.getTime())) {
    throw new CliError(
      `${COMMAND}: --created must be an ISO 8601 time with a zone, e.g. 2026-01-31T09:00:00Z; got "${value}"`,
    );
  }
  return date;
}

/** Reproducible-builds convention: SOURCE_DATE_EPOCH (seconds since 1970, UTC) pins "now". */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | null {
  const value = env.SOURCE_DATE_EPOCH;
  return value && /^\d+$/.test(value) ? new Date(Number(value) * 1000) : null;
}

function simulate(
  experiment: Experiment,
  engine: Engine,
): { params: [ParameterValues, ParameterValues]; results: [SimulationResult, SimulationResult] } {
  const params: ParameterValues[] = [];
  const results: SimulationResult[] = [];
  experiment.nights.forEach((night, index) => {
    const key = index === 0 ? 'A' : 'B';
    try {
      const values = resolveParameters(night.scenario, night.params);
      params.push(values);
      results.push(engine.simulateNight(values, night.seed, night.events));
    } catch (error) {
      throw cannotSimulate(COMMAND, `night ${key} ("${night.label}")`, error);
    }
  });
  return {
    params: params as [ParameterValues, ParameterValues],
    results: results as [SimulationResult, SimulationResult],
  };
}

export function makeExportCommand(overrides: Partial<ExportDeps> = {}) {
  const deps: ExportDeps = { ...defaultDeps, ...overrides };
  return async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const { positionals, flags } = parseArgs(
      argv,
      {
        '--out': 'value',
        '--formats': 'value',
        '--size': 'value',
        '--scale': 'value',
        '--background': 'value',
        '--paper': 'value',
        '--created': 'value',
        '--help': 'boolean',
        '-h': 'boolean',
      },
      COMMAND,
    );
    if (flags['--help'] || flags['-h']) {
      io.stdout(EXPORT_USAGE);
      return EXIT_OK;
    }
    if (positionals.length === 0)
      throw new CliError(`${COMMAND}: missing FILE (an experiment file, *.nocturne); try ${COMMAND} --help`);
    if (positionals.length > 1)
      throw new CliError(`${COMMAND}: expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
    const out = flags['--out'];
    if (typeof out !== 'string') throw new CliError(`${COMMAND}: missing --out DIR; try ${COMMAND} --help`);
    const formats = parseFormats(flags['--formats']);
    // The arguments are checked here, once (the pack builder takes them as they are); unset ones
    // fall back to the lab's defaults.
    const size = choice<FigureSize>(
      '--size',
      flags['--size'],
      Object.keys(FIGURE_SIZES) as FigureSize[],
      DEFAULT_PACK_OPTIONS.size,
    );
    const scale = parseScale(flags['--scale']);
    const background = choice<Background>(
      '--background',
      flags['--background'],
      BACKGROUNDS,
      DEFAULT_PACK_OPTIONS.background,
    );
    const paper = choice<PaperSize>(
      '--paper',
      flags['--paper'],
      Object.keys(PAPER_SIZES) as PaperSize[],
      DEFAULT_PACK_OPTIONS.paper,
    );

    const created = parseCreated(flags['--created']) ?? deps.now();
    const experiment = await readExperimentFile(COMMAND, positionals[0]!, io);
    const outProblem = await deps.checkOutDir(out);
    if (outProblem) throw new CliError(`${COMMAND}: cannot write the pack to --out: ${outProblem}`);
    const engine = await io.engine();
    const { params, results } = simulate(experiment, engine);
    const [{ buildFigurePack }, { PACK_MANIFEST }] = await Promise.all([
      import('../main/export/pack'),
      import('../main/export/packLayout'),
    ]);
    const files = await buildFigurePack(
      { experiment, params, results, series: engine.series, app: deps.app, model: engine.info, created },
      { formats, size, scale, background, paper },
    );
    try {
      await deps.writePack(out, files);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new CliError(`${COMMAND}: ${message}`, EXIT_FAILURE);
    }
    const bytes = files.reduce((sum, f) => sum + f.data.length, 0);
    io.stdout(
      `wrote ${files.length} files (${formatBytes(bytes)}) to ${out}; ${PACK_MANIFEST} lists them with SHA-256\n`,
    );
    return EXIT_OK;
  };
}

export const exportCommand = makeExportCommand();
