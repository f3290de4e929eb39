import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ElectronBinary } from './electronBinary.ts';
import { missingLine, missingParagraph, resolveAppArgs, start, type StartDeps, type StartOptions } from './start.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const realElectron = dirname(createRequire(import.meta.url).resolve('electron/package.json'));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nocturne-start-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const present: ElectronBinary = { available: true, executablePath: '/opt/electron/electron', reason: 'installed' };
const absent: ElectronBinary = {
  available: false,
  missing: 'no-path-file',
  reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing)',
};

/** Records every side effect; `binaries` is what findBinary returns, call after call. */
function recorder(binaries: ElectronBinary[], provision = { outcome: 'failed' as const, detail: 'fetch failed' }) {
  const calls = {
    vite: [] as { args: readonly string[]; env: Record<string, string> }[],
    provisions: 0,
    printed: [] as string[],
    /** In order: 'build-web', 'serve', 'open <url>', 'stopped', 'closed'. */
    web: [] as string[],
  };
  let webProblem: string | null = null;
  let opens = false;
  const deps: StartDeps = {
    findBinary: () => binaries.shift() ?? binaries[binaries.length - 1] ?? absent,
    provision: () => {
      calls.provisions += 1;
      return provision;
    },
    electronVite: (args, env) => {
      calls.vite.push({ args, env: { ...env } });
      return 0;
    },
    print: (text) => calls.printed.push(text),
    status: () => {},
    webBuildProblem: () => webProblem,
    buildWeb: () => {
      calls.web.push('build-web');
      return 0;
    },
    serveWeb: async () => {
      calls.web.push('serve');
      return { url: 'http://127.0.0.1:5180/', close: async () => void calls.web.push('closed') };
    },
    openBrowser: async (url) => {
      calls.web.push(`open ${url}`);
      return opens;
    },
    untilStopped: async () => void calls.web.push('stopped'),
  };
  const web = {
    stale(problem: string) {
      webProblem = problem;
    },
    display() {
      opens = true;
    },
  };
  return { calls, deps, web };
}

const options: StartOptions = { mode: 'preview', args: [], electronVersion: '45.5.0' };

describe('start (the plan, with side effects injected)', () => {
  it('builds once, then previews with --skipBuild and the found executable, without a download', async () => {
    const { calls, deps } = recorder([present]);
    expect(await start(options, deps)).toBe(0);
    expect(calls.vite.map((c) => c.args)).toEqual([['build'], ['preview', '--skipBuild']]);
    expect(calls.web).toEqual([]);
    expect(calls.vite.filter((c) => c.args.includes('build') || !c.args.includes('--skipBuild'))).toHaveLength(1);
    for (const call of calls.vite) expect(call.env).toEqual({ ELECTRON_EXEC_PATH: '/opt/electron/electron' });
    expect(calls.provisions).toBe(0);
    expect(calls.printed).toEqual([]);
  });

  it('passes the app’s arguments after --', async () => {
    const { calls, deps } = recorder([present]);
    await start({ ...options, args: ['/nights/a.nocturne.json', '--verbose'] }, deps);
    expect(calls.vite[1]!.args).toEqual(['preview', '--skipBuild', '--', '/nights/a.nocturne.json', '--verbose']);
  });

  it('does not preview when the build fails, and returns the build’s status', async () => {
    const { calls, deps } = recorder([present]);
    deps.electronVite = (args) => {
      calls.vite.push({ args, env: {} });
      return 2;
    };
    expect(await start(options, deps)).toBe(2);
    expect(calls.vite.map((c) => c.args)).toEqual([['build']]);
  });

  it('when missing: one download attempt, one line, then the web edition served until stopped', async () => {
    const { calls, deps } = recorder([absent, absent]);
    expect(await start(options, deps)).toBe(0);
    expect(calls.provisions).toBe(1);
    expect(calls.vite).toEqual([]);
    expect(calls.web).toEqual(['serve', 'open http://127.0.0.1:5180/', 'stopped', 'closed']);
    expect(calls.printed).toHaveLength(2);
    expect(calls.printed[0]).not.toContain('\n');
    expect(calls.printed[0]).toContain('fetch failed');
    expect(calls.printed[0]).toContain('Serving the web edition instead');
    // No display (the opener said no): the address is printed to open by hand.
    expect(calls.printed[1]).toBe(
      'Nocturne (web edition): open http://127.0.0.1:5180/ in a browser — Ctrl-C stops it.',
    );
  });

  it('builds the web edition first when it is missing or stale, and says it opened the browser', async () => {
    const { calls, deps, web } = recorder([absent, absent]);
    web.stale('the web edition is older than its sources');
    web.display();
    expect(await start(options, deps)).toBe(0);
    expect(calls.web[0]).toBe('build-web');
    expect(calls.printed[1]).toBe(
      'nocturne: the web edition is older than its sources; building it (npm run build:web)…',
    );
    expect(calls.printed[2]).toContain('is open in your browser at http://127.0.0.1:5180/');
  });

  it('does not serve when the web build fails, and returns its status', async () => {
    const { calls, deps, web } = recorder([absent, absent]);
    web.stale('the web edition is not built yet');
    deps.buildWeb = () => 3;
    expect(await start(options, deps)).toBe(3);
    expect(calls.web).toEqual([]);
  });

  it('when the one download works: launches as if it had been there', async () => {
    const { calls, deps } = recorder([absent, present]);
    expect(await start(options, deps)).toBe(0);
    expect(calls.provisions).toBe(1);
    expect(calls.vite.map((c) => c.args)).toEqual([['build'], ['preview', '--skipBuild']]);
  });

  it('dev mode runs electron-vite dev alone (it builds in memory) with the same check', async () => {
    const { calls, deps } = recorder([present]);
    expect(await start({ ...options, mode: 'dev', args: ['x.json'] }, deps)).toBe(0);
    expect(calls.vite.map((c) => c.args)).toEqual([['dev', '--', 'x.json']]);
    const missing = recorder([absent, absent]);
    expect(await start({ ...options, mode: 'dev' }, missing.deps)).toBe(1);
    expect(missing.calls.vite).toEqual([]);
    expect(missing.calls.web).toEqual([]);
    expect(missing.calls.printed[0]).toContain('`npm run dev` again');
  });
});

