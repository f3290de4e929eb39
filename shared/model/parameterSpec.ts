/**
 * How a parameter is declared: the types every module's parameters.ts fills in, and the one
 * helper for the many 'advanced' constants. A leaf (no imports), so a module's declarations
 * depend on nothing else and the catalogue can gather them without a cycle.
 */

export type ParameterGroup = 'schedule' | 'light' | 'substances' | 'person' | 'advanced';

export const PARAMETER_GROUPS: readonly { id: ParameterGroup; label: string }[] = [
  { id: 'schedule', label: 'Schedule' },
  { id: 'light', label: 'Light' },
  { id: 'substances', label: 'Substances' },
  { id: 'person', label: 'Person' },
  { id: 'advanced', label: 'Advanced' },
];

/**
 * Which pass of the engine reads a parameter. The caches' keys are derived from it (readBy.ts),
 * so it must be true: a pass that reads a parameter not declared for it could reuse a state
 * computed with another value (readBy.test.ts records what each pass reads).
 *
 * - 'protocol': the protocol after the run-in (prior and focal nights); it reaches the core only
 *   through that part of the timeline, and the restoration only through the core's output.
 * - 'runIn': shapes the timeline from its start, run-in included (habitual schedule, light of
 *   every day, the run-in's length): the core's state at the run-in boundary depends on it.
 * - 'core': read by simulateCore or its modules (homeostat, circadian, melatonin, switch,
 *   ultradian, pharmacology, age).
 * - 'restoration': read by the restoration modules or the restoration metrics.
 * - 'metrics': read only by the core's metrics (measureCore), after both passes.
 */
export type ReadBy = 'protocol' | 'runIn' | 'core' | 'restoration' | 'metrics';

interface SpecBase {
  readonly id: string;
  readonly label: string;
  /** Unit as shown to users; '' for dimensionless, 'clock h' for a time of day in hours. */
  readonly unit: string;
  readonly group: ParameterGroup;
  readonly description: string;
  /** Where the default or range comes from; '' for a design choice of this model. */
  readonly citation: string;
  /** The pass or passes that read it (see ReadBy). */
  readonly readBy: ReadBy | readonly ReadBy[];
}

export interface NumberSpec extends SpecBase {
  /** 'integer' refuses fractions (nights, days, seeds). */
  readonly kind: 'number' | 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** A time of day in hours (0–24); shown as hh:mm. */
  readonly clock?: boolean;
}

export interface ChoiceSpec extends SpecBase {
  readonly kind: 'choice';
  readonly default: string;
  readonly choices: readonly string[];
}

export type ParameterSpec = NumberSpec | ChoiceSpec;

/** Keeps the literal ids and choices of a list of declarations (the types of ParameterValues). */
export const defineParameters = <const T extends readonly ParameterSpec[]>(specs: T): T => specs;

type AdvancedInput = Omit<NumberSpec, 'group' | 'kind' | 'clock'>;

/** An 'advanced' number (a physiological constant): the object form with group and kind filled in. */
export function advanced<const S extends AdvancedInput>(
  spec: S,
): S & { readonly group: 'advanced'; readonly kind: 'number' } {
  return { ...spec, group: 'advanced', kind: 'number' };
}

/** The citation of a value tuned in this model (docs/VALIDATION.md names the rows). */
export const CALIBRATED = 'Calibrated in this model against the validation rows named in the description';

type ValueOf<S> = S extends { readonly kind: 'choice'; readonly choices: readonly (infer C)[] } ? C : number;

/** The values of a list of declarations, by id: what a module that reads them is given. */
export type ValuesOf<T extends readonly ParameterSpec[]> = { readonly [S in T[number] as S['id']]: ValueOf<S> };

/** The passes that read a parameter, as a list. */
export function readersOf(spec: Pick<ParameterSpec, 'readBy'>): readonly ReadBy[] {
  return typeof spec.readBy === 'string' ? [spec.readBy] : spec.readBy;
}
