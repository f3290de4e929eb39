/**
 * Writes the generated parts of docs/MODEL.md: the parameter table (from PARAMETERS) and the
 * series table (from SERIES), between their markers, formatted by Prettier.
 * tests/docs/modelDocs.test.ts checks the file is in sync.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formattedModelDocs } from '../tests/docs/modelDocs';

const url = new URL('../docs/MODEL.md', import.meta.url);
writeFileSync(url, await formattedModelDocs(readFileSync(url, 'utf8'), fileURLToPath(url)));
console.log('docs/MODEL.md: parameter and series tables regenerated');
