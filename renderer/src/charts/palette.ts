/**
 * Colours on screen are the exported figures' colours (Okabe & Ito 2008, colour-blind-safe; the
 * hypnogram's stage colours): one declaration in shared/export/palette.ts. Night A is drawn
 * solid and night B dashed wherever they share axes, so the nights never depend on colour.
 */
export { OKABE_ITO, STAGE_COLOURS, seriesColour } from '../../../shared/export/palette';

/** Dash patterns on screen, in CSS pixels (the export scales its own with the line width). */
export const NIGHT_DASH: Record<'a' | 'b', number[]> = { a: [], b: [6, 4] };
