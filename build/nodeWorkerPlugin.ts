/**
 * Vitest cannot run a `.ts` worker under Node 20, and electron-vite's `?modulePath` import exists
 * only in its build. This plugin gives tests the same import: it bundles the worker entry with
 * esbuild into a temporary .mjs on first use and returns that file's path.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.tmp', 'workers');

export function nodeWorkerEntries(): Plugin {
  return {
    name: 'nocturne:node-worker-entries',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('?modulePath') || !importer) return null;
      const entry = resolve(dirname(importer), source.slice(0, -'?modulePath'.length));
      return `\0modulePath:${entry}`;
    },
    async load(id) {
      if (!id.startsWith('\0modulePath:')) return null;
      const entry = id.slice('\0modulePath:'.length);
      const file = entry.endsWith('.ts') ? entry : `${entry}.ts`;
      mkdirSync(outDir, { recursive: true });
      // Named by folder too: main/simulation/worker.ts and main/export/worker.ts must not share a file.
      const outfile = join(outDir, `${basename(dirname(file))}-${basename(file, '.ts')}.mjs`);
      await build({
        entryPoints: [file],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Packages load from node_modules at run time, as in the app (native modules cannot be bundled).
        packages: 'external',
        logLevel: 'silent',
      });
      return `export default ${JSON.stringify(outfile)};`;
    },
  };
}
