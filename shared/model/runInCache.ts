/**
 * The run-in cache: the core's state and output at the end of the run-in, kept so that a later
 * run with the same run-in (a sweep over caffeine, a slider move on the focal night) copies it
 * and integrates only the rest of the protocol. Results are bit-identical to a run without it.
 *
 * Why that holds. Up to the boundary epoch B the core loop reads only (1) the parameters its
 * modules read, (2) the seed (each stream's first B draws), (3) the timeline before B (in bed,
 * light, arousal rate, suppression, doses) and its start clock. The key holds (1) and (2) and B;
 * (3) is compared exactly against a copy on every hit. The key leaves out only the parameters in
 * NOT_READ_BY_CORE: those the core loop never reads (they act through the timeline, checked
 * anyway, or not on the core at all). runInCache.test.ts perturbs each of them.
 *
 * Later passes attach their own state at the boundary to an entry (attachments, by their own
 * key): the restoration pass does (restoration/resume.ts). They go with the entry when it is
 * evicted, and the cache's on/off switch and clear() apply to them too.
 */
import type { ParameterValues } from './parameters';
import type { Dose, Timeline } from './protocol';
import { canon } from './canon';
import { NOT_READ_BY_CORE, PROTOCOL_AFTER_RUN_IN } from './readBy';

/** Derived from the parameters' readBy (readBy.ts); re-exported for the cache's users and tests. */
export { NOT_READ_BY_CORE, PROTOCOL_AFTER_RUN_IN };

/** The cache key: boundary, seed and every parameter the core reads, by name. */
export function runInKey(params: ParameterValues, seed: number, boundary: number): string {
  const values = params as unknown as Record<string, unknown>;
  let key = `${boundary}|${canon(seed)}`;
  for (const id of Object.keys(values).sort()) {
    if (!NOT_READ_BY_CORE.has(id)) key += `|${id}=${canon(values[id])}`;
  }
  return key;
}

/** Plain copies of the modules' own fields (state and constants) at the boundary. */
export interface CoreState {
  readonly pacemaker: object;
  readonly melatonin: object;
  readonly homeostat: object;
  readonly pharm: object;
  readonly sw: object;
  readonly ultradian: object;
  readonly cafNext: number;
  readonly alcNext: number;
  /** The exogenous melatonin state, on a timeline with melatonin doses (core.ts). */
  readonly exoMelatonin?: object;
  readonly melNext?: number;
  readonly prevStage: number;
  readonly clock: number;
}

/** An entry holds the timeline before its boundary (TimelinePrefix), to compare on every hit. */
export interface RunInEntry extends TimelinePrefix {
  /**
   * Unique per stored entry: two runs that report the same id (CoreRun.runIn) have bit-identical
   * core output before the boundary, so a later cache of the restoration pass can key on it.
   */
  readonly id: number;
  readonly key: string;
  readonly boundary: number;
  readonly state: CoreState;
  /** Random stream states after `boundary` draws, by purpose. */
  readonly streams: Readonly<Record<string, Uint32Array>>;
  /** The core's output arrays over [0, boundary), by name. */
  readonly outputs: Readonly<Record<string, Float32Array | Float64Array | Uint8Array>>;
  /**
   * Later passes' own state at the boundary (the restoration's), by their key, with its size;
   * evicted with the entry, at most ATTACHMENTS_PER_ENTRY of them, and all of them together
   * within the attachment byte budget (least recently used goes first).
   */
  readonly attachments: Map<string, { readonly value: unknown; readonly bytes: number }>;
}

/** Attachments kept per entry: a restoration snapshot of the default protocol is 3.5 MiB. */
export const ATTACHMENTS_PER_ENTRY = 2;
/**
 * Bytes all attachments may hold together by default: 18 default-protocol snapshots, or 4 of a
 * 60-day run-in (15 MiB each), whatever the number of entries.
 */
export const DEFAULT_ATTACHMENT_BUDGET = 64 * 2 ** 20;

let nextId = 1;
let enabled = true;
let capacity = 8;
/** Insertion order is recency order: a hit is moved to the end, the first entry is evicted. */
const entries = new Map<string, RunInEntry>();
const stats = { hits: 0, misses: 0, rejected: 0 };
const attachmentStats = { hits: 0, misses: 0 };
let attachmentBudget = DEFAULT_ATTACHMENT_BUDGET;
let attachmentBytes = 0;
/** Inside runInHandOff: entries hold views of the run's arrays, and go when the scope ends. */
let handOff: { readonly keys: Set<string>; readonly ids: Set<number> } | null = null;
/** Every attachment in recency order across entries, by `${entry id}|${key}`. */
const attachmentOrder = new Map<string, { readonly entry: RunInEntry; readonly key: string }>();

