/**
 * The per-person table: one CSV row per person — index, noise seed, the drawn parameters in the
 * population's order, then for every metric (METRICS' order) its value in A, in B and Δ = B − A.
 * Numbers are written in JavaScript's shortest round-trip form, so reading a row back gives the
 * same doubles and a merge of shards recomputes exactly what a single run would.
 */
import { METRICS, type MetricId } from '../model/metrics';
import { parameterSpec, type ParameterId } from '../model/parameters';
import type { MetricRow, PersonRun } from './run';

export const NIGHT_COLUMNS = ['A', 'B', 'delta'] as const;

export function tableHeader(params: readonly ParameterId[]): string[] {
  const metricColumns = METRICS.flatMap((m) => NIGHT_COLUMNS.map((c) => `${m.id}_${c}`));
  return ['person', 'noiseSeed', ...params, ...metricColumns];
}

const cell = (v: number | string | null | undefined): string =>
  v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? '' : String(v);

export function delta(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

export function tableRow(run: PersonRun, params: readonly ParameterId[]): string[] {
  const out = [String(run.index), String(run.noiseSeed), ...params.map((id) => cell(run.values[id]))];
  for (const m of METRICS) {
    const a = run.a[m.id];
    const b = run.b[m.id];
    out.push(cell(a), cell(b), cell(delta(a, b)));
  }
  return out;
}

/** Rows joined as CSV: no cell of this table needs quoting (ids, numbers, choice names). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.join(',')}\n`).join('');
}

/** A person read back from the table. */
export interface TableRecord {
  readonly index: number;
  readonly values: Readonly<Record<string, number | string>>;
  readonly a: MetricRow;
  readonly b: MetricRow;
  readonly delta: MetricRow;
}

/** Reads the table's data rows back (after its header has been checked equal to `header`). */
export function readTableRows(
  lines: readonly string[],
  header: readonly string[],
  params: readonly ParameterId[],
): TableRecord[] {
  const at = new Map(header.map((h, i) => [h, i]));
  const num = (text: string | undefined): number | null => (text === undefined || text === '' ? null : Number(text));
  return lines.map((line) => {
    const cells = line.split(',');
    const values: Record<string, number | string> = {};
    for (const id of params) {
      const text = cells[at.get(id)!]!;
      values[id] = parameterSpec(id)?.kind === 'choice' ? text : Number(text);
    }
    const pick = (suffix: string) => {
      const out: Record<string, number | null> = {};
      for (const m of METRICS) out[m.id] = num(cells[at.get(`${m.id}_${suffix}`)!]);
      return out as Record<MetricId, number | null>;
    };
    return { index: Number(cells[0]), values, a: pick('A'), b: pick('B'), delta: pick('delta') };
  });
}
