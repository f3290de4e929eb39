/**
 * The figure pack: everything a report needs from one experiment, built in memory, then written
 * into one folder. Layout (docs/EXPORT.md):
 *
 *   manifest.json              versions, nights (label, scenario, seed, full parameters), options,
 *                              created time, and path, size and SHA-256 of every other file
 *   experiment.nocturne        the experiment, re-serialized (opens in the app by double-click)
 *   timeseries.csv, metrics.csv
 *   report.pdf
 *   figures/<id>.png, figures/<id>.svg   one per panel, plus side-by-side (the key panels)
 *
 * Building never touches the disk, so bad options fail before anything is written; writing is
 * file by file through the atomic writer, the manifest last, so a pack with a manifest is whole.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { EXPERIMENT_EXTENSION, serializeExperiment, type Experiment } from '../../shared/experiment';
import { metricsCsv, timeseriesCsv } from '../../shared/export';
import { insertPngText } from '../../shared/export/pngText';
import {
  buildProvenance,
  nightsLine,
  softwareLine,
  type AppVersion,
  type Provenance,
} from '../../shared/export/provenance';
import { insertSvgMetadata } from '../../shared/export/svgMetadata';
import type { ParameterValues } from '../../shared/model/parameters';
import type { ModelInfo, SeriesInfo, SimulationResult } from '../../shared/model/result';
import {
  AtomicWriteError,
  describeFsError,
  fsErrorCode,
  writeFileAtomic,
  type AtomicWriteFs,
} from '../files/atomicWrite';
import { keyFigure, panelFigures, reportFigures, type FigureSpec } from './figureSpec';
import { focalWindow, hoursSinceLightsOff } from '../../shared/time/axis';
import { renderFigurePng, renderFigureSvg, type FigureNight } from './figures';
import {
  BACKGROUNDS,
  FIGURE_SIZES,
  PACK_FORMATS,
  PAPER_SIZES,
  PNG_DPI,
  SCALE_RANGE,
  type Background,
  type FigureSize,
  type PackFormat,
  type PaperSize,
} from '../../shared/export/options';
import { buildReportPdf, stampReportInfo } from './report';

export { PACK_FORMATS, type PackFormat } from '../../shared/export/options';

export const PACK_MANIFEST = 'manifest.json';
export const PACK_EXPERIMENT = `experiment${EXPERIMENT_EXTENSION}`;

export interface PackOptions {
  readonly formats: readonly PackFormat[];
  readonly size: FigureSize;
  /** 1–4, multiplies the PNGs' pixel density. */
  readonly scale: number;
  readonly background: Background;
  readonly paper: PaperSize;
}

export const DEFAULT_PACK_OPTIONS: PackOptions = {
  formats: PACK_FORMATS,
  size: 'double',
  scale: 1,
  background: 'white',
  paper: 'a4',
};

/** What every export is drawn from: the experiment, both nights as simulated, and the versions. */
export interface ExportSource {
  readonly experiment: Experiment;
  /** Each night's full parameters (defaults, scenario, overrides), as simulated. */
  readonly params: readonly [ParameterValues, ParameterValues];
  readonly results: readonly [SimulationResult, SimulationResult];
  /** Series metadata for the CSV and the figures (SERIES). */
  readonly series: readonly SeriesInfo[];
  readonly app: AppVersion;
  readonly model: ModelInfo;
  /** The export's creation time; injected so tests and reruns can pin it. */
  readonly created: Date;
}

export interface PackInput extends ExportSource {
  /**
   * The lab's print view printed to PDF (Electron's printToPDF; Chromium's page.pdf in tests).
   * Without it (the CLI), the report is written with pdf-lib.
   */
  readonly printReport?: (paper: PaperSize) => Promise<Uint8Array>;
}

export interface PackFile {
  /** Relative to the pack folder, with forward slashes. */
  readonly path: string;
  readonly data: Uint8Array;
}

export interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface PackManifest extends Provenance {
  readonly format: 'nocturne-figure-pack';
  readonly version: 1;
  readonly experimentFile: string;
  readonly options: {
    readonly formats: readonly PackFormat[];
    readonly figureSize: FigureSize;
    readonly figureWidth_mm: number;
    readonly pngDpi: number;
    readonly scale: number;
    readonly background: Background;
    readonly paper: PaperSize;
  };
  readonly files: readonly ManifestFile[];
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function checkPackOptions(options: PackOptions): string | null {
  const { min, max } = SCALE_RANGE;
  if (!Number.isFinite(options.scale) || options.scale < min || options.scale > max) {
    return `scale must be between ${min} and ${max}, got ${options.scale}`;
  }
  const known = (list: readonly string[], value: string) => list.includes(value);
  if (!known(Object.keys(FIGURE_SIZES), options.size)) {
    return `unknown figure size "${options.size}"; known: ${Object.keys(FIGURE_SIZES).join(', ')}`;
  }
  if (!known(BACKGROUNDS, options.background)) {
    return `unknown background "${options.background}"; known: ${BACKGROUNDS.join(', ')}`;
  }
  if (!known(Object.keys(PAPER_SIZES), options.paper)) {
    return `unknown paper "${options.paper}"; known: ${Object.keys(PAPER_SIZES).join(', ')}`;
  }
  for (const format of options.formats) {
    if (!known(PACK_FORMATS, format)) return `unknown format "${format}"; known: ${PACK_FORMATS.join(', ')}`;
  }
  return null;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export function figureNights(input: Pick<PackInput, 'experiment' | 'results'>): [FigureNight, FigureNight] {
  return [
    { night: 'A', label: input.experiment.nights[0].label, result: input.results[0] },
    { night: 'B', label: input.experiment.nights[1].label, result: input.results[1] },
  ];
}

export function footnote(provenance: Provenance): string {
  const [a, b] = provenance.nights;
  return (
    `${softwareLine(provenance)}. A: ${a.scenario}, seed ${a.seed}; B: ${b.scenario}, seed ${b.seed}. ` +
    `Created ${provenance.created}.`
  );
}

export function figureTitle(spec: FigureSpec, provenance: Provenance): string {
  const experiment = provenance.experiment.title.trim();
  return experiment ? `${spec.title} - ${experiment}` : spec.title;
}

export function pngText(
  spec: FigureSpec,
  provenance: Provenance,
  source = 'Nocturne figure pack',
): Record<string, string> {
  return {
    Title: figureTitle(spec, provenance),
    Description: nightsLine(provenance),
    Software: softwareLine(provenance),
    'Creation Time': provenance.created,
    Source: source,
    'Nocturne provenance': JSON.stringify(provenance),
  };
}

function packProvenance(input: Omit<PackInput, 'printReport'>): Provenance {
  return buildProvenance(input.experiment, input.params, { app: input.app, model: input.model }, input.created);
}

/** Renders every requested file of the pack in memory, plus its manifest (always last). */
export async function buildFigurePack(input: PackInput, options: PackOptions): Promise<PackFile[]> {
  const printing = options.formats.includes('pdf') && input.printReport !== undefined;
  const files = await renderPackFiles(input, options, { printedReport: printing });
  return completePack(files, input, options, printing ? await input.printReport!(options.paper) : null);
}

/**
 * The heavy part of a pack (figures, CSVs, the pdf-lib report): everything but a printed
 * report and the manifest. Pure computation on plain data, so it can run on the export worker.
 */
export async function renderPackFiles(
  input: Omit<PackInput, 'printReport'>,
  options: PackOptions,
  { printedReport }: { printedReport: boolean },
): Promise<PackFile[]> {
  const problem = checkPackOptions(options);
  if (problem) throw new RangeError(problem);
  const provenance = packProvenance(input);
  const formats = new Set(options.formats);
  const files: PackFile[] = [];
  files.push({
    path: PACK_EXPERIMENT,
    data: utf8(serializeExperiment(input.experiment, { app: input.app.version, model: input.model.version })),
  });
  if (formats.has('csv')) {
    // Each night over its own focal window (12:00 before its lights-off to 24:00 the day after), as the lab shows it.
    const nights = input.results.map((result, index) => ({
      night: index === 0 ? 'A' : 'B',
      result,
      window: hoursSinceLightsOff(result, focalWindow(result)),
    }));
    files.push({ path: 'timeseries.csv', data: utf8(timeseriesCsv(nights, { series: input.series })) });
    files.push({ path: 'metrics.csv', data: utf8(metricsCsv(input.results[0].metrics, input.results[1].metrics)) });
  }
  const specs = [keyFigure(input.series), ...panelFigures(input.series)];
  const nights = figureNights(input);
  const text = { footnote: footnote(provenance) };
  // Each PNG is drawn at once but encoded on a worker thread of the canvas library: not awaiting
  // here lets the next figure draw meanwhile. Files keep their order.
  const pending: Promise<PackFile>[] = [];
  for (const spec of specs) {
    if (formats.has('png')) {
      const figure = renderFigurePng(spec, nights, {
        size: options.size,
        scale: options.scale,
        background: options.background,
        text,
      });
      pending.push(
        figure.then((f) => ({ path: `figures/${spec.id}.png`, data: insertPngText(f.png, pngText(spec, provenance)) })),
      );
    }
    if (formats.has('svg')) {
      const svg = renderFigureSvg(spec, nights, { size: options.size, background: options.background, text });
      const withMetadata = insertSvgMetadata(svg, {
        title: figureTitle(spec, provenance),
        description: `${nightsLine(provenance)}. ${softwareLine(provenance)}. Created ${provenance.created}.`,
        metadata: provenance,
      });
      pending.push(Promise.resolve({ path: `figures/${spec.id}.svg`, data: utf8(withMetadata) }));
    }
  }
  files.push(...(await Promise.all(pending)));
  if (formats.has('pdf') && !printedReport) {
    // The report's own renderings of the key panels: page-wide (double column) at 300 dpi on white,
    // in two halves so each fills a page at a readable size, whatever the pack's PNG options are.
    const figures: Uint8Array[] = [];
    for (const spec of reportFigures(input.series)) {
      const figure = await renderFigurePng(spec, nights, { size: 'double', scale: 1, background: 'white', text });
      figures.push(figure.png);
    }
    const pdf = await buildReportPdf({
      experiment: input.experiment,
      provenance,
      params: input.params,
      results: input.results,
      figures,
      paper: options.paper,
    });
    files.push({ path: 'report.pdf', data: pdf });
  }
  return files;
}

/**
 * Finishes a pack: the printed report (stamped with the provenance) after the rendered files,
 * then the manifest with the hash of each, always last.
 */
export async function completePack(
  rendered: readonly PackFile[],
  input: Omit<PackInput, 'printReport'>,
  options: PackOptions,
  printed: Uint8Array | null,
): Promise<PackFile[]> {
  const provenance = packProvenance(input);
  const formats = new Set(options.formats);
  const files = [...rendered];
  if (printed) {
    files.push({ path: 'report.pdf', data: await stampReportInfo(printed, provenance, input.experiment.title) });
  }
  const manifest: PackManifest = {
    format: 'nocturne-figure-pack',
    version: 1,
    ...provenance,
    experimentFile: PACK_EXPERIMENT,
    options: {
      formats: PACK_FORMATS.filter((f) => formats.has(f)),
      figureSize: options.size,
      figureWidth_mm: FIGURE_SIZES[options.size].width_mm,
      pngDpi: PNG_DPI,
      scale: options.scale,
      background: options.background,
      paper: options.paper,
    },
    files: files.map((f) => ({ path: f.path, bytes: f.data.length, sha256: sha256(f.data) })),
  };
  files.push({ path: PACK_MANIFEST, data: utf8(`${JSON.stringify(manifest, null, 2)}\n`) });
  return files;
}

export interface PackWriteFs {
  mkdir(path: string): Promise<void>;
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  /** The file's bytes, or null when it does not exist. */
  readFile(path: string): Promise<Uint8Array | null>;
  remove(path: string): Promise<void>;
  /** Removes a folder only if it is empty; otherwise leaves it. */
  removeEmptyFolder(path: string): Promise<void>;
}

/** The pack writer on the real disk; `atomicFs` is the atomic writer's port (tests inject failures there). */
export function packWriteFs(atomicFs?: AtomicWriteFs): PackWriteFs {
  return {
    mkdir: async (path) => void (await mkdir(path, { recursive: true })),
    writeFileAtomic: (path, data) => writeFileAtomic(path, data, atomicFs ? { fs: atomicFs } : {}),
    readFile: async (path) => {
      try {
        return await readFile(path);
      } catch (error) {
        // No earlier pack: no folder yet, or a file where the folder should be (mkdir says so next).
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw error;
      }
    },
    remove: (path) => rm(path, { force: true }),
    removeEmptyFolder: async (path) => {
      await rmdir(path).catch((error: { code?: string }) => {
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST' && error.code !== 'ENOENT') throw error;
      });
    },
  };
}

/** A pack that could not be written whole: which file (or folder) failed, and why in plain words. */
export class PackWriteError extends Error {
  constructor(
    message: string,
    /** The pack-relative path that failed (a file, a folder, or manifest.json). */
    readonly file: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PackWriteError';
  }
}

/**
 * The files an earlier pack in this folder listed in its manifest: only plain relative paths
 * inside the folder, and nothing at all when manifest.json is not a figure pack's.
 */
function previousPackFiles(bytes: Uint8Array | null): string[] {
  if (!bytes) return [];
  try {
    const manifest = JSON.parse(new TextDecoder().decode(bytes)) as Partial<PackManifest>;
    if (manifest.format !== 'nocturne-figure-pack' || !Array.isArray(manifest.files)) return [];
    return manifest.files
      .map((f) => f?.path)
      .filter((path): path is string => typeof path === 'string' && /^[\w.-]+(\/[\w.-]+)?$/.test(path))
      .filter((path) => !path.split('/').includes('..'));
  } catch {
    return [];
  }
}

/**
 * Writes the files into `dir` (created if missing), each atomically, the manifest last. Files an
 * earlier pack in the same folder wrote and this one does not (say, its SVGs when this export
 * asked for PNG only) are then removed, so the folder holds exactly what the manifest lists;
 * nothing else in the folder is touched.
 *
 * A manifest means "this pack is whole". So an earlier pack's manifest is removed before the first
 * file is replaced, and a write that fails part-way (a full disk, a read-only folder) leaves no
 * manifest at all, and a PackWriteError that names the file that failed. Each file on disk is
 * still either its old or its new version, never half of one (the atomic writer).
 */
export async function writeFigurePack(
  dir: string,
  files: readonly PackFile[],
  fs: PackWriteFs = packWriteFs(),
): Promise<void> {
  const incomplete = `the figure pack in "${dir}" is incomplete (it has no ${PACK_MANIFEST})`;
  const previousManifest = await fs.readFile(join(dir, PACK_MANIFEST));
  const stale = new Set(previousPackFiles(previousManifest));
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  for (const folder of [...folders].sort()) {
    try {
      await fs.mkdir(folder);
    } catch (error) {
      const code = fsErrorCode(error);
      const why = code === 'EEXIST' ? 'a file is in the way' : describeFsError(code, folder, error);
      throw new PackWriteError(`cannot create the folder "${folder}": ${why}`, relative(dir, folder) || '.', code, {
        cause: error,
      });
    }
  }
  if (previousManifest) {
    try {
      await fs.remove(join(dir, PACK_MANIFEST));
    } catch (error) {
      const code = fsErrorCode(error);
      throw new PackWriteError(
        `cannot replace the figure pack in "${dir}": its ${PACK_MANIFEST} cannot be removed: ${describeFsError(code, join(dir, PACK_MANIFEST), error)}`,
        PACK_MANIFEST,
        code,
        { cause: error },
      );
    }
  }
  for (const file of files) {
    try {
      await fs.writeFileAtomic(join(dir, file.path), file.data);
    } catch (error) {
      const code = fsErrorCode(error);
      // The atomic writer's message already names the file and the reason.
      const what =
        error instanceof AtomicWriteError
          ? error.message
          : `cannot save "${join(dir, file.path)}": ${describeFsError(code, join(dir, file.path), error)}`;
      throw new PackWriteError(`${what}; ${incomplete}`, file.path, code, { cause: error });
    }
    stale.delete(file.path);
  }
  for (const path of stale) await fs.remove(join(dir, path));
  // A subfolder the old pack filled and the new one does not use goes too, when nothing else is in it.
  const oldFolders = new Set([...stale].map((path) => dirname(join(dir, path))));
  for (const folder of oldFolders) if (folder !== dir && !folders.has(folder)) await fs.removeEmptyFolder(folder);
}