function dropAttachment(e: RunInEntry, key: string): void {
  const a = e.attachments.get(key);
  if (!a) return;
  e.attachments.delete(key);
  attachmentOrder.delete(`${e.id}|${key}`);
  attachmentBytes -= a.bytes;
}

/** Removes an entry and its attachments. */
function dropEntry(key: string): void {
  const e = entries.get(key);
  if (!e) return;
  for (const k of [...e.attachments.keys()]) dropAttachment(e, k);
  entries.delete(key);
}

function dropAll(): void {
  entries.clear();
  attachmentOrder.clear();
  attachmentBytes = 0;
}

function fitAttachments(): void {
  while (attachmentBytes > attachmentBudget) {
    const oldest = attachmentOrder.values().next().value!;
    dropAttachment(oldest.entry, oldest.key);
  }
}

/**
 * Turns the cache on or off (off also empties it) and sets its size: `capacity` entries (≈ 2.5 MB
 * each for the default protocol, ≈ 11 MB for a 60-day run-in) and `attachmentBytes` for all
 * attachments together (DEFAULT_ATTACHMENT_BUDGET).
 */
export function configureRunInCache(options: { enabled?: boolean; capacity?: number; attachmentBytes?: number }): void {
  if (options.enabled !== undefined) enabled = options.enabled;
  if (options.capacity !== undefined) capacity = Math.max(0, Math.floor(options.capacity));
  if (options.attachmentBytes !== undefined) attachmentBudget = Math.max(0, options.attachmentBytes);
  if (!enabled || capacity === 0) dropAll();
  while (entries.size > capacity) dropEntry(entries.keys().next().value!);
  fitAttachments();
}

export function clearRunInCache(): void {
  dropAll();
  stats.hits = 0;
  stats.misses = 0;
  stats.rejected = 0;
  attachmentStats.hits = 0;
  attachmentStats.misses = 0;
}

export function runInCacheStats(): {
  hits: number;
  misses: number;
  rejected: number;
  size: number;
  attachments: { hits: number; misses: number; size: number; bytes: number };
} {
  const attachments = { ...attachmentStats, size: attachmentOrder.size, bytes: attachmentBytes };
  return { ...stats, size: entries.size, attachments };
}

/** The stored entry with this id (CoreRun.runIn.id), if it is still in the cache. */
function entryById(id: number): RunInEntry | null {
  for (const e of entries.values()) if (e.id === id) return e;
  return null;
}

/**
 * What a later pass attached under `key` to the run-in with this id, or null. The caller's key
 * must hold every input its state at the boundary depends on besides the core's run-in itself.
 */
export function lookupAttachment<T>(runInId: number, key: string): T | null {
  const e = runInCacheEnabled() ? entryById(runInId) : null;
  const a = e?.attachments.get(key);
  if (!e || a === undefined) {
    attachmentStats.misses++;
    return null;
  }
  attachmentStats.hits++;
  e.attachments.delete(key);
  e.attachments.set(key, a);
  const order = `${e.id}|${key}`;
  attachmentOrder.delete(order);
  attachmentOrder.set(order, { entry: e, key });
  return a.value as T;
}

/**
 * Attaches `value` (about `bytes` in size) under `key` to the run-in with this id; false when
 * that entry is gone or the value alone would exceed the attachment budget.
 */
export function storeAttachment(runInId: number, key: string, value: unknown, bytes: number): boolean {
  const e = runInCacheEnabled() ? entryById(runInId) : null;
  if (!e || bytes > attachmentBudget) return false;
  dropAttachment(e, key);
  e.attachments.set(key, { value, bytes });
  attachmentOrder.set(`${e.id}|${key}`, { entry: e, key });
  attachmentBytes += bytes;
  while (e.attachments.size > ATTACHMENTS_PER_ENTRY) dropAttachment(e, e.attachments.keys().next().value!);
  fitAttachments();
  return true;
}

/**
 * Runs `fn` with the cache in hand-off mode, for runs whose run-in no later run outside `fn` will
 * share (a cohort person: its own parameters, so its own run-in, reused only by its other night).
 * An entry stored inside then holds views of the run's own arrays before the boundary instead of
 * copies (the timeline's, the core's outputs but those named `copied` by storeRunIn, and the
 * restoration's attached to it, resume.ts), and every entry stored inside is dropped when `fn`
 * returns; what is attached inside to an entry from before stays copies (runInHandedOff). Sound
 * because nothing writes those arrays before the boundary once the run has passed it: the core
 * and the restoration write epoch i only while stepping it, and engine.ts's later write into an
 * output (a melatonin dose's level) is named in `copied`. Lookups, keys and the timeline check
 * are the general ones, so the numbers are the same bits as without it (runInCache.test.ts).
 */
export function runInHandOff<T>(fn: () => T): T {
  const outer = handOff;
  const scope = { keys: new Set<string>(), ids: new Set<number>() };
  handOff = scope;
  try {
    return fn();
  } finally {
    handOff = outer;
    for (const key of scope.keys) dropEntry(key);
  }
}

