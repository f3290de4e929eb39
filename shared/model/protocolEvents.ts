/**
 * Protocol events: what a person does at a clock time around the focal night — doses of caffeine,
 * alcohol and melatonin, naps (any bed period, so split sleep too), light exposures and constant
 * routines. A night is its scenario + parameter overrides + this list; compileProtocol lays the
 * events over the protocol the parameters compile to (events override it).
 *
 * Times. An event is placed by a clock time `at` (hours 0–24) and a `day` counted in noon-to-noon
 * slots from the focal night's slot (the slot clock of shared/time/axis.ts): day 0, 15:00 is the
 * afternoon before the focal night; day 0, 03:00 is that night's small hours; day −1 is the slot
 * before (a prior or run-in night), day 1 the one after. On the lab's slot-hour axis an event lies
 * at 24·day + (at ≥ 12 ? at : at + 24) (eventSlotHour).
 *
 * Each kind and its fields (label, unit, range, step, default) are declared once, in EVENT_KINDS;
 * the file schema, the IPC schema, the CLI's grammar and the lab's form all read it.
 */
import { parameterSpec, type NumberSpec } from './parameters';

export type EventKind = 'caffeine' | 'alcohol' | 'melatonin' | 'nap' | 'light' | 'constantRoutine';

/** The numeric fields an event may carry besides its time. */
export type EventFieldId = 'mg' | 'gPerKg' | 'duration_h' | 'lux';

interface Timed {
  /** Clock time, hours in [0, 24). */
  readonly at: number;
  /** Slot (noon-to-noon day) relative to the focal night's: 0 = the focal slot. */
  readonly day: number;
}

export interface CaffeineEvent extends Timed {
  readonly kind: 'caffeine';
  readonly mg: number;
}
export interface AlcoholEvent extends Timed {
  readonly kind: 'alcohol';
  readonly gPerKg: number;
}
export interface MelatoninEvent extends Timed {
  readonly kind: 'melatonin';
  readonly mg: number;
}
/** In bed with the lights off (bedroom light) for `duration_h`: a nap, or one part of split sleep. */
export interface NapEvent extends Timed {
  readonly kind: 'nap';
  readonly duration_h: number;
}
/** Light at the eye of `lux` for `duration_h` (attenuated by the eyelids if asleep in bed). */
export interface LightEvent extends Timed {
  readonly kind: 'light';
  readonly duration_h: number;
  readonly lux: number;
}
/** Kept awake, out of bed, in dim light of `lux`, for `duration_h`: no sleep is possible. */
export interface ConstantRoutineEvent extends Timed {
  readonly kind: 'constantRoutine';
  readonly duration_h: number;
  readonly lux: number;
}

export type ProtocolEvent =
  CaffeineEvent | AlcoholEvent | MelatoninEvent | NapEvent | LightEvent | ConstantRoutineEvent;

export interface EventFieldSpec {
  readonly id: EventFieldId;
  readonly label: string;
  readonly unit: string;
  /** Smallest value allowed; `exclusiveMin` refuses the bound itself (a dose of 0 is no dose). */
  readonly min: number;
  readonly exclusiveMin: boolean;
  readonly max: number;
  readonly step: number;
  readonly default: number;
}

export interface EventKindSpec {
  readonly kind: EventKind;
  readonly label: string;
  /** One or two letters for the protocol strip. */
  readonly mark: string;
  readonly description: string;
  /** Fields besides `at` and `day`, in the order the CLI grammar and the form show them. */
  readonly fields: readonly EventFieldSpec[];
  /** Whether the event lasts (duration_h) rather than happening at an instant. */
  readonly interval: boolean;
}

/** The bound of an amount taken from the parameter the same quantity already has (declared once there). */
function boundOf(id: string): NumberSpec {
  const spec = parameterSpec(id);
  if (!spec || spec.kind === 'choice') throw new Error(`events: parameter ${id} is not a number`);
  return spec;
}

