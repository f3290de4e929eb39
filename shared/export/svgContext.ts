/**
 * A canvas 2D context that writes SVG: the subset of CanvasRenderingContext2D that Chart.js and
 * the figure code draw with (paths, rectangles, arcs, text, clipping, dashes, transforms). It is
 * plain TypeScript, so the desktop and the browser write the same SVG bytes from the same drawing,
 * and text is measured from the figure font's own file (fontMetrics.ts), not by a rasteriser.
 *
 * Path points are transformed when they are added, as a canvas does, and written in the SVG's
 * own units; text keeps its position and, when rotated, a transform. Numbers are written with at
 * most three decimals: a thousandth of a point is far below print resolution.
 */
import { FIGURE_FONT } from './options';
import type { TextMeasure } from './fontMetrics';
import { escapeXml } from './svgMetadata';
import { IDENTITY, multiply, num, paint, type Matrix } from './svgGeometry';

type TextAlign = 'left' | 'right' | 'center' | 'start' | 'end';
type TextBaseline = 'top' | 'hanging' | 'middle' | 'alphabetic' | 'ideographic' | 'bottom';
interface State {
  matrix: Matrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  miterLimit: number;
  dash: number[];
  lineDashOffset: number;
  globalAlpha: number;
  font: string;
  textAlign: TextAlign;
  textBaseline: TextBaseline;
  clip: string | null;
}

export class SvgContext {
  readonly canvas: { width: number; height: number };
  private readonly body: string[] = [];
  private readonly stack: State[] = [];
  private state: State;
  private path: string[] = [];
  private current: [number, number] | null = null;
  private subpathStart: [number, number] | null = null;
  private clipCount = 0;

  constructor(
    width: number,
    height: number,
    private readonly measure: TextMeasure,
  ) {
    this.canvas = { width, height };
    this.state = {
      matrix: IDENTITY,
      fillStyle: '#000000',
      strokeStyle: '#000000',
      lineWidth: 1,
      lineCap: 'butt',
      lineJoin: 'miter',
      miterLimit: 10,
      dash: [],
      lineDashOffset: 0,
      globalAlpha: 1,
      font: `10px "${FIGURE_FONT}"`,
      textAlign: 'start',
      textBaseline: 'alphabetic',
      clip: null,
    };
  }

