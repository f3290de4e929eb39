import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFontFile, textMeasure } from './fontMetrics';
import { readPngDensity, readPngText, setPngDensity, insertPngText } from './pngText';
import { SvgContext } from './svgContext';
import { checkXml } from '../../main/export/xmlCheck';

const font = (name: string) => new Uint8Array(readFileSync(new URL(`../../assets/fonts/${name}`, import.meta.url)));
const files = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
const measure = textMeasure(files);

describe('text widths from the figure font file', () => {
  it('reads DejaVu Sans advances: 2048 units per em, space 651, "0" 1303, bold wider', () => {
    const regular = readFontFile(files.regular);
    expect(regular.unitsPerEm).toBe(2048);
    expect(regular.advance(0x20) * 2048).toBe(651);
    expect(regular.advance(0x30) * 2048).toBe(1303);
    expect(measure.width('00:00', '10px "DejaVu Sans"')).toBeCloseTo((4 * 1303 + 690) / 204.8, 6);
    expect(measure.width('Night A', 'bold 10px "DejaVu Sans"')).toBeGreaterThan(
      measure.width('Night A', '10px "DejaVu Sans"'),
    );
    // Outside the basic plane's ASCII: the en dash and minus sign the figures print.
    expect(regular.advance(0x2013)).toBeGreaterThan(0);
    expect(regular.advance(0x2212)).toBeGreaterThan(0);
  });

  it('parses Chart.js font strings (style, weight, size, family)', () => {
    expect(measure.parse('normal bold 7.5px "DejaVu Sans"')).toMatchObject({ size: 7.5, bold: true });
    expect(measure.parse('600 8px "DejaVu Sans"')).toMatchObject({ size: 8, bold: true });
    expect(measure.parse('normal 8px "DejaVu Sans"')).toMatchObject({ size: 8, bold: false });
    expect(() => measure.parse('bold "DejaVu Sans"')).toThrow(/no px size/);
  });

  it('names a file that is not a TrueType font', () => {
    expect(() => readFontFile(new Uint8Array(64), 'bad.ttf')).toThrow(/bad\.ttf has no "head" table/);
    expect(() => readFontFile(Uint8Array.of(0, 1, 0, 0, 0, 5, 0, 0), 'short.ttf')).toThrow(
      /short\.ttf is not a TrueType font/,
    );
  });
});

describe('the SVG context', () => {
  it('writes paths in transformed units, rectangles, clipping, dashes and text baselines', () => {
    const ctx = new SvgContext(100, 50, measure);
    ctx.setTransform(2, 0, 0, 2, 10, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 10, 5);
    ctx.beginPath();
    ctx.rect(0, 0, 20, 10);
    ctx.clip();
    ctx.strokeStyle = 'rgba(0,0,0,0.5)';
    ctx.lineWidth = 0.5;
    ctx.setLineDash([2, 1]);
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(1.23456, 2);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = 'bold 5px "DejaVu Sans"';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'center';
    ctx.fillStyle = '#111111';
    ctx.fillText('A & B', 5, 0);
    const svg = ctx.toString();
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).toContain('<rect x="10" y="0" width="20" height="10" fill="#ffffff"/>');
    expect(svg).toContain('<clipPath id="clip1"><path d="M10 0L50 0L50 20L10 20Z"/></clipPath>');
    expect(svg).toContain(
      '<path d="M10 0L12.469 4" fill="none" stroke="rgb(0,0,0)" stroke-width="1" stroke-opacity="0.5" stroke-dasharray="4 2" clip-path="url(#clip1)"/>',
    );
    // Top baseline: y moves down by the font's ascent (hhea 1901/2048 em at 10 units).
    const ascent = (1901 / 2048) * 10;
    expect(svg).toContain(
      `<text x="20" y="${Number(ascent.toFixed(3))}" font-family="DejaVu Sans, Verdana, Arial, sans-serif"`,
    );
    expect(svg).toContain('font-size="10" font-weight="bold" text-anchor="middle"');
    expect(svg).toContain('>A &amp; B</text>');
  });

  it('keeps a rotated text upright in its own frame (a y axis title)', () => {
    const ctx = new SvgContext(100, 100, measure);
    ctx.translate(10, 50);
    ctx.rotate(-Math.PI / 2);
    ctx.font = '8px "DejaVu Sans"';
    ctx.fillText('S (0–1)', 0, 0);
    expect(ctx.toString()).toContain('<text x="0" y="0" transform="matrix(0 -1 1 0 10 50)"');
  });

  it('restores state and draws full circles as two arcs', () => {
    const ctx = new SvgContext(10, 10, measure);
    ctx.save();
    ctx.globalAlpha = 0.5;
    ctx.restore();
    ctx.beginPath();
    ctx.arc(5, 5, 2, 0, 2 * Math.PI);
    ctx.fill();
    expect(ctx.toString()).toContain('<path d="M7 5A2 2 0 0 1 3 5A2 2 0 0 1 7 5" fill="#000000"/>');
  });
});

describe('PNG pixel density', () => {
  it('sets pHYs after IHDR or replaces it, keeping text chunks and the image', () => {
    // A 1×1 grey PNG without pHYs.
    const png = Uint8Array.from(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    expect(readPngDensity(png)).toBeNull();
    const at300 = setPngDensity(insertPngText(png, { Title: 'x' }), 300);
    expect(readPngDensity(at300)).toEqual({ x: 300, y: 300 });
    expect(readPngText(at300)).toEqual([{ keyword: 'Title', text: 'x', crcOk: true }]);
    const at600 = setPngDensity(at300, 600);
    expect(at600.length).toBe(at300.length);
    expect(readPngDensity(at600)).toEqual({ x: 600, y: 600 });
  });
});
