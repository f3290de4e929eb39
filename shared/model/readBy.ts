/**
 * What the caches leave out of their keys, derived from each parameter's `readBy` (see
 * ./parameterSpec.ts) instead of lists kept by hand: a new parameter declares its readers where it
 * is declared, and is keyed by every cache whose pass it may reach (a missed hit costs time, a
 * wrong hit a result). readBy.test.ts checks the declarations against what the passes read.
 */
import { PARAMETERS } from './catalogue';
import { readersOf, type ReadBy } from './parameterSpec';

const ids = (keep: (readers: readonly ReadBy[]) => boolean): string[] =>
  PARAMETERS.filter((p) => keep(readersOf(p))).map((p) => p.id);

/**
 * The protocol after the run-in (readBy 'protocol' alone): these reach the core only through the
 * timeline, and the restoration only through the core's output, which the run-in id pins before
 * the boundary.
 */
export const PROTOCOL_AFTER_RUN_IN: readonly string[] = ids((r) => r.length === 1 && r[0] === 'protocol');

/**
 * Parameters simulateCore and its modules never read, nor shape the run-in's timeline with: the
 * protocol after the run-in, and those read only after the core (its metrics, the restoration).
 */
export const NOT_READ_BY_CORE: ReadonlySet<string> = new Set(ids((r) => !r.includes('core') && !r.includes('runIn')));

/**
 * Parameters that reach the restoration modules neither directly nor through the core's run-in:
 * the protocol after the run-in and what only the core's metrics read. Every other parameter is
 * in the restoration's resume key (the core's constants too: redundant with the run-in id, which
 * pins them, but harmless).
 */
export const NOT_READ_BY_RESTORATION: ReadonlySet<string> = new Set(
  ids((r) => r.every((x) => x === 'protocol' || x === 'metrics')),
);
