/**
 * Colour-blind-safe palette (Okabe & Ito 2008): one colour per series within a chart. Night A is
 * drawn solid and night B dashed wherever they share axes, so the nights never depend on colour.
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

export const NIGHT_DASH: Record<'a' | 'b', number[]> = { a: [], b: [6, 4] };

/** Hypnogram band colours for W, R, N1, N2, N3 (Okabe–Ito). */
export const STAGE_COLOURS = ['#E69F00', '#CC79A7', '#56B4E9', '#0072B2', '#004466'] as const;
