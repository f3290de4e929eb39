/**
 * Numbers, matrices and colours as the SVG writer (svgContext.ts) writes them: transforms compose
 * as a canvas's do, numbers keep three decimals, and a CSS rgba() colour becomes an SVG 1.1 paint
 * with its own opacity.
 */
export type Matrix = readonly [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export const num = (value: number): string => String(Number(value.toFixed(3)) || 0);

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** A CSS colour as an SVG 1.1 paint and its opacity (rgba() is CSS3, not SVG 1.1). */
export function paint(colour: string): { paint: string; opacity: number } {
  const rgba = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/i.exec(colour.trim());
  if (rgba) return { paint: `rgb(${rgba[1]},${rgba[2]},${rgba[3]})`, opacity: Number(rgba[4]) };
  return { paint: colour, opacity: 1 };
}
