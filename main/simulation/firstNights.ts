/**
 * The nights a fresh lab asks for first: the default experiment's two nights, in the window the
 * default view shows. The app prefetches them when its pool starts (pool.ts `prefetch`: both on
 * one worker, A first), so the slow first run overlaps the window and the page loading instead
 * of following them, and B's run after it is a warm one.
 * A launch that opens a file asks for other nights; then these runs only warm the first worker up.
 */
import { defaultExperiment } from '../../shared/experiment';
import { resolveParameters } from '../../shared/model/scenarios';
import { taskSignature, type JobPool } from '../../shared/pool/jobPool';
import type { SimulationProtocol } from './messages';
import type { SimulationTask, TaskOutcome } from './task';

/**
 * As main's handler builds them from the page's first requests (handlers.ts 'sim:run'): the
 * scenario's values with the night's overrides, its events, its seed, and the focal window,
 * which the page asks for unless the view shows the whole protocol (stores/runs.ts); a browser
 * test (e2e/browser/lab.spec.ts) checks that the page's first two requests take these over.
 */
export function firstNightTasks(): SimulationTask[] {
  return defaultExperiment().nights.map((night) => ({
    values: resolveParameters(night.scenario, night.params),
    events: night.events,
    seed: night.seed,
    window: 'focal',
  }));
}

/**
 * The first nights' answers kept between starts. A fresh worker's first run is the longest wait
 * of a start (the engine is not compiled yet: ≈ 0.5–0.9 s on a 2-core machine, against ≈ 10 ms
 * for a warm slider move), and a later start asks for the same two nights again. So each start
 * keeps its first nights' outcomes (a file in the user-data folder; IndexedDB in the browser), and
 * the next start answers the page's first requests from them while the worker runs the same
 * tasks anyway: that run compiles the engine and fills the run-in cache for the slider, and its
 * result checks the saved one, bit for bit.
 *
 * A saved answer is used only when it was saved by the same engine build (`build`: the worker's
 * code and the JavaScript engine running it, so a changed model or V8 never answers with old
 * results), for a task equal by value (taskSignature), and when its bytes still hash to the
 * digest saved beside them. Anything else (another build, other nights, a torn or corrupt
 * record) is ignored, and the worker's fresh results are written in its place.
 */
export interface SavedNightsStore {
  /** The record as last written (structured-clone data), or null/undefined when there is none. */
  read(): Promise<unknown>;
  write(record: SavedNights): Promise<void>;
}

export interface SavedNight {
  readonly signature: string;
  /** outcomeDigest of `outcome`, taken when it was saved. */
  readonly digest: string;
  readonly outcome: TaskOutcome;
}

export interface SavedNights {
  readonly format: typeof SAVED_NIGHTS_FORMAT;
  readonly build: string;
  readonly nights: readonly SavedNight[];
}

const SAVED_NIGHTS_FORMAT = 1;

/** What a start did with the saved answers, for logs, the benchmark and tests. */
export interface FirstNightsReport {
  /** Page requests answered from the saved record before the worker finished (pool.answer). */
  readonly answered: number;
  /** Why the saved record was not used, when it was not ('none' when there was none). */
  readonly ignored: string | null;
  /** Whether the worker's results were written (the record was missing, stale, corrupt or differed). */
  readonly written: boolean;
  /** Saved answers the worker's run found different, bit for bit (0 unless the build key misses a change). */
  readonly differed: number;
}

/** FNV-1a over 32-bit words, two lanes with different offsets: a 64-bit check of the bytes, not a secret. */
function fnv(words: Int32Array | Uint8Array, h: [number, number]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    h[0] = Math.imul(h[0] ^ w, 0x01000193) >>> 0;
    h[1] = Math.imul(h[1] ^ (w + 0x9e3779b9), 0x01000193) >>> 0;
  }
}

/** An array's bytes as words when they fill whole words (copied when not aligned), else as bytes: the same for equal bytes wherever they sit. */
function bytesOf(array: Float32Array | Uint8Array): Int32Array | Uint8Array {
  if (array.byteLength % 4 !== 0) return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  if (array.byteOffset % 4 === 0) return new Int32Array(array.buffer, array.byteOffset, array.byteLength / 4);
  return new Int32Array(new Uint8Array(array.buffer, array.byteOffset, array.byteLength).slice().buffer);
}

/** JSON that keeps -0, NaN and the infinities apart from 0 and null. */
const exactNumbers = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && (Object.is(value, -0) || !Number.isFinite(value))
    ? `#${Object.is(value, -0) ? '-0' : value}`
    : value;

