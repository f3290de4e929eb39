/**
 * What the lab's print view shows, as plain data: the same strings as the headless PDF report
 * (reportTables.ts), so a report printed from the lab and one written by the CLI agree. Main
 * builds it (with the key figures as SVG) and the renderer lays it out for print.
 */
import type { Experiment } from '../experiment';
import { METRICS } from '../model/metrics';
import { METRIC_GROUP_TITLES } from './metricGroups';
import type { ParameterValues } from '../model/parameters';
import type { SimulationResult } from '../model/result';
import type { PaperSize } from './options';
import { nightsLine, softwareLine, type Provenance } from './provenance';
import { metricRows, modelReferences, parameterRows, type MetricRow, type ParameterRow } from './reportTables';
import type { PrintCohort } from './reportCohort';

export { METRIC_GROUP_TITLES } from './metricGroups';

export interface ReportFigure {
  readonly id: string;
  readonly title: string;
  /** The figure as an SVG document (vectors: it prints sharp at any size). */
  readonly svg: string;
}

export interface PrintReportData {
  readonly title: string;
  readonly notes: string;
  readonly created: string;
  readonly software: string;
  readonly nightsLine: string;
  readonly nights: readonly { night: string; label: string; scenario: string; seed: number }[];
  readonly parameters: readonly ParameterRow[];
  readonly metricGroups: readonly { title: string; rows: readonly MetricRow[] }[];
  readonly figures: readonly ReportFigure[];
  readonly model: string;
  readonly references: readonly string[];
  readonly paper: PaperSize;
  /** A virtual cohort of these nights: its tables and its Δ distribution figure (SVG). */
  readonly cohort?: PrintCohort;
}

export function printReportData(input: {
  experiment: Experiment;
  provenance: Provenance;
  params: readonly [ParameterValues, ParameterValues];
  results: readonly [SimulationResult, SimulationResult];
  figures: readonly ReportFigure[];
  paper: PaperSize;
  cohort?: PrintCohort;
}): PrintReportData {
  const { provenance } = input;
  const rows = metricRows(input.results[0].metrics, input.results[1].metrics);
  const metricGroups: { title: string; rows: MetricRow[] }[] = [];
  rows.forEach((row, index) => {
    const title = METRIC_GROUP_TITLES[METRICS[index]!.group];
    const last = metricGroups.at(-1);
    if (last?.title === title) last.rows.push(row);
    else metricGroups.push({ title, rows: [row] });
  });
  return {
    title: input.experiment.title.trim() || 'Untitled experiment',
    notes: input.experiment.notes.trim(),
    created: provenance.created,
    software: softwareLine(provenance),
    nightsLine: nightsLine(provenance),
    nights: provenance.nights.map((n) => ({ night: n.night, label: n.label, scenario: n.scenario, seed: n.seed })),
    parameters: parameterRows(input.params[0], input.params[1]),
    metricGroups,
    figures: input.figures,
    model: `${provenance.model.name} ${provenance.model.version} in ${provenance.app.name} ${provenance.app.version}`,
    references: modelReferences(),
    paper: input.paper,
    ...(input.cohort ? { cohort: input.cohort } : {}),
  };
}
