/**
 * Writes the generated parts of docs/MODEL.md: the parameter table (from PARAMETERS) and the
 * series table (from SERIES), and of docs/MODEL-restoration.md: the coupling table (from
 * COUPLINGS), between their markers, formatted by Prettier.
 * tests/docs/modelDocs.test.ts checks the files are in sync.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formattedModelDocs, formattedRestorationDocs } from '../tests/docs/modelDocs';

const url = new URL('../docs/MODEL.md', import.meta.url);
writeFileSync(url, await formattedModelDocs(readFileSync(url, 'utf8'), fileURLToPath(url)));
console.log('docs/MODEL.md: parameter and series tables regenerated');
const restoration = new URL('../docs/MODEL-restoration.md', import.meta.url);
writeFileSync(
  restoration,
  await formattedRestorationDocs(readFileSync(restoration, 'utf8'), fileURLToPath(restoration)),
);
console.log('docs/MODEL-restoration.md: coupling table regenerated');
