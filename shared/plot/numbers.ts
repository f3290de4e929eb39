/**
 * How a number is written for people, on screen and in exported files alike: about three
 * significant digits by size (the lab's readouts, tables and the one-line text of a flat series).
 */

/** Decimals that give a number of this size about three significant digits. */
export function decimalsFor(abs: number): number {
  if (abs >= 100) return 0;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  return 3;
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(decimalsFor(Math.abs(value)));
}
