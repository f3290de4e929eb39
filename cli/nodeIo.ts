/** The real CliIo: process streams, node:fs, atomic writes and the app's engine. */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../main/files/atomicWrite';
import type { CliIo, Engine } from './io';

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fs: {
      size: async (path) => (await stat(path)).size,
      readFile: (path) => readFile(path),
      mkdir: async (path) => {
        await mkdir(path, { recursive: true });
      },
      writeFileAtomic: (path, data) => writeFileAtomic(path, data),
    },
    engine: async (): Promise<Engine> => {
      const { loadEngine } = await import('./engine');
      return loadEngine();
    },
  };
}
