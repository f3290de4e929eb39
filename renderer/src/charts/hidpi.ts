/**
 * A canvas drawn by hand (the hypnogram hero, the actogram) at the screen's pixel density: its
 * backing store sized to its CSS box times devicePixelRatio (resized only when that changed, as
 * resizing clears it), and a context that draws in CSS px.
 */
export function hidpiContext(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}
