/**
 * The browser harness's wire format (e2e/lab.ts), both ways: a 32-bit length, that many bytes of JSON, then (from the
 * next multiple of 8) one block with the bytes of every typed array, each 8-byte aligned; in the
 * JSON a typed array is a marker {__ta: offset, kind, length} into the block, and a number JSON
 * cannot hold (NaN, ±Infinity, -0) is {__num: its text}, and undefined (a call without a payload,
 * `lab.info(undefined)`, which JSON would turn into null) is {__undefined: 1}. One HTTP request and its reply per call,
 * bytes as bytes, as Electron's structured clone moves them: the Playwright binding this replaced
 * (JSON there, plus a fetch for the bytes) cost ≈ 20 ms per slider move that the real app never pays.
 */
const TYPED = { f32: Float32Array, f64: Float64Array, u8: Uint8Array, u32: Uint32Array, i32: Int32Array } as const;
type TypedKind = keyof typeof TYPED;

function kindOf(value: unknown): TypedKind | null {
  for (const [kind, Type] of Object.entries(TYPED)) if (value instanceof Type) return kind as TypedKind;
  return null;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function packMessage(value: unknown): Uint8Array {
  const chunks: { at: number; bytes: Uint8Array }[] = [];
  let size = 0;
  const json = JSON.stringify({ value }, (_key, v: unknown) => {
    if (v === undefined) return { __undefined: 1 };
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
      return { __num: Object.is(v, -0) ? '-0' : String(v) };
    const kind = kindOf(v);
    if (!kind) return v;
    const view = v as ArrayBufferView & { length: number };
    chunks.push({ at: size, bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength) });
    const marker = { __ta: size, kind, length: view.length };
    size += align8(view.byteLength);
    return marker;
  });
  const text = new TextEncoder().encode(json);
  const head = 8 + align8(text.length);
  const out = new Uint8Array(head + size);
  new DataView(out.buffer).setUint32(0, text.length, true);
  out.set(text, 8);
  for (const chunk of chunks) out.set(chunk.bytes, head + chunk.at);
  return out;
}

export function unpackMessage(bytes: Uint8Array): unknown {
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const head = 8 + align8(length);
  const json = new TextDecoder().decode(bytes.subarray(8, 8 + length));
  const message = JSON.parse(json, (_key, v: unknown) => {
    if (!v || typeof v !== 'object') return v;
    const marker = v as { __ta?: number; __num?: string; __undefined?: number; kind?: string; length?: number };
    if (marker.__undefined === 1) return undefined;
    if (marker.__num !== undefined) return Number(marker.__num);
    if (marker.__ta === undefined || !(marker.kind! in TYPED)) return v;
    const Type = TYPED[marker.kind as TypedKind];
    const from = bytes.byteOffset + head + marker.__ta;
    // Each typed array gets its own buffer, as a structured clone gives it.
    return new Type((bytes.buffer as ArrayBuffer).slice(from, from + marker.length! * Type.BYTES_PER_ELEMENT));
  }) as { value?: unknown };
  return message.value;
}
