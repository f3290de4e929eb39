/**
 * Lookup tables the restoration modules build from their parameters, kept by those inputs: a
 * sweep or a slider move over anything else rebuilds none of them. The same inputs give the same
 * table (the same operations on the same numbers), and no table is written after it is built.
 */
import { canon } from '../canon';

/** Distinct tables kept; a night uses four, so this holds the tables of a few parameter sets. */
const CAPACITY = 16;
const tables = new Map<string, Float64Array>();

/** The table `kind` for these inputs: built by `build` the first time, then shared. */
export function memoTable(kind: string, inputs: readonly number[], build: () => Float64Array): Float64Array {
  let key = kind;
  for (const v of inputs) key += `|${canon(v)}`;
  let table = tables.get(key);
  if (!table) {
    table = build();
    tables.set(key, table);
    while (tables.size > CAPACITY) tables.delete(tables.keys().next().value!);
  }
  return table;
}
