/**
 * The per-epoch arrays of a run (the core's outputs, the restoration modules' series), taken from
 * an arena instead of allocated, inside withEpochArena only. A cohort person's ≈ 24 MB of them
 * lived for one person and then fed the garbage collector (a full mark-compact per person, driven
 * by V8's external-memory limit); a worker now reuses one person's arrays for the next. Outside
 * withEpochArena (every other caller) they are plain new arrays, as before.
 *
 * An array from the arena is zeroed, as a new one is, unless its taker writes every element before
 * anything reads it (`zero` false: the core's outputs, written for every epoch).
 */
type EpochArray = Float32Array | Float64Array | Uint8Array;
type Kind = typeof Float32Array | typeof Float64Array | typeof Uint8Array;

export class EpochArena {
  /** Arrays ready to be taken, by kind and length. */
  private free = new Map<Kind, Map<number, EpochArray[]>>();
  private taken: [Kind, EpochArray][] = [];

  take<K extends Kind>(kind: K, length: number, zero: boolean): InstanceType<K> {
    const ready = this.free.get(kind)?.get(length);
    const reused = ready?.pop();
    const array = (reused ?? new kind(length)) as InstanceType<K>;
    if (reused && zero) array.fill(0);
    this.taken.push([kind, array]);
    return array;
  }

  /**
   * Everything taken since the last release is free again; what was free and not taken is let go
   * (so the arena holds one person's arrays, whatever lengths earlier protocols had).
   */
  release(): void {
    const free = new Map<Kind, Map<number, EpochArray[]>>();
    for (const [kind, array] of this.taken) {
      let byLength = free.get(kind);
      if (!byLength) free.set(kind, (byLength = new Map()));
      let list = byLength.get(array.length);
      if (!list) byLength.set(array.length, (list = []));
      list.push(array);
    }
    this.free = free;
    this.taken = [];
  }
}

let active: EpochArena | null = null;

/**
 * Runs `fn` with the engine's per-epoch arrays taken from `arena`, then frees them all for the
 * next call: `fn` must keep nothing of the results it returns but copies (numbers, samples).
 */
export function withEpochArena<T>(arena: EpochArena, fn: () => T): T {
  const outer = active;
  active = arena;
  try {
    return fn();
  } finally {
    active = outer;
    arena.release();
  }
}

export function float32Epochs(length: number, zero = true): Float32Array {
  return active ? active.take(Float32Array, length, zero) : new Float32Array(length);
}

export function float64Epochs(length: number, zero = true): Float64Array {
  return active ? active.take(Float64Array, length, zero) : new Float64Array(length);
}

export function uint8Epochs(length: number, zero = true): Uint8Array {
  return active ? active.take(Uint8Array, length, zero) : new Uint8Array(length);
}
