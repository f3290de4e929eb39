/**
 * What the figure code needs from a rasteriser, so one drawing serves every edition: the
 * desktop's @napi-rs/canvas (main/export/nodeCanvas.ts) and the browser's OffscreenCanvas
 * (web/export/offscreenCanvas.ts). SVG needs no rasteriser: svgContext.ts writes it here.
 */
import type { TextMeasure } from './fontMetrics';

/** The part of CanvasRenderingContext2D the figures draw with (Skia's, the browser's and SvgContext all have it). */
export interface Canvas2D {
  font: string;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  textAlign: string;
  textBaseline: string;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  save(): void;
  restore(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  setLineDash(dash: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  closePath(): void;
  fill(): void;
}

export interface RasterCanvas {
  readonly context: Canvas2D;
  /** The PNG file, with its pixel density (pHYs) set to `ppi`. */
  encodePng(ppi: number): Promise<Uint8Array>;
}

export interface FigureBackend {
  /** Text widths for layout, from the figure font's files: the same on every edition. */
  readonly measure: TextMeasure;
  /** A transparent canvas of `width` × `height` device pixels. */
  raster(width: number, height: number): RasterCanvas;
}