const caffeineSpec = boundOf('caffeine_mg');
const alcoholSpec = boundOf('alcohol_gPerKg');
const daylightSpec = boundOf('dayLight_lux');

/** Longest nap, light exposure or constant routine, h (design choice: two days; CRs last 26–40 h). */
export const MAX_EVENT_DURATION_H = 48;
/** Most events per night (design choice: keeps a stray file from building a huge protocol). */
export const MAX_EVENTS_PER_NIGHT = 200;
/**
 * Days (slots) before and after the focal one an event may name; the protocol decides what fits
 * before the focal night (the run-in), and an interval after it extends the protocol (compileProtocol).
 * Design choice: 60 either way, as far as the run-in may reach back; forced desynchrony runs for
 * weeks after its first sleep (24 cycles of 28 h: day 27).
 */
export const EVENT_DAY_RANGE = { min: -60, max: 60 } as const;
/** Times on the strip and the form snap to this, h (5 min). */
export const EVENT_SNAP_H = 5 / 60;

const durationField = (dflt: number): EventFieldSpec => ({
  id: 'duration_h',
  label: 'Duration',
  unit: 'h',
  min: 0,
  exclusiveMin: true,
  max: MAX_EVENT_DURATION_H,
  step: EVENT_SNAP_H,
  default: dflt,
});

/**
 * Dim light of a constant routine: < 15 lux at the eye in the Harvard protocols (Duffy & Dijk 2002,
 * J Biol Rhythms 17:4, "Getting through to circadian oscillators: why use constant routines?");
 * 5 lux is the default (design choice inside that band), the maximum is the band's top.
 */
const CONSTANT_ROUTINE_MAX_LUX = 15;

export const EVENT_KINDS: readonly EventKindSpec[] = [
  {
    kind: 'caffeine',
    label: 'Caffeine',
    mark: 'C',
    description: 'An oral dose of caffeine (the same pharmacokinetics as the caffeine_mg parameter).',
    fields: [
      {
        id: 'mg',
        label: 'Dose',
        unit: 'mg',
        min: 0,
        exclusiveMin: true,
        max: caffeineSpec.max,
        step: caffeineSpec.step,
        default: 200,
      },
    ],
    interval: false,
  },
  {
    kind: 'alcohol',
    label: 'Alcohol',
    mark: 'A',
    description: 'A drink of alcohol, g per kg body mass (the same pharmacokinetics as alcohol_gPerKg).',
    fields: [
      {
        id: 'gPerKg',
        label: 'Dose',
        unit: 'g/kg',
        min: 0,
        exclusiveMin: true,
        max: alcoholSpec.max,
        step: alcoholSpec.step,
        default: 0.5,
      },
    ],
    interval: false,
  },
  {
    kind: 'melatonin',
    label: 'Melatonin',
    mark: 'M',
    description:
      'An oral immediate-release melatonin dose: it adds to plasma melatonin, shortens sleep onset a little (a small hypnotic effect, largest when the body’s own melatonin is low) and shifts the clock by its phase-response curve (advances in the afternoon and evening, delays in the morning).',
    fields: [
      // 0.1–10 mg spans the doses of the phase-response studies (0.5 and 3 mg, Burgess 2008/2010)
      // and common tablets; design choice.
      { id: 'mg', label: 'Dose', unit: 'mg', min: 0, exclusiveMin: true, max: 10, step: 0.1, default: 3 },
    ],
    interval: false,
  },
  {
    kind: 'nap',
    label: 'Nap / sleep period',
    mark: 'N',
    description: 'In bed with the lights off (bedroom light) for the duration; two of them make split sleep.',
    fields: [durationField(1)],
    interval: true,
  },
  {
    kind: 'light',
    label: 'Light exposure',
    mark: 'L',
    description: 'Light at the eye for the duration (a light pulse, a light box, a bright evening).',
    fields: [
      durationField(1),
      {
        id: 'lux',
        label: 'Light',
        unit: 'lux',
        min: 0,
        exclusiveMin: false,
        max: daylightSpec.max,
        step: 10,
        default: 1000,
      },
    ],
    interval: true,
  },
  {
    kind: 'constantRoutine',
    label: 'Constant routine',
    mark: 'CR',
    description: 'Kept awake out of bed in dim light for the duration: no sleep (Duffy & Dijk 2002).',
    fields: [
      durationField(26),
      {
        id: 'lux',
        label: 'Dim light',
        unit: 'lux',
        min: 0,
        exclusiveMin: false,
        max: CONSTANT_ROUTINE_MAX_LUX,
        step: 1,
        default: 5,
      },
    ],
    interval: true,
  },
];