/** Every field of an outcome: its plain fields as JSON, then the stage's and each series' bytes. */
export function outcomeDigest(outcome: TaskOutcome): string {
  const { stage, series, ...plain } = outcome.result;
  const h: [number, number] = [0x811c9dc5, 0x050c5d1f];
  const names = Object.keys(series).sort();
  fnv(new TextEncoder().encode(JSON.stringify([plain, outcome.elapsed_ms, names, stage.length], exactNumbers)), h);
  fnv(bytesOf(stage), h);
  for (const name of names) {
    const values = series[name]!;
    fnv(new Int32Array([values.length]), h);
    fnv(bytesOf(values), h);
  }
  return h.map((x) => x.toString(16).padStart(8, '0')).join('');
}

/** The saved outcome for this task, or why there is none. */
function savedOutcome(record: unknown, build: string, signature: string): TaskOutcome | string {
  if (record === null || record === undefined) return 'none';
  const saved = record as Partial<SavedNights>;
  if (saved.format !== SAVED_NIGHTS_FORMAT || !Array.isArray(saved.nights)) return 'not a record of saved nights';
  if (saved.build !== build) return 'saved by another engine build';
  const night = saved.nights.find((n: Partial<SavedNight>) => n?.signature === signature) as
    Partial<SavedNight> | undefined;
  if (!night) return 'saved for other nights';
  try {
    const outcome = night.outcome as TaskOutcome;
    if (outcomeDigest(outcome) !== night.digest) return 'its bytes do not match their digest';
    return outcome;
  } catch {
    return 'its outcome cannot be read';
  }
}

/**
 * Starts the first nights on the pool (prefetch), answers the page's requests for them from the
 * saved record when it holds this build's answers, and, when the worker's own results are in,
 * writes them unless the record already held exactly these. A store that fails to read or write
 * costs only the saved answer: the worker's results answer the page as they would without one.
 */
export async function startFirstNights(
  pool: JobPool<SimulationProtocol>,
  saved: { readonly store: SavedNightsStore; readonly build: string } | null,
  tasks: readonly SimulationTask[] = firstNightTasks(),
): Promise<FirstNightsReport> {
  const own = pool.prefetch('night', tasks);
  if (!saved) {
    await Promise.allSettled(own);
    return { answered: 0, ignored: 'no store', written: false, differed: 0 };
  }
  const signatures = tasks.map((task) => taskSignature('night', task));
  const record = await saved.store.read().then(
    (value) => ({ value }),
    (error: unknown) => ({ error: `it cannot be read (${error instanceof Error ? error.message : String(error)})` }),
  );
  const found = signatures.map((signature) =>
    'error' in record ? record.error : savedOutcome(record.value, saved.build, signature),
  );
  let answered = 0;
  found.forEach((outcome, i) => {
    if (typeof outcome !== 'string' && pool.answer('night', tasks[i]!, outcome)) answered++;
  });
  const ignored = found.find((outcome): outcome is string => typeof outcome === 'string') ?? null;
  const results = await Promise.allSettled(own);
  const fresh = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (fresh.length !== tasks.length) return { answered, ignored, written: false, differed: 0 };
  const differed = found.filter((outcome, i) => typeof outcome !== 'string' && !sameOutcome(outcome, fresh[i]!)).length;
  if (ignored === null && differed === 0) return { answered, ignored, written: false, differed };
  const nights = fresh.map((outcome, i) => ({ signature: signatures[i]!, digest: outcomeDigest(outcome), outcome }));
  const written = await saved.store
    .write({ format: SAVED_NIGHTS_FORMAT, build: saved.build, nights })
    .then(() => true)
    .catch(() => false);
  return { answered, ignored, written, differed };
}

/** Equal bit for bit, every field (elapsed_ms aside: it is how long a run took, not its result). */
export function sameOutcome(a: TaskOutcome, b: TaskOutcome): boolean {
  // The fields that are not arrays and the series' names as text, then the arrays byte by byte:
  // no digest of either, which would read every array once more.
  return plainPart(a) === plainPart(b) && sameBytes(a, b);
}

function plainPart(outcome: TaskOutcome): string {
  const { stage: _stage, series, ...plain } = outcome.result;
  return JSON.stringify([plain, Object.keys(series).sort()], exactNumbers);
}

function sameBytes(a: TaskOutcome, b: TaskOutcome): boolean {
  const arrays = (o: TaskOutcome) => [
    o.result.stage,
    ...Object.keys(o.result.series)
      .sort()
      .map((k) => o.result.series[k]!),
  ];
  const x = arrays(a);
  const y = arrays(b);
  if (x.length !== y.length) return false;
  return x.every((array, i) => {
    const p = bytesOf(array);
    const q = bytesOf(y[i]!);
    if (p.length !== q.length) return false;
    for (let j = 0; j < p.length; j++) if (p[j] !== q[j]) return false;
    return true;
  });
}
