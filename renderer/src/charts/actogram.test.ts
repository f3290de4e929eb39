import { describe, expect, it } from 'vitest';
import { LIGHT_SCALE, rowX, type ActogramRow } from '../../../shared/plot/actogram';
import { ACTO, actogramColours, actogramHeight, dayLabel, drawActogram, lightFill } from './actogram';

/** A 2D context that records the rectangles filled and the colour each was filled with. */
function recorder() {
  const fills: { style: string; x: number; y: number; w: number; h: number }[] = [];
  const ctx = new Proxy({ fillStyle: '', strokeStyle: '' } as Record<string, unknown>, {
    get(target, key: string) {
      if (key === 'fillRect')
        return (x: number, y: number, w: number, h: number) =>
          fills.push({ style: String(target.fillStyle), x, y, w, h });
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key in target) return target[key];
      return () => undefined;
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
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
