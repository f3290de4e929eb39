/**
 * A validation row: one published target of the model contract, measured on the engine.
 * Rows are data; validation.test.ts turns each into a test named by its id and
 * scripts/validate.ts writes docs/VALIDATION.md from the same list.
 */

/**
 * What a pass of the row is worth. A row that cannot fail is not evidence, so every row says
 * which it is and the report counts them apart:
 * - 'echo': the measured value is one of the row's own inputs (a parameter or a constant read
 *   back, or a simple function of them), so it passes by construction;
 * - 'calibrated': a parameter's default was set so that this very row passes, so a pass checks
 *   the fit, not a prediction;
 * - 'independent': nothing was fitted to the target; the dynamics could miss it.
 */
export type RowKind = 'echo' | 'calibrated' | 'independent';

/**
 * What the tolerance tests: 'magnitude' when it is a band around a published value (or window),
 * 'direction' when it is only a sign or a threshold, which a wildly wrong size still passes.
 */
export type RowCheck = 'magnitude' | 'direction';

export interface ValidationRow {
  /** Row id of the model contract, e.g. 'ARCH-01'. */
  readonly id: string;
  /** What is measured, in words. */
  readonly quantity: string;
  /** The published target, in words with its unit. */
  readonly target: string;
  /** The accepted band, in words. */
  readonly tolerance: string;
  /** The paper behind the target. */
  readonly source: string;
  /** True when the target comes from rodent data. */
  readonly fromMice?: boolean;
  /** Runs the protocol(s) and returns the measured value (null when undefined). */
  measure(): number | null;
  /** Whether a measured value meets the tolerance. */
  pass(value: number | null): boolean;
  /** The model cannot meet this yet: kept as an expected failure (test.fails), reported as a failure. */
  readonly expectedFailure?: boolean;
  /** Unit of the measured value, for the report. */
  readonly unit: string;
  /** Whether a pass is evidence (see RowKind). */
  readonly kind: RowKind;
  /**
   * One sentence: for 'echo', which input it returns; for 'calibrated', which parameter(s) were
   * set from this target; for 'independent', why nothing was fitted to it (and any doubt).
   */
  readonly kindReason: string;
  /** Whether the tolerance bands a published magnitude or only tests a direction (see RowCheck). */
  readonly check: RowCheck;
  /**
   * For a 'direction' row, the magnitude the source publishes, when it gives one, so the reader
   * can compare it with the measured value the tolerance lets through.
   */
  readonly publishedMagnitude?: string;
}
