/**
 * The double-plotted actogram on the lab's canvas: the shared drawing (shared/plot/actogramDraw.ts,
 * also the exported figure's) at screen sizes, in CSS px, in the lab's system font.
 */
import { drawActogramRows, type ActogramSizes } from '../../../shared/plot/actogramDraw';
import type { ActogramRow } from '../../../shared/plot/actogram';
import { Y_AXIS_MIN_PX, type ChartLook } from './chart';

export { actogramColours, dayLabel, lightFill } from '../../../shared/plot/actogramDraw';

/** Screen sizes (CSS px): the left gutter as wide as the other charts' y axes. */
export const ACTO: ActogramSizes = {
  left: Y_AXIS_MIN_PX,
  right: 14,
  top: 18,
  row: 16,
  bottom: 4,
  font: 11,
  fontOf: (size, bold) => `${bold ? 'bold ' : ''}${size}px system-ui, sans-serif`,
};

/** The canvas height for a number of rows. */
export function actogramHeight(rows: number): number {
  return ACTO.top + rows * ACTO.row + ACTO.bottom;
}

export interface ActogramScreenDraw {
  readonly rows: readonly ActogramRow[];
  readonly look: ChartLook;
  readonly width: number;
  readonly height: number;
}

/** Draws the whole canvas (the context already scaled to CSS px). */
export function drawActogram(ctx: CanvasRenderingContext2D, d: ActogramScreenDraw): void {
  ctx.clearRect(0, 0, d.width, d.height);
  drawActogramRows(ctx, { rows: d.rows, look: d.look, sizes: ACTO, x: 0, y: 0, width: d.width });
}
