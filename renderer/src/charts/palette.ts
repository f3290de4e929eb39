/**
 * Colour-blind-safe palette (Okabe & Ito 2008), one colour per series in a panel, and stage
 * colours for the hypnogram.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

export function seriesColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}
