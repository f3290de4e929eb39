/**
 * Text widths of the figure font read from its TrueType file (cmap, hmtx, hhea, head), so every
 * edition lays out a figure the same way: the desktop's Skia, the browser's canvas and the SVG
 * writer would each measure text a little differently, and a line that wraps on one and not on
 * the other changes a figure's height, so its PNG size and its SVG bytes. Advance widths only,
 * no kerning: a layout measure, not a shaper (glyphs are placed by whoever rasterises them).
 */

export interface FontFile {
  readonly unitsPerEm: number;
  /** Above and below the baseline, in em (hhea), for the SVG writer's text baselines. */
  readonly ascent: number;
  readonly descent: number;
  /** Advance width in em of a code point (the .notdef glyph's for one the font lacks). */
  advance(codePoint: number): number;
}

export interface FigureFontFiles<T = Uint8Array> {
  readonly regular: T;
  readonly bold: T;
}

export interface TextMeasure {
  /** Width in the font string's px (figure points) of `text` in a CSS font such as `bold 7px "DejaVu Sans"`. */
  width(text: string, font: string): number;
  /** Size, weight and the regular or bold face of a CSS font string. */
  parse(font: string): { size: number; bold: boolean; face: FontFile };
}

class FontFormatError extends Error {}

/** Reads the tables a layout needs; throws naming what is missing or malformed. */
export function readFontFile(bytes: Uint8Array, name = 'the font'): FontFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  try {
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
      tables.set(tag, view.getUint32(at + 8));
    }
    const table = (tag: string) => {
      const at = tables.get(tag);
      if (at === undefined) throw new FontFormatError(`${name} has no "${tag}" table`);
      return at;
    };
    const unitsPerEm = view.getUint16(table('head') + 18);
    const hhea = table('hhea');
    const ascent = view.getInt16(hhea + 4) / unitsPerEm;
    const descent = -view.getInt16(hhea + 6) / unitsPerEm;
    const metricCount = view.getUint16(hhea + 34);
    const hmtx = table('hmtx');
    const glyphAdvance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1)) / unitsPerEm;
    const glyphOf = readCmap(view, table('cmap'), name);
    const cache = new Map<number, number>();
    return {
      unitsPerEm,
      ascent,
      descent,
      advance(codePoint) {
        let width = cache.get(codePoint);
        if (width === undefined) {
          width = glyphAdvance(glyphOf(codePoint));
          cache.set(codePoint, width);
        }
        return width;
      },
    };
  } catch (error) {
    if (error instanceof FontFormatError) throw new Error(error.message, { cause: error });
    if (error instanceof RangeError)
      throw new Error(`${name} is not a TrueType font: its tables run past its end`, { cause: error });
    throw error;
  }
}

/** The Unicode cmap subtable (format 12, else format 4) as a code point → glyph function. */
function readCmap(view: DataView, cmap: number, name: string): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | null = null;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const at = cmap + view.getUint32(cmap + 8 + 8 * i);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) return format12(view, at);
    if (unicode && format === 4) format4 ??= at;
  }
  if (format4 === null) throw new FontFormatError(`${name} has no Unicode character map (cmap format 4 or 12)`);
  const at = format4;
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (codePoint > view.getUint16(ends + 2 * s)) continue;
      const start = view.getUint16(starts + 2 * s);
      if (codePoint < start) return 0;
      const delta = view.getUint16(deltas + 2 * s);
      const range = view.getUint16(ranges + 2 * s);
      if (range === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(ranges + 2 * s + range + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function format12(view: DataView, at: number): (codePoint: number) => number {
  const groups = view.getUint32(at + 12);
  return (codePoint) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const group = at + 16 + 12 * mid;
      if (codePoint < view.getUint32(group)) hi = mid - 1;
      else if (codePoint > view.getUint32(group + 4)) lo = mid + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

/** A measure over the figure font's two faces (regular and bold), from their files' bytes. */
export function textMeasure(files: FigureFontFiles): TextMeasure {
  const faces = {
    regular: readFontFile(files.regular, 'the regular figure font'),
    bold: readFontFile(files.bold, 'the bold figure font'),
  };
  const parse = (font: string) => {
    const size = /(\d*\.?\d+(?:e-?\d+)?)px/.exec(font);
    if (!size) throw new Error(`no px size in the font "${font}"`);
    const bold = /\b(bold|bolder|[6-9]00)\b/.test(font.slice(0, size.index));
    return { size: Number(size[1]), bold, face: bold ? faces.bold : faces.regular };
  };
  return {
    parse,
    width(text, font) {
      const { size, face } = parse(font);
      let em = 0;
      for (const char of text) em += face.advance(char.codePointAt(0)!);
      return em * size;
    },
  };
}
