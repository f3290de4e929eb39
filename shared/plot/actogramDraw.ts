/**
 * Draws the double-plotted actogram (rows from actogram.ts) on any 2D canvas context: the lab's
 * canvas on screen (renderer/src/charts/actogram.ts, CSS px) and the figure pack's
 * @napi-rs/canvas, whose SVG back end makes the exported figure (main/export/actogramFigure.ts,
 * points). One drawing, so the screen and the file agree. Light band behind, the sleep bar in
 * front, events and the circadian markers on top, clock labels over the first row; every mark
 * differs in shape as well as colour (bars, ticks, triangles, circles), so colour never carries
 * the meaning alone.
 */
import { formatClock } from '../model/parameters';
import { DAY_H, LIGHT_COLOUR, LIGHT_SCALE, ROW_H, rowX, type ActogramRow } from './actogram';
import { OKABE_ITO, STAGE_COLOURS, STAGE_COLOURS_DARK } from './palette';

/** What the drawing uses of a 2D context: the browser's and @napi-rs/canvas's both have it. */
export interface ActogramCanvas {
  font: string;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  globalAlpha: number;
  textAlign: CanvasTextAlignLike;
  textBaseline: CanvasTextBaselineLike;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, from: number, to: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  save(): void;
  restore(): void;
}
type CanvasTextAlignLike = 'left' | 'right' | 'center' | 'start' | 'end';
type CanvasTextBaselineLike = 'top' | 'hanging' | 'middle' | 'alphabetic' | 'ideographic' | 'bottom';

/** The theme's text and grid colours (the screen's ChartLook has them; a figure prints light). */
export interface ActogramLook {
  readonly dark: boolean;
  readonly text: string;
  readonly grid: string;
}

/** Sizes in the context's units: the left gutter holds the day labels, the top the clock labels. */
export interface ActogramSizes {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly row: number;
  readonly bottom: number;
  /** Font size of the labels. */
  readonly font: number;
  /** A CSS font for a size (the screen's system font, the figure's bundled one). */
  readonly fontOf: (size: number, bold: boolean) => string;
}

/** The height of a drawing of `rows` rows. */
export function actogramHeight(sizes: ActogramSizes, rows: number): number {
  return sizes.top + rows * sizes.row + sizes.bottom;
}

/** Colours of the marks on each theme; the legends read the same table. */
export function actogramColours(dark: boolean) {
  return {
    sleep: (dark ? STAGE_COLOURS_DARK : STAGE_COLOURS)[3],
    light: LIGHT_COLOUR,
    event: OKABE_ITO[5],
    dlmo: OKABE_ITO[3],
    cbtMin: OKABE_ITO[2],
  };
}

/** The light colour at a class's opacity, as rgba. */
export function lightFill(level: number): string {
  const alpha = LIGHT_SCALE[level]?.alpha ?? 0;
  const hex = LIGHT_COLOUR.slice(1);
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
}

/** A day's label in the gutter: its number from the focal evening's day (0). */
export const dayLabel = (day: number): string => (day < 0 ? `day −${-day}` : `day ${day}`);