const BY_KIND: ReadonlyMap<string, EventKindSpec> = new Map(EVENT_KINDS.map((k) => [k.kind, k]));

export const EVENT_KIND_IDS: readonly EventKind[] = EVENT_KINDS.map((k) => k.kind);

export function eventKindSpec(kind: string): EventKindSpec | undefined {
  return BY_KIND.get(kind);
}

export function isEventKind(kind: string): kind is EventKind {
  return BY_KIND.has(kind);
}

/** A new event of `kind` at a clock time with every field at its default. */
export function newEvent(kind: EventKind, at: number, day = 0): ProtocolEvent {
  const spec = BY_KIND.get(kind)!;
  const event: Record<string, unknown> = { kind, at, day };
  for (const f of spec.fields) event[f.id] = f.default;
  return event as unknown as ProtocolEvent;
}

/** The value of one of an event's fields (undefined when its kind has no such field). */
export function eventField(event: ProtocolEvent, id: EventFieldId): number | undefined {
  const value = (event as unknown as Record<string, unknown>)[id];
  return typeof value === 'number' ? value : undefined;
}

/**
 * What is wrong with an event, as [field, problem] (the field relative to the event: `at`, `mg`…),
 * or null. The problem reads after the field's name: "at must be …". Checks each field against its
 * declared range; where it lies on the protocol is compileProtocol's to check.
 */
export function checkEvent(event: unknown): [string, string] | null {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return ['', 'must be an object'];
  const e = event as Record<string, unknown>;
  if (typeof e.kind !== 'string') return ['kind', e.kind === undefined ? 'is missing' : 'must be a string'];
  const spec = BY_KIND.get(e.kind);
  if (!spec) return ['kind', `must be one of ${EVENT_KIND_IDS.join(', ')}, got ${JSON.stringify(e.kind)}`];
  if (e.at === undefined) return ['at', 'is missing'];
  if (typeof e.at !== 'number' || !Number.isFinite(e.at) || e.at < 0 || e.at >= 24) {
    return ['at', `must be a clock time in hours from 0 to below 24, got ${JSON.stringify(e.at)}`];
  }
  if (e.day !== undefined) {
    const { min, max } = EVENT_DAY_RANGE;
    if (typeof e.day !== 'number' || !Number.isInteger(e.day) || e.day < min || e.day > max) {
      return ['day', `must be a whole number from ${min} to ${max}, got ${JSON.stringify(e.day)}`];
    }
  }
  for (const f of spec.fields) {
    const v = e[f.id];
    if (v === undefined)
      return [f.id, `is missing (${spec.label.toLowerCase()} needs its ${f.label.toLowerCase()} in ${f.unit})`];
    if (typeof v !== 'number' || !Number.isFinite(v) || (f.exclusiveMin ? v <= f.min : v < f.min) || v > f.max) {
      const range = f.exclusiveMin ? `above ${f.min} and at most ${f.max}` : `from ${f.min} to ${f.max}`;
      return [f.id, `must be a number ${range} ${f.unit}, got ${JSON.stringify(v)}`];
    }
  }
  const known = new Set(['kind', 'at', 'day', ...spec.fields.map((f) => f.id)]);
  for (const key of Object.keys(e)) {
    if (!known.has(key)) return [key, `is not a field of a ${spec.kind} event (it has ${[...known].join(', ')})`];
  }
  return null;
}

