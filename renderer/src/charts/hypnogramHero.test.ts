import { describe, expect, it } from 'vitest';
import { fakeResult } from '../../../shared/plot/testing/fakeResult';
import { EPOCH_H, STAGE_CODE } from '../../../shared/model/result';
import { scoreSleep, UNSCORED } from '../../../shared/report/sleepReport';
import { cycleSpans, drawHeroRow, PIN_ROW, plotBox, rowHeight, stageRuns, xScale } from './hypnogramHero';

const { W, R, N2, N3 } = STAGE_CODE;
function stages(runs: [number, number][]): number[] {
  return runs.flatMap(([s, n]) => Array.from({ length: n }, () => s));
}
// Epoch 0 at lights-off, 23:00 on the slot scale.
const night = (codes: number[], inBed_h = codes.length * EPOCH_H) => ({
  ...fakeResult(
    23,
    0,
    codes.map(() => 0),
    codes,
  ),
  focalTimeInBed_h: inBed_h,
});

describe('the hypnogram hero', () => {
  it('draws runs of one stage, with a gap where no stage was scored', () => {
    const r = night([W, W, N2, N2, UNSCORED, N2, R]);
    const runs = stageRuns(r, { start: 23, end: 23 + 7 * EPOCH_H });
    expect(runs.map((x) => x.code)).toEqual([W, N2, N2, R]);
    expect(runs[1]!.from).toBeCloseTo(23 + 2 * EPOCH_H);
    expect(runs[1]!.to).toBeCloseTo(23 + 4 * EPOCH_H);
    expect(runs[2]!.from).toBeCloseTo(23 + 5 * EPOCH_H);
  });

  it('numbers the cycles the sleep report counts, within the time in bed', () => {
    const codes = stages([
      [W, 10],
      [N2, 60],
      [N3, 20],
      [R, 20],
      [N2, 80],
      [R, 20],
      [N2, 40],
      [W, 20],
    ]);
    const r = night(codes);
    const spans = cycleSpans(r);
    expect(spans.map((c) => c.n)).toEqual([1, 2, 3]);
    expect(spans).toHaveLength(scoreSleep(r.stage, 30, { lightsOff: 0, lightsOn: codes.length }).report.cycles);
    expect(spans[0]!.from).toBeCloseTo(23 + 10 * EPOCH_H);
    expect(spans[0]!.to).toBeCloseTo(23 + 110 * EPOCH_H);
    // A night spent awake has no time in bed, so no cycles.
    expect(cycleSpans({ ...r, focalTimeInBed_h: 0 })).toEqual([]);
    // A measured night on the grid is scored whole.
    expect(cycleSpans({ ...r, focalTimeInBed_h: 0 }, true)).toHaveLength(3);
  });

  it('maps the window onto the plot from the y gutter to the right margin, and back', () => {
    const box = plotBox(856);
    const { px, hour } = xScale(box, { start: 18, end: 36 });
    expect(px(18)).toBe(box.left);
    expect(px(36)).toBe(box.right);
    expect(hour(px(25.5))).toBeCloseTo(25.5);
  });

  it('gives a pinned snapshot a thinner row on the same x, ruled in the pin’s colour and dash', () => {
    expect(rowHeight(false, PIN_ROW)).toBeLessThan(rowHeight(false) / 2);
    const [night_, pin] = [plotBox(900), plotBox(900, PIN_ROW)];
    expect([pin.left, pin.right]).toEqual([night_.left, night_.right]);
    expect(pin.bottom - pin.top).toBe(5 * PIN_ROW.lane);

    // A context that keeps the style of each stroke (the step line is the only dashed one).
    const strokes: { style: string; dash: number[]; width: number }[] = [];
    let dash: number[] = [];
    const ctx = new Proxy({ measureText: () => ({ width: 6 }) } as Record<string | symbol, unknown>, {
      get: (target, key) =>
        key in target
          ? target[key]
          : key === 'setLineDash'
            ? (d: number[]) => (dash = d)
            : key === 'stroke'
              ? () => strokes.push({ style: String(target.strokeStyle), dash, width: Number(target.lineWidth) })
              : () => undefined,
      set: (target, key, value) => ((target[key] = value), true),
    }) as unknown as CanvasRenderingContext2D;
    const r = night(
      stages([
        [W, 10],
        [N2, 60],
        [R, 20],
      ]),
    );
    const look = { dark: false, text: '#333333', grid: '#eeeeee', cursor: '#000000' };
    const common = {
      result: r,
      cycles: [],
      window: { start: 22, end: 26 },
      look,
      axis: false,
      cursor: null,
      width: 900,
    };
    drawHeroRow(ctx, {
      ...common,
      height: rowHeight(false, PIN_ROW),
      size: PIN_ROW,
      line: { colour: '#CC79A7', dash: [2, 3] },
    });
    // The rule in its dash; the step line in its colour, solid.
    expect(strokes.filter((s) => s.dash.length > 0)).toEqual([{ style: '#CC79A7', dash: [2, 3], width: 2 }]);
    expect(strokes).toContainEqual({ style: '#CC79A7', dash: [], width: 1.25 });
    strokes.length = 0;
    drawHeroRow(ctx, { ...common, height: rowHeight(false) });
    // A night's step line: solid, in the text colour.
    expect(strokes.filter((s) => s.style === '#CC79A7' || s.dash.length > 0)).toEqual([]);
    expect(strokes.some((s) => s.style === '#333333')).toBe(true);
  });
});
