/**
 * How a coupling between two parts of the model is declared: "what drives what". A leaf (no
 * imports), like ./parameterSpec.ts, so every module can declare its couplings beside its
 * parameters and the catalogue can gather them (COUPLINGS) without an import cycle.
 *
 * Everything that shows or tests a coupling reads these declarations: the lab's map of the model
 * (nodes and edges, evidence level on each edge, the strength parameter of a selected edge),
 * docs/MODEL-restoration.md's coupling table, and the knockout tests (couplings.test.ts), which
 * set each coupling's strength to 0 and check the documented metric moves the documented way.
 */

/**
 * How sure the literature is of a coupling:
 * - 'established': replicated in humans, the direction and rough size agreed on;
 * - 'supported': shown in humans or animals by a few studies, the size uncertain;
 * - 'hypothesis': proposed mechanisms or correlations only; built so a researcher can test it,
 *   with a default strength and a switch (its strength parameter at 0).
 */
export type Evidence = 'established' | 'supported' | 'hypothesis';

export const EVIDENCE_LEVELS: readonly { id: Evidence; label: string; description: string }[] = [
  { id: 'established', label: 'Established', description: 'Replicated in humans; direction and rough size agreed.' },
  { id: 'supported', label: 'Supported', description: 'Shown by a few human or animal studies; size uncertain.' },
  {
    id: 'hypothesis',
    label: 'Hypothesis',
    description: 'Proposed mechanism or correlation; testable here, off at strength 0.',
  },
];

/** What the map groups a node under (its column, left to right). */
export type NodeKind = 'input' | 'core' | 'hormone' | 'restoration' | 'outcome';

/** A part of the model the map draws: a core module, a restoration module, or an input. */
export interface ModelNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** One sentence: what it is, for the map's tooltip and the docs. */
  readonly description: string;
  /** Series (SERIES ids) that show this node's state, drawn when the node is selected. */
  readonly series: readonly string[];
}

/**
 * What removing a coupling does, as the knockout test checks it: on this protocol (a scenario
 * with overrides and events; 'baseline' and no events by default), setting `strength` to 0 moves
 * `metric` in `direction` against the same run at the default strength (same seed), by more than
 * `minChange` (absolute, in the metric's unit; a small positive number by default, so a
 * knockout that changes nothing fails).
 */
export interface KnockoutExpectation {
  readonly metric: string;
  readonly direction: 'up' | 'down';
  readonly scenario?: string;
  readonly overrides?: Readonly<Record<string, number | string>>;
  /** Protocol events as a file stores them (protocolEvents.ts; the test checks each with checkEvent). */
  readonly events?: readonly KnockoutEvent[];
  readonly minChange?: number;
  /**
   * Seeds whose mean is compared ([1] by default). A coupling whose effect is smaller than one
   * night's noise (a nudge to sleep onset, a single draw per night) is tested on the population
   * mean, as its validation rows are.
   */
  readonly seeds?: readonly number[];
}

/**
 * A protocol event as written in a knockout (protocolEvents.ts's ProtocolEvent, structurally: this
 * file is a leaf and does not import it; couplings.test.ts checks each with checkEvent).
 */
export interface KnockoutEvent {
  readonly kind: string;
  readonly at: number;
  readonly day: number;
  readonly mg?: number;
  readonly gPerKg?: number;
  readonly duration_h?: number;
  readonly lux?: number;
}

/** One edge of the model: `from` drives `to` through a term whose gain is `strength`. */
export interface CouplingSpec {
  readonly id: string;
  /** ModelNode ids. */
  readonly from: string;
  readonly to: string;
  /** Short, for the edge's label: 'GH pulse drives repair'. */
  readonly label: string;
  /** The term in words, with its sign: what rises or falls when `from` rises. */
  readonly description: string;
  /**
   * Parameter id of its gain: 0 removes the coupling, the default is the model's value. Its
   * declaration's range includes 0.
   */
  readonly strength: string;
  readonly evidence: Evidence;
  /** Where the coupling and its size come from (plain text, no brackets: the report prints it). */
  readonly sources: string;
  readonly knockout: KnockoutExpectation;
}

/** Keeps the literal ids of a list of couplings. */
export const defineCouplings = <const T extends readonly CouplingSpec[]>(list: T): T => list;

const hhmm = (h: number): string => {
  const m = Math.round(h * 60);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/**
 * A knockout expectation in one line of plain text, for the docs' coupling table and the CLI:
 * "kssNextMorning down by more than 0.2 on alcohol-nightcap" (ids, as the CLI and files name them).
 */
export function knockoutSummary(k: KnockoutExpectation): string {
  const by = k.minChange !== undefined ? ` by more than ${k.minChange}` : '';
  const overrides = Object.entries(k.overrides ?? {}).map(([id, v]) => `${id} = ${v}`);
  const events = (k.events ?? []).map((e) => {
    const amount =
      e.mg !== undefined
        ? ` ${e.mg} mg`
        : e.gPerKg !== undefined
          ? ` ${e.gPerKg} g/kg`
          : e.lux !== undefined
            ? ` ${e.lux} lux`
            : '';
    const lasting = e.duration_h !== undefined ? ` for ${e.duration_h} h` : '';
    return `${e.kind}${amount}${lasting} at ${hhmm(e.at)} day ${e.day}`;
  });
  const extra = [...overrides, ...events];
  const mean = k.seeds && k.seeds.length > 1 ? `, mean of seeds ${k.seeds.join(', ')}` : '';
  return `${k.metric} ${k.direction}${by} on ${k.scenario ?? 'baseline'}${extra.length ? ` with ${extra.join(', ')}` : ''}${mean}`;
}
