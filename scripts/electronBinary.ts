/**
 * Whether the Electron binary is installed, and where. One place for `npm start`, `npm run dev`
 * and the Playwright electron project.
 *
 * It is decided from files only, never by requiring 'electron': from Electron 42 on, that require
 * starts a download (and throws where there is no network), and a Playwright launch with a bad
 * executablePath rejects unhandled and kills the whole run, so callers must know before launching.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ElectronBinary {
  readonly available: boolean;
  /** The executable when available; where it was looked for otherwise (if anywhere). */
  readonly executablePath?: string;
  /** 'installed', or why it is not available, as a phrase that fits after "because". */
  readonly reason: string;
  /** Why it is missing, for callers that act on it (e.g. only try a download when it can help). */
  readonly missing?: 'no-package' | 'no-path-file' | 'no-executable' | 'override-empty';
}

export interface ElectronBinaryOptions {
  /** node_modules/electron; by default resolved the way Node would resolve 'electron'. */
  readonly packageDir?: string | null;
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  readonly exists?: (path: string) => boolean;
  readonly readFile?: (path: string) => string;
}

/**
 * The executable's path inside an unpacked Electron, as Electron's install.js writes it into
 * path.txt. Needed for ELECTRON_OVERRIDE_DIST_PATH, where path.txt may not exist.
 */
export function platformExecutable(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      // linux, freebsd, openbsd; Electron publishes no other desktop builds.
      return 'electron';
  }
}

/** node_modules/electron, found without loading its index.js (which would start a download). */
export function defaultElectronPackageDir(env: NodeJS.ProcessEnv = process.env): string | null {
  // A test (or a vendored copy) can point elsewhere; the default is what `require` would find.
  if (env.NOCTURNE_ELECTRON_PACKAGE_DIR) return env.NOCTURNE_ELECTRON_PACKAGE_DIR;
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

export function findElectronBinary(options: ElectronBinaryOptions = {}): ElectronBinary {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const exists = options.exists ?? existsSync;
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  const packageDir = options.packageDir === undefined ? defaultElectronPackageDir(env) : options.packageDir;

  // path.txt names the executable relative to the unpacked folder; install.js writes it last,
  // after a successful unzip, so its presence means a download completed at some point.
  const pathFile = packageDir ? join(packageDir, 'path.txt') : null;
  const relative = pathFile && exists(pathFile) ? readFile(pathFile).trim() : null;

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    // Electron's own index.js falls back to 'electron' here, which is wrong on macOS and Windows.
    const executablePath = join(override, relative || platformExecutable(platform));
    if (!exists(executablePath)) {
      return {
        available: false,
        executablePath,
        missing: 'override-empty',
        reason: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, which has no Electron executable (${executablePath} does not exist)`,
      };
    }
    return { available: true, executablePath, reason: 'installed' };
  }

  if (!packageDir) {
    return {
      available: false,
      missing: 'no-package',
      reason: 'the electron npm package is not installed (run npm ci; it is a devDependency)',
    };
  }
  if (!relative) {
    return {
      available: false,
      missing: 'no-path-file',
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing; Electron downloads the binary from GitHub on first use)',
    };
  }
  const executablePath = join(packageDir, 'dist', relative);
  if (!exists(executablePath)) {
    return {
      available: false,
      executablePath,
      missing: 'no-executable',
      reason: `the Electron binary is missing at ${executablePath} (path.txt names it, but the download did not finish or was removed)`,
    };
  }
  return { available: true, executablePath, reason: 'installed' };
}
