/**
 * Plain JSON for what crosses from the test (Node) into the page: typed arrays as their bytes in
 * base64 and non-finite numbers by name, so both nights reach the page bit for bit as the desktop
 * renders them (JSON alone would turn NaN into null and cannot hold a Float32Array).
 */
const TYPED = { Float32Array, Float64Array, Uint8Array } as const;
type TypedName = keyof typeof TYPED;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return { __number: String(v) };
    for (const name of Object.keys(TYPED) as TypedName[]) {
      if (v instanceof TYPED[name]) {
        return { __typed: name, base64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
      }
    }
    return v;
  });
}

export function fromWire<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && '__number' in v) return Number((v as { __number: string }).__number);
    if (v && typeof v === 'object' && '__typed' in v) {
      const tagged = v as { __typed: TypedName; base64: string };
      return new TYPED[tagged.__typed](fromBase64(tagged.base64).buffer as ArrayBuffer);
    }
    return v;
  }) as T;
}

export { fromBase64, toBase64 };
