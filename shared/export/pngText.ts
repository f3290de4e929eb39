/**
 * PNG tEXt chunks, written and read without a PNG library: provenance travels inside the image
 * file itself (PNG 1.2 §11.3.4.3), so a figure pasted into a report still says where it came from.
 *
 * A chunk is length (4 bytes, big-endian), type, data, CRC-32 over type and data. tEXt data is
 * keyword (1–79 Latin-1 bytes), NUL, text (Latin-1). We insert before IEND, which any decoder
 * accepts; text outside Latin-1 is written as JSON-style \uXXXX escapes so nothing is lost.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, the polynomial PNG uses), as the chunk trailer needs. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Characters above U+00FF become \uXXXX so the text stays valid Latin-1 and is still readable. */
export function toLatin1Text(text: string): string {
  return text.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isPng(png: Uint8Array): boolean {
  return png.length >= 8 && SIGNATURE.every((byte, i) => png[i] === byte);
}

interface ChunkRef {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly offset: number;
  readonly dataLength: number;
}

function chunks(png: Uint8Array): ChunkRef[] {
  if (!isPng(png)) throw new Error('not a PNG file (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: ChunkRef[] = [];
  let offset = 8;
  while (offset + 12 <= png.length) {
    const dataLength = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (offset + 12 + dataLength > png.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    out.push({ type, offset, dataLength });
    offset += 12 + dataLength;
    if (type === 'IEND') break;
  }
  return out;
}

function textChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim() || keyword.includes('  ')) {
    throw new Error(
      `PNG text keyword must be 1–79 printable ASCII characters without outer or double spaces: "${keyword}"`,
    );
  }
  const body = toLatin1Text(text);
  const data = new Uint8Array(keyword.length + 1 + body.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  for (let i = 0; i < body.length; i++) data[keyword.length + 1 + i] = body.charCodeAt(i);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4); // "tEXt"
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk, 4, 8 + data.length));
  return chunk;
}

/** A copy of `png` with one tEXt chunk per entry, inserted just before IEND, in the entries' order. */
export function insertPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  const end = chunks(png).find((c) => c.type === 'IEND');
  if (!end) throw new Error('PNG has no IEND chunk');
  const added = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text));
  const size = added.reduce((sum, c) => sum + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, end.offset), 0);
  let at = end.offset;
  for (const chunk of added) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(png.subarray(end.offset), at);
  return out;
}

export interface PngTextEntry {
  readonly keyword: string;
  readonly text: string;
  /** Whether the stored CRC matches the chunk's bytes. */
  readonly crcOk: boolean;
}

/** Every tEXt chunk of a PNG, in file order, with its CRC checked. */
export function readPngText(png: Uint8Array): PngTextEntry[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: PngTextEntry[] = [];
  for (const chunk of chunks(png)) {
    if (chunk.type !== 'tEXt') continue;
    const data = png.subarray(chunk.offset + 8, chunk.offset + 8 + chunk.dataLength);
    const nul = data.indexOf(0);
    const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
    const stored = view.getUint32(chunk.offset + 8 + chunk.dataLength);
    out.push({
      keyword: latin1(data.subarray(0, nul)),
      text: latin1(data.subarray(nul + 1)),
      crcOk: stored === crc32(png, chunk.offset + 4, chunk.offset + 8 + chunk.dataLength),
    });
  }
  return out;
}

/** Pixels per metre of a density in pixels per inch, as pHYs stores it. */
export const pixelsPerMetre = (ppi: number): number => Math.round(ppi / 0.0254);

/**
 * A copy of `png` whose pHYs chunk (PNG 1.2 §11.3.5.3) says `ppi` pixels per inch, so it opens at
 * its print size: replaces one there, else goes right after IHDR. The browser's encoder writes no
 * pHYs; the desktop's writes the same chunk itself.
 */
export function setPngDensity(png: Uint8Array, ppi: number): Uint8Array {
  const list = chunks(png);
  const header = list[0];
  if (header?.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const old = list.find((c) => c.type === 'pHYs');
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, pixelsPerMetre(ppi));
  view.setUint32(12, pixelsPerMetre(ppi));
  chunk[16] = 1; // the unit is the metre
  view.setUint32(17, crc32(chunk, 4, 17));
  const cut = old ?? { offset: header.offset + 12 + header.dataLength, dataLength: -12 };
  const out = new Uint8Array(png.length - (cut.dataLength + 12) + chunk.length);
  out.set(png.subarray(0, cut.offset), 0);
  out.set(chunk, cut.offset);
  out.set(png.subarray(cut.offset + cut.dataLength + 12), cut.offset + chunk.length);
  return out;
}

/** The pHYs density of a PNG in pixels per inch (rounded), or null when it has none or it is not in metres. */
export function readPngDensity(png: Uint8Array): { x: number; y: number } | null {
  const chunk = chunks(png).find((c) => c.type === 'pHYs');
  if (!chunk || png[chunk.offset + 16] !== 1) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const inch = (ppm: number) => Math.round(ppm * 0.0254);
  return { x: inch(view.getUint32(chunk.offset + 8)), y: inch(view.getUint32(chunk.offset + 12)) };
}
