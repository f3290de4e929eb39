import { describe, expect, it } from 'vitest';
import type { SeriesInfo } from '../model/result';
import { EPOCH_H } from '../time/axis';
import { fakeResult } from './testing/fakeResult';
import { constantValue, flatGroup, flatLines, flatText, wakingEpochs } from './signal';

const X: SeriesInfo = { id: 'x', label: 'Caffeine', unit: 'mg/L', panel: 'pressure', description: '' };
// Epoch 0 at slot hour 12 (lights-off 23, start 11 h before).
const at = (values: number[]) => fakeResult(23, -11, values);
const all = (n: number) => ({ start: 12, end: 12 + n * EPOCH_H });
const fmt = (v: number) => v.toFixed(1);

describe('which charts carry signal', () => {
  it('finds a series held at one value over the window, float32 noise and all', () => {
    expect(constantValue(at([0, 0, 0, 0]), 'x', all(4))).toBe(0);
    expect(constantValue(at([60, 60.000001, 60, 60]), 'x', all(4))).toBeCloseTo(60, 4);
    expect(constantValue(at([0, 0, 0.2, 0]), 'x', all(4))).toBeNull();
    // Only the window counts: a dose after it leaves the shown part flat.
    expect(constantValue(at([0, 0, 0, 3]), 'x', all(3))).toBe(0);
    expect(constantValue(at([1, 2]), 'missing', all(2))).toBeNull();
  });

  it('collapses a chart only when every series is flat in every night', () => {
    expect(flatGroup([X], [at([0, 0]), at([0, 0])], all(2))).toEqual([{ series: X, values: [0, 0] }]);
    expect(flatGroup([X], [at([0, 0]), at([0, 1])], all(2))).toBeNull();
    expect(flatGroup([X], [], all(2))).toBeNull();
  });

  it('says it in one line: none in either night, or the constant levels', () => {
    expect(flatText({ series: X, values: [0, 0] }, ['A', 'B'], fmt)).toBe('Caffeine: none in either night');
    expect(flatText({ series: X, values: [0] }, ['A'], fmt)).toBe('Caffeine: none in night A');
    expect(flatText({ series: X, values: [2, 2] }, ['A', 'B'], fmt)).toBe(
      'Caffeine: constant at 2.0 mg/L in both nights',
    );
    expect(flatText({ series: X, values: [2, 3] }, ['A', 'B'], fmt)).toBe(
      'Caffeine: constant, 2.0 mg/L in night A, 3.0 mg/L in night B',
    );
  });

  it('gives the lines the lab and the exports write, numbers as the lab writes them, or null when drawn', () => {
    expect(flatLines([X], [at([0, 0]), at([0, 0])], all(2), ['A', 'B'])).toEqual(['Caffeine: none in either night']);
    expect(flatLines([X], [at([0.25, 0.25]), at([0.25, 0.25])], all(2), ['A', 'B'])).toEqual([
      'Caffeine: constant at 0.250 mg/L in both nights',
    ]);
    expect(flatLines([X], [at([0, 0]), at([0, 1])], all(2), ['A', 'B'])).toBeNull();
  });
});

describe('waking spells', () => {
  it('marks runs of wake of at least 15 min, not a brief arousal inside the night', () => {
    const run = (stage: number, n: number) => Array.from({ length: n }, () => stage);
    // 15 min awake (30 epochs), asleep, a 5-min arousal, asleep, 14.5 min awake at the end.
    const stages = [...run(0, 30), ...run(3, 10), ...run(0, 10), ...run(3, 10), ...run(0, 29)];
    const mask = [
      ...wakingEpochs(
        fakeResult(
          23,
          -11,
          stages.map(() => 0),
          stages,
        ),
      ),
    ];
    expect(mask.slice(0, 30).every((m) => m === 1)).toBe(true);
    expect(mask.slice(30).every((m) => m === 0)).toBe(true);
  });
});
