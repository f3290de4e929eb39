import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webBuildProblem } from './webBuild.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with one source file and, optionally, a build made at `builtAt` (s since epoch). */
function project(sourceAt: number, builtAt: number | null): string {
  const root = mkdtempSync(join(tmpdir(), 'nocturne-webbuild-'));
  dirs.push(root);
  mkdirSync(join(root, 'web'));
  writeFileSync(join(root, 'web', 'labApi.ts'), '');
  utimesSync(join(root, 'web', 'labApi.ts'), sourceAt, sourceAt);
  // A test file is not a source of the build: newer, it changes nothing.
  writeFileSync(join(root, 'web', 'labApi.test.ts'), '');
  if (builtAt !== null) {
    mkdirSync(join(root, 'out', 'web'), { recursive: true });
    writeFileSync(join(root, 'out', 'web', 'index.html'), '');
    utimesSync(join(root, 'out', 'web', 'index.html'), builtAt, builtAt);
  }
  return root;
}

describe('webBuildProblem', () => {
  it('says the web edition is not built when out/web has no index.html', () => {
    expect(webBuildProblem(project(1000, null))).toBe('the web edition is not built yet');
  });

  it('says it is stale when a source is newer than the build', () => {
    expect(webBuildProblem(project(2000, 1000))).toBe('the web edition is older than its sources');
  });

  it('is null when the build is newer than every source, a test file written since notwithstanding', () => {
    expect(webBuildProblem(project(1000, 1500))).toBeNull();
  });
});
