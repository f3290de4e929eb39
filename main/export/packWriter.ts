/**
 * Writes a rendered figure pack (pack.ts) into one folder: file by file through the atomic
 * writer, the manifest last, so a pack with a manifest is whole. Its own small fs port
 * (PackWriteFs) so tests can fail a folder, a file or the old manifest's removal.
 */
import { mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import {
  AtomicWriteError,
  describeFsError,
  fsErrorCode,
  writeFileAtomic,
  type AtomicWriteFs,
} from '../files/atomicWrite';
import { PACK_MANIFEST, type PackFile, type PackManifest } from './packLayout';

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