describe('missingParagraph', () => {
  it('says what is missing, why, and what to run instead, as one paragraph', () => {
    const text = missingParagraph(absent, { outcome: 'failed', detail: 'fetch failed' }, options);
    expect(text).toContain('path.txt is missing');
    expect(text).toContain('GitHub');
    for (const advice of [
      '`npm start` (the web edition)',
      'npm run -s cli -- simulate FILE --json',
      'ELECTRON_MIRROR',
      'ELECTRON_OVERRIDE_DIST_PATH',
      'Electron 45.5.0',
      '`npm start` again',
    ])
      expect(text).toContain(advice);
    expect(text).not.toMatch(/\n\s*\n/);
    expect(text).not.toMatch(/Error:|^\s+at /m);
  });

  it('names the reason no download was tried', () => {
    expect(missingParagraph(absent, { outcome: 'skipped', detail: '' }, options)).toContain(
      'ELECTRON_SKIP_BINARY_DOWNLOAD is set',
    );
    expect(
      missingParagraph(absent, { outcome: 'timeout', detail: 'the download did not finish within 2 s' }, options),
    ).toContain('within 2 s');
  });
});

describe('missingLine', () => {
  it('is one line: what is missing, the attempt, and that the web edition is served', () => {
    const line = missingLine(absent, { outcome: 'timeout', detail: 'the download did not finish within 2 s' });
    expect(line).not.toContain('\n');
    expect(line).toContain('path.txt is missing');
    expect(line).toContain('within 2 s');
    expect(line).toMatch(/Serving the web edition instead/);
    expect(missingLine(absent, { outcome: 'skipped', detail: '' })).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
  });
});

describe('resolveAppArgs', () => {
  it('resolves relative files that exist under npm’s INIT_CWD and leaves everything else', () => {
    const exists = (p: string): boolean => p === '/home/me/nights/a.json';
    expect(resolveAppArgs(['a.json', '--flag', 'missing.json', '/abs.json'], '/home/me/nights', exists)).toEqual([
      '/home/me/nights/a.json',
      '--flag',
      'missing.json',
      '/abs.json',
    ]);
    expect(resolveAppArgs(['a.json'], undefined, exists)).toEqual(['a.json']);
  });
});

/**
 * A copy of node_modules/electron without a binary, whose real install.js can still find
 * @electron/get (through a node_modules link beside it).
 */
function electronPackageWithoutBinary(installJs?: string): string {
  const base = tempDir();
  const pkg = join(base, 'electron');
  mkdirSync(pkg);
  for (const file of ['package.json', 'install.js', 'checksums.json'])
    copyFileSync(join(realElectron, file), join(pkg, file));
  if (installJs !== undefined) writeFileSync(join(pkg, 'install.js'), installJs);
  symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'), 'dir');
  return pkg;
}

/** The environment of a machine that cannot download Electron, whatever this machine can do. */
function offlineEnv(pkg: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NOCTURNE_ELECTRON_PACKAGE_DIR: pkg,
    // Port 9 (discard) on loopback refuses at once: a download that fails like an offline one.
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    // An empty cache, so a zip cached by an earlier real download cannot make it succeed.
    electron_config_cache: join(pkg, '..', 'cache'),
    ...extra,
  };
  for (const name of [
    'ELECTRON_OVERRIDE_DIST_PATH',
    'ELECTRON_SKIP_BINARY_DOWNLOAD',
    'ELECTRON_EXEC_PATH',
    'INIT_CWD',
  ]) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

