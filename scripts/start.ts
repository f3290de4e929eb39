/**
 * `npm start` and `npm run dev`: open the desktop app; where its binary cannot be had, `npm start`
 * says so in one line and serves the web edition instead (`npm run dev` says why in one paragraph).
 *
 * electron-vite 6 finds Electron through node_modules/electron/path.txt and, when that is
 * missing, throws "Electron uninstall" with a stack trace that tells a user nothing. So whether
 * the binary exists is decided here first (scripts/electronBinary.ts, from files only), one
 * download is tried where it is missing, and only then is electron-vite started.
 *
 * The web edition (out/web, built first when missing or older than its sources) is served by a
 * static server on 127.0.0.1 (scripts/staticServer.ts: it reads the build's files and nothing
 * else), opened in the system browser where there is a display, its address printed either way;
 * Ctrl-C stops it. The port is fixed (NOCTURNE_PORT, 5180 by default) because the browser keeps
 * the offline copy per address; a port in use gives way to a free one.
 *
 * `npm start` builds once and runs `electron-vite preview --skipBuild`: plain `preview` builds
 * again itself. Extra arguments (`npm start -- path/to/x.nocturne.json`) go to the app.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultElectronPackageDir, findElectronBinary, type ElectronBinary } from './electronBinary.ts';
import { installTimeoutMs, provisionElectron, type ProvisionOutcome } from './provision-electron.mjs';
import { serveDirectory, type StaticServer } from './staticServer.ts';
import { WEB_OUT_DIR, buildWeb, webBuildProblem } from './webBuild.ts';

export type StartMode = 'preview' | 'dev';

export interface StartOptions {
  readonly mode: StartMode;
  /** Arguments for the app itself, after `npm start --`. */
  readonly args: readonly string[];
  /** The Electron version the package wants, named in the advice. */
  readonly electronVersion: string;
}

export interface StartDeps {
  findBinary(): ElectronBinary;
  /** One bounded download attempt (Electron's installer). */
  provision(): { outcome: ProvisionOutcome; detail: string };
  /** Runs electron-vite with these arguments and extra environment; returns its exit status. */
  electronVite(args: readonly string[], env: Readonly<Record<string, string>>): number;
  /** The one explanatory paragraph, or a one-line note. */
  print(text: string): void;
  /** A transient status while the download runs; cleared before anything is printed. */
  status(text: string | null): void;
  /** Why the web build must be made first, or null when it is current. */
  webBuildProblem(): string | null;
  /** Builds the web edition; returns the exit status. */
  buildWeb(): number;
  /** Serves the web build on 127.0.0.1. */
  serveWeb(): Promise<StaticServer>;
  /** Opens the address in the system browser where there is a display; false where there is none or it failed. */
  openBrowser(url: string): Promise<boolean>;
  /** Resolves when the person stops the server (Ctrl-C). */
  untilStopped(): Promise<void>;
}

/** Why the one download attempt did not give us a binary, as a sentence. */
function attemptSentence(outcome: ProvisionOutcome, detail: string): string {
  switch (outcome) {
    case 'failed':
      return `One download attempt just now failed (${detail}): this machine could not reach GitHub, where Electron's releases are.`;
    case 'timeout':
      return `One download attempt just now stopped because ${detail}: this machine did not reach GitHub, where Electron's releases are, in time.`;
    case 'skipped':
      return 'No download was tried because ELECTRON_SKIP_BINARY_DOWNLOAD is set (unset it to allow one).';
    case 'override':
      return 'No download was tried: with ELECTRON_OVERRIDE_DIST_PATH set, Electron runs from that folder instead.';
    case 'no-package':
      return '';
    case 'installed':
      return "Electron's installer reported success, but the executable is still not where path.txt says.";
  }
}

/**
 * Wraps to a readable width; the result is still one paragraph (no blank lines). A command in
 * backticks is never split, so it can be copied from the terminal as it is.
 */
