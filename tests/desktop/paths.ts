/** Where the built artefacts the desktop tests load live. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'out');
export const BUILT_PRELOAD = join(OUT, 'preload', 'index.cjs');
export const BUILT_MAIN = join(OUT, 'main', 'index.js');
