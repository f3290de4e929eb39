/**
 * House rules a reviewer would otherwise have to remember: one file-name convention per kind of
 * file, and no source file over 400 lines unless its header says why.
 */
import { readFileSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['shared', 'main', 'preload', 'renderer/src', 'cli', 'build', 'tests', 'e2e', 'scripts'];
const files = FOLDERS.flatMap((folder) =>
  (readdirSync(join(root, folder), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile() && /\.(ts|vue|mjs|cjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('tests/corpus/')),
);

/**
 * Modules are camelCase (`runInCache.ts`), with dotted roles (`.test`, `.spec`, `.rows`, `.d`);
 * Vue components PascalCase (Vue's style guide); scripts/ holds commands, named in kebab-case like
 * the npm scripts that run them (`bench-ui.ts` for `npm run bench:ui`), beside the camelCase
 * modules they share (`electronBinary.ts`).
 */
function convention(path: string): RegExp {
  if (path.endsWith('.vue')) return /^[A-Z][A-Za-z0-9]*\.vue$/;
  if (path.startsWith('scripts/')) return /^([a-z][a-z0-9]*(-[a-z0-9]+)+|[a-z][A-Za-z0-9]*)(\.[a-z]+)*\.(ts|mjs|cjs)$/;
  return /^[a-z][A-Za-z0-9]*(\.[a-z]+)*\.(ts|mjs|cjs)$/;
}

describe('house rules', () => {
  it('finds the sources (so the rules below check something)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toEqual(expect.arrayContaining(['shared/model/runInCache.ts', 'renderer/src/App.vue']));
  });

  it('names every file by its kind’s convention', () => {
    const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    expect(files.filter((path) => !convention(path).test(name(path)))).toEqual([]);
  });

  it('keeps files under 400 lines, or says in the header why not', () => {
    const long = files.filter((path) => {
      if (/\.(test|spec)\.ts$/.test(path)) return false;
      const text = readFileSync(join(root, path), 'utf8');
      if (text.split('\n').length <= 400) return false;
      return !/Over 400 lines because/.test(text.split('\n').slice(0, 20).join('\n'));
    });
    expect(long).toEqual([]);
  });
});
