/**
 * The hosted CI workflow (.github/workflows/desktop.yml) against what it must agree with: the
 * README's first code block (how a person installs and tests) and the installers the builder
 * config makes (what must be uploaded).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import config from '../electron-builder';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<
    string,
    { readonly 'runs-on': string; readonly strategy?: { matrix: { os: string[] } }; readonly steps: Step[] }
  >;
}

/** The commands of the README's first ```sh block, split at `&&`, comments dropped. */
function readmeCommands(readme: string): string[][] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```sh block');
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split('&&').map((command) => command.trim()));
}

const workflow = parse(read('../.github/workflows/desktop.yml')) as Workflow;
const jobs = Object.values(workflow.jobs);
const lines = readmeCommands(read('../README.md'));

describe('readmeCommands', () => {
  it('reads the first sh block only, without its comments', () => {
    const text = 'x\n```sh\nnpm ci && npm start   # go\n\nnpm ci && npm test # check\n```\n```sh\nrm -rf /\n```\n';
    expect(readmeCommands(text)).toEqual([
      ['npm ci', 'npm start'],
      ['npm ci', 'npm test'],
    ]);
    expect(() => readmeCommands('no code here')).toThrow(/no ```sh block/);
  });
});

describe('.github/workflows/desktop.yml', () => {
  const [job] = jobs;
  const runs = (job?.steps ?? []).map((step) => step.run?.trim()).filter((run): run is string => run !== undefined);
  const testLine = lines.find((commands) => commands.some((command) => /^npm (run )?test\b/.test(command)));

  it('is one job on Linux, macOS and Windows hosts', () => {
    expect(jobs).toHaveLength(1);
    expect(job!['runs-on']).toBe('${{ matrix.os }}');
    expect(job!.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('uses Node 22', () => {
    const setup = job!.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(22);
  });

  it("installs and tests with the README's commands, in that order, and then builds the installers", () => {
    expect(testLine, 'a README line that runs the tests').toBeDefined();
    const [install, test] = [testLine![0]!, testLine!.at(-1)!];
    expect([install, test]).toEqual(['npm ci', 'npm test']);
    // Every README line starts with the same install.
    for (const commands of lines) expect(commands[0]).toBe(install);
    const at = (command: string) => runs.indexOf(command);
    expect(at(install), install).toBeGreaterThanOrEqual(0);
    expect(at(test), test).toBeGreaterThan(at(install));
    expect(at('npm run dist')).toBeGreaterThan(at(test));
  });

  it('runs the tests with a virtual display on Linux', () => {
    const display = job!.steps.find((step) => step.run?.includes('xvfb'));
    expect(display?.if).toBe("runner.os == 'Linux'");
    expect(job!.steps.indexOf(display!)).toBeLessThan(job!.steps.findIndex((step) => step.run === 'npm test'));
  });

  it('uploads an artifact matching every installer the builder config makes', () => {
    const upload = job!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    const paths = String(upload?.with?.path ?? '')
      .split('\n')
      .map((path) => path.trim())
      .filter(Boolean);
    const EXTENSION: Record<string, string> = { AppImage: 'AppImage', deb: 'deb', dmg: 'dmg', zip: 'zip', nsis: 'exe' };
    const targets = [config.linux, config.mac, config.win].flatMap((options) => (options?.target ?? []) as string[]);
    expect(targets.length).toBe(5);
    for (const target of targets) expect(paths, target).toContain(`dist/*.${EXTENSION[target]}`);
  });
});
