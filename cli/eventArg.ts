/**
 * The `--event` argument: a protocol event for night A or B, typed as a person would say it.
 *
 *   --event 'b caffeine 15:00 200mg'
 *   --event 'a nap 14:00 90min'          --event 'b light 21:00 2h 1000lux'
 *   --event 'b melatonin 20:30 day-1 0.5mg'   --event 'a constantRoutine 07:00 26h 5lux'
 *
 * Words, in any order after the night and the kind: a clock time hh:mm (required); `day±N`, the
 * noon-to-noon slot counted from the focal night's (default day0); and a value with its unit for
 * each field of the kind (mg, g/kg, h or min, lux; a number and its unit may be apart: `200 mg`).
 * A field left out takes its declared default (shared/model/protocolEvents.ts). The kinds, units
 * and ranges all come from EVENT_KINDS; the value is then checked as a file's would be.
 */
import {
  EVENT_KINDS,
  EVENT_KIND_IDS,
  checkEvent,
  eventKindSpec,
  normaliseEvent,
  parseEventTime,
  type EventKindSpec,
  type ProtocolEvent,
} from '../shared/model/protocolEvents';
import type { NightId } from '../shared/nights';

/** Other spellings of a kind a person may type. */
const KIND_ALIASES: Readonly<Record<string, string>> = {
  cr: 'constantRoutine',
  'constant-routine': 'constantRoutine',
  constant_routine: 'constantRoutine',
  constantroutine: 'constantRoutine',
  sleep: 'nap',
  coffee: 'caffeine',
};

/** Unit words → [unit as declared, factor to it]. */
const UNIT_WORDS: Readonly<Record<string, readonly [string, number]>> = {
  mg: ['mg', 1],
  'g/kg': ['g/kg', 1],
  gkg: ['g/kg', 1],
  h: ['h', 1],
  hr: ['h', 1],
  min: ['h', 1 / 60],
  m: ['h', 1 / 60],
  lux: ['lux', 1],
  lx: ['lux', 1],
};

/** The --event lines of a command's help, its text starting at `column` (the command's option column). */
export function eventGrammarHelp(column: number): string {
  const pad = ' '.repeat(column);
  const units = EVENT_KINDS.map((k) => `${k.kind} (${k.fields.map((f) => f.unit).join(', ')})`);
  return [
    `${'  --event SPEC'.padEnd(column)}add a protocol event to night a or b (repeatable; after the file's events):`,
    `${pad}"NIGHT KIND hh:mm [day±N] [VALUE UNIT …]", e.g. "b caffeine 15:00 200mg",`,
    `${pad}"a nap 14:00 90min", "b light 21:00 2h 1000lux", "a melatonin 20:30 day-1 0.5mg",`,
    `${pad}"b constantRoutine 07:00 26h 5lux". day counts noon-to-noon slots from the focal`,
    `${pad}night's (day0: 15:00 is the afternoon before it, 03:00 its small hours).`,
    `${pad}Kinds and units: ${units.slice(0, 3).join(', ')},`,
    `${pad}${units.slice(3).join(', ')}; a value left out takes its default.`,
  ].join('\n');
}

export class EventArgError extends Error {}

function kindOf(word: string): EventKindSpec {
  const lower = word.toLowerCase();
  const id = KIND_ALIASES[lower] ?? EVENT_KIND_IDS.find((k) => k.toLowerCase() === lower);
  const spec = id === undefined ? undefined : eventKindSpec(id);
  if (!spec) throw new EventArgError(`"${word}" is not an event kind; kinds: ${EVENT_KIND_IDS.join(', ')}`);
  return spec;
}

/** "15:00", "7:30", "24:00" is refused (use 00:00 with the day it falls in). */
function clockOf(word: string): number | null {
  const at = parseEventTime(word);
  if (at === null) return null;
  const [h, min] = word.split(':').map(Number) as [number, number];
  if (h > 23 || min > 59) throw new EventArgError(`"${word}" is not a clock time (00:00 to 23:59)`);
  return at;
}

