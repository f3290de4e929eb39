import { describe, expect, it } from 'vitest';
import { findBrowser, provideBrowser, systemCandidates, type ProvisionDeps } from './browser.ts';

const PW = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/**
 * A machine made of a set of files; `run` can make files appear (an install that works) and
 * records what was run.
 */
function machine(options: {
  files?: string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  root?: boolean;
  installs?: Record<string, string>;
}) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const deps: ProvisionDeps = {
    env: options.env ?? { PATH: '/usr/local/bin:/usr/bin:/bin' },
    platform: options.platform ?? 'linux',
    exists: (path) => files.has(path),
    playwrightExecutable: () => PW,
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      const made = options.installs?.[line];
      if (made) files.add(made);
      return made ? 0 : 1;
    },
    isRoot: () => options.root ?? false,
    log: () => {},
  };
  return { deps, ran };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, over a system browser', () => {
    const { deps } = machine({ files: ['/opt/chrome', '/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/chrome' } });
    expect(findBrowser(deps)).toEqual({ found: true, path: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('reports a CHROMIUM_PATH that does not exist instead of quietly using another browser', () => {
    const { deps } = machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nope' } });
    const found = findBrowser(deps);
    expect(found.found).toBe(false);
    expect(!found.found && found.reason).toContain('CHROMIUM_PATH is set to /nope');
  });

  it('then the system browser, in PATH order, before Playwright’s own', () => {
    const { deps } = machine({ files: ['/usr/bin/google-chrome', '/usr/local/bin/chromium-browser', PW] });
    expect(findBrowser(deps)).toEqual({ found: true, path: '/usr/local/bin/chromium-browser', source: 'system' });
  });

  it('finds /usr/bin/chromium even when PATH does not include /usr/bin', () => {
    const { deps } = machine({ files: ['/usr/bin/chromium'], env: { PATH: '/bin' } });
    expect(findBrowser(deps)).toMatchObject({ found: true, path: '/usr/bin/chromium' });
  });

  it('then Playwright’s downloaded browser, only if its file exists', () => {
    expect(findBrowser(machine({ files: [PW] }).deps)).toEqual({ found: true, path: PW, source: 'playwright' });
    expect(findBrowser(machine({}).deps).found).toBe(false);
  });

  it('knows where Chrome lives on macOS and Windows', () => {
    expect(systemCandidates({ PATH: '' }, 'darwin')).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(systemCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32')).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });
});

describe('provideBrowser', () => {
  it('installs nothing when a browser is there', () => {
    const { deps, ran } = machine({ files: ['/usr/bin/chromium'], root: true });
    expect(provideBrowser(deps)).toMatchObject({ found: true, path: '/usr/bin/chromium' });
    expect(ran).toEqual([]);
  });

  it('tries Playwright’s download first and stops when it works', () => {
    const { deps, ran } = machine({
      files: ['/etc/debian_version', '/usr/bin/apt-get'],
      root: true,
      installs: { 'npx playwright install chromium': PW },
    });
    expect(provideBrowser(deps)).toEqual({ found: true, path: PW, source: 'playwright' });
    expect(ran).toEqual(['npx playwright install chromium']);
  });

  it('then, as root on Debian, apt’s chromium (after updating the package lists)', () => {
    const { deps, ran } = machine({
      files: ['/etc/debian_version', '/usr/bin/apt-get'],
      root: true,
      installs: { 'apt-get install -y -qq chromium': '/usr/bin/chromium' },
    });
    expect(provideBrowser(deps)).toEqual({ found: true, path: '/usr/bin/chromium', source: 'system' });
    expect(ran).toEqual(['npx playwright install chromium', 'apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('does not use apt when not root, or not on Debian, and says what it tried', () => {
    const notRoot = machine({ files: ['/etc/debian_version', '/usr/bin/apt-get'], root: false });
    const result = provideBrowser(notRoot.deps);
    expect(notRoot.ran).toEqual(['npx playwright install chromium']);
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/playwright install chromium.*not root/);

    const mac = machine({ platform: 'darwin', root: true });
    expect(provideBrowser(mac.deps).found).toBe(false);
    expect(mac.ran).toEqual(['npx playwright install chromium']);
  });

  it('installs nothing when CHROMIUM_PATH names a missing file (the user chose; they are told)', () => {
    const { deps, ran } = machine({ env: { CHROMIUM_PATH: '/nope' }, root: true });
    expect(provideBrowser(deps).found).toBe(false);
    expect(ran).toEqual([]);
  });
});
