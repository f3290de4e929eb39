/**
 * A CliIo over files held in memory, for the commands' tests: a missing file reads as ENOENT,
 * output is collected, and anything written is counted (the read-only commands' tests expect 0).
 * The engine is the one given, or none: a command that should not simulate fails if it asks.
 */
import type { CliIo, Engine } from '../io';

export function memoryIo(
  files: Readonly<Record<string, string | Uint8Array>>,
  engine: () => Promise<Engine> = () => Promise.reject(new Error('no engine needed')),
) {
  const out = { stdout: '', stderr: '', written: 0 };
  const bytes = (path: string): Uint8Array => {
    const f = files[path];
    if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    fs: {
      size: async (p) => bytes(p).length,
      readFile: async (p) => bytes(p),
      mkdir: async () => void out.written++,
      writeFileAtomic: async () => void out.written++,
    },
    engine,
  };
  return { io, out };
}
