import { describe, expect, it } from 'vitest';
import { EPOCH_H, STAGE_CODE } from '../model/result';
import {
  fitDays,
  momentAt,
  momentWords,
  movePoint,
  panDays,
  pointSlot,
  showDay,
  slotPoint,
  twinPoint,
  zoomDays,
} from './actogramCursor';
import { fakeResult } from './testing/fakeResult';

const ALL = { first: -15, last: 1 };

describe('the days an actogram shows', () => {
  it('zooms about a day, which keeps its place, by at least a day a step, within the record', () => {
    expect(zoomDays(ALL, 0.8, 0, ALL)).toEqual({ first: -12, last: 1 });
    // The day zoomed about stays in the range, at the same share of it.
    const mid = zoomDays(ALL, 0.5, -7, ALL);
    expect(mid.last - mid.first + 1).toBe(9);
    expect(mid.first).toBeLessThanOrEqual(-7);
    expect(mid.last).toBeGreaterThanOrEqual(-7);
    // A step on a short range still changes it; never below one day, never past the record.
    expect(zoomDays({ first: 0, last: 1 }, 0.8, 0, ALL)).toEqual({ first: 0, last: 0 });
    expect(zoomDays({ first: 0, last: 0 }, 0.8, 0, ALL)).toEqual({ first: 0, last: 0 });
    expect(zoomDays({ first: -2, last: 1 }, 1.25, 1, ALL)).toEqual({ first: -3, last: 1 });
    expect(zoomDays(ALL, 1.25, 0, ALL)).toEqual(ALL);
  });

  it('pans, fits and follows a day, keeping its length inside the record', () => {
    expect(panDays({ first: -3, last: 0 }, 5, ALL)).toEqual({ first: -2, last: 1 });
    expect(panDays({ first: -3, last: 0 }, -40, ALL)).toEqual({ first: -15, last: -12 });
    expect(fitDays({ first: -40, last: 40 }, ALL)).toEqual(ALL);
    expect(showDay({ first: -3, last: 0 }, -6, ALL)).toEqual({ first: -6, last: -3 });
    expect(showDay({ first: -3, last: 0 }, -1, ALL)).toEqual({ first: -3, last: 0 });
  });
});

describe('the actogram cursor', () => {
  it('is a moment on a row: its slot hour, and its other place in the double plot', () => {
    expect(pointSlot({ day: 0, hour: 23 })).toBe(23);
    expect(pointSlot({ day: -1, hour: 47 })).toBe(23);
    expect(slotPoint(-1)).toEqual({ day: -1, hour: 23 });
    expect(twinPoint({ day: 0, hour: 23 })).toEqual({ day: -1, hour: 47 });
    expect(twinPoint({ day: -1, hour: 47 })).toEqual({ day: 0, hour: 23 });
  });

  it('moves along its row, then on to the next day, and stops at the record ends', () => {
    expect(movePoint({ day: 0, hour: 47.5 }, 0.5, ALL)).toEqual({ day: 0, hour: 48 });
    expect(movePoint({ day: -1, hour: 48 }, 0.5, ALL)).toEqual({ day: 0, hour: 24.5 });
    expect(movePoint({ day: -1, hour: 0 }, -3, ALL)).toEqual({ day: -2, hour: 21 });
    expect(movePoint({ day: 1, hour: 48 }, 0.5, ALL)).toEqual({ day: 1, hour: 48 });
    expect(movePoint({ day: -15, hour: 0 }, -0.5, ALL)).toEqual({ day: -15, hour: 0 });
  });

  it('reads what each night was doing there: asleep in which stage, and the light', () => {
    // Epoch 0 at slot hour 12; two epochs awake in 300 lux, then N2 in the dark.
    const r = fakeResult(23, -11, [0, 0, 0, 0], [STAGE_CODE.W, STAGE_CODE.W, STAGE_CODE.N2, STAGE_CODE.R]);
    const light = Float32Array.from([300, 300, 0.2, 1500]);
    const result = { ...r, series: { ...r.series, light } };
    expect(momentWords(momentAt(result, 12))).toBe('awake, 100–1,000 lux (300 lux)');
    expect(momentWords(momentAt(result, 12 + 2 * EPOCH_H))).toBe('asleep (N2), dark (0.2 lux)');
    expect(momentWords(momentAt(result, 12 + 3 * EPOCH_H))).toBe('asleep (REM), ≥ 1,000 lux (1,500 lux)');
    expect(momentAt(result, 12 + 4 * EPOCH_H)).toBeNull();
    expect(momentWords(momentAt(result, 11))).toBe('not simulated');
    expect(momentWords(momentAt(r, 12))).toBe('awake');
  });
});
