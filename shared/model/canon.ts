/**
 * A value as text for a cache key: the run-in cache's, the restoration's resume key and its lookup
 * tables' keys all read this one rule. A leaf module (imports nothing), so the restoration modules
 * can use it without importing the run-in cache (which imports the parameter catalogue, which
 * imports them).
 */

/** A number as text that tells every double apart (String(-0) would read as 0); anything else as JSON. */
export function canon(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  return JSON.stringify(v) ?? String(v);
}
