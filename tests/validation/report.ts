/**
 * docs/VALIDATION.md, built from the rows and what the engine measures now. scripts/validate.ts
 * writes it; validation.test.ts checks the committed file matches.
 */
import type { RowKind, ValidationRow } from './row';
import { MODEL_INFO } from '../../shared/model/engine';

export interface Measured {
  readonly row: ValidationRow;
  readonly value: number | null;
  readonly error?: string;
}

/** Measures a row, catching errors so one broken row cannot hide the others. */
export function measureRow(row: ValidationRow): Measured {
  try {
    return { row, value: row.measure() };
  } catch (e) {
    return { row, value: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Three significant digits: stable across platforms, precise enough to read. */
export function formatValue(v: number | null): string {
  if (v === null) return '—';
  if (v === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(v))));
  return v.toFixed(Math.min(digits, 4));
}

export type Verdict = 'pass' | 'fail' | 'expected failure' | 'fixed (update the row)';

export function verdict(m: Measured): Verdict {
  const ok = m.error === undefined && m.row.pass(m.value);
  if (m.row.expectedFailure) return ok ? 'fixed (update the row)' : 'expected failure';
  return ok ? 'pass' : 'fail';
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Verdict counts of one kind of row. */
export interface KindCounts {
  readonly rows: number;
  readonly pass: number;
  readonly fail: number;
  readonly expectedFailure: number;
  readonly fixed: number;
  /** Rows of this kind whose tolerance is only a sign or threshold test. */
  readonly direction: number;
}

export interface Headline {
  readonly rows: number;
  readonly byKind: Readonly<Record<RowKind, KindCounts>>;
  /** Rows of any kind that check only a direction. */
  readonly direction: number;
  /**
   * Passes counted as evidence: independent rows only. Echo rows pass by construction and
   * calibrated rows were fitted to pass, so neither may raise this number.
   */
  readonly evidencePasses: number;
  /** Of the evidence passes, those whose tolerance bands a published magnitude. */
  readonly evidenceMagnitudePasses: number;
}

const KINDS: readonly RowKind[] = ['independent', 'calibrated', 'echo'];

/** The numbers of the report's headline, counted per kind so echo passes cannot pose as evidence. */
export function headline(measured: readonly Measured[]): Headline {
  const of = (kind: RowKind): KindCounts => {
    const ms = measured.filter((m) => m.row.kind === kind);
    const n = (v: Verdict) => ms.filter((m) => verdict(m) === v).length;
    return {
      rows: ms.length,
      pass: n('pass'),
      fail: n('fail'),
      expectedFailure: n('expected failure'),
      fixed: n('fixed (update the row)'),
      direction: ms.filter((m) => m.row.check === 'direction').length,
    };
  };
  const byKind = { independent: of('independent'), calibrated: of('calibrated'), echo: of('echo') };
  const evidence = measured.filter((m) => m.row.kind === 'independent' && verdict(m) === 'pass');
  return {
    rows: measured.length,
    byKind,
    direction: measured.filter((m) => m.row.check === 'direction').length,
    evidencePasses: evidence.length,
    evidenceMagnitudePasses: evidence.filter((m) => m.row.check === 'magnitude').length,
  };
}

const verdicts = (c: KindCounts): string =>
  `${c.pass} pass, ${c.fail} fail, ${c.expectedFailure} expected failures${c.fixed ? `, ${c.fixed} fixed expected failures (update the row)` : ''}`;

/** The headline in words: each kind counted apart, echo rows shown but not counted. */
export function headlineLines(h: Headline): string[] {
  const { independent, calibrated, echo } = h.byKind;
  return [
    `Rows: ${h.rows}, all shown below. A row that cannot fail is not evidence, so the rows are counted by kind:`,
    '',
    `- **Independent** (nothing was fitted to the target): ${independent.rows} rows, ${verdicts(independent)}; ${independent.direction} of them check only a direction.`,
    `- **Calibrated** (a parameter's default was set from this very target, so a pass checks the fit, not a prediction): ${calibrated.rows} rows, ${verdicts(calibrated)}; ${calibrated.direction} check only a direction.`,
    `- **Echo** (the row returns one of its own inputs): ${echo.rows} rows, shown, not counted as evidence.`,
    '',
    `Evidence: ${h.evidencePasses} independent rows pass, ${h.evidenceMagnitudePasses} of them within a band around a published magnitude. Direction-only rows (a sign or threshold test, which a wrong size still passes): ${h.direction} of ${h.rows}.`,
  ];
}

/** The check column: a direction row shows the magnitude the source publishes, when it gives one. */
function checkCell(row: ValidationRow): string {
  if (row.check === 'magnitude') return 'magnitude';
  return row.publishedMagnitude ? `direction (published: ${row.publishedMagnitude})` : 'direction';
}

export function buildReport(measured: readonly Measured[]): string {
  const lines = [
    '# Validation report',
    '',
    `Generated by \`npm run validate\` (scripts/validate.ts) from tests/validation/*.rows.ts with model ${MODEL_INFO.name} ${MODEL_INFO.version}. Do not edit by hand: a test checks that this file matches what the code measures now.`,
    '',
    ...headlineLines(headline(measured)),
    '',
    'Expected failures are targets the model cannot meet yet, kept as `test.fails`. Population targets are measured as the mean over seeds 1–10. "Mice" marks targets that come from rodent data. Why each row has its kind is listed under "Kinds" below.',
    '',
    '| row | kind | check | quantity | target | tolerance | measured | verdict | mice |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of measured) {
    const value = m.error ? `error: ${m.error}` : `${formatValue(m.value)} ${m.row.unit}`.trim();
    lines.push(
      `| ${m.row.id} | ${m.row.kind} | ${cell(checkCell(m.row))} | ${cell(m.row.quantity)} | ${cell(m.row.target)} | ${cell(m.row.tolerance)} | ${cell(value)} | ${verdict(m)} | ${m.row.fromMice ? 'mice' : ''} |`,
    );
  }
  lines.push('', '## Kinds', '');
  for (const kind of KINDS) {
    for (const m of measured) if (m.row.kind === kind) lines.push(`- ${m.row.id} (${kind}): ${m.row.kindReason}`);
  }
  lines.push('', '## Sources', '');
  for (const m of measured) lines.push(`- ${m.row.id}: ${m.row.source}`);
  lines.push('');
  return lines.join('\n');
}
