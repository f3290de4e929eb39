/**
 * Writes a file so that it is either the old one or the complete new one, never half of each,
 * even if the app crashes or the power fails mid-save: write a temporary file in the same
 * folder (rename is only atomic within one file system), fsync it, rename it over the target,
 * then fsync the folder so the rename itself is on disk. Plain Node; no Electron.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The part of node:fs/promises this needs: the writer's file-system port, so tests can make open,
 * write, sync or rename fail (a read-only folder, a full disk) without needing a real one.
 */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export class AtomicWriteError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** The system error code (ENOSPC, EACCES, …) when there was one. */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AtomicWriteError';
  }
}

/**
 * Why a file-system call failed, in words a person can act on. Shared with the figure-pack writer
 * so a save and an export say the same thing about the same problem.
 */
export function describeFsError(code: string | undefined, path: string, error: unknown): string {
  switch (code) {
    case 'ENOENT':
      return `the folder "${dirname(path)}" does not exist`;
    case 'ENOTDIR':
      return `part of "${dirname(path)}" is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'the folder is read-only (permission denied)';
    case 'EROFS':
      return 'the folder is read-only (it is on a read-only disk)';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EISDIR':
      return `"${path}" is a folder`;
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Folders cannot be opened or synced on some systems (Windows): the data is already renamed into place. */
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP']);

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { fs?: AtomicWriteFs; mode?: number } = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = dirname(path);
  // Hidden, unique and beside the target, so a crash leaves no file that looks like a real save.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      // The write's error is the one worth reporting, not a close that fails after it.
      await handle.close().catch(() => undefined);
      throw error;
    }
    await handle.close();
    await fs.rename(temp, path);
    created = false;
  } catch (error) {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = fsErrorCode(error);
    throw new AtomicWriteError(`cannot save "${path}": ${describeFsError(code, path, error)}`, path, code, {
      cause: error,
    });
  }
  await syncFolder(fs, path);
}

async function syncFolder(fs: AtomicWriteFs, path: string): Promise<void> {
  const dir = dirname(path);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = fsErrorCode(error);
    if (!code || !DIR_SYNC_UNSUPPORTED.has(code)) {
      throw new AtomicWriteError(
        `saved "${path}", but its folder could not be flushed to disk: ${describeFsError(code, dir, error)}`,
        path,
        code,
        { cause: error },
      );
    }
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
