import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, insertPngText, readPngText, toLatin1Text } from './pngText';

/** A valid 1×1 grey PNG built by hand, so the test depends on no encoder. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    view.setUint32(8 + data.length, zlibCrc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1×1, 8-bit greyscale
  const idat = deflateSync(new Uint8Array([0, 0x80]));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('PNG text chunks', () => {
  it('computes the CRC-32 that zlib computes', () => {
    const bytes = new TextEncoder().encode('tEXtTitle\0Nocturne figure');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('inserts tEXt chunks before IEND with correct CRCs, and reads them back in order', () => {
    const png = tinyPng();
    const out = insertPngText(png, { Title: 'Hypnogram, µ-test', 'Nocturne provenance': '{"label":"Δ night"}' });
    // Still ends with the IEND chunk (length 0, "IEND", its fixed CRC).
    expect([...out.subarray(-12)]).toEqual([...png.subarray(-12)]);
    expect(out.length).toBeGreaterThan(png.length);
    const entries = readPngText(out);
    expect(entries).toEqual([
      { keyword: 'Title', text: 'Hypnogram, µ-test', crcOk: true },
      // Outside Latin-1, as JSON escapes: the JSON still parses to the original text.
      { keyword: 'Nocturne provenance', text: '{"label":"\\u0394 night"}', crcOk: true },
    ]);
    expect(JSON.parse(entries[1]!.text)).toEqual({ label: 'Δ night' });
  });

  it('notices a corrupted chunk through its CRC', () => {
    const out = insertPngText(tinyPng(), { Title: 'abc' });
    const at = out.length - 12 - 4 - 3; // inside the text "abc"
    out[at] = 'x'.charCodeAt(0);
    expect(readPngText(out)[0]).toMatchObject({ text: 'xbc', crcOk: false });
  });

  it('refuses what is not a PNG and keywords PNG does not allow', () => {
    expect(() => insertPngText(new Uint8Array([1, 2, 3]), { Title: 'x' })).toThrow(/not a PNG/);
    expect(() => insertPngText(tinyPng(), { '': 'x' })).toThrow(/keyword/);
    expect(() => insertPngText(tinyPng(), { ['k'.repeat(80)]: 'x' })).toThrow(/keyword/);
    expect(() => insertPngText(tinyPng(), { Größe: 'x' })).toThrow(/keyword/);
  });

  it('escapes only what Latin-1 cannot hold', () => {
    expect(toLatin1Text('µ é – β')).toBe('µ é \\u2013 \\u03b2');
  });
});
