/**
 * The double-plotted actogram drawn on a canvas (pure functions of a 2D context): the rows laid
 * out by shared/plot/actogram.ts stacked day by day, the light band behind, the sleep bar in
 * front, events and the circadian markers on top, clock labels over the first row. Drawn
 * directly, like the hypnogram hero, because an actogram is bars on rows, not a line chart.
 * Every mark differs in shape as well as colour (bars, ticks, triangles, circles), so colour
 * never carries the meaning alone.
 */
import { formatClock } from '../../../shared/model/parameters';
import { DAY_H, LIGHT_COLOUR, LIGHT_SCALE, ROW_H, rowX, type ActogramRow } from '../../../shared/plot/actogram';
import { OKABE_ITO, STAGE_COLOURS, STAGE_COLOURS_DARK } from '../../../shared/plot/palette';
import { Y_AXIS_MIN_PX, type ChartLook } from './chart';

/** Sizes (CSS px): the left gutter holds the day labels, the top the clock labels. */
export const ACTO = { left: Y_AXIS_MIN_PX, right: 14, top: 18, row: 16, bottom: 4 } as const;

/** The canvas height for a number of rows. */
export function actogramHeight(rows: number): number {
  return ACTO.top + rows * ACTO.row + ACTO.bottom;
}

/** Colours of the marks on each screen; the legend reads the same table. */
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
  readonly look: ChartLook;
  readonly width: number;
  readonly height: number;
}

export function drawActogram(ctx: CanvasRenderingContext2D, d: ActogramDraw): void {
  const c = actogramColours(d.look.dark);
  const left = ACTO.left;
  const right = Math.max(left + 1, d.width - ACTO.right);
  const x = rowX(left, right);
  ctx.clearRect(0, 0, d.width, d.height);
  ctx.font = '11px system-ui, sans-serif';

  // Clock labels over the first row and the grid every 6 h, heavier at the seam of the two days.
  ctx.fillStyle = d.look.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  const bottom = ACTO.top + d.rows.length * ACTO.row;
  const labelEvery = right - left < 360 ? 12 : 6;
  for (let h = 0; h <= ROW_H; h += 6) {
    const px = Math.round(x(h)) + 0.5;
    ctx.strokeStyle = h % DAY_H === 0 ? d.look.text : d.look.grid;
    ctx.globalAlpha = h % DAY_H === 0 ? 0.35 : 1;
    ctx.beginPath();
    ctx.moveTo(px, ACTO.top);
    ctx.lineTo(px, bottom);
    ctx.stroke();
    ctx.globalAlpha = 1;
    if (h % labelEvery === 0) {
      ctx.textAlign = h === 0 ? 'left' : h === ROW_H ? 'right' : 'center';
      ctx.fillText(formatClock(h), px, ACTO.top - 3);
    }
  }

  d.rows.forEach((row, k) => {
    const top = ACTO.top + k * ACTO.row;
    const mid = top + ACTO.row / 2;
    // The day's label; the focal evening's day in bold.
    ctx.fillStyle = d.look.text;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    ctx.font = row.day === 0 ? 'bold 11px system-ui, sans-serif' : '11px system-ui, sans-serif';
    ctx.fillText(dayLabel(row.day), left - 6, mid);
    ctx.font = '11px system-ui, sans-serif';

    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, right - left, ACTO.row);
    ctx.clip();
    // Light: the whole row's height behind everything.
    for (const s of row.light) {
      ctx.fillStyle = lightFill(s.level);
      ctx.fillRect(x(s.from), top, Math.max(0.5, x(s.to) - x(s.from)), ACTO.row - 1);
    }
    // Sleep: a solid bar through the middle of the row.
    ctx.fillStyle = c.sleep;
    for (const s of row.sleep) ctx.fillRect(x(s.from), top + 3, Math.max(0.5, x(s.to) - x(s.from)), ACTO.row - 7);
    // Events: an interval a line along the row's foot, an instant a tick through the row.
    ctx.fillStyle = c.event;
    for (const e of row.events) {
      if (e.interval) ctx.fillRect(x(e.from), top + ACTO.row - 3, Math.max(1, x(e.to) - x(e.from)), 2);
      else ctx.fillRect(x(e.from) - 1, top + 1, 2, ACTO.row - 3);
    }
    // Markers: DLMO a triangle, CBTmin a circle, outlined so they stand off the sleep bar.
    ctx.lineWidth = 1;
    ctx.strokeStyle = d.look.dark ? '#000' : '#fff';
    for (const m of row.markers) {
      const px = x(m.at);
      ctx.beginPath();
      if (m.kind === 'dlmo') {
        ctx.moveTo(px, mid - 5);
        ctx.lineTo(px + 5, mid + 4);
        ctx.lineTo(px - 5, mid + 4);
        ctx.closePath();
        ctx.fillStyle = c.dlmo;
      } else {
        ctx.arc(px, mid, 4, 0, 2 * Math.PI);
        ctx.fillStyle = c.cbtMin;
      }
      ctx.fill();
      ctx.stroke();
    }
    ctx.restore();
    // The line between days.
    ctx.strokeStyle = d.look.grid;
    ctx.beginPath();
    ctx.moveTo(left, top + ACTO.row - 0.5);
    ctx.lineTo(right, top + ACTO.row - 0.5);
    ctx.stroke();
  });
}