/**
 * Whether state attached to the run-in with this id may be views of the run's arrays: only when
 * that entry was stored inside the current runInHandOff, so it goes when the scope ends. An
 * entry from before the scope outlives it, and what is attached to it must be copies.
 */
export function runInHandedOff(runInId: number): boolean {
  return handOff !== null && handOff.ids.has(runInId);
}

export function runInCacheEnabled(): boolean {
  return enabled && capacity > 0;
}

function sameBits(a: Float32Array, b: Float32Array, n: number): boolean {
  const x = new Int32Array(a.buffer, a.byteOffset, n);
  const y = new Int32Array(b.buffer, b.byteOffset, n);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array, n: number): boolean {
  let from = 0;
  // Four bytes at a time where both are aligned for it (exact integer comparison either way).
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = n >> 2;
    const x = new Int32Array(a.buffer, a.byteOffset, words);
    const y = new Int32Array(b.buffer, b.byteOffset, words);
    for (let i = 0; i < words; i++) if (x[i] !== y[i]) return false;
    from = words << 2;
  }
  for (let i = from; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

function dosesBefore(doses: readonly Dose[], boundary: number): Dose[] {
  return doses.filter((d) => d.epoch < boundary).map((d) => ({ epoch: d.epoch, amount: d.amount }));
}

function sameDoses(cached: readonly Dose[], doses: readonly Dose[], boundary: number): boolean {
  const now = dosesBefore(doses, boundary);
  return (
    now.length === cached.length &&
    now.every((d, i) => d.epoch === cached[i]!.epoch && Object.is(d.amount, cached[i]!.amount))
  );
}

/** The parts of a timeline that decide the core's state at the boundary. */
type TimelinePrefix = Pick<
  Timeline,
  'startClock_h' | 'inBed' | 'lux' | 'arousalsPerHour' | 'swsSuppression' | 'caffeine' | 'alcohol' | 'melatonin'
>;

/** The entry for `key` if the timeline before its boundary is the cached one, bit for bit. */
export function lookupRunIn(key: string, tl: TimelinePrefix): RunInEntry | null {
  if (!runInCacheEnabled()) return null;
  const e = entries.get(key);
  if (!e) {
    stats.misses++;
    return null;
  }
  const n = e.boundary;
  const same =
    Object.is(tl.startClock_h, e.startClock_h) &&
    tl.inBed.length >= n &&
    sameBytes(tl.inBed, e.inBed, n) &&
    sameBits(tl.lux, e.lux, n) &&
    sameBits(tl.arousalsPerHour, e.arousalsPerHour, n) &&
    sameBits(tl.swsSuppression, e.swsSuppression, n) &&
    sameDoses(e.caffeine, tl.caffeine, n) &&
    sameDoses(e.alcohol, tl.alcohol, n) &&
    sameDoses(e.melatonin, tl.melatonin, n);
  if (!same) {
    stats.rejected++;
    return null;
  }
  stats.hits++;
  entries.delete(key);
  entries.set(key, e);
  return e;
}

/**
 * Builds and stores an entry (copying the timeline prefix); the caller supplies state and
 * outputs, and names the outputs that are written again before the boundary after the run
 * (`copied`: always copied, also in hand-off mode). Returns the entry's id, or 0 when the cache is off.
 */
export function storeRunIn(
  key: string,
  boundary: number,
  tl: TimelinePrefix,
  state: CoreState,
  streams: Record<string, Uint32Array>,
  outputs: Record<string, Float32Array | Float64Array | Uint8Array>,
  copied: readonly string[] = [],
): number {
  if (!runInCacheEnabled()) return 0;
  const views = handOff !== null;
  const keep = <A extends Float32Array | Float64Array | Uint8Array>(a: A): A =>
    (views ? a.subarray(0, boundary) : a.slice(0, boundary)) as A;
  const entry: RunInEntry = {
    id: nextId++,
    key,
    boundary,
    startClock_h: tl.startClock_h,
    inBed: keep(tl.inBed),
    lux: keep(tl.lux),
    arousalsPerHour: keep(tl.arousalsPerHour),
    swsSuppression: keep(tl.swsSuppression),
    caffeine: dosesBefore(tl.caffeine, boundary),
    alcohol: dosesBefore(tl.alcohol, boundary),
    melatonin: dosesBefore(tl.melatonin, boundary),
    state,
    streams,
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([k, a]) => [k, copied.includes(k) ? a.slice(0, boundary) : keep(a)]),
    ),
    attachments: new Map(),
  };
  dropEntry(key);
  entries.set(key, entry);
  handOff?.keys.add(key);
  handOff?.ids.add(entry.id);
  while (entries.size > capacity) dropEntry(entries.keys().next().value!);
  return entry.id;
}
