/**
 * Reading and writing experiment files, the recent-files list and the autosave, as plain Node
 * functions over a folder they are given. A bad file is refused with the parser's message and
 * nothing on disk changes; writes go through atomicWrite.
 */
import { readFile, stat, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  MAX_EXPERIMENT_BYTES,
  formatBytes,
  parseExperiment,
  serializeExperiment,
  type CreatedWith,
  type Experiment,
} from '../../shared/experiment';
import { writeFileAtomic as atomicWrite } from './atomicWrite';
import { ExperimentFileError } from '../../shared/experiment/validate';

// Checking an experiment from the page is pure, shared with the browser edition (web/).
export { ExperimentFileError, validateExperiment } from '../../shared/experiment/validate';

export interface OpenedExperiment {
  readonly path: string;
  readonly experiment: Experiment;
  readonly notices: string[];
}

/** Reads and validates an experiment file; refuses files over the size limit before reading them. */
export async function readExperimentFile(path: string, modelVersion: string): Promise<OpenedExperiment> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ExperimentFileError(`"${path}" is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof ExperimentFileError) throw error;
    const code = (error as { code?: string }).code;
    throw new ExperimentFileError(
      code === 'ENOENT' ? `"${path}" does not exist` : `cannot read "${path}": ${(error as Error).message}`,
    );
  }
  if (size > MAX_EXPERIMENT_BYTES) {
    throw new ExperimentFileError(
      `"${path}" is ${formatBytes(size)}, larger than an experiment file can be (${formatBytes(MAX_EXPERIMENT_BYTES)})`,
    );
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ExperimentFileError(`cannot read "${path}": ${(error as Error).message}`);
  }
  const parsed = parseExperiment(text, { modelVersion });
  if (!parsed.ok) throw new ExperimentFileError(parsed.error.message, parsed.error.field);
  return { path, experiment: parsed.experiment, notices: parsed.notices };
}

export async function writeExperimentFile(
  path: string,
  experiment: Experiment,
  createdWith: CreatedWith,
): Promise<void> {
  await atomicWrite(path, serializeExperiment(experiment, createdWith));
}

/** The most recently opened or saved files, newest first, kept in the user-data folder. */
export class RecentFiles {
  static readonly LIMIT = 10;
  constructor(private readonly file: string) {}

  async list(): Promise<string[]> {
    try {
      const value: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      return Array.isArray(value)
        ? value.filter((p): p is string => typeof p === 'string').slice(0, RecentFiles.LIMIT)
        : [];
    } catch {
      return [];
    }
  }

  async add(path: string): Promise<string[]> {
    const next = [path, ...(await this.list()).filter((p) => p !== path)].slice(0, RecentFiles.LIMIT);
    await atomicWrite(this.file, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }
}

export interface AutosaveRecord {
  readonly experiment: Experiment;
  /** The file the session was editing, if any. */
  readonly path: string | null;
  readonly savedAt: string;
}

/**
 * The autosave of the session being edited. It is removed when the app closes normally, so one
 * found at start-up means the last session ended without closing (a crash) and is offered back.
 */
export class Autosave {
  constructor(
    private readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get file(): string {
    return join(this.folder, 'autosave.nocturne.json');
  }
  private get metaFile(): string {
    return join(this.folder, 'autosave.meta.json');
  }

  async write(experiment: Experiment, path: string | null, createdWith: CreatedWith): Promise<string> {
    const savedAt = this.now().toISOString();
    await atomicWrite(this.file, serializeExperiment(experiment, createdWith));
    await atomicWrite(this.metaFile, `${JSON.stringify({ path, savedAt })}\n`);
    return savedAt;
  }

  /** The autosaved session, or null when there is none or it cannot be read back. */
  async read(modelVersion: string): Promise<AutosaveRecord | null> {
    try {
      const opened = await readExperimentFile(this.file, modelVersion);
      let meta: { path?: unknown; savedAt?: unknown } = {};
      try {
        meta = JSON.parse(await readFile(this.metaFile, 'utf8')) as typeof meta;
      } catch {
        // The experiment is what matters; without its note we only lose the path and time.
      }
      return {
        experiment: opened.experiment,
        path: typeof meta.path === 'string' ? meta.path : null,
        savedAt: typeof meta.savedAt === 'string' ? meta.savedAt : '',
      };
    } catch {
      return null;
    }
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
    await rm(this.metaFile, { force: true });
  }
}
