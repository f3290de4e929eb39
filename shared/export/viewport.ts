/**
 * Lets several Chart.js charts draw into one canvas (PNG or SVG), each in its own rectangle.
 *
 * Chart.js assumes it owns a whole canvas: it reads its size from `ctx.canvas`, sets the
 * transform with setTransform/resetTransform, and clears the canvas before drawing. A viewport
 * is a stand-in canvas of the rectangle's size whose context forwards to the real one, with
 * every transform moved to the rectangle and scaled to device pixels, and clearing ignored (the
 * figure paints its own background once). Drawing stays vector on an SVG canvas.
 */
import type { Canvas2D } from './canvas';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ViewportCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): Canvas2D;
}

/** A canvas-like object for Chart.js covering `rect` (figure units) of `ctx`, drawn at `scale` device pixels per unit. */
export function viewportCanvas(ctx: Canvas2D, rect: Rect, scale: number): ViewportCanvas {
  const setTransform = (a: number, b: number, c: number, d: number, e: number, f: number) =>
    ctx.setTransform(a * scale, b * scale, c * scale, d * scale, (e + rect.x) * scale, (f + rect.y) * scale);
  const canvas = { width: rect.width, height: rect.height } as ViewportCanvas;
  const context = new Proxy(ctx, {
    get(target, property) {
      switch (property) {
        case 'canvas':
          return canvas;
        case 'setTransform':
          return (a: number | DOMMatrix2DInit, b = 0, c = 0, d = 1, e = 0, f = 0) =>
            typeof a === 'object'
              ? setTransform(a.a ?? 1, a.b ?? 0, a.c ?? 0, a.d ?? 1, a.e ?? 0, a.f ?? 0)
              : setTransform(a, b, c, d, e, f);
        case 'resetTransform':
          return () => setTransform(1, 0, 0, 1, 0, 0);
        case 'clearRect':
          return () => undefined;
        default: {
          const value = Reflect.get(target, property, target) as unknown;
          // Native methods need the real context as `this`.
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        }
      }
    },
    set(target, property, value) {
      return Reflect.set(target, property, value, target);
    },
  });
  canvas.getContext = () => context;
  return canvas;
}

interface DOMMatrix2DInit {
  a?: number;
  b?: number;
  c?: number;
  d?: number;
  e?: number;
  f?: number;
}
