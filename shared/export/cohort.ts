/**
 * A virtual cohort as the exports carry it (issue 17): the lab's result (shared/cohort/labResult.ts,
 * as the renderer holds it and sends it back with an export request), the population it was drawn
 * from (the experiment file's cohort section, so an edited population is exported as edited), and
 * whether the lab draws its bands. Figures draw the bands exactly when the lab does; the CSVs, the
 * report and the manifest carry the cohort whenever there is a result.
 */
import type { CohortLabResult } from '../cohort/labResult';
import type { DeltaThreshold } from '../cohort/thresholds';
import { POPULATION_PRESETS, isPopulationPresetId } from '../cohort/presets';
import { sectionPopulation } from '../cohort/section';
import type { PopulationSpec } from '../cohort/types';
import type { Experiment } from '../experiment/format';
import { populationSha256 } from '../cohort/population';

export interface ExportCohort {
  readonly result: CohortLabResult;
  readonly population: PopulationSpec;
  /** The lab's bands toggle: figures draw the bands exactly when it is on. */
  readonly bands: boolean;
  /** The nights have changed since the cohort ran: its numbers are for the nights as they were. */
  readonly stale: boolean;
  /** The threshold every export counts by (shareBeyond's rule): the tab's as it is now, else the run's first; none when neither. */
  readonly threshold: DeltaThreshold | null;
}

/** What every file of an export says about its cohort (provenance, manifest). */
export interface CohortProvenance {
  /** The population's id (a preset's, or "<preset> (edited)") and label. */
  readonly population: string;
  readonly label: string;
  /** SHA-256 of the population's whole definition, as `nocturne cohort` records it in a part's manifest. */
  readonly populationSha256: string;
  /** People asked for, and people whose nights the result holds (fewer while a run is under way). */
  readonly n: number;
  readonly people: number;
  readonly seed: number;
  /** Whether the figures draw the cohort's bands (the lab's toggle). */
  readonly bandsDrawn: boolean;
  /** Whether the nights changed after the cohort ran (its numbers are for the nights as they were). */
  readonly nightsChanged: boolean;
}

/** A cohort that cannot be exported with these nights: the message says why, `field` where. */
export class CohortExportError extends Error {
  constructor(
    message: string,
    readonly field = 'cohort',
  ) {
    super(message);
    this.name = 'CohortExportError';
  }
}

export { populationSha256 };

/**
 * The cohort of an export request: the population is the experiment's cohort section (the one the
 * lab ran: the section is saved with the settings the run used), or the preset the result names
 * when the file has no section. A result of another population than the file's (another id, or the
 * same id with another definition: its SHA-256) is refused, since
 * its persons could not be drawn again for the per-person table.
 */
export function exportCohort(
  payload: {
    readonly result: CohortLabResult;
    readonly bands: boolean;
    readonly stale?: boolean;
    readonly threshold?: { readonly metric: string; readonly op: DeltaThreshold['op']; readonly value: number };
  },
  experiment: Pick<Experiment, 'cohort'>,
): ExportCohort {
  const { result } = payload;
  let population: PopulationSpec;
  if (experiment.cohort) population = sectionPopulation(experiment.cohort);
  else if (isPopulationPresetId(result.population)) population = POPULATION_PRESETS[result.population];
  else
    throw new CohortExportError(
      `the cohort's population "${result.population}" is not a preset and the experiment has no cohort section to read it from`,
      'cohort.result.population',
    );
  if (population.id !== result.population) {
    throw new CohortExportError(
      `the cohort result was run for the population "${result.population}", the experiment now names "${population.id}": run the cohort again to export it`,
      'cohort.result.population',
    );
  }
  // The same id, another definition: the population was edited again after the run.
  if (populationSha256(population) !== result.populationSha256) {
    throw new CohortExportError(
      `the cohort result was run for another definition of the population "${result.population}" than the experiment now holds (it was edited since): run the cohort again to export it`,
      'cohort.result.populationSha256',
    );
  }
  if (result.done === 0) throw new CohortExportError('the cohort has no people yet', 'cohort.result.done');
  const run = result.summary.thresholds[0];
  // The schema checked the tab's metric id; the run's came from main's own check.
  const threshold =
    (payload.threshold as DeltaThreshold | undefined) ??
    (run ? { metric: run.metric, op: run.op, value: run.value } : null);
  return { result, population, bands: payload.bands, stale: payload.stale ?? false, threshold };
}

export function cohortProvenance(cohort: ExportCohort): CohortProvenance {
  return {
    population: cohort.population.id,
    label: cohort.population.label,
    populationSha256: populationSha256(cohort.population),
    n: cohort.result.n,
    people: cohort.result.done,
    seed: cohort.result.seed,
    bandsDrawn: cohort.bands,
    nightsChanged: cohort.stale,
  };
}

/** "Young adults (18–30 y), n = 20, seed 1" (with "20 of 200" while a run is under way). */
export function cohortLine(c: Pick<CohortProvenance, 'label' | 'n' | 'people' | 'seed'>): string {
  const n = c.people === c.n ? `${c.n}` : `${c.people} of ${c.n}`;
  return `${c.label}, n = ${n}, seed ${c.seed}`;
}
