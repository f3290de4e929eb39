import { describe, expect, it } from 'vitest';
import { seriesBands } from '../../../shared/cohort/bands';
import type { CohortLabResult } from '../../../shared/cohort';
import type { SeriesInfo } from '../../../shared/model/result';
import { bandAt, cohortBandDatasets } from './bands';

const grid = { start: 12, step_h: 1 } as const;
const people = [0, 1, 2, 3, 4].map((p) => Float32Array.from({ length: 30 }, (_, k) => k + p));
const nightBands = { a: seriesBands(people), b: seriesBands(people), delta: seriesBands(people) };
const cohort = { grid, bands: { s: nightBands } } as unknown as CohortLabResult;
const series = [
  { id: 's', label: 'S', unit: '' },
  { id: 'missing', label: 'M', unit: '' },
] as unknown as SeriesInfo[];

describe('cohortBandDatasets', () => {
  it('draws each night’s band edges before the band they fill to, and the median last', () => {
    const sets = cohortBandDatasets(series, cohort, false, ['a', 'b'], { start: 20, end: 30 });
    expect(sets).toHaveLength(10);
    expect(sets.map((d) => d.fill)).toEqual([false, '-1', false, '-1', false, false, '-1', false, '-1', false]);
    // The 95 % edge lies over the 5 % edge it fills down to.
    expect(sets[1]!.data[0]!.y).toBeGreaterThan(sets[0]!.data[0]!.y);
    // One grid step beyond each end of the window.
    expect(sets[4]!.data.map((p) => p.x)).toEqual([19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    // One legend entry per night; the edges stay out of it.
    expect(sets.filter((d) => !d.snapshot).map((d) => d.label)).toEqual([
      'Cohort A: median, 50 % and 90 % of people',
      'Cohort B: median, 50 % and 90 % of people',
    ]);
  });

  it('draws the Δ band alone in difference mode', () => {
    const sets = cohortBandDatasets(series, cohort, true, ['a', 'b']);
    expect(sets).toHaveLength(5);
    expect(sets[4]!.label).toBe('Cohort Δ: median, 50 % and 90 % of people');
  });
});

describe('bandAt', () => {
  it('gives the median and 5–95 % at the nearest grid point, and a dash outside the grid', () => {
    expect(bandAt(nightBands.a, grid, 14.2)).toBe('4 [2.20–5.80]');
    expect(bandAt(nightBands.a, grid, 11)).toBe('—');
  });
});
