import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohortGolden } from './cohortGolden';

const update = process.env.UPDATE_GOLDEN === '1';

describe('cohort golden (young adults, n = 12, seed 1, baseline vs evening caffeine)', () => {
  it('matches tests/golden/cohort-young-adults.json', () => {
    const file = new URL('./cohort-young-adults.json', import.meta.url);
    const now = cohortGolden();
    if (update) writeFileSync(file, `${JSON.stringify(now, null, 2)}\n`);
    expect(existsSync(file), 'missing cohort-young-adults.json: run UPDATE_GOLDEN=1').toBe(true);
    expect(now).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  }, 120_000);
});
