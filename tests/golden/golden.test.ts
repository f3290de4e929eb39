import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../shared/model/scenarios';
import { goldenOf } from './golden';

const update = process.env.UPDATE_GOLDEN === '1';

describe('golden files (seed 1, per scenario)', () => {
  for (const s of SCENARIOS) {
    it(`${s.id} matches tests/golden/${s.id}.json`, () => {
      const file = new URL(`./${s.id}.json`, import.meta.url);
      const now = goldenOf(s.id);
      if (update) writeFileSync(file, `${JSON.stringify(now, null, 2)}\n`);
      expect(existsSync(file), `missing ${s.id}.json: run UPDATE_GOLDEN=1`).toBe(true);
      expect(now).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
