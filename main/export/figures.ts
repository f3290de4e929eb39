/**
 * The shared figures (shared/export/figures.ts) drawn on the desktop's rasteriser: the same names
 * and signatures as before the figure code moved to shared/, for main, the CLI and their tests.
 */
import { desktopFigureBackend } from './nodeCanvas';
import * as shared from '../../shared/export/figures';
import type { FigureSpec } from '../../shared/export/figureSpec';
import type { FigureStyle } from '../../shared/plot/chartConfig';

export { pngPixelSize, type FigureNight, type FigureOptions, type PngFigure } from '../../shared/export/figures';
export { FIGURE_SIZES, PNG_DPI, type Background, type FigureSize } from '../../shared/export/options';
export { figureStyle } from '../../shared/plot/chartConfig';

export function layoutFigure(spec: FigureSpec, text: shared.FigureText, style: FigureStyle): shared.FigureLayout {
  return shared.layoutFigure(spec, text, style, desktopFigureBackend().measure);
}

export function renderFigurePng(
  spec: FigureSpec,
  nights: readonly [shared.FigureNight, shared.FigureNight],
  options: shared.FigureOptions,
): Promise<shared.PngFigure> {
  return shared.renderFigurePng(spec, nights, options, desktopFigureBackend());
}

export function renderFigureSvg(
  spec: FigureSpec,
  nights: readonly [shared.FigureNight, shared.FigureNight],
  options: Omit<shared.FigureOptions, 'scale'>,
): string {
  return shared.renderFigureSvg(spec, nights, options, desktopFigureBackend().measure);
}
