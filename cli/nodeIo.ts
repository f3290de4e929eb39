/** The real CliIo: process streams, node:fs, atomic writes and the app's engine. */
import { mkdir, open, readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { writeFileAtomic } from '../main/files/atomicWrite';
import type { CliIo, Engine } from './io';

/**
 * `npm run cli` runs in the package folder, not where the user typed the command; npm keeps that
 * folder in INIT_CWD, so relative paths are read from there, as a user expects.
 */
export function userFolder(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const initCwd = env.INIT_CWD;
  return initCwd && isAbsolute(initCwd) ? initCwd : cwd;
}

export function nodeIo(base: string = userFolder()): CliIo {
  const at = (path: string) => resolve(base, path);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    fs: {
      size: async (path) => (await stat(at(path))).size,
      readFile: (path) => readFile(at(path)),
      open: async (path) => {
        const handle = await open(at(path), 'r');
        try {
          const info = await handle.stat();
          const size = info.size;
          if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
          return {
            size,
            read: async (offset, length) => {
              const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
              const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
              return buffer.subarray(0, bytesRead);
            },
            close: () => handle.close(),
          };
        } catch (error) {
          await handle.close();
          throw error;
        }
      },
      list: (path) => readdir(at(path)),
      mkdir: async (path) => {
        await mkdir(at(path), { recursive: true });
      },
      writeFileAtomic: (path, data) => writeFileAtomic(at(path), data),
    },
    engine: async (): Promise<Engine> => {
      const { loadEngine } = await import('./engine');
      return loadEngine();
    },
  };
}
