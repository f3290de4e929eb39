/**
 * One seeded PRNG for every stochastic part. Each night and purpose gets its own stream derived
 * from the night's seed, so two nights with the same seed share their noise (common random
 * numbers) and adding a draw in one module never shifts another module's draws.
 */

/** A stream of uniform numbers in [0, 1). sfc32, seeded through splitmix32. */
export interface Random {
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** A copy of the stream's position: resumeRandom(saved) continues exactly where this one is. */
  save(): RandomState;
}

/** Where a stream is: its four sfc32 words and the spare normal deviate, if one is pending. */
export interface RandomState {
  readonly words: Uint32Array;
  readonly spare: number | null;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a of a purpose name, so streams are keyed by what they are for. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRandom(seed: number, purpose: string): Random {
  return streamFrom(seededWords(seed, purpose), null);
}

/**
 * The four sfc32 words a stream for (seed, purpose) starts `next()` from: seeded through
 * splitmix32 from the seed and the purpose's hash, then past its first 12 draws. One derivation
 * for createRandom and uniformState, so the engine's bulk draws and its Random agree.
 */
function seededWords(seed: number, purpose: string): Uint32Array {
  const init = splitmix32((Math.trunc(seed) ^ hashString(purpose)) >>> 0);
  // State in a typed array: captured `let` numbers above 2^31 would be boxed on every draw
  // (a heap allocation per call in the engine's hot loop). Same sequence either way.
  const st = new Uint32Array(4);
  st[0] = init();
  st[1] = init();
  st[2] = init();
  st[3] = init();
  fillUniforms(st, new Float64Array(12), 0, 12);
  return st;
}

/** The stream `saved` describes, continuing where the saved one was (the saved copy is not touched). */
export function resumeRandom(saved: RandomState): Random {
  return streamFrom(saved.words.slice(), saved.spare);
}

function streamFrom(st: Uint32Array, pending: number | null): Random {
  const next = (): number => {
    const a = st[0]!;
    const b = st[1]!;
    const c = st[2]!;
    const d = st[3]!;
    const t = (((a + b) >>> 0) + d) >>> 0;
    st[3] = d + 1;
    st[0] = b ^ (b >>> 9);
    st[1] = c + (c << 3);
    st[2] = (((c << 21) | (c >>> 11)) >>> 0) + t;
    return t / 4294967296;
  };
  let spare: number | null = pending;
  return {
    next,
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u <= Number.EPSILON) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    save: () => ({ words: st.slice(), spare }),
  };
}

/**
 * The state of the stream createRandom(seed, purpose) starts `next()` from, as four uint32
 * words. With fillUniforms, the core draws its per-epoch uniforms in bulk and can save a stream
 * part-way (the run-in cache resumes it later); a test pins both to createRandom's sequence.
 */
export function uniformState(seed: number, purpose: string): Uint32Array {
  return seededWords(seed, purpose);
}

/**
 * Writes the stream's next draws to out[from..to) and advances `st` past them: the same sfc32
 * step as createRandom's next(), with the state in locals (kept as uint32 by `>>> 0`, which is
 * what storing into the Uint32Array does there).
 */
export function fillUniforms(st: Uint32Array, out: Float64Array, from: number, to: number): void {
  let a = st[0]!;
  let b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  for (let i = from; i < to; i++) {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((((c << 21) | (c >>> 11)) >>> 0) + t) >>> 0;
    out[i] = t / 4294967296;
  }
  st[0] = a;
  st[1] = b;
  st[2] = c;
  st[3] = d;
}
