// One alias map for electron-vite and vitest (vitest does not read electron.vite.config.ts).
import { fileURLToPath } from 'node:url';

export const aliases = {
  '@shared': fileURLToPath(new URL('../shared', import.meta.url)),
};
