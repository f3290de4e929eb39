/**
 * docs/ARCHITECTURE.md must match the tree: every file or folder it names in `code` exists
 * (from the repository root, or in the model's section from shared/model/), and the folders of
 * the layer table are the folders the lint config holds to those rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const text = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
// Inline code only: the fenced blocks are diagrams and examples (a module a newcomer would add).
const prose = text.replace(/```[\s\S]*?```/g, '');
const named = [...new Set([...prose.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!))].filter(
  (code) => /^[\w.-]+(\/[\w.-]+)*(\.(ts|vue|md|cjs|mjs|json)|\/)$/.test(code) && !code.includes('*'),
);

describe('docs/ARCHITECTURE.md', () => {
  it('names files (so the check below checks something)', () => {
    expect(named.length).toBeGreaterThan(40);
    expect(named).toEqual(expect.arrayContaining(['shared/time/axis.ts', 'main/electron/ipc.ts']));
  });

  it('names only files and folders that exist', () => {
    // The worked example's lactate module is one a newcomer would add: it is not in the tree.
    const missing = named.filter(
      (path) =>
        !path.includes('lactate') &&
        !existsSync(join(root, path)) &&
        !existsSync(join(root, 'shared/model', path)) &&
        !existsSync(join(root, 'shared/model/restoration', path)),
    );
    expect(missing).toEqual([]);
  });

  it('describes the layer rules the lint config enforces', () => {
    const lint = readFileSync(join(root, 'eslint.config.js'), 'utf8');
    for (const folder of ['shared/**', 'renderer/**', 'preload/**', 'main/electron/**', 'cli/**']) {
      expect(text, folder).toContain(`\`${folder}\``);
      expect(lint, folder).toContain(folder.replace('/**', '/'));
    }
  });
});
