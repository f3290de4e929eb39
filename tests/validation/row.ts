/**
 * A validation row: one published target of the model contract, measured on the engine.
 * Rows are data; validation.test.ts turns each into a test named by its id and
 * scripts/validate.ts writes docs/VALIDATION.md from the same list.
 */
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
}
