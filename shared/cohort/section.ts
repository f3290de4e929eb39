/** The population an experiment file's cohort section describes: its preset, with the file's edits in place. */
import type { CohortSection } from '../experiment/format';
import { POPULATION_PRESETS } from './presets';
import type { PopulationSpec } from './types';

export function sectionPopulation(
  section: Pick<CohortSection, 'population' | 'distributions' | 'correlations'>,
): PopulationSpec {
  const preset = POPULATION_PRESETS[section.population];
  const edited = section.distributions !== undefined || section.correlations !== undefined;
  return {
    ...preset,
    // An edited population is no longer the preset: its id says so, so manifests and summaries do not mistake one for the other.
    id: edited ? `${preset.id} (edited)` : preset.id,
    distributions: section.distributions ?? preset.distributions,
    correlations: section.correlations ?? preset.correlations,
  };
}
