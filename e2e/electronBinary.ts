/**
 * Whether the Electron binary is installed, decided WITHOUT requiring 'electron' (which would
 * try to download it) and before any launch (a failed launch rejects unhandled and kills the run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface ElectronBinary {
  readonly available: boolean;
  /** The executable when available; otherwise why not. */
  readonly executablePath?: string;
  readonly reason: string;
}

export function findElectronBinary(): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(packageDir, 'path.txt');
  if (!override && !existsSync(pathFile)) {
    return {
      available: false,
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing: its download needs internet access this machine does not have)',
    };
  }
  const relative = override ? null : readFileSync(pathFile, 'utf8').trim();
  const executablePath = override ? join(override, 'electron') : join(packageDir, 'dist', relative!);
  if (!existsSync(executablePath)) {
    return { available: false, reason: `the Electron binary is missing at ${executablePath}` };
  }
  return { available: true, executablePath, reason: 'installed' };
}
