/**
 * Every validation row as a test named by its id. Rows the model cannot meet yet are
 * `test.fails` (they flip to an error when the model is fixed, so the row must be updated), and
 * the committed docs/VALIDATION.md must match what the code measures now.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CORE_ROWS } from './core.rows';
import { RESTORATION_ROWS } from './restoration.rows';
import { AROUSAL_ROWS } from './arousal.rows';
import { buildReport, measureRow, type Measured } from './report';

const ROWS = [...CORE_ROWS, ...RESTORATION_ROWS, ...AROUSAL_ROWS];
const measured = new Map<string, Measured>();
const measure = (id: string): Measured => {
  let m = measured.get(id);
  if (!m) {
    m = measureRow(ROWS.find((r) => r.id === id)!);
    measured.set(id, m);
  }
  return m;
};

describe('validation rows', () => {
  test('ids are unique', () => {
    const ids = ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The types force kind, kindReason and check to exist; only a runtime check catches an empty
  // reason, which would let a row claim a kind without saying why.
  test('every row says its kind, why, and what it checks', () => {
    for (const row of ROWS) {
      expect(['echo', 'calibrated', 'independent'], row.id).toContain(row.kind);
      expect(row.kindReason.trim(), `${row.id} kindReason`).not.toBe('');
      expect(['magnitude', 'direction'], row.id).toContain(row.check);
      if (row.publishedMagnitude !== undefined) {
        expect(row.check, `${row.id}: a published magnitude belongs to a direction-only row`).toBe('direction');
        expect(row.publishedMagnitude.trim(), `${row.id} publishedMagnitude`).not.toBe('');
      }
    }
  });

  for (const row of ROWS) {
    const check = () => {
      const m = measure(row.id);
      if (m.error) throw new Error(m.error);
      expect(row.pass(m.value), `${row.id} measured ${m.value} ${row.unit}; tolerance ${row.tolerance}`).toBe(true);
    };
    if (row.expectedFailure) test.fails(`${row.id} (expected failure): ${row.quantity}`, check, 300_000);
    else test(`${row.id}: ${row.quantity}`, check, 300_000);
  }

  test('docs/VALIDATION.md matches what the code measures now (regenerate with npm run validate)', () => {
    const report = buildReport(ROWS.map((r) => measure(r.id)));
    const committed = readFileSync(new URL('../../docs/VALIDATION.md', import.meta.url), 'utf8');
    expect(committed).toBe(report);
  }, 600_000);
});
