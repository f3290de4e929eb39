/**
 * Which Chromium the browser tests (and the browser lab) drive, and, for `npm test`, getting one
 * where there is none. One place for test-all, playwright.config.ts and the browser scripts.
 *
 * Playwright's default is its own downloaded browser, which `npm ci` does not fetch and which
 * cannot be fetched on machines without internet access; without this a fresh machine ends
 * `npm test` in one "Executable doesn't exist … npx playwright install" failure per test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, win32 } from 'node:path';

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export type BrowserLookup =
  | { readonly found: true; readonly path: string; readonly source: BrowserSource }
  | { readonly found: false; readonly reason: string };

export interface BrowserDeps {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  exists(path: string): boolean;
  /** Where Playwright keeps its own Chromium (whether or not it was downloaded), or null. */
  playwrightExecutable(): string | null;
}

export interface ProvisionDeps extends BrowserDeps {
  /** Runs a command, output hidden, killed after `timeoutMs`; returns its exit status (null if killed). */
  run(command: string, args: readonly string[], timeoutMs: number): number | null;
  isRoot(): boolean;
  /** Progress, one line per step tried. */
  log(line: string): void;
}

/** A download of Chromium (~170 MB) or an apt install takes a minute or two on a slow line. */
export const INSTALL_TIMEOUT_MS = 300_000;

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Installed Chromium or Chrome, in the order they are preferred: PATH first, then fixed places. */
export function systemCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((dir): dir is string => !!dir);
    return roots.map((dir) => win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  const fixed =
    platform === 'darwin'
      ? [
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
        ]
      : // Debian's Chromium, also when PATH is trimmed (e.g. under sudo or in a service).
        ['/usr/bin/chromium'];
  return [...new Set([...onPath, ...fixed])];
}

/** Finds a browser without installing anything (cheap: playwright.config.ts calls it per worker). */
export function findBrowser(deps: BrowserDeps = defaultDeps()): BrowserLookup {
  const chosen = deps.env.CHROMIUM_PATH;
  if (chosen) {
    // An explicit choice is not second-guessed: a wrong one is reported, not silently replaced.
    return deps.exists(chosen)
      ? { found: true, path: chosen, source: 'CHROMIUM_PATH' }
      : { found: false, reason: `CHROMIUM_PATH is set to ${chosen}, which does not exist` };
  }
  const system = systemCandidates(deps.env, deps.platform).find((path) => deps.exists(path));
  if (system) return { found: true, path: system, source: 'system' };
  const own = deps.playwrightExecutable();
  if (own && deps.exists(own)) return { found: true, path: own, source: 'playwright' };
  return { found: false, reason: 'no Chromium or Chrome is installed' };
}

/**
 * findBrowser, and where that finds nothing: Playwright's own download, then (as root on Debian)
 * apt's Chromium, each tried once with a time bound.
 */
export function provideBrowser(deps: ProvisionDeps): BrowserLookup {
  const first = findBrowser(deps);
  if (first.found || deps.env.CHROMIUM_PATH) return first;

  const tried: string[] = [];
  deps.log('no Chromium or Chrome found; trying `npx playwright install chromium`…');
  deps.run('npx', ['playwright', 'install', 'chromium'], INSTALL_TIMEOUT_MS);
  tried.push('`npx playwright install chromium` gave none (it downloads from Playwright’s CDN)');
  const downloaded = findBrowser(deps);
  if (downloaded.found) return downloaded;

  const debian = deps.exists('/etc/debian_version') && deps.exists('/usr/bin/apt-get');
  if (debian && deps.isRoot()) {
    deps.log('trying `apt-get install -y chromium`…');
    // A fresh image has empty package lists; update first, or the install cannot find chromium.
    deps.run('apt-get', ['update', '-qq'], INSTALL_TIMEOUT_MS);
    deps.run('apt-get', ['install', '-y', '-qq', 'chromium'], INSTALL_TIMEOUT_MS);
    tried.push('`apt-get install -y chromium` gave none');
    const installed = findBrowser(deps);
    if (installed.found) return installed;
  } else if (debian) tried.push('apt-get was not tried (not root)');

  return { found: false, reason: `no Chromium or Chrome is installed, and ${tried.join('; ')}` };
}

export function defaultDeps(): BrowserDeps {
  return {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    playwrightExecutable: () => {
      try {
        // Loaded only when asked: it is the slow part, and not needed when a system browser exists.
        const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
        return chromium.executablePath();
      } catch {
        return null;
      }
    },
  };
}

export function defaultProvisionDeps(log: (line: string) => void): ProvisionDeps {
  return {
    ...defaultDeps(),
    run: (command, args, timeoutMs) =>
      spawnSync(command, args, {
        stdio: 'ignore',
        timeout: timeoutMs,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status,
    isRoot: () => process.getuid?.() === 0,
    log,
  };
}

/**
 * The flags every Chromium of ours starts with (tests, benchmarks, the browser lab): no sandbox
 * (CI runs as root in a container), no GPU (none here), and nothing that talks to the network on
 * its own (QUIC, background fetches, component updates, sync), so a page's requests are its own.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The executablePath option for chromium.launch: undefined leaves Playwright's own default. */
export function browserExecutablePath(): string | undefined {
  const found = findBrowser();
  return found.found ? found.path : undefined;
}
