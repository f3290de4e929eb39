/**
 * The parameter schema: every parameter of the model, declared once in its module's
 * parameters.ts and gathered by the catalogue (./catalogue.ts), with what is read from it here.
 *
 * Sliders, file validation, the CLI and docs/MODEL.md all read this list; nothing else may
 * restate a parameter's range or default. Core ids are part of the experiment-file format and
 * the CLI (see docs/MODEL.md), so they never change.
 */
import { PARAMETERS } from './catalogue';
import type { ParameterSpec, ValuesOf } from './parameterSpec';

export { PARAMETERS } from './catalogue';
export {
  PARAMETER_GROUPS,
  type ChoiceSpec,
  type NumberSpec,
  type ParameterGroup,
  type ParameterSpec,
  type ReadBy,
} from './parameterSpec';

export type ParameterId = (typeof PARAMETERS)[number]['id'];

/** A complete set of parameter values (defaults, then scenario, then overrides). */
export type ParameterValues = ValuesOf<typeof PARAMETERS>;

/** Overrides as found in a file or sent over IPC: only some ids, values not yet checked. */
export type ParameterOverrides = Partial<Record<ParameterId, number | string>>;

const BY_ID: ReadonlyMap<string, ParameterSpec> = new Map(PARAMETERS.map((p) => [p.id, p]));

export function parameterSpec(id: string): ParameterSpec | undefined {
  return BY_ID.get(id);
}

export function isParameterId(id: string): id is ParameterId {
  return BY_ID.has(id);
}

export const DEFAULT_VALUES: ParameterValues = Object.freeze(
  Object.fromEntries(PARAMETERS.map((p) => [p.id, p.default])),
) as ParameterValues;

/** Shows a value with its unit, clock values as hh:mm. */
export function formatParameterValue(spec: ParameterSpec, value: number | string): string {
  if (spec.kind === 'choice' || typeof value === 'string') return String(value);
  if (spec.kind === 'number' && spec.clock) return formatClock(value);
  const digits = spec.step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(spec.step) - 1e-9));
  const text = value.toFixed(digits);
  return spec.unit && spec.unit !== '×' ? `${text} ${spec.unit}` : text;
}

export function formatClock(hours: number): string {
  const minutes = Math.round((((hours % 24) + 24) % 24) * 60);
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Checks one value against its declaration. Returns null when it is acceptable, or a message
 * naming the parameter and what it accepts.
 */
export function checkParameterValue(id: string, value: unknown): string | null {
  const spec = BY_ID.get(id);
  if (!spec) return `unknown parameter "${id}"`;
  if (spec.kind === 'choice') {
    if (typeof value !== 'string' || !spec.choices.includes(value)) {
      return `${id} must be one of ${spec.choices.map((c) => `"${c}"`).join(', ')}, got ${describe(value)}`;
    }
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${id} must be a finite number (${spec.unit || 'dimensionless'}), got ${describe(value)}`;
  }
  if (value < spec.min || value > spec.max) {
    return `${id} must be between ${spec.min} and ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}, got ${value}`;
  }
  if (spec.kind === 'integer' && !Number.isInteger(value)) {
    return `${id} must be a whole number between ${spec.min} and ${spec.max}, got ${value}`;
  }
  return null;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
