/**
 * Which parameters the sidebar shows: a search over each parameter's name, id, description and
 * unit, and "only what differs" (between the nights, or from a night's scenario). Also where a
 * value sits along its slider, for the marks drawn on it. Pure, so the rules are tested here
 * rather than through the page.
 */
import type { NightId } from '../../../shared/nights';
import type { NumberSpec, ParameterSpec } from '../../../shared/model/parameters';

type Values = Record<NightId, Readonly<Record<string, number | string>>>;

/** Lower case without accents, so "sleep onset" finds "Sleep-onset" and "cafe" finds "café". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * True when every word of the query is found in the parameter's name, id, description or unit
 * (in any order): "caffeine dose" finds "Caffeine dose (mg)", "mg" finds every dose in mg.
 */
export function matchesQuery(spec: ParameterSpec, query: string): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = normalise([spec.label, spec.id, spec.description, spec.unit].join(' '));
  return words.every((word) => text.includes(word));
}

/** How a parameter's values differ: between the nights, and each night from its scenario. */
export interface Difference {
  readonly between: boolean;
  readonly fromScenario: Readonly<Record<NightId, boolean>>;
}

export function differenceOf(id: string, values: Values, scenarioValues: Values): Difference {
  return {
    between: values.a[id] !== values.b[id],
    fromScenario: { a: values.a[id] !== scenarioValues.a[id], b: values.b[id] !== scenarioValues.b[id] },
  };
}

/** Differs between the nights, or in either night from its scenario's value. */
export function differs(difference: Difference): boolean {
  return difference.between || difference.fromScenario.a || difference.fromScenario.b;
}

export interface ParameterFilter {
  readonly query: string;
  readonly onlyDiffering: boolean;
}

/**
 * The parameters to show, in the order given. `kept` are shown under "only what differs" even
 * when they no longer differ: a slider dragged back to the other night's value would otherwise
 * vanish from under the pointer mid-drag. The caller keeps what was shown since the filter was
 * last changed.
 */
export function visibleParameters<S extends ParameterSpec>(
  specs: readonly S[],
  filter: ParameterFilter,
  values: Values,
  scenarioValues: Values,
  kept: ReadonlySet<string> = new Set(),
): S[] {
  return specs.filter(
    (spec) =>
      matchesQuery(spec, filter.query) &&
      (!filter.onlyDiffering || kept.has(spec.id) || differs(differenceOf(spec.id, values, scenarioValues))),
  );
}

/** Where a value lies along its slider, 0 at the minimum to 1 at the maximum (clamped). */
export function sliderFraction(spec: NumberSpec, value: number): number {
  if (spec.max === spec.min) return 0;
  return Math.min(1, Math.max(0, (value - spec.min) / (spec.max - spec.min)));
}
