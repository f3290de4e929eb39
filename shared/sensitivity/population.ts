/**
 * A population's distributions as the factors of a global sensitivity analysis: each factor draws
 * through its marginal's own quantile function (shared/cohort/distributions.ts), so a Sobol' or
 * Morris design spreads its points as the population spreads people, and the indices answer
 * "which person parameters explain the spread of this metric among these people".
 *
 * Correlations are refused, not dropped: the first-order and total indices here are defined for
 * independent factors (Saltelli 2010 assumes it), and with correlated inputs a factor's share of
 * the variance is no longer one number (Mara & Tarantola 2012 separate a correlated and an
 * uncorrelated part). Analysing a correlated population's marginals as if independent would
 * quietly answer a question about other people.
 */
import { compilePopulation, PopulationError, type CompiledPopulation } from '../cohort/population';
import type { PopulationPresetId } from '../cohort/presets';
import { sectionPopulation } from '../cohort/section';
import type { Correlation, ParameterDistribution, PopulationSpec } from '../cohort/types';
import { parameterSpec, type ParameterId } from '../model/parameters';
import { SensitivityInputError, modelFactors, parameterFactor, type ParameterFactor } from './model';

/**
 * A choice parameter (sex) as a factor: its quantile gives the index of a choice, drawn with the
 * population's weights; `choices` turns the index back into the value the model takes.
 */
function choiceFactor(population: CompiledPopulation, k: number): ParameterFactor {
  const id = population.params[k]!;
  const m = population.marginals[k]!;
  const choices = m.support as readonly string[];
  return {
    id,
    label: parameterSpec(id)?.label ?? id,
    min: 0,
    max: choices.length - 1,
    choices,
    quantile: (u) => choices.indexOf(m.quantile(u) as string),
  };
}

/** The factors of a population: one per distribution, in its order. Throws SensitivityInputError naming `population`. */
export function populationFactors(spec: PopulationSpec): ParameterFactor[] {
  let population: CompiledPopulation;
  try {
    population = compilePopulation(spec);
  } catch (error) {
    if (error instanceof PopulationError) {
      throw new SensitivityInputError(`population "${spec.id}" is refused: ${error.message}`, 'population');
    }
    throw error;
  }
  if (spec.correlations.length > 0) {
    const pairs = spec.correlations.map((c) => `${c.a}–${c.b} ρ = ${c.rho}`).join(', ');
    throw new SensitivityInputError(
      `population "${spec.id}" correlates ${pairs}: Sobol' and Morris indices here are defined for independent ` +
        'factors only, so a correlated population is not analysed; remove its correlations to analyse its ' +
        'marginals as independent (docs/SENSITIVITY.md, Limits)',
      'population',
    );
  }
  return population.params.map((id: ParameterId, k) => {
    const m = population.marginals[k]!;
    if (m.spec.kind === 'choice') return choiceFactor(population, k);
    return parameterFactor(id, (u) => m.quantile(u) as number);
  });
}

/**
 * A population as a file's cohort section names it: a preset, its lists replaced when edited.
 * Parameter ids arrive as plain strings (IPC, a file); compiling the population checks them.
 */
export interface SensitivityPopulation {
  readonly preset: PopulationPresetId;
  readonly distributions?: readonly (Omit<ParameterDistribution, 'param'> & { readonly param: string })[] | undefined;
  readonly correlations?:
    readonly (Omit<Correlation, 'a' | 'b'> & { readonly a: string; readonly b: string })[] | undefined;
}

/** The factors of a request and the id of the population they come from (null: the declared ranges). */
export function requestFactors(request: {
  readonly factors?: readonly string[] | undefined;
  readonly quantiles?: Readonly<Record<string, (u: number) => number>> | undefined;
  readonly population?: SensitivityPopulation | undefined;
}): {
  factors: ParameterFactor[];
  population: string | null;
} {
  const { population } = request;
  if (!population) return { factors: modelFactors(request.factors, request.quantiles), population: null };
  if (request.factors || request.quantiles) {
    throw new SensitivityInputError(
      'a population gives the factors itself: name either a population or factors, not both',
      'factors',
    );
  }
  // The ids are checked by compilePopulation (populationFactors), which names an unknown one.
  const spec = sectionPopulation({
    population: population.preset,
    ...(population.distributions
      ? { distributions: population.distributions as readonly ParameterDistribution[] }
      : {}),
    ...(population.correlations ? { correlations: population.correlations as readonly Correlation[] } : {}),
  });
  return { factors: populationFactors(spec), population: spec.id };
}
