/** The actogram figure (shared/export/actogramFigure.ts) with the desktop's font files for its text widths. */
import * as shared from '../../shared/export/actogramFigure';
import { desktopFigureBackend } from './nodeCanvas';

export { ACTOGRAM_FIGURE, type ActogramFigureOptions } from '../../shared/export/actogramFigure';

export function renderActogramSvg(
  input: Parameters<typeof shared.renderActogramSvg>[0],
  options: shared.ActogramFigureOptions,
): string {
  return shared.renderActogramSvg(input, options, desktopFigureBackend().measure);
}
