// Every file in bad-experiments/ must be refused with exactly the message in its NAME.expected.txt.
// The files are read as bytes and decoded the way the app and the CLI read them (UTF-8, lenient),
// so binary and wrongly encoded files reach parseExperiment as they would in use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExperiment } from '../../shared/experiment';

const DIR = fileURLToPath(new URL('./bad-experiments', import.meta.url));
const names = readdirSync(DIR).sort();
const cases = names
  .filter((name) => name.endsWith('.nocturne.json') || name.endsWith('.bin'))
  .map((name) => ({ name, stem: name.replace(/\.nocturne\.json$|\.bin$/, '') }));

describe('bad-experiment corpus', () => {
  it('holds at least 50 cases, each file with its expected message and nothing else', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const expected = names.filter((name) => name.endsWith('.expected.txt'));
    expect(expected.map((name) => name.replace(/\.expected\.txt$/, '')).sort()).toEqual(cases.map((c) => c.stem).sort());
    expect(names.length).toBe(cases.length + expected.length);
  });

  it.each(cases)('$name is refused with its expected message', ({ name, stem }) => {
    const text = new TextDecoder('utf-8').decode(readFileSync(join(DIR, name)));
    const want = readFileSync(join(DIR, `${stem}.expected.txt`), 'utf8').replace(/\n$/, '');
    const result = parseExperiment(text);
    expect(result.ok ? 'accepted' : result.error.message).toBe(want);
  });
});
