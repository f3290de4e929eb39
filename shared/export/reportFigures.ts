/**
 * The print view's key figures as SVG (what `prepareReport` answers with): the report's two
 * halves of the key panels, page-wide on white. Both editions call this, so their print views
 * show the same figures.
 */
import type { TextMeasure } from './fontMetrics';
import { collapseFlat, reportFigures } from './figureSpec';
import { renderFigureSvg } from './figures';
import type { ReportFigure } from './printReport';
import { figureNights, footnote, sourceProvenance, withCohort, type ExportSource } from './source';
import { printCohort, type PrintCohort } from './reportCohort';

export function reportFigureSvgs(input: ExportSource, measure: TextMeasure): ReportFigure[] {
  const nights = figureNights(input);
  const text = { footnote: footnote(sourceProvenance(input)) };
  // As the lab shows them: a chart flat in both nights said in a line; a half of nothing else left out.
  const specs = reportFigures(input.series)
    .map((spec) => withCohort(collapseFlat(spec, ...input.results), input))
    .filter((spec) => spec.rows.length > 0);
  return specs.map((spec) => ({
    id: spec.id,
    title: spec.title,
    svg: renderFigureSvg(spec, nights, { size: 'double', background: 'white', text }, measure),
  }));
}

/** The print view's cohort section (tables and the Δ distribution as SVG), when the source has a cohort. */
export function reportCohortSvg(input: ExportSource, measure: TextMeasure): PrintCohort | undefined {
  return input.cohort ? printCohort(input.cohort, footnote(sourceProvenance(input)), measure) : undefined;
}
