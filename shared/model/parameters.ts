/**
 * The parameter schema: every parameter of the model declared once.
 *
 * Sliders, file validation, the CLI and docs/MODEL.md all read this list; nothing else may
 * restate a parameter's range or default. Core ids are part of the experiment-file format and
 * the CLI (see docs/MODEL.md), so they never change.
 */

import { CORE_ADVANCED_PARAMETERS } from './coreParameters';
import { RESTORATION_PARAMETERS } from './restoration/parameters';

export type ParameterGroup = 'schedule' | 'light' | 'substances' | 'person' | 'advanced';

export const PARAMETER_GROUPS: readonly { id: ParameterGroup; label: string }[] = [
  { id: 'schedule', label: 'Schedule' },
  { id: 'light', label: 'Light' },
  { id: 'substances', label: 'Substances' },
  { id: 'person', label: 'Person' },
  { id: 'advanced', label: 'Advanced' },
];

interface SpecBase {
  readonly id: string;
  readonly label: string;
  /** Unit as shown to users; '' for dimensionless, 'clock h' for a time of day in hours. */
  readonly unit: string;
  readonly group: ParameterGroup;
  readonly description: string;
  /** Where the default or range comes from; '' for a design choice of this model. */
  readonly citation: string;
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

const defineParameters = <const T extends readonly ParameterSpec[]>(specs: T): T => specs;

export const PARAMETERS = defineParameters([
  // ── person ──────────────────────────────────────────────────────────────
  {
    id: 'age',
    label: 'Age',
    unit: 'years',
    group: 'person',
    kind: 'number',
    default: 25,
    min: 18,
    max: 90,
    step: 1,
    description: 'Age of the simulated sleeper; slow-wave sleep, sleep efficiency and GH fall with age.',
    citation: 'Ohayon et al. 2004, Sleep 27:1255; Boulos et al. 2019, Lancet Respir Med 7:533',
  },
  {
    id: 'sex',
    label: 'Sex',
    unit: '',
    group: 'person',
    kind: 'choice',
    default: 'male',
    choices: ['male', 'female'],
    description: 'Growth-hormone and cortisol patterns differ between the sexes.',
    citation: 'Van Cauter et al. 1998, Sleep 21:553',
  },
  {
    id: 'circadianPeriod_h',
    label: 'Intrinsic circadian period',
    unit: 'h',
    group: 'person',
    kind: 'number',
    default: 24.2,
    min: 23.5,
    max: 24.9,
    step: 0.01,
    description: 'Period of the free-running pacemaker (chronotype); longer periods entrain later.',
    citation: 'Czeisler et al. 1999, Science 284:2177 (24.18 h ± 0.04 h)',
  },
  {
    id: 'learningLoad',
    label: 'Learning load',
    unit: '×',
    group: 'person',
    kind: 'number',
    default: 1,
    min: 0,
    max: 2,
    step: 0.05,
    description: 'Daytime synaptic potentiation relative to an ordinary day (1).',
    citation: 'Tononi & Cirelli 2014, Neuron 81:12 (synaptic homeostasis hypothesis)',
  },
  // ── schedule ────────────────────────────────────────────────────────────
  {
    id: 'bedtime',
    label: 'Bedtime (focal night)',
    unit: 'clock h',
    group: 'schedule',
    kind: 'number',
    clock: true,
    default: 23,
    min: 0,
    max: 24,
    step: 0.25,
    description:
      'Lights-off of the focal night. 12–24 is the evening of the focal day slot, 0–12 the next morning (9 = day sleep after a night awake).',
    citation: '',
  },
  {
    id: 'timeInBed_h',
    label: 'Time in bed (focal night)',
    unit: 'h',
    group: 'schedule',
    kind: 'number',
    default: 8,
    min: 0,
    max: 16,
    step: 0.25,
    description: 'Sleep opportunity of the focal night; 0 = a night spent awake.',
    citation: '',
  },
  {
    id: 'habitualBedtime',
    label: 'Habitual bedtime',
    unit: 'clock h',
    group: 'schedule',
    kind: 'number',
    clock: true,
    default: 23,
    min: 0,
    max: 24,
    step: 0.25,
    description: 'Lights-off on every run-in day (entrainment).',
    citation: '',
  },
  {
    id: 'habitualTimeInBed_h',
    label: 'Habitual time in bed',
    unit: 'h',
    group: 'schedule',
    kind: 'number',
    default: 8,
    min: 3,
    max: 16,
    step: 0.25,
    description: 'Time in bed on every run-in day.',
    citation: '',
  },
  {
    id: 'runInDays',
    label: 'Run-in',
    unit: 'days',
    group: 'schedule',
    kind: 'integer',
    default: 14,
    min: 0,
    max: 60,
    step: 1,
    description: 'Days on the habitual schedule before the protocol, so the clock and sleep debt entrain.',
    citation: 'Skeldon et al. 2023, PLoS Comput Biol (entrainment before manipulation)',
  },
  {
    id: 'priorNights',
    label: 'Prior nights',
    unit: 'nights',
    group: 'schedule',
    kind: 'integer',
    default: 0,
    min: 0,
    max: 21,
    step: 1,
    description: 'Nights on the prior schedule between the run-in and the focal night.',
    citation: '',
  },
  {
    id: 'priorBedtime',
    label: 'Prior bedtime',
    unit: 'clock h',
    group: 'schedule',
    kind: 'number',
    clock: true,
    default: 23,
    min: 0,
    max: 24,
    step: 0.25,
    description: 'Lights-off of the prior nights.',
    citation: '',
  },
  {
    id: 'priorTimeInBed_h',
    label: 'Prior time in bed',
    unit: 'h',
    group: 'schedule',
    kind: 'number',
    default: 8,
    min: 0,
    max: 16,
    step: 0.25,
    description: 'Time in bed on each prior night; 0 = total sleep deprivation.',
    citation: '',
  },
  // ── light ───────────────────────────────────────────────────────────────
  {
    id: 'dayLight_lux',
    label: 'Daylight',
    unit: 'lux',
    group: 'light',
    kind: 'number',
    default: 500,
    min: 0,
    max: 100000,
    step: 10,
    description: 'Light at the eye while awake between 07:00 and 19:00.',
    citation: 'Skeldon et al. 2023, PLoS Comput Biol (synthetic light profiles)',
  },
  {
    id: 'eveningLight_lux',
    label: 'Evening light',
    unit: 'lux',
    group: 'light',
    kind: 'number',
    default: 50,
    min: 0,
    max: 10000,
    step: 5,
    description: 'Indoor light before bed and at any other waking time outside 07:00–19:00.',
    citation: 'Gooley et al. 2011, J Clin Endocrinol Metab 96:E463',
  },
  {
    id: 'eveningLightHours',
    label: 'Evening light duration',
    unit: 'h',
    group: 'light',
    kind: 'number',
    default: 3,
    min: 0,
    max: 8,
    step: 0.25,
    description: 'Hours before each lights-off spent in evening light.',
    citation: '',
  },
  {
    id: 'nightLight_lux',
    label: 'Bedroom light',
    unit: 'lux',
    group: 'light',
    kind: 'number',
    default: 0,
    min: 0,
    max: 1000,
    step: 1,
    description: 'Light in the bedroom during time in bed, attenuated while the eyes are closed.',
    citation: 'Cho et al. 2016, Chronobiol Int 33:1346 (light during sleep)',
  },
  // ── substances ──────────────────────────────────────────────────────────
  {
    id: 'caffeine_mg',
    label: 'Caffeine dose',
    unit: 'mg',
    group: 'substances',
    kind: 'number',
    default: 0,
    min: 0,
    max: 800,
    step: 10,
    description: 'One oral dose of caffeine on the focal day.',
    citation: 'Institute of Medicine 2001 (caffeine pharmacokinetics)',
  },
  {
    id: 'caffeineHoursBeforeBed',
    label: 'Caffeine, hours before bed',
    unit: 'h',
    group: 'substances',
    kind: 'number',
    default: 6,
    min: 0,
    max: 16,
    step: 0.25,
    description: 'When the caffeine dose is taken, counted back from the focal lights-off.',
    citation: 'Drake et al. 2013, J Clin Sleep Med 9:1195',
  },
  {
    id: 'alcohol_gPerKg',
    label: 'Alcohol',
    unit: 'g/kg',
    group: 'substances',
    kind: 'number',
    default: 0,
    min: 0,
    max: 1.5,
    step: 0.05,
    description: 'Alcohol taken before the focal night, per kg body weight.',
    citation: 'Ebrahim et al. 2013, Alcohol Clin Exp Res 37:539',
  },
  {
    id: 'alcoholHoursBeforeBed',
    label: 'Alcohol, hours before bed',
    unit: 'h',
    group: 'substances',
    kind: 'number',
    default: 1,
    min: 0,
    max: 6,
    step: 0.25,
    description: 'When the alcohol is taken, counted back from the focal lights-off.',
    citation: '',
  },
  // ── sleep disruption (schedule of the night itself) ─────────────────────
  {
    id: 'arousalsPerHour',
    label: 'Imposed arousals',
    unit: '/h',
    group: 'schedule',
    kind: 'number',
    default: 0,
    min: 0,
    max: 60,
    step: 1,
    description: 'Arousals imposed during the focal night (apnea-like fragmentation).',
    citation: 'Bonnet 1989, Sleep 12:485 (experimental fragmentation)',
  },
  {
    id: 'swsSuppression',
    label: 'Slow-wave suppression',
    unit: '0–1',
    group: 'schedule',
    kind: 'number',
    default: 0,
    min: 0,
    max: 1,
    step: 0.05,
    description: 'Acoustic slow-wave disruption during the focal night (0 = none, 1 = complete).',
    citation: 'Ju et al. 2017, Brain 140:2104',
  },
  ...CORE_ADVANCED_PARAMETERS,
  ...RESTORATION_PARAMETERS,
] as const);

type Spec = (typeof PARAMETERS)[number];
export type ParameterId = Spec['id'];
type ValueOf<S> = S extends { readonly kind: 'choice'; readonly choices: readonly (infer C)[] } ? C : number;

/** A complete set of parameter values (defaults, then scenario, then overrides). */
export type ParameterValues = { readonly [S in Spec as S['id']]: ValueOf<S> };

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
