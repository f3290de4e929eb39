/**
 * `npm start` and `npm run dev`: open the desktop app, or say in one paragraph why it cannot.
 *
 * electron-vite 6 finds Electron through node_modules/electron/path.txt and, when that is
 * missing, throws "Electron uninstall" with a stack trace that tells a user nothing. So whether
 * the binary exists is decided here first (scripts/electronBinary.ts, from files only), one
 * download is tried where it is missing, and only then is electron-vite started.
 *
 * `npm start` builds once and runs `electron-vite preview --skipBuild`: plain `preview` builds
 * again itself. Extra arguments (`npm start -- path/to/x.nocturne.json`) go to the app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultElectronPackageDir, findElectronBinary, type ElectronBinary } from './electronBinary.ts';
import { installTimeoutMs, provisionElectron, type ProvisionOutcome } from './provision-electron.mjs';

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
      'Meanwhile the same lab runs in a browser with `npm run lab:browser`, and simulations run from the command line with `npm run -s cli -- simulate FILE --json`.',
      `For the desktop app, set ELECTRON_MIRROR to a mirror of Electron's releases that this machine can reach, or ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${options.electronVersion} for this platform, then run \`${again}\` again.`,
    ].join(' '),
  );
}

/** Decides, then launches; returns the exit code. Every side effect goes through `deps`. */
export function start(options: StartOptions, deps: StartDeps): number {
  let binary = deps.findBinary();
  if (!binary.available) {
    deps.status(`Downloading the Electron binary (at most ${Math.round(installTimeoutMs() / 1000)} s)…`);
    const attempt = deps.provision();
    deps.status(null);
    binary = deps.findBinary();
    if (!binary.available) {
      deps.print(missingParagraph(binary, attempt, options));
      return 1;
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

function main(argv: readonly string[]): number {
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
    },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
