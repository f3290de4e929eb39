/**
 * The double-plotted actogram on the lab's canvas: the shared drawing (shared/plot/actogramDraw.ts,
 * also the exported figure's) at screen sizes, in CSS px, in the lab's system font, with the
 * screen's own cursor on top; and its pointer and keys, in the house style of the time charts
 * (chartKeys.ts): arrows move (here the cursor: ← → along time, ↑ ↓ a day), + / − zoom (here the
 * days shown, about the cursor's day), 0 shows every day again, Escape hides the cursor.
 */
import { drawActogramRows, type ActogramSizes } from '../../../shared/plot/actogramDraw';
import { ROW_H, rowX, type ActogramRow } from '../../../shared/plot/actogram';
import {
  movePoint,
  showDay,
  twinPoint,
  zoomDays,
  type ActogramPoint,
  type DayRange,
} from '../../../shared/plot/actogramCursor';
import type { ChartLook } from './chart';
import { Y_AXIS_MIN_PX } from './timeTicks';
import { wheelZoomFactor } from './chartKeys';

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

/**
 * The row height for a number of days shown: 16 px for a long record, taller as the user zooms to
 * fewer days (the canvas keeps about the height of 12 rows), at most 40 px.
 */
export function rowHeight(days: number): number {
  return Math.min(40, Math.max(ACTO.row, Math.floor((12 * ACTO.row) / Math.max(1, days))));
}

/** The screen sizes with rows `row` px high. */
export const actoSizes = (row: number): ActogramSizes => ({ ...ACTO, row });

/** The canvas height for a number of rows. */
export function actogramHeight(rows: number, row = ACTO.row): number {
  return ACTO.top + rows * row + ACTO.bottom;
}

export interface ActogramScreenDraw {
  readonly rows: readonly ActogramRow[];
  readonly look: ChartLook;
  readonly width: number;
  readonly height: number;
  /** Row height (rowHeight); 16 px when left out. */
  readonly row?: number;
  /** The cursor, drawn where it is and, fainter, at the same moment's other place in the double plot. */
  readonly cursor?: ActogramPoint | null;
}

/** Draws the whole canvas (the context already scaled to CSS px). */
export function drawActogram(ctx: CanvasRenderingContext2D, d: ActogramScreenDraw): void {
  const sizes = actoSizes(d.row ?? ACTO.row);
  ctx.clearRect(0, 0, d.width, d.height);
  drawActogramRows(ctx, { rows: d.rows, look: d.look, sizes, x: 0, y: 0, width: d.width });
  if (d.cursor) {
    drawCursorAt(ctx, d, sizes, twinPoint(d.cursor), 0.45);
    drawCursorAt(ctx, d, sizes, d.cursor, 1);
  }
}

function plotSpan(width: number): { left: number; right: number } {
  const left = ACTO.left;
  return { left, right: Math.max(left + 1, width - ACTO.right) };
}

function drawCursorAt(
  ctx: CanvasRenderingContext2D,
  d: ActogramScreenDraw,
  sizes: ActogramSizes,
  p: ActogramPoint,
  alpha: number,
): void {
  const k = d.rows.findIndex((r) => r.day === p.day);
  if (k < 0) return;
  const { left, right } = plotSpan(d.width);
  const x = rowX(left, right)(p.hour);
  const top = sizes.top + k * sizes.row;
  ctx.save();
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = d.look.cursor;
  // The row outlined, the moment a line through it reaching a little past it, so it reads on any fill.
  ctx.lineWidth = 1;
  ctx.strokeRect(left + 0.5, top + 0.5, right - left - 1, sizes.row - 1);
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x, top - 3);
  ctx.lineTo(x, top + sizes.row + 3);
  ctx.stroke();
  ctx.restore();
}

/** The point under a pointer at (x, y) CSS px on a canvas `width` wide; null off the rows. */
export function pointAt(
  x: number,
  y: number,
  width: number,
  rows: readonly ActogramRow[],
  row = ACTO.row,
): ActogramPoint | null {
  const { left, right } = plotSpan(width);
  const k = Math.floor((y - ACTO.top) / row);
  if (k < 0 || k >= rows.length || x < left || x > right) return null;
  const hour = ((x - left) / (right - left)) * ROW_H;
  // To the half hour, the readout's resolution, and inside the row.
  return { day: rows[k]!.day, hour: Math.min(ROW_H, Math.max(0, Math.round(hour * 2) / 2)) };
}

/** What the keys and the wheel change: the cursor and the days shown. */
export interface ActogramView {
  readonly cursor: ActogramPoint | null;
  readonly days: DayRange;
  readonly all: DayRange;
}

/** The cursor's step: half an hour, three with Shift. */
const step = (shift: boolean) => (shift ? 3 : 0.5);

/**
 * The view after a key, or null when the key is not the actogram's. The first arrow puts the
 * cursor at midnight in the middle of the first row shown on or after the focal evening's day.
 */
export function actogramKey(key: string, shift: boolean, view: ActogramView): ActogramView | null {
  const { days, all } = view;
  const start: ActogramPoint = { day: Math.min(Math.max(0, days.first), days.last), hour: 24 };
  const follow = (cursor: ActogramPoint): ActogramView => ({ ...view, cursor, days: showDay(days, cursor.day, all) });
  const around = view.cursor?.day ?? Math.round((days.first + days.last) / 2);
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      if (!view.cursor) return follow(start);
      return follow(movePoint(view.cursor, (key === 'ArrowLeft' ? -1 : 1) * step(shift), all));
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      if (!view.cursor) return follow(start);
      const day = Math.min(Math.max(view.cursor.day + (key === 'ArrowUp' ? -1 : 1), all.first), all.last);
      return follow({ ...view.cursor, day });
    }
    case '+':
    case '=':
      return { ...view, days: zoomDays(days, 0.8, around, all) };
    case '-':
      return { ...view, days: zoomDays(days, 1.25, around, all) };
    case '0':
      return { ...view, days: all };
    case 'Escape':
      return view.cursor ? { ...view, cursor: null } : null;
    default:
      return null;
  }
}

/** The days shown after a wheel step over the row of `day` (the time charts' factors). */
export const wheelDays = (view: ActogramView, deltaY: number, day: number): DayRange =>
  zoomDays(view.days, wheelZoomFactor(deltaY), day, view.all);
