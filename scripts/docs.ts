/**
 * Writes the generated parts of docs/MODEL.md: the parameter table (from PARAMETERS) and the
 * series table (from SERIES), between their markers. `npm run validate` does not call this;
 * run `npx tsx scripts/docs.ts`. tests/docs/model-docs.test.ts checks the file is in sync.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderModelDocs } from '../tests/docs/model-docs';

const file = new URL('../docs/MODEL.md', import.meta.url);
writeFileSync(file, renderModelDocs(readFileSync(file, 'utf8')));
console.log('docs/MODEL.md: parameter and series tables regenerated');
