/**
 * A sweep's grid: the values of each axis and the points in run order, checked before anything
 * runs. Pure functions, shared by the pool runner, the CLI and tests.
 */
import type { GridAxis } from '../../shared/sweep';
import type { LabErrorCode } from '../../shared/ipc';
import { MAX_SWEEP_RUNS, MAX_SWEEP_STEPS, MIN_SWEEP_STEPS, type SweepAxis } from '../../shared/experiment/format';
import { unknownIdMessage } from '../../shared/experiment/schema';
import { PARAMETERS, checkParameterValue, parameterSpec } from '../../shared/model/parameters';

/** What a sweep varies: one axis, or two for a grid (a SweepDefinition is one). */
export type { GridAxis };

export type SweepGrid = SweepAxis & { readonly second?: SweepAxis | undefined };

export type SweepErrorCode = Extract<
  LabErrorCode,
  'invalid-parameters' | 'cancelled' | 'worker-crashed' | 'timeout' | 'simulation-failed'
>;

/** Codes as the IPC contract knows them, so the lead can pass a sweep's failure on as it is. */
export class SweepError extends Error {
  constructor(
    readonly code: SweepErrorCode,
    message: string,
    /** The field at fault (`param`, `from`, `second.steps`, `params.bedtime`, …) when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SweepError';
  }
}

/**
 * A pool job's failure as a SweepError: the pool's own code when it says the worker crashed, timed
 * out or the job was cancelled, else 'simulation-failed'; `describe` puts the job's message in the
 * caller's words (which runs or which person failed).
 */
export function jobFailure(error: unknown, describe: (message: string) => string): SweepError {
  if (error instanceof SweepError) return error;
  const err = error as Error & { code?: unknown; field?: string };
  const code: SweepErrorCode =
    err.code === 'worker-crashed' || err.code === 'timeout' || err.code === 'cancelled'
      ? err.code
      : 'simulation-failed';
  return new SweepError(code, describe(err.message ?? String(error)), err.field);
}

export interface Grid {
  /** One axis, or two: the first is the outer (slow) one. */
  readonly axes: readonly GridAxis[];
  /**
   * The swept values of each run, in run order: for two axes, row-major with the first axis
   * outer, so point i·steps₂ + j has the first axis's value i and the second's value j.
   */
  readonly points: readonly (readonly number[])[];
}

const PARAMETER_IDS = PARAMETERS.map((p) => p.id);

/**
 * Grid values carry binary noise (0.1 + 0.2); 12 significant digits is far finer than any
 * parameter's step and gives the values a person typed (0.3, not 0.30000000000000004).
 */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** The steps counts that split an integer span into whole increments, for a refusal to suggest. */
function wholeStepCounts(span: number): number[] {
  const counts: number[] = [];
  for (let steps = Math.min(MAX_SWEEP_STEPS, span + 1); steps >= MIN_SWEEP_STEPS && counts.length < 5; steps--) {
    if (span % (steps - 1) === 0) counts.push(steps);
  }
  return counts;
}

/**
 * The values of one axis: `steps` runs from `from` to `to`, both ends included, evenly spaced.
 * `at` is the field prefix ('' or 'second.') for messages and the error's field.
 */
export function axisValues(axis: SweepAxis, at = ''): number[] {
  const name = at ? 'the second swept parameter' : 'the swept parameter';
  const id: string = axis.param;
  const spec = parameterSpec(id);
  if (!spec) {
    throw new SweepError(
      'invalid-parameters',
      `${name} ${JSON.stringify(id)} ${unknownIdMessage('parameter', id, PARAMETER_IDS, false)}`,
      `${at}param`,
    );
  }
  if (spec.kind === 'choice') {
    throw new SweepError(
      'invalid-parameters',
      `"${id}" cannot be swept: it is a choice (${spec.choices.join(', ')}), not a number`,
      `${at}param`,
    );
  }
  const { steps, from, to } = axis;
  if (!Number.isInteger(steps) || steps < MIN_SWEEP_STEPS || steps > MAX_SWEEP_STEPS) {
    throw new SweepError(
      'invalid-parameters',
      `${at}steps of ${id} must be a whole number from ${MIN_SWEEP_STEPS} to ${MAX_SWEEP_STEPS} (runs, both ends included), got ${steps}`,
      `${at}steps`,
    );
  }
  for (const [end, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const problem = checkParameterValue(id, value);
    if (problem) throw new SweepError('invalid-parameters', `${at}${end} is refused: ${problem}`, `${at}${end}`);
  }
  if (from === to) {
    throw new SweepError(
      'invalid-parameters',
      `${at}to must differ from ${at}from (both are ${from}); a sweep needs a range of ${id}`,
      `${at}to`,
    );
  }
  const span = to - from;
  if (spec.kind === 'integer' && span % (steps - 1) !== 0) {
    // Rounding would run some values twice and space them unevenly; say what works instead.
    const counts = wholeStepCounts(Math.abs(span));
    throw new SweepError(
      'invalid-parameters',
      `${id} takes whole numbers only: ${from} to ${to} in ${steps} steps would need fractions (increment ${tidy(span / (steps - 1))}); use a steps count that divides the span of ${Math.abs(span)}, e.g. ${counts.join(', ')}`,
      `${at}steps`,
    );
  }
  const values: number[] = [];
  for (let k = 0; k < steps; k++) values.push(k === steps - 1 ? to : tidy(from + (span * k) / (steps - 1)));
  for (const value of values) {
    // Every value between two accepted ends is accepted today; this keeps it so if a range ever gains a hole.
    const problem = checkParameterValue(id, value);
    if (problem) throw new SweepError('invalid-parameters', `a grid value is refused: ${problem}`, `${at}steps`);
  }
  return values;
}

/** Expands a 1-D or 2-D sweep into its points, refusing anything that cannot run. */
export function expandGrid(grid: SweepGrid): Grid {
  const first: GridAxis = { param: grid.param, values: axisValues(grid) };
  if (!grid.second) return { axes: [first], points: first.values.map((v) => [v]) };
  const second: GridAxis = { param: grid.second.param, values: axisValues(grid.second, 'second.') };
  if (second.param === first.param) {
    throw new SweepError(
      'invalid-parameters',
      `the second swept parameter must differ from the first ("${first.param}")`,
      'second.param',
    );
  }
  const runs = first.values.length * second.values.length;
  if (runs > MAX_SWEEP_RUNS) {
    throw new SweepError(
      'invalid-parameters',
      `the grid makes ${runs} runs (${first.values.length} × ${second.values.length}); a sweep is limited to ${MAX_SWEEP_RUNS}`,
      'second.steps',
    );
  }
  const points: number[][] = [];
  for (const a of first.values) for (const b of second.values) points.push([a, b]);
  return { axes: [first, second], points };
}
