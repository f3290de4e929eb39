import { describe, expect, it } from 'vitest';
import { LIGHT_SCALE, rowX, type ActogramRow } from '../../../shared/plot/actogram';
import {
  ACTO,
  actogramColours,
  actogramHeight,
  actogramKey,
  dayLabel,
  drawActogram,
  lightFill,
  pointAt,
  rowHeight,
  wheelDays,
  type ActogramView,
} from './actogram';

/** A 2D context that records the rectangles filled and the colour each was filled with. */
function recorder() {
  const fills: { style: string; x: number; y: number; w: number; h: number }[] = [];
  const strokes: { style: string; x: number; y: number; w: number; h: number }[] = [];
  const ctx = new Proxy({ fillStyle: '', strokeStyle: '' } as Record<string, unknown>, {
    get(target, key: string) {
      if (key === 'fillRect')
        return (x: number, y: number, w: number, h: number) =>
          fills.push({ style: String(target.fillStyle), x, y, w, h });
      if (key === 'strokeRect')
        return (x: number, y: number, w: number, h: number) =>
          strokes.push({ style: String(target.strokeStyle), x, y, w, h });
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key in target) return target[key];
      return () => undefined;
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills, strokes };
}

const LOOK = { dark: false, text: '#333', grid: '#eee', cursor: '#000' };

describe('the actogram on a canvas', () => {
  it('stacks the rows day by day and draws each sleep bar where the layout puts it', () => {
    const rows: ActogramRow[] = [
      { day: -1, start: -24, sleep: [{ from: 23, to: 31 }], light: [], events: [], markers: [] },
      {
        day: 0,
        start: 0,
        sleep: [{ from: 7, to: 8 }],
        light: [{ from: 8, to: 20, level: 2 }],
        events: [],
        markers: [],
      },
    ];
    const width = 600;
    const { ctx, fills } = recorder();
    drawActogram(ctx, { rows, look: LOOK, width, height: actogramHeight(2) });
    const x = rowX(ACTO.left, width - ACTO.right);
    const sleep = fills.filter((f) => f.style === actogramColours(false).sleep);
    expect(sleep).toHaveLength(2);
    expect(sleep[0]!.x).toBeCloseTo(x(23));
    expect(sleep[0]!.w).toBeCloseTo(x(31) - x(23));
    // The second row lies one row's height under the first.
    expect(sleep[1]!.y - sleep[0]!.y).toBe(ACTO.row);
    const light = fills.filter((f) => f.style === lightFill(2));
    expect(light).toHaveLength(1);
    expect(light[0]!.x).toBeCloseTo(x(8));
  });

  it('shades the light classes darker with each decade, and names days from the focal one', () => {
    const alphas = LIGHT_SCALE.map((_, k) => Number(/,([\d.]+)\)$/.exec(lightFill(k))![1]));
    expect(alphas).toEqual([...alphas].sort((a, b) => a - b));
    expect(new Set(alphas).size).toBe(LIGHT_SCALE.length);
    expect(dayLabel(-14)).toBe('day −14');
    expect(dayLabel(0)).toBe('day 0');
    expect(actogramHeight(16)).toBe(ACTO.top + 16 * ACTO.row + ACTO.bottom);
  });
});

const row = (day: number): ActogramRow => ({ day, start: day * 24, sleep: [], light: [], events: [], markers: [] });

describe('the actogram cursor and zoom on screen', () => {
  const rows = [row(-1), row(0), row(1)];
  const all = { first: -1, last: 1 };

  it('finds the row and hour under the pointer, to the half hour, and nothing off the rows', () => {
    const width = 600;
    const x = rowX(ACTO.left, width - ACTO.right);
    expect(pointAt(x(23.1), ACTO.top + ACTO.row * 1.5, width, rows)).toEqual({ day: 0, hour: 23 });
    expect(pointAt(x(40), ACTO.top + 2, width, rows)).toEqual({ day: -1, hour: 40 });
    // Taller rows when zoomed: the same y is an earlier row.
    expect(pointAt(x(40), ACTO.top + 40, width, rows, 32)).toEqual({ day: 0, hour: 40 });
    expect(pointAt(x(10), ACTO.top - 2, width, rows)).toBeNull();
    expect(pointAt(x(10), ACTO.top + 3 * ACTO.row + 1, width, rows)).toBeNull();
    expect(pointAt(ACTO.left - 5, ACTO.top + 2, width, rows)).toBeNull();
  });

  it('draws the cursor on its row and, fainter, at the same moment on the row above', () => {
    const { ctx, strokes } = recorder();
    drawActogram(ctx, { rows, look: LOOK, width: 600, height: actogramHeight(3), cursor: { day: 0, hour: 10 } });
    // Its row (1) and its twin's (row 0: day −1 at 34 h) outlined.
    expect(strokes.map((s) => Math.round((s.y - ACTO.top) / ACTO.row)).sort()).toEqual([0, 1]);
    expect(strokes.every((s) => s.style === LOOK.cursor)).toBe(true);
  });

  it('answers the keys as the time charts do: arrows move, + and − zoom the days, 0 all, Escape hides', () => {
    const view: ActogramView = { cursor: null, days: all, all };
    // The first arrow puts the cursor at midnight on the focal day's row.
    expect(actogramKey('ArrowRight', false, view)!.cursor).toEqual({ day: 0, hour: 24 });
    const at: ActogramView = { ...view, cursor: { day: 0, hour: 24 } };
    expect(actogramKey('ArrowRight', false, at)!.cursor).toEqual({ day: 0, hour: 24.5 });
    expect(actogramKey('ArrowLeft', true, at)!.cursor).toEqual({ day: 0, hour: 21 });
    expect(actogramKey('ArrowDown', false, at)!.cursor).toEqual({ day: 1, hour: 24 });
    expect(actogramKey('ArrowDown', false, { ...at, cursor: { day: 1, hour: 3 } })!.cursor).toEqual({
      day: 1,
      hour: 3,
    });
    expect(actogramKey('+', false, at)!.days).toEqual({ first: 0, last: 1 });
    expect(actogramKey('-', false, { ...at, days: { first: 0, last: 0 } })!.days).toEqual({ first: 0, last: 1 });
    expect(actogramKey('0', false, { ...at, days: { first: 0, last: 0 } })!.days).toEqual(all);
    expect(actogramKey('Escape', false, at)!.cursor).toBeNull();
    expect(actogramKey('Escape', false, view)).toBeNull();
    expect(actogramKey('x', false, at)).toBeNull();
    // The days shown follow the cursor out of them.
    expect(actogramKey('ArrowUp', false, { ...at, days: { first: 0, last: 0 } })!.days).toEqual({
      first: -1,
      last: -1,
    });
  });

  it('zooms the days by the wheel about the row under it, and grows the rows as fewer are shown', () => {
    expect(wheelDays({ cursor: null, days: all, all }, -1, 1)).toEqual({ first: 0, last: 1 });
    expect(wheelDays({ cursor: null, days: { first: 0, last: 1 }, all }, 1, 1)).toEqual(all);
    expect(rowHeight(17)).toBe(ACTO.row);
    expect(rowHeight(6)).toBe(32);
    expect(rowHeight(1)).toBe(40);
  });
});
