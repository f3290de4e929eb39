import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderModelDocs } from './model-docs';

it('docs/MODEL.md carries the current parameter and series tables (regenerate: npx tsx scripts/docs.ts)', () => {
  const text = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');
  expect(renderModelDocs(text)).toBe(text);
});