/**
 * Every problem of a night's events, for a schema to report (the file's and the IPC's): where it is
 * (the event's index, and its field when the problem is in one) and what is wrong with it.
 */
export function eventIssues(
  events: readonly unknown[],
): { path: (string | number)[]; field: string; problem: string }[] {
  const out: { path: (string | number)[]; field: string; problem: string }[] = [];
  events.forEach((event, index) => {
    const found = checkEvent(event);
    if (found) out.push({ path: found[0] === '' ? [index] : [index, found[0]], field: found[0], problem: found[1] });
  });
  return out;
}

/** An event with only its kind's fields, `day` filled in, in the declared key order (for files and IPC). */
export function normaliseEvent(event: ProtocolEvent): ProtocolEvent {
  const spec = BY_KIND.get(event.kind)!;
  const out: Record<string, unknown> = { kind: event.kind, at: event.at, day: event.day ?? 0 };
  for (const f of spec.fields) out[f.id] = (event as unknown as Record<string, unknown>)[f.id];
  return out as unknown as ProtocolEvent;
}

/** Slot hour (shared/time/axis.ts scale: the focal slot's noon is 12, the next midnight 24) of an event. */
export function eventSlotHour(event: Pick<ProtocolEvent, 'at' | 'day'>): number {
  return 24 * event.day + (event.at >= 12 ? event.at : event.at + 24);
}

/**
 * The clock time and day of a slot hour, snapped to `snap_h` (EVENT_SNAP_H, what dragging on the
 * strip gives; 0 keeps the time, to the second).
 */
export function eventTimeAt(slotHour: number, snap_h: number = EVENT_SNAP_H): { at: number; day: number } {
  const snapped = snap_h > 0 ? Math.round(slotHour / snap_h) * snap_h : slotHour;
  // Slot s runs from slot hour 24s + 12 to 24s + 36.
  const day = Math.floor((snapped - 12) / 24 + 1e-9);
  const inSlot = snapped - 24 * day; // in [12, 36)
  // Rounded to whole seconds so that 15:00 is 15 exactly, not 14.999999.
  const morning = inSlot >= 24;
  const at = Math.round((morning ? inSlot - 24 : inSlot) * 3600) / 3600;
  // Rounding may reach the next part of the slot: 24:00 is 00:00 of the same slot, 12:00 the next one's noon.
  if (!morning && at >= 24) return { at: 0, day };
  if (morning && at >= 12) return { at: 12, day: day + 1 };
  return { at: Math.max(0, at), day };
}

/** "15:00", "03:30 (day −1)": an event's time as a person reads it. */
/** "15:00" or "7:30" → hours (15, 7.5); null when the text is not hh:mm. The range is checkEvent's. */
export function parseEventTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  return m ? Number(m[1]) + Number(m[2]) / 60 : null;
}

export function formatEventTime(event: Pick<ProtocolEvent, 'at' | 'day'>): string {
  const minutes = Math.round(event.at * 60);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  const day = event.day === 0 ? '' : ` (day ${event.day > 0 ? '+' : '−'}${Math.abs(event.day)})`;
  return `${hh}:${mm}${day}`;
}

/** "caffeine 15:00 200 mg", "nap 14:00 1.5 h": one line per event, for lists, tooltips and the CLI. */
export function describeEvent(event: ProtocolEvent): string {
  const spec = BY_KIND.get(event.kind)!;
  const parts = spec.fields.map((f) => `${eventField(event, f.id)} ${f.unit}`);
  return [spec.label.toLowerCase(), formatEventTime(event), ...parts].join(' ');
}
