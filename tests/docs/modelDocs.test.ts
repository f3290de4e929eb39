import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { formattedModelDocs, formattedRestorationDocs } from './modelDocs';

it('docs/MODEL.md carries the current parameter and series tables (regenerate: npx tsx scripts/docs.ts)', async () => {
  const url = new URL('../../docs/MODEL.md', import.meta.url);
  const text = readFileSync(url, 'utf8');
  expect(await formattedModelDocs(text, fileURLToPath(url))).toBe(text);
});

it('docs/MODEL-restoration.md carries the current coupling table (regenerate: npx tsx scripts/docs.ts)', async () => {
  const url = new URL('../../docs/MODEL-restoration.md', import.meta.url);
  const text = readFileSync(url, 'utf8');
  expect(await formattedRestorationDocs(text, fileURLToPath(url))).toBe(text);
});