function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(/[^\s`]*`[^`]*`[^\s`]*|\S+/g) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function missingParagraph(
  binary: ElectronBinary,
  attempt: { outcome: ProvisionOutcome; detail: string },
  options: Pick<StartOptions, 'mode' | 'electronVersion'>,
): string {
  const again = options.mode === 'dev' ? 'npm run dev' : 'npm start';
  return wrap(
    [
      `Nocturne cannot open the desktop app: ${binary.reason}.`,
      attemptSentence(attempt.outcome, attempt.detail),
      'Meanwhile the same lab runs in a browser with `npm start` (the web edition), and simulations run from the command line with `npm run -s cli -- simulate FILE --json`.',
      `For the desktop app, set ELECTRON_MIRROR to a mirror of Electron's releases that this machine can reach, or ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${options.electronVersion} for this platform, then run \`${again}\` again.`,
    ].join(' '),
  );
}

/** `npm start`'s one line where the desktop app cannot open: why, and what happens instead. */
export function missingLine(binary: ElectronBinary, attempt: { outcome: ProvisionOutcome; detail: string }): string {
  const tried: Record<ProvisionOutcome, string> = {
    failed: `one download attempt failed (${attempt.detail})`,
    timeout: `one download attempt stopped (${attempt.detail})`,
    skipped: 'no download tried (ELECTRON_SKIP_BINARY_DOWNLOAD is set)',
    override: 'no download tried (ELECTRON_OVERRIDE_DIST_PATH is set)',
    'no-package': 'no download tried',
    installed: "Electron's installer reported success but the executable is missing",
  };
  return `nocturne: the desktop app cannot open here: ${binary.reason}; ${tried[attempt.outcome]}. Serving the web edition instead (docs/WEB.md).`;
}

/**
 * Serves the web edition until stopped: builds it first when missing or stale, then prints its
 * address (and opens it where there is a display). Returns the exit code.
 */
export async function serveWebEdition(deps: StartDeps): Promise<number> {
  const problem = deps.webBuildProblem();
  if (problem !== null) {
    deps.print(`nocturne: ${problem}; building it (npm run build:web)…`);
    const built = deps.buildWeb();
    if (built !== 0) return built;
  }
  const server = await deps.serveWeb();
  const opened = await deps.openBrowser(server.url);
  deps.print(
    opened
      ? `Nocturne (web edition) is open in your browser at ${server.url} — Ctrl-C stops it.`
      : `Nocturne (web edition): open ${server.url} in a browser — Ctrl-C stops it.`,
  );
  await deps.untilStopped();
  await server.close();
  return 0;
}

/** Decides, then launches; resolves to the exit code. Every side effect goes through `deps`. */
export async function start(options: StartOptions, deps: StartDeps): Promise<number> {
  let binary = deps.findBinary();
  if (!binary.available) {
    deps.status(`Downloading the Electron binary (at most ${Math.round(installTimeoutMs() / 1000)} s)…`);
    const attempt = deps.provision();
    deps.status(null);
    binary = deps.findBinary();
    if (!binary.available) {
      // The development server needs Electron; the lab itself does not.
      if (options.mode === 'dev') {
        deps.print(missingParagraph(binary, attempt, options));
        return 1;
      }
      deps.print(missingLine(binary, attempt));
      return serveWebEdition(deps);
    }
    deps.print('nocturne: downloaded the Electron binary.');
  }
  // electron-vite ignores ELECTRON_OVERRIDE_DIST_PATH but honours ELECTRON_EXEC_PATH: hand it the
  // executable found above, so both agree on which Electron runs.
  const env = { ELECTRON_EXEC_PATH: binary.executablePath! };
  const appArgs = options.args.length > 0 ? ['--', ...options.args] : [];
  if (options.mode === 'dev') return deps.electronVite(['dev', ...appArgs], env);
  const built = deps.electronVite(['build'], env);
  if (built !== 0) return built;
  return deps.electronVite(['preview', '--skipBuild', ...appArgs], env);
}

/**
 * npm runs scripts from the package root, so a relative file named from elsewhere
 * (`cd ~/nights && npm start -- a.nocturne.json`) is resolved against npm's INIT_CWD when it
 * exists there; anything else (flags, other words) passes unchanged.
 */
export function resolveAppArgs(
  args: readonly string[],
  baseDir: string | undefined,
  exists: (path: string) => boolean = existsSync,
): string[] {
  return args.map((arg) => {
    if (!baseDir || arg.startsWith('-') || isAbsolute(arg)) return arg;
    const candidate = resolve(baseDir, arg);
    return exists(candidate) ? candidate : arg;
  });
}

function electronVersion(): string {
  const dir = defaultElectronPackageDir();
  try {
    if (dir) return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // Named only in advice; the major from package.json's range is close enough.
  }
  return '45';
}

/** Whether a browser window can be shown: a desktop session on Linux, always on macOS and Windows. */
function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The system's opener (xdg-open on Linux); false where there is no display or it cannot start. */
function openInBrowser(url: string): Promise<boolean> {
  if (!hasDisplay()) return Promise.resolve(false);
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '', url]
        : ['xdg-open', url];
  return new Promise((resolve) => {
    const child = spawn(command!, args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

const DEFAULT_WEB_PORT = 5180;

async function serveOnFixedPort(): Promise<StaticServer> {
  const port = Number(process.env.NOCTURNE_PORT ?? DEFAULT_WEB_PORT);
  try {
    return await serveDirectory(WEB_OUT_DIR, { port });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    console.error(`nocturne: port ${port} is in use; serving on another (its offline copy is kept apart).`);
    return serveDirectory(WEB_OUT_DIR);
  }
}

function main(argv: readonly string[]): Promise<number> {
  const mode: StartMode = argv[0] === '--dev' ? 'dev' : 'preview';
  const args = resolveAppArgs(mode === 'dev' ? argv.slice(1) : argv, process.env.INIT_CWD);
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const tty = process.stderr.isTTY === true;
  return start(
    { mode, args, electronVersion: electronVersion() },
    {
      findBinary: () => findElectronBinary(),
      provision: () => provisionElectron(),
      electronVite: (viteArgs, env) =>
        spawnSync(process.execPath, [bin, ...viteArgs], { stdio: 'inherit', env: { ...process.env, ...env } }).status ??
        1,
      print: (text) => console.error(text),
      // Only a terminal gets the transient line (and can erase it); logs get the result alone.
      status: (text) => {
        if (tty) process.stderr.write(text === null ? '\r\x1b[2K' : text);
      },
      webBuildProblem: () => webBuildProblem(),
      buildWeb: () => buildWeb(),
      serveWeb: serveOnFixedPort,
      openBrowser: openInBrowser,
      untilStopped: () =>
        new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        }),
    },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
