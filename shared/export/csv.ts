/**
 * CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a comma, a double
 * quote, CR or LF, and quotes inside doubled. Numbers are written without exponents so every
 * spreadsheet reads them the same way.
 */

export const CSV_LINE_END = '\r\n';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + CSV_LINE_END;
}

/**
 * A number with `significant` significant digits (default 6: the simulation stores Float32,
 * good to about 7), plain notation, trailing zeros dropped; '' for null or a non-finite value.
 */
export function csvNumber(value: number | null | undefined, significant = 6): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(20, Math.max(0, significant - 1 - magnitude));
  const rounded = Number(value.toFixed(decimals));
  // Rounding can carry into a new digit (999999.7 → 1000000); toFixed then still prints no exponent.
  let text = rounded.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** A number with at most `decimals` decimals, trailing zeros dropped (times: 6 decimals of an hour is 3.6 ms). */
export function csvFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '';
  let text = value.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}
