/**
 * Colours of exported figures: the Okabe & Ito (2008) colour-blind-safe palette, one colour per
 * series within a chart, and the hypnogram's stage colours. Night A is drawn solid and night B
 * dashed, so the nights never depend on colour. The same values as renderer/src/charts/palette.ts,
 * which can import these instead of keeping its own copy.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#999999',
] as const;

export function seriesColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}

/** Stage colours indexed by STAGE_CODE: W, R, N1, N2, N3. */
export const STAGE_COLOURS = ['#E69F00', '#CC79A7', '#56B4E9', '#0072B2', '#004466'] as const;

/** Dash pattern of each night's lines, in multiples of the line width. */
export const NIGHT_DASH = { A: [] as number[], B: [4, 2.5] as number[] } as const;