export interface ActogramDraw {
  readonly rows: readonly ActogramRow[];
  readonly look: ActogramLook;
  readonly sizes: ActogramSizes;
  /** Where the drawing starts in the context and how wide it is. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** Draws the rows into the box (x, y, width); the caller clears the context. */
export function drawActogramRows(ctx: ActogramCanvas, d: ActogramDraw): void {
  const s = d.sizes;
  const c = actogramColours(d.look.dark);
  const left = d.x + s.left;
  const right = Math.max(left + 1, d.x + d.width - s.right);
  const x = rowX(left, right);
  const plotTop = d.y + s.top;
  const bottom = plotTop + d.rows.length * s.row;
  // A mark's sizes scale with the row (16 px on screen), up to 20 px rows: a row zoomed taller
  // gives its room to the bars, not to bigger symbols.
  const u = Math.min(s.row, 20) / 16;
  ctx.font = s.fontOf(s.font, false);

  // Clock labels over the first row and the grid every 6 h, heavier at the seam of the two days.
  ctx.fillStyle = d.look.text;
  ctx.textBaseline = 'bottom';
  // Labels every 6 h where they fit with room between (the end ones are aligned inwards, so the
  // first and second need the most), else every 12 or 24 h.
  const label = ctx.measureText('00:00').width;
  const labelEvery = [6, 12, 24].find((h) => x(h) - x(0) >= 1.6 * label + 4 * u) ?? 24;
  ctx.lineWidth = Math.max(0.5, u);
  for (let h = 0; h <= ROW_H; h += 6) {
    const px = x(h);
    ctx.strokeStyle = h % DAY_H === 0 ? d.look.text : d.look.grid;
    ctx.globalAlpha = h % DAY_H === 0 ? 0.35 : 1;
    ctx.beginPath();
    ctx.moveTo(px, plotTop);
    ctx.lineTo(px, bottom);
    ctx.stroke();
    ctx.globalAlpha = 1;
    if (h % labelEvery === 0) {
      ctx.textAlign = h === 0 ? 'left' : h === ROW_H ? 'right' : 'center';
      ctx.fillText(formatClock(h), px, plotTop - 3 * u);
    }
  }

  d.rows.forEach((row, k) => {
    const top = plotTop + k * s.row;
    const mid = top + s.row / 2;
    // The day's label; the focal evening's day in bold.
    ctx.fillStyle = d.look.text;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.font = s.fontOf(s.font, row.day === 0);
    ctx.fillText(dayLabel(row.day), left - 6 * u, mid);
    ctx.font = s.fontOf(s.font, false);

    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, s.row);
    ctx.clip();
    // Light: the whole row's height behind everything.
    for (const l of row.light) {
      ctx.fillStyle = lightFill(l.level);
      ctx.fillRect(x(l.from), top, Math.max(0.5 * u, x(l.to) - x(l.from)), s.row - u);
    }
    // Sleep: a solid bar through the middle of the row.
    ctx.fillStyle = c.sleep;
    for (const b of row.sleep)
      ctx.fillRect(x(b.from), top + 3 * u, Math.max(0.5 * u, x(b.to) - x(b.from)), s.row - 7 * u);
    // Events: an interval a line along the row's foot, an instant a tick through the row.
    ctx.fillStyle = c.event;
    for (const e of row.events) {
      if (e.interval) ctx.fillRect(x(e.from), top + s.row - 3 * u, Math.max(u, x(e.to) - x(e.from)), 2 * u);
      else ctx.fillRect(x(e.from) - u, top + u, 2 * u, s.row - 3 * u);
    }
    // Markers: DLMO a triangle, CBTmin a circle, outlined so they stand off the sleep bar.
    ctx.lineWidth = u;
    ctx.strokeStyle = d.look.dark ? '#000' : '#fff';
    for (const m of row.markers) {
      const px = x(m.at);
      ctx.beginPath();
      if (m.kind === 'dlmo') {
        ctx.moveTo(px, mid - 5 * u);
        ctx.lineTo(px + 5 * u, mid + 4 * u);
        ctx.lineTo(px - 5 * u, mid + 4 * u);
        ctx.closePath();
        ctx.fillStyle = c.dlmo;
      } else {
        ctx.arc(px, mid, 4 * u, 0, 2 * Math.PI);
        ctx.fillStyle = c.cbtMin;
      }
      ctx.fill();
      ctx.stroke();
    }
    ctx.restore();
    // The line between days.
    ctx.lineWidth = Math.max(0.5, u);
    ctx.strokeStyle = d.look.grid;
    ctx.beginPath();
    ctx.moveTo(left, top + s.row - 0.5 * u);
    ctx.lineTo(right, top + s.row - 0.5 * u);
    ctx.stroke();
  });
}