/** Reads one --event value into its night and the event. */
export function parseEventArg(text: string): { night: NightId; event: ProtocolEvent } {
  // "200 mg" and "200mg" read alike: glue a lone unit to the number before it.
  const raw = text.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (const w of raw) {
    if (w.toLowerCase() in UNIT_WORDS && words.length > 0 && /^[-+]?\d*\.?\d+$/.test(words[words.length - 1]!)) {
      words[words.length - 1] += w;
    } else words.push(w);
  }
  const [nightWord, kindWord, ...rest] = words;
  const night = nightWord?.toLowerCase();
  if (night !== 'a' && night !== 'b') {
    throw new EventArgError(
      `must start with the night, a or b, then the kind and the time (e.g. "b caffeine 15:00 200mg")`,
    );
  }
  if (kindWord === undefined) throw new EventArgError(`names no event kind; kinds: ${EVENT_KIND_IDS.join(', ')}`);
  const spec = kindOf(kindWord);
  const event: Record<string, unknown> = { kind: spec.kind };
  for (const f of spec.fields) event[f.id] = f.default;
  let at: number | null = null;
  let day = 0;
  const given = new Set<string>();
  for (const word of rest) {
    const clock = clockOf(word);
    if (clock !== null) {
      if (at !== null) throw new EventArgError(`gives two times (${word})`);
      at = clock;
      continue;
    }
    const dayMatch = /^day([-+]?\d+)$/i.exec(word);
    if (dayMatch) {
      day = Number(dayMatch[1]);
      continue;
    }
    const value = /^([-+]?\d*\.?\d+)(.*)$/.exec(word);
    const unit = value ? UNIT_WORDS[value[2]!.toLowerCase()] : undefined;
    if (!value || !unit) {
      const units = spec.fields.map((f) => f.unit).join(', ');
      throw new EventArgError(
        `cannot read "${word}": expected hh:mm, day±N${units ? ` or a value with its unit (${units})` : ''}`,
      );
    }
    const field = spec.fields.find((f) => f.unit === unit[0]);
    if (!field) {
      throw new EventArgError(
        `"${word}": a ${spec.kind} event has no value in ${unit[0]}${spec.fields.length ? `; it takes ${spec.fields.map((f) => f.unit).join(', ')}` : ''}`,
      );
    }
    if (given.has(field.id)) throw new EventArgError(`gives ${field.label.toLowerCase()} twice`);
    given.add(field.id);
    // Minutes to hours rounded to the second, so that 90min is 1.5 h exactly.
    event[field.id] = unit[1] === 1 ? Number(value[1]) : Math.round(Number(value[1]) * unit[1] * 3600) / 3600;
  }
  if (at === null) throw new EventArgError(`needs a clock time hh:mm (e.g. 15:00)`);
  event.at = at;
  event.day = day;
  const problem = checkEvent(event);
  if (problem) throw new EventArgError(`${problem[0]} ${problem[1]}`);
  return { night, event: normaliseEvent(event as unknown as ProtocolEvent) };
}

/** Where an event of a simulated night came from, as the JSON output says. */
export type EventSource = 'file' | 'command line' | 'parameters';

export interface SourcedEvent {
  readonly event: ProtocolEvent;
  readonly source: EventSource;
}

/**
 * The experiment with the command line's events appended to their nights (after the file's own),
 * and each night's event list with where each came from. Throws EventArgError naming the argument.
 */
export function withCommandLineEvents<
  E extends {
    readonly nights: readonly [
      { readonly events: readonly ProtocolEvent[] },
      { readonly events: readonly ProtocolEvent[] },
    ];
  },
>(experiment: E, args: readonly string[]): { experiment: E; sources: [EventSource[], EventSource[]] } {
  const added: [ProtocolEvent[], ProtocolEvent[]] = [[], []];
  args.forEach((arg, index) => {
    try {
      const { night, event } = parseEventArg(arg);
      added[night === 'a' ? 0 : 1].push(event);
    } catch (error) {
      if (!(error instanceof EventArgError)) throw error;
      const which = args.length > 1 ? ` ${index + 1}` : '';
      throw new EventArgError(`--event${which} "${arg}" ${error.message}`);
    }
  });
  const nights = experiment.nights.map((night, i) => ({ ...night, events: [...night.events, ...added[i]!] }));
  const sources = experiment.nights.map((night, i) => [
    ...night.events.map((): EventSource => 'file'),
    ...added[i]!.map((): EventSource => 'command line'),
  ]) as [EventSource[], EventSource[]];
  return { experiment: { ...experiment, nights } as unknown as E, sources };
}
