/**
 * What a CLI command may touch, passed in so tests run commands as plain functions: output
 * streams, the few file operations needed, and the engine.
 */
import type { ParameterValues } from '../shared/model/parameters';
import type { ProtocolEvent } from '../shared/model/protocolEvents';
import type { ModelInfo, SeriesInfo, SimulationResult } from '../shared/model/result';
import type { ByteSource } from '../shared/report/import';

export interface CliFs {
  /** Size in bytes, to refuse a huge file before reading it. */
  size(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Random access to a file's bytes (an EDF's header and annotations without its signals); when
   * absent, a command reads the whole file instead.
   */
  open?(path: string): Promise<ByteSource & { close(): Promise<void> }>;
  /** The names in a folder (cohort merge finds its parts); absent in the in-memory test fakes. */
  list?(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  /** Replaces `path` whole or not at all (main/files/atomicWrite.ts). */
  writeFileAtomic(path: string, data: string): Promise<void>;
}

export interface Engine {
  readonly info: ModelInfo;
  /** Series metadata in display order, for the CSV's variable and unit columns. */
  readonly series: readonly SeriesInfo[];
  simulateNight(params: ParameterValues, seed: number, events?: readonly ProtocolEvent[]): SimulationResult;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly fs: CliFs;
  /** Loaded only by commands that simulate, so `--help` and argument errors never wait for it. */
  engine(): Promise<Engine>;
}

/** Exit codes: 0 done, 1 a failure while running (disk full, engine bug), 2 bad usage or bad input. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A problem to report as one line on stderr, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * The engine refused to simulate `what` (a night, the diary's protocol): the input's fault (a
 * parameter off its range, an event off its protocol: exit 2) or the engine's (exit 1).
 * By name, not class: the engine's errors cross a worker or a bundle boundary as plain Errors.
 */
export function cannotSimulate(command: string, what: string, error: unknown): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const isInput = error instanceof Error && /^(ParameterError|ProtocolError)$/.test(error.name);
  return new CliError(`${command}: ${what} cannot be simulated: ${message}`, isInput ? EXIT_USAGE : EXIT_FAILURE);
}

/** Why a file could not be read, as a person reads it (from the Node error's code when it has one). */
export function whyUnreadable(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
