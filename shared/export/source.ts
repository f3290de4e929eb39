/**
 * What every export is drawn from (the experiment, both nights as simulated, the versions) and
 * what is said about it on each file: the nights a figure shows, its title, footnote and PNG
 * text. The figure pack (pack.ts) and single-chart exports (chartExport.ts) share these.
 */
import type { Experiment } from '../experiment';
import { buildProvenance, nightsLine, softwareLine, type AppVersion, type Provenance } from './provenance';
import type { ParameterValues } from '../model/parameters';
import type { ModelInfo, SeriesInfo, SimulationResult } from '../model/result';
import type { FigureSpec } from './figureSpec';
import type { FigureNight } from './figures';
import { cohortLine, cohortProvenance, type ExportCohort } from './cohort';
import type { FigureCohort } from './cohortBands';

/** What every export is drawn from: the experiment, both nights as simulated, and the versions. */
export interface ExportSource {
  readonly experiment: Experiment;
  /** Each night's full parameters (defaults, scenario, overrides), as simulated. */
  readonly params: readonly [ParameterValues, ParameterValues];
  readonly results: readonly [SimulationResult, SimulationResult];
  /** Series metadata for the CSV and the figures (SERIES). */
  readonly series: readonly SeriesInfo[];
  readonly app: AppVersion;
  readonly model: ModelInfo;
  /** The export's creation time; injected so tests and reruns can pin it. */
  readonly created: Date;
  /** A virtual cohort of these nights as the lab holds it (shared/export/cohort.ts), when there is one. */
  readonly cohort?: ExportCohort;
}

export function figureNights(input: Pick<ExportSource, 'experiment' | 'results'>): [FigureNight, FigureNight] {
  return [
    { night: 'A', label: input.experiment.nights[0].label, result: input.results[0] },
    { night: 'B', label: input.experiment.nights[1].label, result: input.results[1] },
  ];
}

export function footnote(provenance: Provenance): string {
  const [a, b] = provenance.nights;
  const cohort = provenance.cohort?.bandsDrawn
    ? ` Cohort: population ${provenance.cohort.population} (SHA-256 ${provenance.cohort.populationSha256.slice(0, 12)}…), ${provenance.cohort.people} people, seed ${provenance.cohort.seed}.`
    : '';
  return (
    `${softwareLine(provenance)}. A: ${a.scenario}, seed ${a.seed}; B: ${b.scenario}, seed ${b.seed}.${cohort} ` +
    `Created ${provenance.created}.`
  );
}

/** The cohort a figure draws: its bands when the lab shows them (the toggle on), else none. */
export function figureCohort(input: Pick<ExportSource, 'cohort'>): FigureCohort | undefined {
  const cohort = input.cohort;
  if (!cohort?.bands) return undefined;
  return {
    grid: cohort.result.grid,
    bands: cohort.result.bands,
    line: cohortLine(cohortProvenance(cohort)),
    ...(cohort.stale ? { stale: true } : {}),
  };
}

/** A figure with the source's cohort bands, when the lab shows them. */
export function withCohort<S extends FigureSpec>(spec: S, input: Pick<ExportSource, 'cohort'>): S {
  const cohort = figureCohort(input);
  return cohort ? { ...spec, cohort } : spec;
}

export function figureTitle(spec: Pick<FigureSpec, 'title'>, provenance: Provenance): string {
  const experiment = provenance.experiment.title.trim();
  return experiment ? `${spec.title} - ${experiment}` : spec.title;
}

export function pngText(
  spec: FigureSpec,
  provenance: Provenance,
  source = 'Nocturne figure pack',
): Record<string, string> {
  return {
    Title: figureTitle(spec, provenance),
    Description: nightsLine(provenance),
    Software: softwareLine(provenance),
    'Creation Time': provenance.created,
    Source: source,
    'Nocturne provenance': JSON.stringify(provenance),
  };
}

/** The provenance every file of an export carries. */
export function sourceProvenance(input: ExportSource): Provenance {
  const provenance = buildProvenance(
    input.experiment,
    input.params,
    { app: input.app, model: input.model },
    input.created,
  );
  return input.cohort ? { ...provenance, cohort: cohortProvenance(input.cohort) } : provenance;
}