  /** The document: the root element sized in the drawing's units, then everything drawn. */
  toString(): string {
    const { width, height } = this.canvas;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}">${this.body.join('')}</svg>`;
  }

  // ── state ──
  get fillStyle(): string {
    return this.state.fillStyle;
  }
  set fillStyle(value: unknown) {
    if (typeof value === 'string') this.state.fillStyle = value;
  }
  get strokeStyle(): string {
    return this.state.strokeStyle;
  }
  set strokeStyle(value: unknown) {
    if (typeof value === 'string') this.state.strokeStyle = value;
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineWidth(value: number) {
    if (Number.isFinite(value) && value > 0) this.state.lineWidth = value;
  }
  get lineCap(): string {
    return this.state.lineCap;
  }
  set lineCap(value: string) {
    this.state.lineCap = value;
  }
  get lineJoin(): string {
    return this.state.lineJoin;
  }
  set lineJoin(value: string) {
    this.state.lineJoin = value;
  }
  get miterLimit(): number {
    return this.state.miterLimit;
  }
  set miterLimit(value: number) {
    this.state.miterLimit = value;
  }
  get lineDashOffset(): number {
    return this.state.lineDashOffset;
  }
  set lineDashOffset(value: number) {
    this.state.lineDashOffset = value;
  }
  get globalAlpha(): number {
    return this.state.globalAlpha;
  }
  set globalAlpha(value: number) {
    if (value >= 0 && value <= 1) this.state.globalAlpha = value;
  }
  get font(): string {
    return this.state.font;
  }
  set font(value: string) {
    this.state.font = value;
  }
  get textAlign(): TextAlign {
    return this.state.textAlign;
  }
  set textAlign(value: TextAlign) {
    this.state.textAlign = value;
  }
  get textBaseline(): TextBaseline {
    return this.state.textBaseline;
  }
  set textBaseline(value: TextBaseline) {
    this.state.textBaseline = value;
  }
  /** Drawn over what is there, as the figures always do; other modes are not written. */
  globalCompositeOperation = 'source-over';

  save(): void {
    this.stack.push({ ...this.state, dash: [...this.state.dash] });
  }
  restore(): void {
    const state = this.stack.pop();
    if (state) this.state = state;
  }
  setLineDash(dash: readonly number[]): void {
    // As a canvas does: an odd list is repeated, a negative or non-finite entry ignores the call.
    if (dash.some((d) => !Number.isFinite(d) || d < 0)) return;
    this.state.dash = dash.length % 2 === 1 ? [...dash, ...dash] : [...dash];
  }
  getLineDash(): number[] {
    return [...this.state.dash];
  }

  // ── transforms ──
  setTransform(
    a: number | Partial<Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>>,
    b = 0,
    c = 0,
    d = 1,
    e = 0,
    f = 0,
  ): void {
    this.state.matrix =
      typeof a === 'object' ? [a.a ?? 1, a.b ?? 0, a.c ?? 0, a.d ?? 1, a.e ?? 0, a.f ?? 0] : [a, b, c, d, e, f];
  }
  resetTransform(): void {
    this.state.matrix = IDENTITY;
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.matrix = multiply(this.state.matrix, [a, b, c, d, e, f]);
  }
  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }
  rotate(angle: number): void {
    this.transform(Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), 0, 0);
  }

  private point(x: number, y: number): [number, number] {
    const m = this.state.matrix;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  }
  /** The matrix's length scale (uniform scales and rotations: what the figures use). */
  private get unit(): number {
    const m = this.state.matrix;
    return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  }

  // ── paths ──
  beginPath(): void {
    this.path = [];
    this.current = null;
    this.subpathStart = null;
  }
  moveTo(x: number, y: number): void {
    const p = this.point(x, y);
    this.path.push(`M${num(p[0])} ${num(p[1])}`);
    this.current = p;
    this.subpathStart = p;
  }
  lineTo(x: number, y: number): void {
    if (!this.current) return this.moveTo(x, y);
    const p = this.point(x, y);
    this.path.push(`L${num(p[0])} ${num(p[1])}`);
    this.current = p;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (!this.current) this.moveTo(x1, y1);
    const [a, b, c] = [this.point(x1, y1), this.point(x2, y2), this.point(x, y)];
    this.path.push(`C${[...a, ...b, ...c].map(num).join(' ')}`);
    this.current = c;
  }
  quadraticCurveTo(x1: number, y1: number, x: number, y: number): void {
    if (!this.current) this.moveTo(x1, y1);
    const [a, b] = [this.point(x1, y1), this.point(x, y)];
    this.path.push(`Q${[...a, ...b].map(num).join(' ')}`);
    this.current = b;
  }
  closePath(): void {
    if (!this.current) return;
    this.path.push('Z');
    this.current = this.subpathStart;
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }
  arc(x: number, y: number, r: number, start: number, end: number, anticlockwise = false): void {
    const m = this.state.matrix;
    const rotation = Math.atan2(m[1], m[0]);
    const radius = r * this.unit;
    let sweep = end - start;
    if (!anticlockwise && sweep < 0) sweep = (sweep % (2 * Math.PI)) + 2 * Math.PI;
    if (anticlockwise && sweep > 0) sweep = (sweep % (2 * Math.PI)) - 2 * Math.PI;
    sweep = Math.max(-2 * Math.PI, Math.min(2 * Math.PI, sweep));
    const centre = this.point(x, y);
    const at = (angle: number): [number, number] => [
      centre[0] + radius * Math.cos(angle + rotation),
      centre[1] + radius * Math.sin(angle + rotation),
    ];
    const from = at(start);
    this.path.push(`${this.current ? 'L' : 'M'}${num(from[0])} ${num(from[1])}`);
    if (!this.subpathStart) this.subpathStart = from;
    // A full circle is two half arcs: one SVG arc cannot start and end at the same point.
    const pieces = Math.abs(sweep) > Math.PI ? 2 : 1;
    for (let i = 1; i <= pieces; i++) {
      const to = at(start + (sweep * i) / pieces);
      this.path.push(`A${num(radius)} ${num(radius)} 0 0 ${sweep > 0 ? 1 : 0} ${num(to[0])} ${num(to[1])}`);
      this.current = to;
    }
  }

  // ── drawing ──
  private common(): string {
    const parts: string[] = [];
    if (this.state.globalAlpha < 1) parts.push(` opacity="${num(this.state.globalAlpha)}"`);
    if (this.state.clip) parts.push(` clip-path="url(#${this.state.clip})"`);
    return parts.join('');
  }
  private fillAttributes(rule = 'nonzero'): string {
    const { paint: fill, opacity } = paint(this.state.fillStyle);
    return (
      ` fill="${escapeXml(fill)}"` +
      (opacity < 1 ? ` fill-opacity="${num(opacity)}"` : '') +
      (rule === 'evenodd' ? ' fill-rule="evenodd"' : '')
    );
  }
  private strokeAttributes(): string {
    const s = this.state;
    const { paint: stroke, opacity } = paint(s.strokeStyle);
    const u = this.unit;
    return (
      ` fill="none" stroke="${escapeXml(stroke)}" stroke-width="${num(s.lineWidth * u)}"` +
      (opacity < 1 ? ` stroke-opacity="${num(opacity)}"` : '') +
      (s.lineCap !== 'butt' ? ` stroke-linecap="${s.lineCap}"` : '') +
      (s.lineJoin !== 'miter' ? ` stroke-linejoin="${s.lineJoin}"` : '') +
      (s.miterLimit !== 10 ? ` stroke-miterlimit="${num(s.miterLimit)}"` : '') +
      (s.dash.length > 0 ? ` stroke-dasharray="${s.dash.map((d) => num(d * u)).join(' ')}"` : '') +
      (s.dash.length > 0 && s.lineDashOffset !== 0 ? ` stroke-dashoffset="${num(s.lineDashOffset * u)}"` : '')
    );
  }
  fill(rule?: unknown): void {
    if (this.path.length === 0) return;
    this.body.push(
      `<path d="${this.path.join('')}"${this.fillAttributes(rule === 'evenodd' ? rule : 'nonzero')}${this.common()}/>`,
    );
  }
  stroke(): void {
    if (this.path.length === 0) return;
    this.body.push(`<path d="${this.path.join('')}"${this.strokeAttributes()}${this.common()}/>`);
  }
  clip(): void {
    const id = `clip${++this.clipCount}`;
    const parent = this.state.clip ? ` clip-path="url(#${this.state.clip})"` : '';
    this.body.push(`<clipPath id="${id}"${parent}><path d="${this.path.join('')}"/></clipPath>`);
    this.state.clip = id;
  }
  private rectangle(x: number, y: number, w: number, h: number): string | null {
    const m = this.state.matrix;
    if (m[1] !== 0 || m[2] !== 0) return null;
    const [x0, y0] = this.point(x, y);
    const [x1, y1] = this.point(x + w, y + h);
    return `<rect x="${num(Math.min(x0, x1))}" y="${num(Math.min(y0, y1))}" width="${num(Math.abs(x1 - x0))}" height="${num(Math.abs(y1 - y0))}"`;
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    const rect = this.rectangle(x, y, w, h);
    if (rect) return void this.body.push(`${rect}${this.fillAttributes()}${this.common()}/>`);
    const saved = this.path;
    this.beginPath();
    this.rect(x, y, w, h);
    this.fill();
    this.path = saved;
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    const rect = this.rectangle(x, y, w, h);
    if (rect) return void this.body.push(`${rect}${this.strokeAttributes()}${this.common()}/>`);
    const saved = this.path;
    this.beginPath();
    this.rect(x, y, w, h);
    this.stroke();
    this.path = saved;
  }
  /** The figures paint their own background once; nothing is cleared. */
  clearRect(): void {}

  measureText(text: string): { width: number; actualBoundingBoxAscent: number; actualBoundingBoxDescent: number } {
    const { size, face } = this.measure.parse(this.state.font);
    return {
      width: this.measure.width(text, this.state.font),
      actualBoundingBoxAscent: face.ascent * size,
      actualBoundingBoxDescent: face.descent * size,
    };
  }
  fillText(text: string, x: number, y: number): void {
    this.text(text, x, y, this.fillAttributes());
  }
  strokeText(text: string, x: number, y: number): void {
    this.text(text, x, y, this.strokeAttributes());
  }
  private text(text: string, x: number, y: number, paintAttributes: string): void {
    const { size, bold, face } = this.measure.parse(this.state.font);
    // Baselines from the font's own ascent and descent, so no viewer's dominant-baseline support matters.
    const shift: Record<string, number> = {
      top: face.ascent,
      hanging: face.ascent * 0.8,
      middle: (face.ascent - face.descent) / 2,
      alphabetic: 0,
      ideographic: -face.descent,
      bottom: -face.descent,
    };
    const baseline = y + (shift[this.state.textBaseline] ?? 0) * size;
    const anchor: string =
      ({ center: 'middle', right: 'end', end: 'end' } as Record<string, string>)[this.state.textAlign] ?? 'start';
    const m = this.state.matrix;
    const turned = m[1] !== 0 || m[2] !== 0;
    const [px, py] = turned ? [x, baseline] : this.point(x, baseline);
    const fontSize = turned ? size : size * this.unit;
    this.body.push(
      `<text x="${num(px)}" y="${num(py)}"` +
        (turned ? ` transform="matrix(${m.map(num).join(' ')})"` : '') +
        ` font-family="${FIGURE_FONT}, Verdana, Arial, sans-serif" font-size="${num(fontSize)}"` +
        (bold ? ' font-weight="bold"' : '') +
        (anchor !== 'start' ? ` text-anchor="${anchor}"` : '') +
        ` xml:space="preserve"${paintAttributes}${this.common()}>${escapeXml(text)}</text>`,
    );
  }
}
