/**
 * The web edition's build folder, whether it is missing or older than its sources, and building
 * it: what `npm start` (where Electron is absent) and the web browser tests need before serving it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where `npm run build:web` writes (vite.web.config.ts). */
export const WEB_OUT_DIR = join(ROOT, 'out', 'web');

/** What the web build is made from: a change to any of these makes it stale. */
const SOURCES = ['renderer', 'shared', 'web', 'main/simulation', 'main/sweep', 'vite.web.config.ts', 'package.json'];

function newestIn(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestIn(join(path, entry)));
  }
  return newest;
}

/** Why the web build must be made first (a sentence), or null when it is there and newer than its sources. */
export function webBuildProblem(root = ROOT, outDir = join(root, 'out', 'web')): string | null {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return 'the web edition is not built yet';
  const built = statSync(index).mtimeMs;
  const newest = Math.max(...SOURCES.map((source) => newestIn(join(root, source))));
  return newest > built ? 'the web edition is older than its sources' : null;
}

/** Runs `vite build` with the web config; returns its exit status. */
export function buildWeb(stdio: 'inherit' | 'pipe' = 'inherit'): number {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return (
    spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    }).status ?? 1
  );
}
