import { describe, expect, it } from 'vitest';
import { MAX_SWEEP_RUNS, MAX_SWEEP_STEPS } from '../../shared/experiment/format';
import type { ParameterId } from '../../shared/model/parameters';
import { JobError } from '../../shared/pool/jobPool';
import { SweepError, axisValues, expandGrid, jobFailure, type SweepGrid } from './grid';

const axis = (param: string, from: number, to: number, steps: number) => ({
  param: param as ParameterId,
  from,
  to,
  steps,
});

function refusal(grid: SweepGrid): SweepError {
  try {
    expandGrid(grid);
  } catch (error) {
    expect(error).toBeInstanceOf(SweepError);
    expect((error as SweepError).code).toBe('invalid-parameters');
    return error as SweepError;
  }
  throw new Error('expected the grid to be refused');
}

describe('axisValues', () => {
  it('counts runs with both ends included, evenly spaced', () => {
    expect(axisValues(axis('caffeine_mg', 0, 400, 5))).toEqual([0, 100, 200, 300, 400]);
    expect(axisValues(axis('caffeine_mg', 0, 400, 2))).toEqual([0, 400]);
    expect(axisValues(axis('caffeine_mg', 400, 0, 3))).toEqual([400, 200, 0]);
  });

  it('gives the values a person typed, without binary noise, and hits the far end exactly', () => {
    const values = axisValues(axis('alcohol_gPerKg', 0.1, 0.7, 7));
    expect(values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    const thirds = axisValues(axis('learningLoad', 0, 1, 4));
    expect(thirds[0]).toBe(0);
    expect(thirds[3]).toBe(1);
    expect(thirds[1]).toBeCloseTo(1 / 3, 11);
  });

  it('runs an integer parameter when the increment is whole', () => {
    expect(axisValues(axis('runInDays', 0, 60, 7 + 54))).toEqual(Array.from({ length: 61 }, (_, i) => i));
    expect(axisValues(axis('priorNights', 0, 21, 4))).toEqual([0, 7, 14, 21]);
  });
});

describe('expandGrid', () => {
  it('puts a 1-D sweep one value per point', () => {
    const grid = expandGrid(axis('bedtime', 22, 24, 3));
    expect(grid.axes).toEqual([{ param: 'bedtime', values: [22, 23, 24] }]);
    expect(grid.points).toEqual([[22], [23], [24]]);
  });

  it('orders a 2-D grid row-major, the first axis outer', () => {
    const grid = expandGrid({ ...axis('caffeine_mg', 0, 200, 3), second: axis('caffeineHoursBeforeBed', 2, 8, 2) });
    expect(grid.axes.map((a) => a.param)).toEqual(['caffeine_mg', 'caffeineHoursBeforeBed']);
    expect(grid.points).toEqual([
      [0, 2],
      [0, 8],
      [100, 2],
      [100, 8],
      [200, 2],
      [200, 8],
    ]);
    // Point i·steps₂ + j holds the first axis's value i and the second's value j.
    expect(grid.points[2 * 2 + 1]).toEqual([grid.axes[0]!.values[2], grid.axes[1]!.values[1]]);
  });

  it('ignores the fields of a saved SweepDefinition it does not use', () => {
    const grid = expandGrid({ night: 'b', metrics: ['n3_pct'], ...axis('caffeine_mg', 0, 100, 2) } as SweepGrid);
    expect(grid.points).toEqual([[0], [100]]);
  });
});

describe('refusals', () => {
  it('an unknown parameter, with a suggestion', () => {
    const error = refusal(axis('cafeine_mg', 0, 100, 3));
    expect(error.message).toBe('the swept parameter "cafeine_mg" is not a known parameter; did you mean caffeine_mg?');
    expect(error.field).toBe('param');
  });

  it('a choice parameter', () => {
    expect(refusal(axis('sex', 0, 1, 2)).message).toBe(
      '"sex" cannot be swept: it is a choice (male, female), not a number',
    );
  });

  it('a steps count that is not a whole number from 2 to the limit', () => {
    for (const steps of [1, 0, 2.5, MAX_SWEEP_STEPS + 1, Number.NaN]) {
      const error = refusal(axis('caffeine_mg', 0, 100, steps));
      expect(error.message).toBe(
        `steps of caffeine_mg must be a whole number from 2 to ${MAX_SWEEP_STEPS} (runs, both ends included), got ${steps}`,
      );
      expect(error.field).toBe('steps');
    }
  });

  it('an end outside the parameter range, naming the parameter and the range', () => {
    const error = refusal(axis('caffeine_mg', 0, 900, 3));
    expect(error.message).toBe('to is refused: caffeine_mg must be between 0 and 800 mg, got 900');
    expect(error.field).toBe('to');
    const second = refusal({ ...axis('caffeine_mg', 0, 100, 3), second: axis('bedtime', -1, 23, 3) });
    expect(second.message).toBe('second.from is refused: bedtime must be between 0 and 24 clock h, got -1');
    expect(second.field).toBe('second.from');
  });

  it('equal ends', () => {
    expect(refusal(axis('caffeine_mg', 100, 100, 3)).message).toBe(
      'to must differ from from (both are 100); a sweep needs a range of caffeine_mg',
    );
  });

  it('an integer parameter that would need fractions, suggesting steps counts that work', () => {
    const error = refusal(axis('runInDays', 0, 60, 8));
    expect(error.message).toBe(
      'runInDays takes whole numbers only: 0 to 60 in 8 steps would need fractions (increment 8.57142857143); use a steps count that divides the span of 60, e.g. 61, 31, 21, 16, 13',
    );
    expect(error.field).toBe('steps');
    expect(refusal(axis('runInDays', 2, 3, 3)).message).toMatch(/e\.g\. 2$/);
    expect(refusal(axis('runInDays', 1.5, 3, 2)).message).toBe(
      'from is refused: runInDays must be a whole number between 0 and 60, got 1.5',
    );
  });

  it('the same parameter on both axes, and a grid over the run limit', () => {
    expect(refusal({ ...axis('caffeine_mg', 0, 100, 3), second: axis('caffeine_mg', 0, 50, 3) }).message).toBe(
      'the second swept parameter must differ from the first ("caffeine_mg")',
    );
    const error = refusal({ ...axis('caffeine_mg', 0, 800, 1000), second: axis('bedtime', 20, 24, 11) });
    expect(error.message).toBe(`the grid makes 11000 runs (1000 × 11); a sweep is limited to ${MAX_SWEEP_RUNS}`);
    expect(error.field).toBe('second.steps');
    expect(
      expandGrid({ ...axis('caffeine_mg', 0, 800, 1000), second: axis('bedtime', 20, 24, 10) }).points,
    ).toHaveLength(MAX_SWEEP_RUNS);
  });
});

describe('jobFailure', () => {
  const say = (message: string) => `runs 1–4 of 8: ${message}`;
  it('keeps the pool’s code for a crash, a timeout or a cancel, in the caller’s words, with the field', () => {
    for (const code of ['worker-crashed', 'timeout', 'cancelled'] as const) {
      const error = jobFailure(new JobError(code, 'it went wrong', 'params.bedtime'), say);
      expect(error).toMatchObject({ code, message: 'runs 1–4 of 8: it went wrong', field: 'params.bedtime' });
    }
  });
  it('calls anything else a failed simulation, and passes a SweepError on as it is', () => {
    expect(jobFailure(new Error('y is undefined'), say)).toMatchObject({
      code: 'simulation-failed',
      message: 'runs 1–4 of 8: y is undefined',
    });
    const own = new SweepError('invalid-parameters', 'refused');
    expect(jobFailure(own, say)).toBe(own);
  });
});
