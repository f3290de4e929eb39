/**
 * The print view's key figures as SVG (what `prepareReport` answers with): the report's two
 * halves of the key panels, page-wide on white. Both editions call this, so their print views
 * show the same figures.
 */
import type { TextMeasure } from './fontMetrics';
import { reportFigures } from './figureSpec';
import { renderFigureSvg } from './figures';
import type { ReportFigure } from './printReport';
import { figureNights, footnote, sourceProvenance, type ExportSource } from './source';

export function reportFigureSvgs(input: ExportSource, measure: TextMeasure): ReportFigure[] {
  const nights = figureNights(input);
  const text = { footnote: footnote(sourceProvenance(input)) };
  return reportFigures(input.series).map((spec) => ({
    id: spec.id,
    title: spec.title,
    svg: renderFigureSvg(spec, nights, { size: 'double', background: 'white', text }, measure),
  }));
}
