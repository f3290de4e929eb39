/**
 * Downloads the Electron binary with Electron's own installer (node_modules/electron/install.js,
 * its `install-electron` bin), where the network allows. Run as the root package's postinstall
 * and, once, by `npm start` / `npm run dev` when the binary is missing.
 *
 * Plain JavaScript on purpose: a postinstall must never fail `npm ci`, and with
 * `npm ci --omit=dev` neither tsx nor electron (both devDependencies) is installed, yet the root
 * package's own postinstall still runs. So this file needs nothing but Node.
 *
 * Electron 45's install.js reads ELECTRON_MIRROR (through @electron/get) but not
 * ELECTRON_SKIP_BINARY_DOWNLOAD, and with ELECTRON_OVERRIDE_DIST_PATH set it still downloads into
 * node_modules/electron/dist: both are honoured here instead, before it is started.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Offline, install.js fails in well under a second; this bounds a network that drops packets. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** The bound on one installer run; NOCTURNE_ELECTRON_INSTALL_TIMEOUT_MS changes it (tests, slow lines). */
export function installTimeoutMs(env = process.env) {
  return Number(env.NOCTURNE_ELECTRON_INSTALL_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
}

/** Truthy the way the old electron postinstall read it, minus the surprising '0' and 'false'. */
function isSet(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

function electronPackageDir(env) {
  if (env.NOCTURNE_ELECTRON_PACKAGE_DIR) return env.NOCTURNE_ELECTRON_PACKAGE_DIR;
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The installer's error without its stack or error class: "fetch failed", not "TypeError: …". */
function firstErrorLine(text) {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '));
  return (line ?? 'no output').replace(/^[A-Za-z]*Error:\s*/, '').slice(0, 160);
}

/**
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {{ outcome: 'installed' | 'skipped' | 'override' | 'no-package' | 'failed' | 'timeout', detail: string }}
 */
export function provisionElectron(options = {}) {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? installTimeoutMs(env);
  if (isSet(env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return { outcome: 'skipped', detail: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so nothing was downloaded' };
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      outcome: 'override',
      detail: `ELECTRON_OVERRIDE_DIST_PATH is set (${env.ELECTRON_OVERRIDE_DIST_PATH}), so there is nothing to download`,
    };
  }
  const packageDir = electronPackageDir(env);
  const installer = packageDir ? join(packageDir, 'install.js') : null;
  if (!installer || !existsSync(installer)) {
    return { outcome: 'no-package', detail: 'the electron package is not installed (a production install?)' };
  }
  // install.js returns at once when the binary of its version is already unpacked.
  const result = spawnSync(process.execPath, [installer], {
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM') {
    return {
      outcome: 'timeout',
      detail: `the download did not finish within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`,
    };
  }
  if (result.status === 0) return { outcome: 'installed', detail: 'the Electron binary is installed' };
  // The cause alone (e.g. "fetch failed"); callers phrase it.
  return { outcome: 'failed', detail: firstErrorLine(`${result.stderr}\n${result.stdout}`) };
}

// As a postinstall: one short line, and exit 0 whatever happened (nothing else needs the binary).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { outcome, detail } = provisionElectron();
    if (outcome === 'installed') console.log(`nocturne: ${detail}.`);
    else if (outcome === 'failed')
      console.log(
        `nocturne: Electron binary not downloaded (${detail}). Build and tests do not need it; npm start explains the options.`,
      );
    else if (outcome === 'no-package') console.log(`nocturne: Electron binary not downloaded: ${detail}.`);
    else
      console.log(
        `nocturne: Electron binary not downloaded: ${detail}. Build and tests do not need it; npm start explains the options.`,
      );
  } catch (error) {
    console.log(`nocturne: Electron binary not downloaded (${String(error)}).`);
  }
  process.exit(0);
}
