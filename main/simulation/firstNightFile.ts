/**
 * The desktop's store of the first nights' answers (firstNights.ts, startFirstNights): one file
 * in the user-data folder, in V8's structured-clone format (typed arrays as bytes, no text
 * conversion), written whole to a temporary file and renamed over the old one, so a start never
 * reads a half-written record. Its build key is the worker's code and the V8 that runs it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SavedNights, SavedNightsStore } from './firstNights';

/** The file's name in the user-data folder. */
export const FIRST_NIGHTS_FILE = 'first-nights.bin';

export function savedNightsFile(path: string): SavedNightsStore {
  return {
    async read() {
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return deserialize(bytes) as unknown;
    },
    async write(record: SavedNights) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, serialize(record));
      await rename(temporary, path);
    },
  };
}

/**
 * The engine build a saved answer belongs to: a hash of the worker's script and every script it
 * imports (the built chunks, followed through their relative imports) with the V8 version and
 * the machine's architecture. Any change to the model's code changes the chunks it lives in.
 */
export function workerBuild(workerPath: string): string {
  const hash = createHash('sha256').update(`${process.versions.v8} ${process.arch}\n`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    hash
      .update(file.slice(dirname(workerPath).length))
      .update('\n')
      .update(code);
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(file), match[1]!));
    }
  };
  visit(workerPath);
  return hash.digest('hex').slice(0, 32);
}
