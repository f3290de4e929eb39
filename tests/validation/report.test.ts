/**
 * The report's headline counts kinds apart: echo rows are shown but never counted as evidence,
 * and calibrated passes are not independent ones. Fake rows with fixed values keep this test
 * off the engine, so it checks the counting alone.
 */
import { describe, expect, test } from 'vitest';
import type { RowCheck, RowKind, ValidationRow } from './row';
import { buildReport, headline, measureRow } from './report';

function row(
  id: string,
  kind: RowKind,
  check: RowCheck,
  value: number,
  extra: Partial<ValidationRow> = {},
): ValidationRow {
  return {
    id,
    kind,
    kindReason: `fake ${kind} row`,
    check,
    quantity: `quantity of ${id}`,
    target: 'a target',
    tolerance: '> 0',
    source: 'a source',
    unit: '',
    measure: () => value,
    pass: (v) => v !== null && v > 0,
    ...extra,
  };
}

const ROWS: ValidationRow[] = [
  row('IND-01', 'independent', 'magnitude', 1),
  row('IND-02', 'independent', 'direction', 1, { publishedMagnitude: '≈ 5 %' }),
  row('IND-03', 'independent', 'magnitude', -1),
  row('CAL-01', 'calibrated', 'magnitude', 1),
  row('CAL-02', 'calibrated', 'direction', -1, { expectedFailure: true }),
  row('ECH-01', 'echo', 'magnitude', 1),
  row('ECH-02', 'echo', 'magnitude', 1),
  row('ECH-03', 'echo', 'direction', 1),
];
const measured = ROWS.map(measureRow);

describe('report headline', () => {
  test('counts each kind apart', () => {
    const h = headline(measured);
    expect(h.rows).toBe(8);
    expect(h.byKind.independent).toEqual({ rows: 3, pass: 2, fail: 1, expectedFailure: 0, fixed: 0, direction: 1 });
    expect(h.byKind.calibrated).toEqual({ rows: 2, pass: 1, fail: 0, expectedFailure: 1, fixed: 0, direction: 1 });
    expect(h.byKind.echo).toEqual({ rows: 3, pass: 3, fail: 0, expectedFailure: 0, fixed: 0, direction: 1 });
    expect(h.direction).toBe(3);
  });

  test('echo and calibrated passes are not counted as evidence', () => {
    const h = headline(measured);
    // 6 rows pass in all, but only the two independent ones are evidence.
    expect(h.evidencePasses).toBe(2);
    expect(h.evidenceMagnitudePasses).toBe(1);
    // Adding passing echo rows must not move the evidence totals.
    const more = headline([...measured, ...[4, 5, 6].map((k) => measureRow(row(`ECH-0${k}`, 'echo', 'magnitude', 1)))]);
    expect(more.evidencePasses).toBe(2);
    expect(more.byKind.echo.rows).toBe(6);
  });

  test('the report states the counts, says echo is not counted, and keeps every row', () => {
    const report = buildReport(measured);
    expect(report).toContain(
      '**Independent** (nothing was fitted to the target): 3 rows, 2 pass, 1 fail, 0 expected failures',
    );
    expect(report).toContain('rows, 1 pass, 0 fail, 1 expected failures; 1 check only a direction');
    expect(report).toContain(
      '**Echo** (the row returns one of its own inputs): 3 rows, shown, not counted as evidence.',
    );
    expect(report).toContain(
      'Evidence: 2 independent rows pass, 1 of them within a band around a published magnitude.',
    );
    expect(report).toContain(
      'Direction-only rows (a sign or threshold test, which a wrong size still passes): 3 of 8.',
    );
    for (const r of ROWS) expect(report).toContain(`| ${r.id} | ${r.kind} |`);
    expect(report).toContain('| direction (published: ≈ 5 %) |');
    expect(report).toContain('- ECH-01 (echo): fake echo row');
  });
});
