/**
 * Resuming the restoration pass at the run-in boundary: every module's state there, saved once
 * and attached to the core's run-in cache entry, so a later run with the same run-in (a caffeine
 * sweep, a slider move on the focal night) steps only the epochs after it. Bit-identical to a
 * full pass.
 *
 * Why that holds. Before the boundary B the modules read (1) the core's output before B, the same
 * bit for bit for every run reporting the same CoreRun.runIn id, (2) the parameters, read in their
 * constructors, (3) the seed (the GH burst stream) and (4) the rested fatigue of the baseline. The
 * key holds B, (2) except NOT_READ_BY_RESTORATION, (3) and (4); the entry it is attached to is (1).
 * A module's state is its own fields: numbers and booleans (state and constants) are copied, its
 * per-epoch outputs are copied over [0, B), any other typed array (a lookup table) whole, and a
 * random stream by its saved position. A field of any other kind throws, so a module cannot grow
 * state this file silently fails to carry (resume.test.ts runs every scenario both ways).
 */
import type { ParameterValues } from '../parameters';
import type { CoreTrajectory } from '../trajectory';
import { resumeRandom, type Random, type RandomState } from '../random';
import { canon } from '../canon';
import { NOT_READ_BY_RESTORATION } from '../readBy';

/** Derived from the parameters' readBy (../readBy.ts); resume.test.ts checks the modules read none. */
export { NOT_READ_BY_RESTORATION };

/** The key of the restoration's state at the boundary, within one run-in cache entry. */
export function restorationKey(params: ParameterValues, seed: number, restedFatigue: number, boundary: number): string {
  const values = params as unknown as Record<string, unknown>;
  let key = `restoration|${boundary}|${canon(seed)}|${canon(restedFatigue)}`;
  for (const id of Object.keys(values).sort()) {
    if (!NOT_READ_BY_RESTORATION.has(id)) key += `|${id}=${canon(values[id])}`;
  }
  return key;
}

type Scalar = number | boolean | null;
type Saved = Float32Array | Float64Array | Uint8Array | Int32Array | Uint32Array;

interface ModuleSnapshot {
  readonly scalars: Readonly<Record<string, Scalar>>;
  /** Per-epoch outputs over [0, boundary) and whole lookup tables, by field. */
  readonly arrays: Readonly<Record<string, Saved>>;
  /**
   * The lookup tables the copies were taken from: a module that holds the same object again (a
   * table shared through tables.ts, never written after it is built) needs no copy written in.
   */
  readonly sources: Readonly<Record<string, Saved>>;
  readonly randoms: Readonly<Record<string, RandomState>>;
}

/** Every module's state at the boundary, by the module's name in the state object. */
export interface RestorationSnapshot {
  readonly boundary: number;
  readonly modules: Readonly<Record<string, ModuleSnapshot>>;
}

function isRandom(v: object): v is Random {
  const r = v as Partial<Random>;
  return typeof r.next === 'function' && typeof r.save === 'function';
}

/**
 * Objects a module refers to but does not own: the core's arrays and the other modules. They are
 * rebuilt by the constructors (or are the very same inputs), so they are not saved.
 */
function sharedObjects(core: CoreTrajectory, modules: Readonly<Record<string, object>>): Set<unknown> {
  const shared = new Set<unknown>(Object.values(core));
  for (const m of Object.values(modules)) shared.add(m);
  return shared;
}

/**
 * The modules' state at the boundary. `views`: the per-epoch outputs are kept as views of the
 * modules' own arrays, not copies (only for an entry that goes with its runInHandOff scope: the
 * pass writes epoch i only while stepping it, so nothing changes them before the boundary).
 */
export function snapshotRestoration(
  core: CoreTrajectory,
  modules: Readonly<Record<string, object>>,
  boundary: number,
  views = false,
): RestorationSnapshot {
  const shared = sharedObjects(core, modules);
  const out: Record<string, ModuleSnapshot> = {};
  for (const [name, m] of Object.entries(modules)) {
    const scalars: Record<string, Scalar> = {};
    const arrays: Record<string, Saved> = {};
    const sources: Record<string, Saved> = {};
    const randoms: Record<string, RandomState> = {};
    for (const [field, v] of Object.entries(m)) {
      if (v === null || typeof v === 'number' || typeof v === 'boolean') scalars[field] = v as Scalar;
      else if (shared.has(v)) continue;
      else if (
        v instanceof Float32Array ||
        v instanceof Float64Array ||
        v instanceof Uint8Array ||
        v instanceof Int32Array ||
        v instanceof Uint32Array
      ) {
        if (v.length === core.epochs) arrays[field] = views ? v.subarray(0, boundary) : v.slice(0, boundary);
        else {
          // A lookup table (not a per-epoch output, which is not kept alive here).
          arrays[field] = v.slice();
          sources[field] = v;
        }
      } else if (typeof v === 'object' && isRandom(v)) randoms[field] = v.save();
      else throw new Error(`restoration snapshot: ${name}.${field} is of a kind the snapshot cannot carry`);
    }
    out[name] = { scalars, arrays, sources, randoms };
  }
  return { boundary, modules: out };
}

/** Bytes a snapshot holds (its arrays; the numbers are noise beside them). */
export function snapshotBytes(snapshot: RestorationSnapshot): number {
  let bytes = 0;
  for (const m of Object.values(snapshot.modules)) for (const a of Object.values(m.arrays)) bytes += a.byteLength;
  return bytes;
}

/** Puts freshly constructed modules (same core, parameters, seed) into the snapshot's state. */
export function restoreRestoration(snapshot: RestorationSnapshot, modules: Readonly<Record<string, object>>): void {
  for (const [name, m] of Object.entries(modules)) {
    const s = snapshot.modules[name];
    if (!s) throw new Error(`restoration snapshot: no state for module ${name}`);
    const target = m as Record<string, unknown>;
    Object.assign(target, s.scalars);
    for (const [field, a] of Object.entries(s.arrays)) {
      if (target[field] !== s.sources[field]) (target[field] as Saved).set(a);
    }
    for (const [field, r] of Object.entries(s.randoms)) target[field] = resumeRandom(r);
  }
}