describe('the real start script where Electron cannot be downloaded', () => {
  it('tries Electron’s installer once, says so in one line, serves the web edition on 127.0.0.1 until Ctrl-C', async () => {
    const pkg = electronPackageWithoutBinary();
    // No display: the address is printed, no browser is started. Port 0: a free one.
    const env = offlineEnv(pkg, { NOCTURNE_PORT: '0' });
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'start.ts')], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address within 150 s:\n${output}`)), 150_000);
        const look = () => {
          const found = /open (http:\/\/127\.0\.0\.1:\d+\/) in a browser/.exec(output);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          } else setTimeout(look, 100);
        };
        look();
      });
      const lines = output.trim().split('\n');
      expect(lines[0]).toMatch(/^nocturne: the desktop app cannot open here: the Electron binary is not installed/);
      // The installer really ran (and failed): its outcome is in the line.
      expect(lines[0]).toContain('one download attempt failed');
      expect(output).not.toContain('Error:');
      expect(output).not.toMatch(/^\s+at /m);
      // electron-vite neither built nor previewed the desktop app.
      expect(output).not.toMatch(/electron-vite|preview/i);
      expect(existsSync(join(pkg, 'path.txt'))).toBe(false);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      expect(html).toContain('<div id="app"></div>');
      // Only files under the build are served.
      expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).toBe(404);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 200_000);
});

describe('the postinstall (scripts/provision-electron.mjs)', () => {
  const script = join(root, 'scripts', 'provision-electron.mjs');
  function postinstall(env: NodeJS.ProcessEnv) {
    return spawnSync(process.execPath, [script], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  }

  it('exits 0 with one short line when the download fails', () => {
    const pkg = electronPackageWithoutBinary();
    const result = postinstall(offlineEnv(pkg));
    expect(result.status).toBe(0);
    const lines = `${result.stdout}${result.stderr}`.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^nocturne: Electron binary not downloaded \(.+\)\./);
    expect(lines[0]).not.toContain('Error:');
  });

  it('stops a download that hangs at its timeout and still exits 0', () => {
    // An installer that never finishes, like one behind a firewall that drops packets.
    const pkg = electronPackageWithoutBinary('setInterval(() => {}, 1000);\n');
    const started = Date.now();
    const result = postinstall(offlineEnv(pkg, { NOCTURNE_ELECTRON_INSTALL_TIMEOUT_MS: '500' }));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('did not finish within 500 ms');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('does not start the installer with ELECTRON_SKIP_BINARY_DOWNLOAD or ELECTRON_OVERRIDE_DIST_PATH', () => {
    for (const extra of [{ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, { ELECTRON_OVERRIDE_DIST_PATH: tmpdir() }] as Record<
      string,
      string
    >[]) {
      const marker = join(tempDir(), 'ran');
      const pkg = electronPackageWithoutBinary(`require('fs').writeFileSync(${JSON.stringify(marker)}, '');\n`);
      const result = postinstall(offlineEnv(pkg, extra));
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(Object.keys(extra)[0]!);
      expect(existsSync(marker)).toBe(false);
    }
  });

  it('does start it otherwise (so the two cases above test the guard, not a broken spawn)', () => {
    const marker = join(tempDir(), 'ran');
    const pkg = electronPackageWithoutBinary(`require('fs').writeFileSync(${JSON.stringify(marker)}, '');\n`);
    const result = postinstall(offlineEnv(pkg));
    expect(result.status).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(result.stdout).toContain('installed');
  });
});

describe('electron-vite 6 preview --skipBuild (what npm start relies on)', () => {
  it('launches ELECTRON_EXEC_PATH with the entry and the arguments after --, without building', () => {
    const dir = tempDir();
    const record = join(dir, 'argv.json');
    const fakeElectron = join(dir, 'electron');
    writeFileSync(
      fakeElectron,
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    chmodSync(fakeElectron, 0o755);
    const bin = join(
      dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
      'bin',
      'electron-vite.js',
    );
    const result = spawnSync(process.execPath, [bin, 'preview', '--skipBuild', '--', '/nights/a.nocturne.json'], {
      cwd: root,
      // ELECTRON_ENTRY skips electron-vite's check that out/main/index.js exists (no build here).
      env: { ...process.env, ELECTRON_EXEC_PATH: fakeElectron, ELECTRON_ENTRY: 'entry.js' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(['entry.js', '/nights/a.nocturne.json']);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/building|built in/i);
  });
});
